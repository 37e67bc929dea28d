#pragma once

#include "common/result.h"
#include "documents/document_template.h"
#include "records/session.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid::documents {

// A document the application prints from a template.
struct DocumentKind {
    QString code;  // e.g. "request"; also the file name resources/documents/<code>.html
    QString title; // translated, for lists and messages
    TemplateSchema schema;
};

[[nodiscard]] const std::vector<DocumentKind>& documentKinds();
[[nodiscard]] const DocumentKind* documentKind(const QString& code);
// The shipped default template of `code`.
[[nodiscard]] Result<QString> defaultTemplate(const QString& code);

struct TemplateVersion {
    qint64 id = 0;
    QString code;
    int version = 0;
    QString body;
    QString createdAt;
    QString createdBy;
    bool active = false;
};

// The template a document is printed from: the centre's active override, or the shipped default.
struct EffectiveTemplate {
    QString code;
    QString body;
    int version = 0; // 0: the shipped default
};

// SQL for document_templates lives here only.
class DocumentTemplateRepository {
public:
    explicit DocumentTemplateRepository(QSqlDatabase db);
    [[nodiscard]] Result<std::optional<TemplateVersion>> active(const QString& code) const;
    [[nodiscard]] Result<std::vector<TemplateVersion>> versions(const QString& code) const;
    // Deactivates every version of `code` and adds `body` as the next, active version; returns its number.
    [[nodiscard]] Result<int> addActive(const QString& code, const QString& body, const QString& user);
    [[nodiscard]] Status deactivateAll(const QString& code);

private:
    QSqlDatabase m_db;
};

// The centre's overrides of the document templates, versioned and audited.
class DocumentTemplateService {
public:
    explicit DocumentTemplateService(Session& session);

    [[nodiscard]] Result<EffectiveTemplate> effective(const QString& code) const;
    // Checks the placeholders and sections, then saves a new active version (EditCentreSettings).
    [[nodiscard]] Result<int> save(const QString& code, const QString& body);
    // Back to the shipped default: every override is deactivated, none deleted (EditCentreSettings).
    [[nodiscard]] Status restoreDefault(const QString& code);
    [[nodiscard]] Result<std::vector<TemplateVersion>> versions(const QString& code) const;

private:
    Session& m_session;
};

} // namespace legalaid::documents

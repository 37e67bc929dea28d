#include "documents/document_template_service.h"

#include "documents/official_documents.h"
#include "documents/request_form.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid::documents {

namespace {

Error sqlError(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql, QCoreApplication::translate(
                                         "Documents", "Cannot read or save the document templates: %1")
                                         .arg(query.lastError().text()));
}

Error unknownDocument(const QString& code) {
    QStringList codes;
    for (const DocumentKind& kind : documentKinds())
        codes << kind.code;
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("Documents", "There is no document \"%1\"; the documents are: %2.")
            .arg(code, codes.join(QStringLiteral(", "))));
}

TemplateVersion versionFrom(const QSqlQuery& query) {
    TemplateVersion version;
    version.id = query.value(0).toLongLong();
    version.code = query.value(1).toString();
    version.version = query.value(2).toInt();
    version.body = query.value(3).toString();
    version.createdAt = query.value(4).toString();
    version.createdBy = query.value(5).toString();
    version.active = query.value(6).toInt() == 1;
    return version;
}

const QString kColumns = QStringLiteral("id, code, version, body, created_at, created_by, active");

} // namespace

const std::vector<DocumentKind>& documentKinds() {
    static const std::vector<DocumentKind> kinds = {
        {QStringLiteral("request"), QCoreApplication::translate("Documents", "Request for legal aid"),
         requestFormSchema()},
        {QStringLiteral("decision_assign"),
         QCoreApplication::translate("Documents", "Decision assigning the legal-aid provider"),
         caseDocumentSchema()},
        {QStringLiteral("decision_change_provider"),
         QCoreApplication::translate("Documents", "Decision changing the legal-aid provider"),
         caseDocumentSchema()},
        {QStringLiteral("refusal"), QCoreApplication::translate("Documents", "Refusal of legal aid"),
         caseDocumentSchema()},
        {QStringLiteral("discontinuation"),
         QCoreApplication::translate("Documents", "Notice of discontinued legal aid"), caseDocumentSchema()},
        {QStringLiteral("feedback"), QCoreApplication::translate("Documents", "Beneficiary feedback form"),
         caseDocumentSchema()},
        {QStringLiteral("dossier"), QCoreApplication::translate("Documents", "Case dossier"),
         caseDocumentSchema()},
        {QStringLiteral("referral_slip"), QCoreApplication::translate("Documents", "Referral slip"),
         referralSlipSchema()},
        {QStringLiteral("register"), QCoreApplication::translate("Documents", "Case register (form 01)"),
         registerSchema()},
        {QStringLiteral("directory"),
         QCoreApplication::translate("Documents", "List of legal-aid organisations and providers"),
         directorySchema()},
        {QStringLiteral("beneficiaries"), QCoreApplication::translate("Documents", "List of beneficiaries"),
         beneficiariesSchema()},
    };
    return kinds;
}

const DocumentKind* documentKind(const QString& code) {
    for (const DocumentKind& kind : documentKinds())
        if (kind.code == code)
            return &kind;
    return nullptr;
}

Result<QString> defaultTemplate(const QString& code) {
    if (!documentKind(code))
        return unknownDocument(code);
    QFile file(QStringLiteral(":/documents/%1.html").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Documents", "The default template of \"%1\" is missing.").arg(code));
    return QString::fromUtf8(file.readAll());
}

DocumentTemplateRepository::DocumentTemplateRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<TemplateVersion>> DocumentTemplateRepository::active(const QString& code) const {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM document_templates WHERE code = ? AND active = 1").arg(kColumns));
    query.addBindValue(code);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<TemplateVersion>();
    return std::optional<TemplateVersion>(versionFrom(query));
}

Result<std::vector<TemplateVersion>> DocumentTemplateRepository::versions(const QString& code) const {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM document_templates WHERE code = ? ORDER BY version").arg(kColumns));
    query.addBindValue(code);
    if (!query.exec())
        return sqlError(query);
    std::vector<TemplateVersion> versions;
    while (query.next())
        versions.push_back(versionFrom(query));
    return versions;
}

Status DocumentTemplateRepository::deactivateAll(const QString& code) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE document_templates SET active = 0 WHERE code = ? AND active = 1"));
    query.addBindValue(code);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<int> DocumentTemplateRepository::addActive(const QString& code, const QString& body,
                                                  const QString& user) {
    if (const Status cleared = deactivateAll(code); !cleared)
        return cleared.error();
    QSqlQuery next(m_db);
    next.prepare(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM document_templates WHERE code = ?"));
    next.addBindValue(code);
    if (!next.exec() || !next.next())
        return sqlError(next);
    const int version = next.value(0).toInt();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO document_templates (code, version, body, created_by, active) VALUES (?, ?, ?, ?, 1)"));
    insert.addBindValue(code);
    insert.addBindValue(version);
    insert.addBindValue(textOrEmpty(body));
    insert.addBindValue(textOrEmpty(user));
    if (!insert.exec())
        return sqlError(insert);
    return version;
}

DocumentTemplateService::DocumentTemplateService(Session& session)
    : m_session(session) {}

Result<EffectiveTemplate> DocumentTemplateService::effective(const QString& code) const {
    if (!documentKind(code))
        return unknownDocument(code);
    auto override = DocumentTemplateRepository(m_session.db()).active(code);
    if (!override)
        return override.error();
    if (override->has_value())
        return EffectiveTemplate{code, (*override)->body, (*override)->version};
    auto body = defaultTemplate(code);
    if (!body)
        return body.error();
    return EffectiveTemplate{code, *body, 0};
}

Result<int> DocumentTemplateService::save(const QString& code, const QString& body) {
    if (const Status allowed = requirePermission(m_session.user().role, Operation::EditCentreSettings);
        !allowed)
        return allowed.error();
    const DocumentKind* kind = documentKind(code);
    if (!kind)
        return unknownDocument(code);
    if (body.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Documents", "The template of \"%1\" is empty.").arg(code));
    if (const Status valid = validateTemplate(body, kind->schema); !valid)
        return valid.error();
    int version = 0;
    AuditEvent event =
        m_session.event(QStringLiteral("document.template.save"), QStringLiteral("document_template"), code);
    const Status saved = m_session.writeAudited(event, [&]() -> Status {
        auto added = DocumentTemplateRepository(m_session.db()).addActive(code, body, m_session.user().name);
        if (!added)
            return added.error();
        version = *added;
        event.details = QStringLiteral("version=%1").arg(version);
        return {};
    });
    if (!saved)
        return saved.error();
    return version;
}

Status DocumentTemplateService::restoreDefault(const QString& code) {
    if (const Status allowed = requirePermission(m_session.user().role, Operation::EditCentreSettings);
        !allowed)
        return allowed;
    if (!documentKind(code))
        return unknownDocument(code);
    const AuditEvent event = m_session.event(QStringLiteral("document.template.restore"),
                                             QStringLiteral("document_template"), code);
    return m_session.writeAudited(
        event, [&]() { return DocumentTemplateRepository(m_session.db()).deactivateAll(code); });
}

Result<std::vector<TemplateVersion>> DocumentTemplateService::versions(const QString& code) const {
    if (!documentKind(code))
        return unknownDocument(code);
    return DocumentTemplateRepository(m_session.db()).versions(code);
}

} // namespace legalaid::documents

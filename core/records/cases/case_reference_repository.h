#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace legalaid {

// What a case refers to in other engineers' tables (people, providers, organisations): read-only look-ups
// so that a case never points at a missing or inactive record. SQL for these reads lives here only.
struct CasePersonRef {
    qint64 id = 0;
    QString fullName;
};

struct CaseProviderRef {
    qint64 id = 0;
    QString fullName;
    bool active = false;
};

struct CaseOrganisationRef {
    qint64 id = 0;
    QString kind;
    QString name;
    QString code;
    bool active = false;
};

class CaseReferenceRepository {
public:
    explicit CaseReferenceRepository(QSqlDatabase db);

    [[nodiscard]] Result<std::optional<CasePersonRef>> person(qint64 id) const;
    [[nodiscard]] Result<std::optional<CaseProviderRef>> provider(qint64 id) const;
    [[nodiscard]] Result<std::optional<CaseOrganisationRef>> organisation(qint64 id) const;
    // The centre or a branch whose unit code is `code` (kind centre or branch).
    [[nodiscard]] Result<std::optional<CaseOrganisationRef>> unitByCode(const QString& code) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

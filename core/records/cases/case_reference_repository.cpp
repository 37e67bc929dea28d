#include "records/cases/case_reference_repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("CaseReferenceRepository",
                                                 "Cannot read the people and directory records of a case: %1")
                         .arg(query.lastError().databaseText()));
}

CaseOrganisationRef organisationFromRow(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt() != 0};
}

} // namespace

CaseReferenceRepository::CaseReferenceRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<CasePersonRef>> CaseReferenceRepository::person(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, full_name FROM people WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<CasePersonRef>();
    return std::optional<CasePersonRef>(CasePersonRef{q.value(0).toLongLong(), q.value(1).toString()});
}

Result<std::optional<CaseProviderRef>> CaseReferenceRepository::provider(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, full_name, active FROM providers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<CaseProviderRef>();
    return std::optional<CaseProviderRef>(
        CaseProviderRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0});
}

Result<std::optional<CaseOrganisationRef>> CaseReferenceRepository::organisation(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, kind, name, code, active FROM organisations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<CaseOrganisationRef>();
    return std::optional<CaseOrganisationRef>(organisationFromRow(q));
}

Result<std::optional<CaseOrganisationRef>> CaseReferenceRepository::unitByCode(const QString& code) const {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, kind, name, code, active FROM organisations WHERE code = ? AND kind IN "
                       "('centre', 'branch')"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<CaseOrganisationRef>();
    return std::optional<CaseOrganisationRef>(organisationFromRow(q));
}

} // namespace legalaid

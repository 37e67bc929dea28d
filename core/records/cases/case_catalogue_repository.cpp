#include "records/cases/case_catalogue_repository.h"

#include "records/cases/case_sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

using cases_sql::dateAt;
using cases_sql::dateOrNull;

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(
        ErrorCode::Sql,
        QCoreApplication::translate("CaseCatalogueRepository", "Cannot read or write the case catalogues: %1")
            .arg(query.lastError().databaseText()));
}

const QString kGroupColumns =
    QStringLiteral("code, label_vi, label_en, legal_basis, historical, valid_until, active, sort_order");

BeneficiaryGroup groupFromRow(const QSqlQuery& q) {
    BeneficiaryGroup g;
    g.code = q.value(0).toString();
    g.labelVi = q.value(1).toString();
    g.labelEn = q.value(2).toString();
    g.legalBasis = q.value(3).toString();
    g.historical = q.value(4).toInt() != 0;
    g.validUntil = dateAt(q, 5);
    g.active = q.value(6).toInt() != 0;
    g.sortOrder = q.value(7).toInt();
    return g;
}

FieldOfLaw fieldFromRow(const QSqlQuery& q) {
    FieldOfLaw f;
    f.code = q.value(0).toString();
    f.labelVi = q.value(1).toString();
    f.labelEn = q.value(2).toString();
    f.active = q.value(3).toInt() != 0;
    f.sortOrder = q.value(4).toInt();
    return f;
}

Status setActive(const QSqlDatabase& db, const QString& table, const QString& code, bool active) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET active = ? WHERE code = ?").arg(table));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(code);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

} // namespace

CaseCatalogueRepository::CaseCatalogueRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::vector<BeneficiaryGroup>> CaseCatalogueRepository::groups(bool includeInactive) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM beneficiary_groups%2 ORDER BY sort_order, code")
                    .arg(kGroupColumns, includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))))
        return sqlFailure(q);
    std::vector<BeneficiaryGroup> rows;
    while (q.next())
        rows.push_back(groupFromRow(q));
    return rows;
}

Result<std::optional<BeneficiaryGroup>> CaseCatalogueRepository::group(const QString& code) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM beneficiary_groups WHERE code = ?").arg(kGroupColumns));
    q.addBindValue(code);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<BeneficiaryGroup>();
    return std::optional<BeneficiaryGroup>(groupFromRow(q));
}

Status CaseCatalogueRepository::insertGroup(const BeneficiaryGroup& g) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO beneficiary_groups (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "COALESCE(?, (SELECT COALESCE(MAX(sort_order), 0) + 10 FROM beneficiary_groups)))")
            .arg(kGroupColumns));
    q.addBindValue(g.code);
    q.addBindValue(g.labelVi);
    q.addBindValue(g.labelEn);
    q.addBindValue(textOrEmpty(g.legalBasis));
    q.addBindValue(g.historical ? 1 : 0);
    q.addBindValue(dateOrNull(g.validUntil));
    q.addBindValue(g.active ? 1 : 0);
    q.addBindValue(g.sortOrder > 0 ? QVariant(g.sortOrder) : QVariant());
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CaseCatalogueRepository::setGroupActive(const QString& code, bool active) {
    return setActive(m_db, QStringLiteral("beneficiary_groups"), code, active);
}

Result<std::vector<FieldOfLaw>> CaseCatalogueRepository::fields(bool includeInactive) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, label_vi, label_en, active, sort_order FROM fields_of_law%1 "
                               "ORDER BY sort_order, code")
                    .arg(includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))))
        return sqlFailure(q);
    std::vector<FieldOfLaw> rows;
    while (q.next())
        rows.push_back(fieldFromRow(q));
    return rows;
}

Result<std::optional<FieldOfLaw>> CaseCatalogueRepository::field(const QString& code) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT code, label_vi, label_en, active, sort_order FROM fields_of_law WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<FieldOfLaw>();
    return std::optional<FieldOfLaw>(fieldFromRow(q));
}

Status CaseCatalogueRepository::insertField(const FieldOfLaw& f) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO fields_of_law (code, label_vi, label_en, active, sort_order) VALUES (?, ?, ?, ?, "
        "COALESCE(?, (SELECT COALESCE(MAX(sort_order), 0) + 10 FROM fields_of_law)))"));
    q.addBindValue(f.code);
    q.addBindValue(f.labelVi);
    q.addBindValue(f.labelEn);
    q.addBindValue(f.active ? 1 : 0);
    q.addBindValue(f.sortOrder > 0 ? QVariant(f.sortOrder) : QVariant());
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CaseCatalogueRepository::setFieldActive(const QString& code, bool active) {
    return setActive(m_db, QStringLiteral("fields_of_law"), code, active);
}

} // namespace legalaid

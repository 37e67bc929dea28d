#include "documents/document_queries.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace legalaid::documents {

namespace {

Error queryError(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("Documents", "Cannot read the records for the document: %1")
                         .arg(query.lastError().text()));
}

QDate dateAt(const QSqlQuery& query, int column) {
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

std::optional<int> optionalInt(const QSqlQuery& query, int column) {
    if (query.value(column).isNull())
        return std::nullopt;
    return query.value(column).toInt();
}

} // namespace

DocumentQueries::DocumentQueries(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::vector<RegisterLine>> DocumentQueries::registerLines(const QString& unitCode, const QDate& from,
                                                                 const QDate& to) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT c.id, c.unit_code, c.register_number, c.register_year, c.file_code, c.received_on, "
        "c.accepted_on, c.ended_on, c.status, c.form, COALESCE(f.label_vi, c.field_code), "
        "COALESCE(g.label_vi, c.group_code), p.full_name, p.birth_year, p.province_code, p.commune, "
        "c.requester_name, pr.full_name, c.outcome, c.exit_ground, COALESCE(g.legal_basis, '') "
        "FROM cases c JOIN people p ON p.id = c.beneficiary_person_id "
        "LEFT JOIN fields_of_law f ON f.code = c.field_code "
        "LEFT JOIN beneficiary_groups g ON g.code = c.group_code "
        "LEFT JOIN providers pr ON pr.id = c.provider_id "
        "WHERE c.received_on >= ? AND c.received_on <= ?");
    if (!unitCode.isEmpty())
        sql += QStringLiteral(" AND c.unit_code = ?");
    sql += QStringLiteral(" ORDER BY c.unit_code, c.register_year, c.register_number, c.id");
    query.prepare(sql);
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!unitCode.isEmpty())
        query.addBindValue(unitCode);
    if (!query.exec())
        return queryError(query);
    std::vector<RegisterLine> lines;
    while (query.next()) {
        RegisterLine line;
        line.caseId = query.value(0).toLongLong();
        line.unitCode = query.value(1).toString();
        line.registerNumber = query.value(2).toInt();
        line.registerYear = query.value(3).toInt();
        line.fileCode = query.value(4).toString();
        line.receivedOn = dateAt(query, 5);
        line.acceptedOn = dateAt(query, 6);
        line.endedOn = dateAt(query, 7);
        line.status = query.value(8).toString();
        line.form = query.value(9).toString();
        line.fieldLabel = query.value(10).toString();
        line.groupLabel = query.value(11).toString();
        line.personName = query.value(12).toString();
        line.personBirthYear = optionalInt(query, 13);
        line.personProvinceCode = query.value(14).toString();
        line.personCommune = query.value(15).toString();
        line.requesterName = query.value(16).toString();
        line.providerName = query.value(17).toString();
        line.outcome = query.value(18).toString();
        line.exitGround = query.value(19).toString();
        line.groupBasis = query.value(20).toString();
        lines.push_back(std::move(line));
    }
    return lines;
}

Result<std::vector<BeneficiaryLine>> DocumentQueries::beneficiaries(const QDate& from,
                                                                    const QDate& to) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.full_name, p.sex, p.birth_year, p.category, p.province_code, p.commune, "
        "group_concat(c.file_code, ', '), group_concat(c.form, ',') "
        "FROM people p JOIN cases c ON c.beneficiary_person_id = p.id "
        "WHERE c.received_on >= ? AND c.received_on <= ? "
        "GROUP BY p.id ORDER BY p.name_folded, p.id"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return queryError(query);
    std::vector<BeneficiaryLine> lines;
    while (query.next()) {
        BeneficiaryLine line;
        line.personId = query.value(0).toLongLong();
        line.fullName = query.value(1).toString();
        line.sex = query.value(2).toString();
        line.birthYear = optionalInt(query, 3);
        line.category = query.value(4).toString();
        line.provinceCode = query.value(5).toString();
        line.commune = query.value(6).toString();
        line.fileCodes = query.value(7).toString();
        line.forms = query.value(8).toString();
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace legalaid::documents

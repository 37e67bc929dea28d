#include "records/people/identification_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("IdentificationRepository",
                                                 "Cannot read or write identification decisions: %1")
                         .arg(query.lastError().databaseText()));
}

QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

IdentificationRepository::IdentificationRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> IdentificationRepository::insert(qint64 personId, const IdentificationDecision& decision,
                                                const QString& actor) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO identification_events (person_id, status, deciding_body, decision_date, document_type, "
        "document_number, document_issuer, document_date, note, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(personId);
    query.addBindValue(identificationStatusCode(decision.status));
    query.addBindValue(textOrEmpty(decision.decidingBodyCode));
    query.addBindValue(decision.decisionDate.toString(Qt::ISODate));
    query.addBindValue(textOrEmpty(decision.documentTypeCode));
    query.addBindValue(textOrEmpty(decision.documentNumber));
    query.addBindValue(textOrEmpty(decision.documentIssuer));
    query.addBindValue(dateOrNull(decision.documentDate));
    query.addBindValue(textOrEmpty(decision.note));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(textOrEmpty(actor));
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Result<std::vector<IdentificationEvent>> IdentificationRepository::forPerson(qint64 personId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, person_id, status, deciding_body, decision_date, document_type, document_number, "
        "document_issuer, document_date, note, created_at, created_by FROM identification_events "
        "WHERE person_id = ? ORDER BY decision_date, id"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<IdentificationEvent> events;
    while (query.next()) {
        IdentificationEvent event;
        event.id = query.value(0).toLongLong();
        event.personId = query.value(1).toLongLong();
        IdentificationDecision& d = event.decision;
        d.status = identificationStatusFromCode(query.value(2).toString())
                       .value_or(IdentificationStatus::UnderIdentification);
        d.decidingBodyCode = query.value(3).toString();
        d.decisionDate = dateFrom(query.value(4));
        d.documentTypeCode = query.value(5).toString();
        d.documentNumber = query.value(6).toString();
        d.documentIssuer = query.value(7).toString();
        d.documentDate = dateFrom(query.value(8));
        d.note = query.value(9).toString();
        event.createdAt = query.value(10).toString();
        event.createdBy = query.value(11).toString();
        events.push_back(event);
    }
    return events;
}

Result<std::optional<IdentificationStatus>> IdentificationRepository::currentStatus(qint64 personId) const {
    QSqlQuery query(m_db);
    // A decision recorded late (an older decision date) does not override a newer one.
    query.prepare(QStringLiteral("SELECT status FROM identification_events WHERE person_id = ? "
                                 "ORDER BY decision_date DESC, id DESC LIMIT 1"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<IdentificationStatus>();
    return identificationStatusFromCode(query.value(0).toString());
}

Result<qint64> IdentificationRepository::count() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM identification_events")) || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

} // namespace legalaid

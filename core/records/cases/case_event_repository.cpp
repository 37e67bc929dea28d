#include "records/cases/case_event_repository.h"

#include "records/cases/case_sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

using cases_sql::dateAt;
using cases_sql::dateOrNull;
using cases_sql::idAt;
using cases_sql::idOrNull;

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql, QCoreApplication::translate("CaseEventRepository",
                                                                 "Cannot read or write case events: %1")
                                         .arg(query.lastError().databaseText()));
}

} // namespace

CaseEventRepository::CaseEventRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> CaseEventRepository::insert(const CaseEventRecord& e) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO case_events (case_id, kind, occurred_on, body, court, stage, document_direction, "
        "document_type, document_number, document_party, document_title, provider_id, previous_provider_id, "
        "rating, satisfied, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.caseId);
    q.addBindValue(e.kind);
    q.addBindValue(dateOrNull(e.occurredOn));
    q.addBindValue(textOrEmpty(e.body));
    q.addBindValue(textOrEmpty(e.court));
    q.addBindValue(textOrEmpty(e.stage));
    q.addBindValue(textOrEmpty(e.documentDirection));
    q.addBindValue(textOrEmpty(e.documentType));
    q.addBindValue(textOrEmpty(e.documentNumber));
    q.addBindValue(textOrEmpty(e.documentParty));
    q.addBindValue(textOrEmpty(e.documentTitle));
    q.addBindValue(idOrNull(e.providerId));
    q.addBindValue(idOrNull(e.previousProviderId));
    q.addBindValue(textOrEmpty(e.rating));
    q.addBindValue(e.satisfied ? QVariant(*e.satisfied ? 1 : 0) : QVariant());
    q.addBindValue(textOrEmpty(e.actor));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlFailure(q);
    return q.lastInsertId().toLongLong();
}

Result<std::vector<CaseEventRecord>> CaseEventRepository::forCase(qint64 caseId) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, case_id, kind, occurred_on, body, court, stage, document_direction, document_type, "
        "document_number, document_party, document_title, provider_id, previous_provider_id, rating, "
        "satisfied, "
        "actor, created_at FROM case_events WHERE case_id = ? ORDER BY occurred_on, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q);
    std::vector<CaseEventRecord> events;
    while (q.next()) {
        CaseEventRecord e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.kind = q.value(2).toString();
        e.occurredOn = dateAt(q, 3);
        e.body = q.value(4).toString();
        e.court = q.value(5).toString();
        e.stage = q.value(6).toString();
        e.documentDirection = q.value(7).toString();
        e.documentType = q.value(8).toString();
        e.documentNumber = q.value(9).toString();
        e.documentParty = q.value(10).toString();
        e.documentTitle = q.value(11).toString();
        e.providerId = idAt(q, 12);
        e.previousProviderId = idAt(q, 13);
        e.rating = q.value(14).toString();
        if (!q.value(15).isNull())
            e.satisfied = q.value(15).toInt() != 0;
        e.actor = q.value(16).toString();
        e.createdAt = q.value(17).toString();
        events.push_back(e);
    }
    return events;
}

} // namespace legalaid

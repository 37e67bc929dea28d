#include "records/cases/case_repository.h"

#include "records/cases/case_sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace legalaid {

using cases_sql::dateAt;
using cases_sql::dateOrNull;
using cases_sql::idAt;
using cases_sql::idOrNull;

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("CaseRepository", "Cannot read or write cases: %1")
                         .arg(query.lastError().databaseText()));
}

const QString kCaseColumns = QStringLiteral(
    "id, unit_code, unit_organisation_id, form, field_code, group_code, beneficiary_person_id, "
    "requester_name, "
    "requester_relation, source, received_on, summary, urgent, urgent_reason, hearing_date, limitation_date, "
    "status, register_year, register_number, file_code, provider_id, accepted_on, assigned_on, started_on, "
    "ended_on, last_step_on, outcome, exit_ground, exit_reason, transferred_to, created_at, updated_at");

CaseRecord caseFromRow(const QSqlQuery& q) {
    CaseRecord r;
    r.id = q.value(0).toLongLong();
    r.unitCode = q.value(1).toString();
    r.unitOrganisationId = idAt(q, 2);
    r.form = caseFormFromCode(q.value(3).toString()).value_or(CaseForm::Consultation);
    r.fieldCode = q.value(4).toString();
    r.groupCode = q.value(5).toString();
    r.personId = q.value(6).toLongLong();
    r.requesterName = q.value(7).toString();
    r.requesterRelation = q.value(8).toString();
    r.source = q.value(9).toString();
    r.receivedOn = dateAt(q, 10);
    r.summary = q.value(11).toString();
    r.urgent = q.value(12).toInt() != 0;
    r.urgentReason = q.value(13).toString();
    r.hearingDate = dateAt(q, 14);
    r.limitationDate = dateAt(q, 15);
    r.status = caseStatusFromCode(q.value(16).toString()).value_or(CaseStatus::Received);
    r.registerYear = q.value(17).toInt();
    r.registerNumber = q.value(18).toInt();
    r.fileCode = q.value(19).toString();
    r.providerId = idAt(q, 20);
    r.acceptedOn = dateAt(q, 21);
    r.assignedOn = dateAt(q, 22);
    r.startedOn = dateAt(q, 23);
    r.endedOn = dateAt(q, 24);
    r.lastStepOn = dateAt(q, 25);
    r.outcome = q.value(26).toString();
    r.exitGround = q.value(27).toString();
    r.exitReason = q.value(28).toString();
    r.transferredTo = idAt(q, 29);
    r.createdAt = q.value(30).toString();
    r.updatedAt = q.value(31).toString();
    return r;
}

const QString kTransitionColumns =
    QStringLiteral("id, case_id, action, from_status, to_status, effective_on, ground, reason, provider_id, "
                   "organisation_id, requested_on, late, actor, at");

CaseTransitionRecord transitionFromRow(const QSqlQuery& q) {
    CaseTransitionRecord t;
    t.id = q.value(0).toLongLong();
    t.caseId = q.value(1).toLongLong();
    t.action = q.value(2).toString();
    t.fromStatus = q.value(3).toString();
    t.toStatus = q.value(4).toString();
    t.effectiveOn = dateAt(q, 5);
    t.ground = q.value(6).toString();
    t.reason = q.value(7).toString();
    t.providerId = idAt(q, 8);
    t.organisationId = idAt(q, 9);
    t.requestedOn = dateAt(q, 10);
    t.late = q.value(11).toInt() != 0;
    t.actor = q.value(12).toString();
    t.at = q.value(13).toString();
    return t;
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

CaseRepository::CaseRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<int> CaseRepository::takeRegisterNumber(const QString& unitCode, int year) {
    // No UPSERT on SQLite 3.15: make sure the row exists, then increment it. Both run under the caller's
    // write lock, so no other writer can read the counter between the increment and the insert.
    QSqlQuery ensure(m_db);
    ensure.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO case_register_counters (unit_code, year, last_number) VALUES (?, ?, 0)"));
    ensure.addBindValue(unitCode);
    ensure.addBindValue(year);
    if (!ensure.exec())
        return sqlFailure(ensure);
    QSqlQuery increment(m_db);
    increment.prepare(QStringLiteral("UPDATE case_register_counters SET last_number = last_number + 1 "
                                     "WHERE unit_code = ? AND year = ?"));
    increment.addBindValue(unitCode);
    increment.addBindValue(year);
    if (!increment.exec())
        return sqlFailure(increment);
    QSqlQuery read(m_db);
    read.prepare(
        QStringLiteral("SELECT last_number FROM case_register_counters WHERE unit_code = ? AND year = ?"));
    read.addBindValue(unitCode);
    read.addBindValue(year);
    if (!read.exec() || !read.next())
        return sqlFailure(read);
    return read.value(0).toInt();
}

Result<qint64> CaseRepository::insert(const CaseRecord& r) {
    const QString stamp = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO cases (unit_code, unit_organisation_id, form, field_code, group_code, "
        "beneficiary_person_id, "
        "requester_name, requester_relation, source, received_on, summary, urgent, urgent_reason, "
        "hearing_date, "
        "limitation_date, status, register_year, register_number, file_code, provider_id, accepted_on, "
        "assigned_on, started_on, ended_on, last_step_on, outcome, exit_ground, exit_reason, transferred_to, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.unitCode);
    q.addBindValue(idOrNull(r.unitOrganisationId));
    q.addBindValue(caseFormCode(r.form));
    q.addBindValue(r.fieldCode);
    q.addBindValue(r.groupCode);
    q.addBindValue(r.personId);
    q.addBindValue(textOrEmpty(r.requesterName));
    q.addBindValue(textOrEmpty(r.requesterRelation));
    q.addBindValue(textOrEmpty(r.source));
    q.addBindValue(dateOrNull(r.receivedOn));
    q.addBindValue(textOrEmpty(r.summary));
    q.addBindValue(r.urgent ? 1 : 0);
    q.addBindValue(textOrEmpty(r.urgentReason));
    q.addBindValue(dateOrNull(r.hearingDate));
    q.addBindValue(dateOrNull(r.limitationDate));
    q.addBindValue(caseStatusCode(r.status));
    q.addBindValue(r.registerYear);
    q.addBindValue(r.registerNumber);
    q.addBindValue(r.fileCode);
    q.addBindValue(idOrNull(r.providerId));
    q.addBindValue(dateOrNull(r.acceptedOn));
    q.addBindValue(dateOrNull(r.assignedOn));
    q.addBindValue(dateOrNull(r.startedOn));
    q.addBindValue(dateOrNull(r.endedOn));
    q.addBindValue(dateOrNull(r.lastStepOn));
    q.addBindValue(textOrEmpty(r.outcome));
    q.addBindValue(textOrEmpty(r.exitGround));
    q.addBindValue(textOrEmpty(r.exitReason));
    q.addBindValue(idOrNull(r.transferredTo));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec())
        return sqlFailure(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<CaseRecord>> CaseRepository::find(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(kCaseColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<CaseRecord>();
    return std::optional<CaseRecord>(caseFromRow(q));
}

Status CaseRepository::updateLifecycle(const CaseRecord& r) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE cases SET status = ?, provider_id = ?, accepted_on = ?, assigned_on = ?, "
        "started_on = ?, ended_on = ?, last_step_on = ?, outcome = ?, exit_ground = ?, exit_reason = ?, "
        "transferred_to = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(caseStatusCode(r.status));
    q.addBindValue(idOrNull(r.providerId));
    q.addBindValue(dateOrNull(r.acceptedOn));
    q.addBindValue(dateOrNull(r.assignedOn));
    q.addBindValue(dateOrNull(r.startedOn));
    q.addBindValue(dateOrNull(r.endedOn));
    q.addBindValue(dateOrNull(r.lastStepOn));
    q.addBindValue(textOrEmpty(r.outcome));
    q.addBindValue(textOrEmpty(r.exitGround));
    q.addBindValue(textOrEmpty(r.exitReason));
    q.addBindValue(idOrNull(r.transferredTo));
    q.addBindValue(now());
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Result<qint64> CaseRepository::insertTransition(const CaseTransitionRecord& t) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO case_transitions (case_id, action, from_status, to_status, "
                             "effective_on, ground, reason, "
                             "provider_id, organisation_id, requested_on, late, actor, at) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?)"));
    q.addBindValue(t.caseId);
    q.addBindValue(t.action);
    q.addBindValue(textOrEmpty(t.fromStatus));
    q.addBindValue(t.toStatus);
    q.addBindValue(dateOrNull(t.effectiveOn));
    q.addBindValue(textOrEmpty(t.ground));
    q.addBindValue(textOrEmpty(t.reason));
    q.addBindValue(idOrNull(t.providerId));
    q.addBindValue(idOrNull(t.organisationId));
    q.addBindValue(dateOrNull(t.requestedOn));
    q.addBindValue(t.late ? 1 : 0);
    q.addBindValue(textOrEmpty(t.actor));
    q.addBindValue(t.at.isEmpty() ? now() : t.at);
    if (!q.exec())
        return sqlFailure(q);
    return q.lastInsertId().toLongLong();
}

Result<std::vector<CaseTransitionRecord>> CaseRepository::transitions(qint64 caseId) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM case_transitions WHERE case_id = ? ORDER BY id")
                  .arg(kTransitionColumns));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q);
    std::vector<CaseTransitionRecord> rows;
    while (q.next())
        rows.push_back(transitionFromRow(q));
    return rows;
}

Result<std::vector<CaseListRow>> CaseRepository::list(const CaseFilter& filter) const {
    QStringList where;
    QVariantList binds;
    if (filter.status) {
        where << QStringLiteral("c.status = ?");
        binds << caseStatusCode(*filter.status);
    }
    if (filter.form) {
        where << QStringLiteral("c.form = ?");
        binds << caseFormCode(*filter.form);
    }
    if (!filter.unitCode.isEmpty()) {
        where << QStringLiteral("c.unit_code = ?");
        binds << filter.unitCode;
    }
    if (filter.providerId) {
        where << QStringLiteral("c.provider_id = ?");
        binds << *filter.providerId;
    }
    if (filter.personId) {
        where << QStringLiteral("c.beneficiary_person_id = ?");
        binds << *filter.personId;
    }
    if (filter.receivedFrom.isValid()) {
        where << QStringLiteral("c.received_on >= ?");
        binds << filter.receivedFrom.toString(Qt::ISODate);
    }
    if (filter.receivedTo.isValid()) {
        where << QStringLiteral("c.received_on <= ?");
        binds << filter.receivedTo.toString(Qt::ISODate);
    }
    QString sql = QStringLiteral("SELECT c.id, c.file_code, c.unit_code, c.form, c.field_code, c.status, "
                                 "c.beneficiary_person_id, p.full_name, "
                                 "c.received_on, c.urgent, c.provider_id FROM cases c LEFT JOIN people p ON "
                                 "p.id = c.beneficiary_person_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.received_on DESC, c.id DESC LIMIT ?");
    binds << (filter.limit > 0 ? filter.limit : 100);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q);
    std::vector<CaseListRow> rows;
    while (q.next()) {
        CaseListRow row;
        row.id = q.value(0).toLongLong();
        row.fileCode = q.value(1).toString();
        row.unitCode = q.value(2).toString();
        row.form = caseFormFromCode(q.value(3).toString()).value_or(CaseForm::Consultation);
        row.fieldCode = q.value(4).toString();
        row.status = caseStatusFromCode(q.value(5).toString()).value_or(CaseStatus::Received);
        row.personId = q.value(6).toLongLong();
        row.personName = q.value(7).toString();
        row.receivedOn = dateAt(q, 8);
        row.urgent = q.value(9).toInt() != 0;
        row.providerId = idAt(q, 10);
        rows.push_back(row);
    }
    return rows;
}

Result<std::vector<CaseRecord>> CaseRepository::withStatus(CaseStatus status, bool urgentOnly) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE status = ?%2 ORDER BY received_on, id")
                  .arg(kCaseColumns, urgentOnly ? QStringLiteral(" AND urgent = 1") : QString()));
    q.addBindValue(caseStatusCode(status));
    if (!q.exec())
        return sqlFailure(q);
    std::vector<CaseRecord> rows;
    while (q.next())
        rows.push_back(caseFromRow(q));
    return rows;
}

Result<std::vector<std::pair<CaseTransitionRecord, QString>>> CaseRepository::lateProviderChanges() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString columns;
    for (const QString& column : kTransitionColumns.split(QStringLiteral(", ")))
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("t.") + column;
    q.prepare(QStringLiteral("SELECT %1, c.file_code FROM case_transitions t JOIN cases c ON c.id = "
                             "t.case_id WHERE t.action = 'change_provider' AND t.late = 1 ORDER BY "
                             "t.effective_on, t.id")
                  .arg(columns));
    if (!q.exec())
        return sqlFailure(q);
    std::vector<std::pair<CaseTransitionRecord, QString>> rows;
    while (q.next())
        rows.emplace_back(transitionFromRow(q), q.value(14).toString());
    return rows;
}

} // namespace legalaid

#include "overview/overview_repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <utility>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("OverviewRepository", "Cannot read the overview figures: %1")
                         .arg(query.lastError().databaseText()));
}

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// The day after `date`, for comparisons with timestamps (created_at is an ISO date-time in UTC).
QString dayAfter(const QDate& date) {
    return date.addDays(1).toString(Qt::ISODate);
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<std::pair<const char*, QVariant>> binds = {}) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlFailure(query);
    for (const auto& [name, value] : binds)
        query.bindValue(QLatin1String(name), value);
    if (!query.exec())
        return sqlFailure(query);
    return query;
}

Result<qint64> single(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<std::pair<const char*, QVariant>> binds = {}) {
    auto query = run(db, sql, binds);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::vector<KeyCount>> keyCounts(const QSqlDatabase& db, const QString& sql,
                                        std::initializer_list<std::pair<const char*, QVariant>> binds = {}) {
    auto query = run(db, sql, binds);
    if (!query)
        return query.error();
    std::vector<KeyCount> counts;
    while (query->next())
        counts.push_back({query->value(0).toString(), query->value(1).toLongLong()});
    return counts;
}

Result<std::vector<PairCount>>
pairCounts(const QSqlDatabase& db, const QString& sql,
           std::initializer_list<std::pair<const char*, QVariant>> binds = {}) {
    auto query = run(db, sql, binds);
    if (!query)
        return query.error();
    std::vector<PairCount> counts;
    while (query->next())
        counts.push_back(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toLongLong()});
    return counts;
}

// "Open" as the desk's case filter status=open means it: every status before an end.
#define OPEN_STATUSES "('received', 'accepted', 'assigned', 'in_progress')"

// People of the three categories recorded in [:from, :next) who are not found not to be victims; the same
// cohort as the periodic report's coverage indicator (core/reports).
#define COVERAGE_COHORT                                                                                      \
    "FROM people p WHERE p.created_at >= :from AND p.created_at < :next "                                    \
    "AND p.category IN ('victim', 'under_identification', 'accompanying_minor') "                            \
    "AND (p.current_status IS NULL OR p.current_status <> 'not_victim')"

} // namespace

OverviewRepository::OverviewRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::vector<KeyCount>> OverviewRepository::openCasesByForm() const {
    // cases_status (status, received_on) narrows to the open cases; form is read from those rows only.
    return keyCounts(m_db, QStringLiteral("SELECT form, COUNT(*) FROM cases WHERE status IN " OPEN_STATUSES
                                          " GROUP BY form"));
}

Result<std::vector<KeyCount>> OverviewRepository::awaitingAssignmentByAcceptedOn() const {
    return keyCounts(m_db, QStringLiteral("SELECT accepted_on, COUNT(*) FROM cases "
                                          "WHERE status = 'accepted' AND accepted_on IS NOT NULL "
                                          "GROUP BY accepted_on"));
}

Result<std::vector<KeyCount>> OverviewRepository::urgentUnacceptedByReceivedOn() const {
    // The partial index cases_urgent (status, received_on) WHERE urgent = 1 answers this alone.
    return keyCounts(m_db, QStringLiteral("SELECT received_on, COUNT(*) FROM cases "
                                          "WHERE urgent = 1 AND status = 'received' GROUP BY received_on"));
}

Result<qint64> OverviewRepository::referralsAwaitingAnswer() const {
    return single(m_db, QStringLiteral("SELECT COUNT(*) FROM referrals WHERE status = 'sent'"));
}

Result<qint64> OverviewRepository::referralsAwaitingAnswerDueBefore(const QDate& date) const {
    return single(m_db,
                  QStringLiteral("SELECT COUNT(*) FROM referrals WHERE status = 'sent' AND due_on < :date"),
                  {{":date", isoDate(date)}});
}

Result<qint64> OverviewRepository::underIdentificationWithoutCase() const {
    return single(
        m_db, QStringLiteral("SELECT COUNT(*) FROM people p WHERE p.category = 'under_identification' "
                             "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_person_id = p.id)"));
}

Result<qint64> OverviewRepository::coverageKnown(const QDate& from, const QDate& to) const {
    return single(m_db, QStringLiteral("SELECT COUNT(*) " COVERAGE_COHORT),
                  {{":from", isoDate(from)}, {":next", dayAfter(to)}});
}

Result<qint64> OverviewRepository::coverageAided(const QDate& from, const QDate& to) const {
    return single(m_db,
                  QStringLiteral("SELECT COUNT(*) " COVERAGE_COHORT
                                 " AND EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_person_id = p.id "
                                 "AND c.accepted_on IS NOT NULL AND c.accepted_on <= :to)"),
                  {{":from", isoDate(from)}, {":next", dayAfter(to)}, {":to", isoDate(to)}});
}

Result<std::vector<PairCount>> OverviewRepository::casesByMonthAndForm(const QDate& from) const {
    // cases_open_span (received_on, ended_on, form, unit_code) covers this: no table rows are read.
    return pairCounts(m_db,
                      QStringLiteral("SELECT substr(received_on, 1, 7) AS month, form, COUNT(*) FROM cases "
                                     "WHERE received_on >= :from GROUP BY month, form"),
                      {{":from", isoDate(from)}});
}

Result<std::vector<PairCount>> OverviewRepository::peopleByCategoryAndSex() const {
    return pairCounts(m_db,
                      QStringLiteral("SELECT category, sex, COUNT(*) FROM people GROUP BY category, sex"));
}

#undef OPEN_STATUSES
#undef COVERAGE_COHORT

} // namespace legalaid

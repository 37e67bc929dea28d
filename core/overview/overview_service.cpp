#include "overview/overview_service.h"

#include "domain/case_catalogues.h"
#include "overview/overview_repository.h"
#include "records/calendar/working_days.h"
#include "records/permissions.h"
#include "records/session.h"

namespace legalaid {

std::pair<QDate, QDate> calendarHalfYear(const QDate& date) {
    if (date.month() <= 6)
        return {QDate(date.year(), 1, 1), QDate(date.year(), 6, 30)};
    return {QDate(date.year(), 7, 1), QDate(date.year(), 12, 31)};
}

QDate endOfWeek(const QDate& date) {
    return date.addDays(7 - date.dayOfWeek());
}

OverviewService::OverviewService(const Session& session)
    : m_db(session.db())
    , m_role(session.user().role) {}

OverviewService::OverviewService(QSqlDatabase db, Role role)
    : m_db(std::move(db))
    , m_role(role) {}

Result<OverviewFigures> OverviewService::figures(const QDate& asOf) const {
    if (auto allowed = requirePermission(m_role, Operation::ViewAggregates); !allowed)
        return allowed.error();
    OverviewRepository repository(m_db);
    OverviewFigures figures;
    figures.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    const QDate today = figures.asOf;

    for (const CaseForm form : allCaseForms())
        figures.openCasesByForm[caseFormCode(form)] = 0;
    auto open = repository.openCasesByForm();
    if (!open)
        return open.error();
    for (const KeyCount& row : *open) {
        figures.openCasesByForm[row.key] += row.count;
        figures.openCases += row.count;
    }

    // Deadlines: one row per distinct date, so the working-day arithmetic runs per date, not per case.
    auto calendar = WorkingDayCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    auto assignDays = deadlineWorkingDays(m_db, QStringLiteral("assign_after_accept"));
    if (!assignDays)
        return assignDays.error();
    const QDate weekEnd = endOfWeek(today);
    const auto countDeadline = [&](const QDate& dueOn, qint64 count) {
        if (!dueOn.isValid())
            return;
        if (dueOn < today)
            figures.deadlinesOverdue += count;
        else if (dueOn <= weekEnd)
            figures.deadlinesDueThisWeek += count;
    };
    auto awaiting = repository.awaitingAssignmentByAcceptedOn();
    if (!awaiting)
        return awaiting.error();
    for (const KeyCount& row : *awaiting) {
        const QDate acceptedOn = QDate::fromString(row.key, Qt::ISODate);
        countDeadline(acceptedOn.isValid() ? calendar->addWorkingDays(acceptedOn, *assignDays) : QDate(),
                      row.count);
    }
    auto urgent = repository.urgentUnacceptedByReceivedOn();
    if (!urgent)
        return urgent.error();
    for (const KeyCount& row : *urgent)
        countDeadline(QDate::fromString(row.key, Qt::ISODate), row.count);

    auto awaitingAnswer = repository.referralsAwaitingAnswer();
    if (!awaitingAnswer)
        return awaitingAnswer.error();
    figures.referralsAwaitingAnswer = *awaitingAnswer;
    auto referralsOverdue = repository.referralsAwaitingAnswerDueBefore(today);
    if (!referralsOverdue)
        return referralsOverdue.error();
    figures.referralsOverdue = *referralsOverdue;

    auto withoutCase = repository.underIdentificationWithoutCase();
    if (!withoutCase)
        return withoutCase.error();
    figures.underIdentificationWithoutCase = *withoutCase;

    const auto [periodStart, periodEnd] = calendarHalfYear(today);
    figures.coverageFrom = periodStart;
    figures.coverageTo = std::min(periodEnd, today);
    auto known = repository.coverageKnown(figures.coverageFrom, figures.coverageTo);
    if (!known)
        return known.error();
    figures.coverageKnown = *known;
    auto aided = repository.coverageAided(figures.coverageFrom, figures.coverageTo);
    if (!aided)
        return aided.error();
    figures.coverageAided = *aided;

    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    for (int i = 0; i < 12; ++i)
        figures.months << firstMonth.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    for (const QString& month : figures.months)
        for (const CaseForm form : allCaseForms())
            figures.casesByMonthAndForm[month][caseFormCode(form)] = 0;
    auto byMonth = repository.casesByMonthAndForm(firstMonth);
    if (!byMonth)
        return byMonth.error();
    for (const PairCount& row : *byMonth) {
        // Cases received after asOf (asOf in the past) fall outside the twelve months shown.
        if (figures.months.contains(row.first))
            figures.casesByMonthAndForm[row.first][row.second] += row.count;
    }

    auto people = repository.peopleByCategoryAndSex();
    if (!people)
        return people.error();
    for (const PairCount& row : *people)
        figures.peopleByCategoryAndSex[row.first][row.second] += row.count;
    return figures;
}

} // namespace legalaid

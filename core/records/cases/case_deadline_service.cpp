#include "records/cases/case_deadline_service.h"

#include "records/calendar/working_days.h"
#include "records/cases/case_repository.h"
#include "records/permissions.h"

#include <algorithm>

namespace legalaid {

CaseDeadlineService::CaseDeadlineService(Session& session)
    : m_session(session) {}

Result<std::vector<CaseDeadline>> CaseDeadlineService::list(bool overdueOnly, const QDate& asOf) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CaseView); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_session.db();
    const QDate today = asOf.isValid() ? asOf : QDate::currentDate();
    auto calendar = WorkingDayCalendar::load(db);
    if (!calendar)
        return calendar.error();
    auto assignDays = deadlineWorkingDays(db, QStringLiteral("assign_after_accept"));
    if (!assignDays)
        return assignDays.error();
    auto changeDays = deadlineWorkingDays(db, QStringLiteral("provider_change"));
    if (!changeDays)
        return changeDays.error();

    std::vector<CaseDeadline> deadlines;
    const auto add = [&](CaseDeadline deadline) {
        const QDate until = deadline.doneOn.isValid() ? deadline.doneOn : today;
        deadline.overdue = until > deadline.dueOn;
        deadline.workingDaysOverdue =
            deadline.overdue ? calendar->workingDaysBetween(deadline.dueOn, until) : 0;
        if (!overdueOnly || deadline.overdue)
            deadlines.push_back(deadline);
    };

    CaseRepository cases(db);
    auto accepted = cases.withStatus(CaseStatus::Accepted, false);
    if (!accepted)
        return accepted.error();
    for (const CaseRecord& record : *accepted) {
        add({QStringLiteral("awaiting_assignment"), record.id, record.fileCode, record.acceptedOn,
             calendar->addWorkingDays(record.acceptedOn, *assignDays), QDate(), false, 0});
    }
    auto urgent = cases.withStatus(CaseStatus::Received, true);
    if (!urgent)
        return urgent.error();
    for (const CaseRecord& record : *urgent)
        add({QStringLiteral("urgent_acceptance"), record.id, record.fileCode, record.receivedOn,
             record.receivedOn, QDate(), false, 0});
    auto late = cases.lateProviderChanges();
    if (!late)
        return late.error();
    for (const auto& [transition, fileCode] : *late) {
        add({QStringLiteral("provider_change_late"), transition.caseId, fileCode, transition.requestedOn,
             calendar->addWorkingDays(transition.requestedOn, *changeDays), transition.effectiveOn, false,
             0});
    }
    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const CaseDeadline& a, const CaseDeadline& b) { return a.dueOn < b.dueOn; });
    return deadlines;
}

} // namespace legalaid

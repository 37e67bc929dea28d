#pragma once

#include "common/result.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// One case deadline, counted in working days with the holiday calendar.
struct CaseDeadline {
    // awaiting_assignment: accepted, no provider yet (due `assign_after_accept` working days after
    // acceptance) urgent_acceptance:   urgent and not yet accepted (due the day it was received: accept at
    // once) provider_change_late: a provider change decided after `provider_change` working days from the
    // request
    QString kind;
    qint64 caseId = 0;
    QString fileCode;
    QDate since; // accepted on, received on, or the change requested on
    QDate dueOn;
    QDate doneOn; // provider change: decided on; invalid while still open
    bool overdue = false;
    int workingDaysOverdue = 0; // working days after the due date up to today (or to the decision)
};

// The deadlines of the case lifecycle (referral answers are the referrals' own).
class CaseDeadlineService {
public:
    explicit CaseDeadlineService(Session& session);

    // Every open deadline and late decision as of `asOf` (default today), by due date; only the overdue
    // ones with overdueOnly.
    [[nodiscard]] Result<std::vector<CaseDeadline>> list(bool overdueOnly, const QDate& asOf = {}) const;

private:
    Session& m_session;
};

} // namespace legalaid

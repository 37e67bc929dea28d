#pragma once

#include "common/result.h"

#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// The lifecycle of a legal-aid case (DESIGN §5): received → accepted (thụ lý) → assigned (cử người thực hiện)
// → in progress → closed, with the side exits refused, withdrawn, discontinued and transferred.
enum class CaseStatus {
    Received,
    Accepted,
    Assigned,
    InProgress,
    Closed,
    Refused,
    Withdrawn,
    Discontinued,
    Transferred,
};

[[nodiscard]] const std::vector<CaseStatus>& allCaseStatuses();
[[nodiscard]] QString caseStatusCode(CaseStatus status);
[[nodiscard]] std::optional<CaseStatus> caseStatusFromCode(const QString& code);
[[nodiscard]] QString caseStatusLabel(CaseStatus status);
// No step leads out of a final status.
[[nodiscard]] bool isFinalCaseStatus(CaseStatus status);

// The steps a user can take on an open case. Opening is not one of them: it creates the case as received.
enum class CaseAction {
    Accept,
    Assign,
    Start,
    ChangeProvider,
    Refuse,
    Withdraw,
    Discontinue,
    Transfer,
    Close,
};

[[nodiscard]] const std::vector<CaseAction>& allCaseActions();
[[nodiscard]] QString caseActionCode(CaseAction action); // accept, assign, …, change_provider
[[nodiscard]] QString caseActionLabel(CaseAction action);

// One row of the transition table: from which statuses the action is allowed and where it leads
// (a provider change keeps the status).
struct CaseTransitionRule {
    CaseAction action;
    std::vector<CaseStatus> from;
    std::optional<CaseStatus> to;
};

// The state machine, in one place.
[[nodiscard]] const std::vector<CaseTransitionRule>& caseTransitionTable();
// The actions allowed from `status`, in table order.
[[nodiscard]] std::vector<CaseAction> allowedCaseActions(CaseStatus status);
// The status after `action`, or an IllegalTransition error naming the current status and the allowed next
// steps.
[[nodiscard]] Result<CaseStatus> applyCaseAction(CaseStatus current, CaseAction action);

} // namespace legalaid

#include "domain/case_lifecycle.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace legalaid {

const std::vector<CaseStatus>& allCaseStatuses() {
    static const std::vector<CaseStatus> statuses{
        CaseStatus::Received,   CaseStatus::Accepted,     CaseStatus::Assigned,
        CaseStatus::InProgress, CaseStatus::Closed,       CaseStatus::Refused,
        CaseStatus::Withdrawn,  CaseStatus::Discontinued, CaseStatus::Transferred};
    return statuses;
}

QString caseStatusCode(CaseStatus status) {
    switch (status) {
    case CaseStatus::Received:
        return QStringLiteral("received");
    case CaseStatus::Accepted:
        return QStringLiteral("accepted");
    case CaseStatus::Assigned:
        return QStringLiteral("assigned");
    case CaseStatus::InProgress:
        return QStringLiteral("in_progress");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    case CaseStatus::Refused:
        return QStringLiteral("refused");
    case CaseStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case CaseStatus::Discontinued:
        return QStringLiteral("discontinued");
    case CaseStatus::Transferred:
        return QStringLiteral("transferred");
    }
    return QStringLiteral("received");
}

std::optional<CaseStatus> caseStatusFromCode(const QString& code) {
    for (CaseStatus status : allCaseStatuses()) {
        if (caseStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

QString caseStatusLabel(CaseStatus status) {
    switch (status) {
    case CaseStatus::Received:
        return QCoreApplication::translate("CaseStatus", "received");
    case CaseStatus::Accepted:
        return QCoreApplication::translate("CaseStatus", "accepted");
    case CaseStatus::Assigned:
        return QCoreApplication::translate("CaseStatus", "assigned to a provider");
    case CaseStatus::InProgress:
        return QCoreApplication::translate("CaseStatus", "in progress");
    case CaseStatus::Closed:
        return QCoreApplication::translate("CaseStatus", "closed");
    case CaseStatus::Refused:
        return QCoreApplication::translate("CaseStatus", "refused");
    case CaseStatus::Withdrawn:
        return QCoreApplication::translate("CaseStatus", "withdrawn");
    case CaseStatus::Discontinued:
        return QCoreApplication::translate("CaseStatus", "discontinued");
    case CaseStatus::Transferred:
        return QCoreApplication::translate("CaseStatus", "transferred");
    }
    return {};
}

bool isFinalCaseStatus(CaseStatus status) {
    return allowedCaseActions(status).empty();
}

const std::vector<CaseAction>& allCaseActions() {
    static const std::vector<CaseAction> actions{
        CaseAction::Accept,         CaseAction::Assign,   CaseAction::Start,
        CaseAction::ChangeProvider, CaseAction::Refuse,   CaseAction::Withdraw,
        CaseAction::Discontinue,    CaseAction::Transfer, CaseAction::Close};
    return actions;
}

QString caseActionCode(CaseAction action) {
    switch (action) {
    case CaseAction::Accept:
        return QStringLiteral("accept");
    case CaseAction::Assign:
        return QStringLiteral("assign");
    case CaseAction::Start:
        return QStringLiteral("start");
    case CaseAction::ChangeProvider:
        return QStringLiteral("change_provider");
    case CaseAction::Refuse:
        return QStringLiteral("refuse");
    case CaseAction::Withdraw:
        return QStringLiteral("withdraw");
    case CaseAction::Discontinue:
        return QStringLiteral("discontinue");
    case CaseAction::Transfer:
        return QStringLiteral("transfer");
    case CaseAction::Close:
        return QStringLiteral("close");
    }
    return {};
}

QString caseActionLabel(CaseAction action) {
    switch (action) {
    case CaseAction::Accept:
        return QCoreApplication::translate("CaseAction", "accept");
    case CaseAction::Assign:
        return QCoreApplication::translate("CaseAction", "assign a provider");
    case CaseAction::Start:
        return QCoreApplication::translate("CaseAction", "start work");
    case CaseAction::ChangeProvider:
        return QCoreApplication::translate("CaseAction", "change the provider");
    case CaseAction::Refuse:
        return QCoreApplication::translate("CaseAction", "refuse");
    case CaseAction::Withdraw:
        return QCoreApplication::translate("CaseAction", "record the withdrawal");
    case CaseAction::Discontinue:
        return QCoreApplication::translate("CaseAction", "discontinue");
    case CaseAction::Transfer:
        return QCoreApplication::translate("CaseAction", "transfer");
    case CaseAction::Close:
        return QCoreApplication::translate("CaseAction", "close");
    }
    return {};
}

// The state machine. Closing needs the work to have started; refusing is a decision on a request not yet
// accepted; a transfer happens before a provider is assigned; withdrawal is possible until the case ends.
const std::vector<CaseTransitionRule>& caseTransitionTable() {
    using S = CaseStatus;
    static const std::vector<CaseTransitionRule> table{
        {CaseAction::Accept, {S::Received}, S::Accepted},
        {CaseAction::Assign, {S::Accepted}, S::Assigned},
        {CaseAction::Start, {S::Assigned}, S::InProgress},
        {CaseAction::ChangeProvider, {S::Assigned, S::InProgress}, std::nullopt},
        {CaseAction::Close, {S::InProgress}, S::Closed},
        {CaseAction::Refuse, {S::Received}, S::Refused},
        {CaseAction::Withdraw, {S::Received, S::Accepted, S::Assigned, S::InProgress}, S::Withdrawn},
        {CaseAction::Discontinue, {S::Accepted, S::Assigned, S::InProgress}, S::Discontinued},
        {CaseAction::Transfer, {S::Received, S::Accepted}, S::Transferred},
    };
    return table;
}

std::vector<CaseAction> allowedCaseActions(CaseStatus status) {
    std::vector<CaseAction> actions;
    for (const CaseTransitionRule& rule : caseTransitionTable()) {
        if (std::find(rule.from.begin(), rule.from.end(), status) != rule.from.end())
            actions.push_back(rule.action);
    }
    return actions;
}

Result<CaseStatus> applyCaseAction(CaseStatus current, CaseAction action) {
    for (const CaseTransitionRule& rule : caseTransitionTable()) {
        if (rule.action == action &&
            std::find(rule.from.begin(), rule.from.end(), current) != rule.from.end())
            return rule.to.value_or(current);
    }
    const std::vector<CaseAction> allowed = allowedCaseActions(current);
    if (allowed.empty())
        return makeError(
            ErrorCode::IllegalTransition,
            QCoreApplication::translate(
                "CaseLifecycle",
                "The case is %1, which is final: \"%2\" and every other step are no longer possible.")
                .arg(caseStatusLabel(current), caseActionLabel(action)));
    QStringList next;
    for (CaseAction step : allowed)
        next << caseActionLabel(step);
    return makeError(
        ErrorCode::IllegalTransition,
        QCoreApplication::translate(
            "CaseLifecycle", "The case is %1, so \"%2\" is not possible now; the allowed next steps are: %3.")
            .arg(caseStatusLabel(current), caseActionLabel(action), next.join(QStringLiteral(", "))));
}

} // namespace legalaid

#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <optional>

namespace legalaid {

struct ProviderChangeResult {
    bool late = false; // decided after `provider_change` working days from the request
    QDate dueOn;       // the last day the decision was due
};

// Moves cases through their lifecycle (domain/case_lifecycle.h holds the transition table). Every step is
// checked against the table, dated (`on`, default today; never in the future nor before the previous step),
// recorded in case_transitions with who, when and why, and audited in the same transaction.
class CaseLifecycleService {
public:
    explicit CaseLifecycleService(Session& session);

    [[nodiscard]] Status accept(qint64 caseId, const QDate& on = {});
    [[nodiscard]] Status assign(qint64 caseId, qint64 providerId, const QDate& on = {});
    [[nodiscard]] Status start(qint64 caseId, const QDate& on = {});
    // A new provider for an assigned or in-progress case; also recorded as a case event. The decision may not
    // precede the request (requestedOn, default: the decision date); a decision later than the deadline is
    // recorded as late, not refused.
    [[nodiscard]] Result<ProviderChangeResult> changeProvider(qint64 caseId, qint64 providerId,
                                                              const QString& reason,
                                                              const QDate& requestedOn = {},
                                                              const QDate& on = {});
    [[nodiscard]] Status refuse(qint64 caseId, const QString& ground, const QString& reason,
                                const QDate& on = {});
    [[nodiscard]] Status withdraw(qint64 caseId, const QString& reason, const QDate& on = {});
    [[nodiscard]] Status discontinue(qint64 caseId, const QString& ground, const QString& reason,
                                     const QDate& on = {});
    [[nodiscard]] Status transfer(qint64 caseId, qint64 organisationId, const QString& reason,
                                  const QDate& on = {});
    [[nodiscard]] Status close(qint64 caseId, const QString& outcome, const QDate& on = {});

private:
    struct Step {
        CaseAction action = CaseAction::Accept;
        QDate on;
        QString ground;
        QString reason;
        QString outcome;
        std::optional<qint64> providerId;
        std::optional<qint64> organisationId;
        QDate requestedOn;
    };
    [[nodiscard]] Result<CaseTransitionRecord> apply(qint64 caseId, const Step& step);

    Session& m_session;
};

} // namespace legalaid

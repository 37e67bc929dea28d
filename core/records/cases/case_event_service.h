#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <optional>

namespace legalaid {

// An event to add to a case. Which fields count depends on the kind:
//   note        text (required), on
//   hearing     on (required; may be ahead), court (required), stage (CaseCatalogue::HearingStage), text
//   document    direction received|issued, documentType (CaseCatalogue::DocumentType), number, on, party
//               (issuer or recipient), title (required) — the file's document register
//   evaluation  rating (CaseCatalogue::EvaluationRating), text
//   feedback    satisfied (required), text — the beneficiary's feedback form (phiếu lấy ý kiến)
// A provider change is recorded by CaseLifecycleService::changeProvider, not here.
struct NewCaseEvent {
    qint64 caseId = 0;
    QString kind;
    QDate on; // invalid: today (hearings need a date)
    QString text;
    QString court;
    QString stage;
    QString direction;
    QString documentType;
    QString number;
    QString party;
    QString title;
    QString rating;
    std::optional<bool> satisfied;
};

// Adds events to a case, audited as "case.event".
class CaseEventService {
public:
    explicit CaseEventService(Session& session);

    // The new event's id.
    [[nodiscard]] Result<qint64> add(const NewCaseEvent& event);

private:
    Session& m_session;
};

} // namespace legalaid

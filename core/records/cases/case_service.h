#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// A request for legal aid as received (tiếp nhận yêu cầu). Codes are validated by the service.
struct NewCase {
    qint64 personId = 0; // the beneficiary (people.id), required
    QString form;        // consultation | litigation | out_of_court
    QString fieldCode;   // fields_of_law.code
    QString groupCode;   // beneficiary_groups.code; empty: art7_6a (victims, people being identified, minors)
    QString unitCode;    // empty: the centre
    QString source;      // empty: walk_in
    QDate receivedOn;    // invalid: today
    QString summary;     // what is asked
    QString requesterName; // a representative who asked on the beneficiary's behalf, with the relation
    QString requesterRelation;
    QDate hearingDate;    // a hearing under `urgent_acceptance` working days away makes the case urgent
    QDate limitationDate; // so does a limitation period ending that soon
    bool courtAppointed = false; // a court-appointed defence is always urgent
};

struct OpenedCase {
    qint64 id = 0;
    QString fileCode;
    int registerNumber = 0;
    int registerYear = 0;
    bool urgent = false;
    QString urgentReason;
};

// A case with its history. When the user may not read case notes (CaseNotesView), free texts written during
// the work — event bodies, document titles, transition reasons, the outcome and exit reason — are empty and
// textHidden is true; the request summary stays, since whoever may open the case received it.
struct CaseDetails {
    CaseRecord record;
    QString personName;
    QString providerName;
    QString transferredToName;
    std::vector<CaseTransitionRecord> transitions;
    std::vector<CaseEventRecord> events;
    bool textHidden = false;
};

// Receives requests, gives them their register number and file code, and shows and lists cases.
class CaseService {
public:
    explicit CaseService(Session& session);

    // Opens a case as received: the next number of the unit's register for the year received, the file code
    // ORG.FORM.NUMBER.YEAR, the person reindexed for search by the file code, all in one audited transaction.
    [[nodiscard]] Result<OpenedCase> open(const NewCase& request);
    // A case with its transitions and events; audited as "case.view".
    [[nodiscard]] Result<CaseDetails> get(qint64 caseId);
    [[nodiscard]] Result<std::vector<CaseListRow>> list(const CaseFilter& filter) const;

private:
    Session& m_session;
};

} // namespace legalaid

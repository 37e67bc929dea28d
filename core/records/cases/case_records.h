#pragma once

#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// One row of cases. Dates that have not happened yet are invalid QDates.
struct CaseRecord {
    qint64 id = 0;
    QString unitCode;                         // the centre's code or a branch's (TT, CN1)
    std::optional<qint64> unitOrganisationId; // the branch in the directory; none for the centre
    CaseForm form = CaseForm::Consultation;
    QString fieldCode;     // fields_of_law.code
    QString groupCode;     // beneficiary_groups.code
    qint64 personId = 0;   // the beneficiary, people.id
    QString requesterName; // empty when the beneficiary asked themself
    QString requesterRelation;
    QString source; // CaseCatalogue::Source
    QDate receivedOn;
    QString summary; // what is asked
    bool urgent = false;
    QString urgentReason; // CaseCatalogue::UrgentReason, empty when not urgent
    QDate hearingDate;
    QDate limitationDate;
    CaseStatus status = CaseStatus::Received;
    int registerYear = 0;
    int registerNumber = 0;
    QString fileCode; // ORG.FORM.NUMBER.YEAR
    std::optional<qint64> providerId;
    QDate acceptedOn;
    QDate assignedOn;
    QDate startedOn;
    QDate endedOn;    // closed or left by a side exit
    QDate lastStepOn; // the next step may not be dated earlier
    QString outcome;
    QString exitGround;                  // refusal or discontinuation ground
    QString exitReason;                  // the written reason of a side exit
    std::optional<qint64> transferredTo; // organisations.id
    QString createdAt;
    QString updatedAt;
};

// One step of the lifecycle as recorded in case_transitions.
struct CaseTransitionRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QString action;     // "open" or caseActionCode()
    QString fromStatus; // empty for open
    QString toStatus;
    QDate effectiveOn;
    QString ground;
    QString reason;
    std::optional<qint64> providerId;
    std::optional<qint64> organisationId;
    QDate requestedOn; // provider change
    bool late = false; // provider change decided after the deadline
    QString actor;
    QString at; // UTC timestamp
};

// One event on a case (case_events).
struct CaseEventRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; // CaseCatalogue::EventKind
    QDate occurredOn;
    QString body; // note text, evaluation or feedback comments, provider change reason
    QString court;
    QString stage;
    QString documentDirection;
    QString documentType;
    QString documentNumber;
    QString documentParty;
    QString documentTitle;
    std::optional<qint64> providerId;
    std::optional<qint64> previousProviderId;
    QString rating;
    std::optional<bool> satisfied;
    QString actor;
    QString createdAt;
};

// A row of the case list.
struct CaseListRow {
    qint64 id = 0;
    QString fileCode;
    QString unitCode;
    CaseForm form = CaseForm::Consultation;
    QString fieldCode;
    CaseStatus status = CaseStatus::Received;
    qint64 personId = 0;
    QString personName;
    QDate receivedOn;
    bool urgent = false;
    std::optional<qint64> providerId;
};

struct CaseFilter {
    std::optional<CaseStatus> status;
    std::optional<CaseForm> form;
    QString unitCode; // empty: every unit
    std::optional<qint64> providerId;
    std::optional<qint64> personId;
    QDate receivedFrom; // invalid: no bound
    QDate receivedTo;
    int limit = 100;
};

struct BeneficiaryGroup {
    QString code;
    QString labelVi;
    QString labelEn;
    QString legalBasis;
    bool historical = false;
    QDate validUntil; // invalid: no end
    bool active = true;
    int sortOrder = 0;
};

struct FieldOfLaw {
    QString code;
    QString labelVi;
    QString labelEn;
    bool active = true;
    int sortOrder = 0;
};

} // namespace legalaid

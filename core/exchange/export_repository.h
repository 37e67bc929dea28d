#pragma once

#include "common/result.h"
#include "reports/report_period.h"
#include "storage/secure_bytes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>

namespace legalaid::exchange {

enum class ExportKind { Cases, People, Referrals, Activities };

[[nodiscard]] QString exportKindCode(ExportKind kind); // cases, people, referrals, activities
[[nodiscard]] Result<ExportKind> exportKindFromCode(const QString& code);

// The rows of a record-level export, read in id order. Which records belong to a period:
//   cases: received by its end and not ended before its start (open at some time in it);
//   people: recorded in it; referrals: sent in it; activities: held in it.
// Column positions of each kind are the enums below; the service decides what is written.
class ExportRepository {
public:
    enum CaseColumn {
        CaseId,
        CasePersonId,
        CaseUnit,
        CaseForm,
        CaseField,
        CaseGroup,
        CaseSource,
        CaseReceivedOn,
        CaseAcceptedOn,
        CaseAssignedOn,
        CaseEndedOn,
        CaseStatus,
        CaseExitGround,
        CaseUrgent,
        CaseProviderKind,
        CaseProviderId,
        CasePersonCategory,
        CasePersonSex,
        CasePersonBirthDate,
        CasePersonBirthYear,
        CasePersonEthnicity,
        CasePersonNationality,
        CasePersonProvince,
        CaseFileCode,
        CasePersonName,
        CasePersonIdNumber,
        CasePersonPhone,
        CasePersonCommune,
        CaseRequesterName,
        CaseSummary,
        CaseOutcome,
        CaseExitReason
    };
    enum PersonColumn {
        PersonId,
        PersonCategory,
        PersonSex,
        PersonBirthDate,
        PersonBirthYear,
        PersonEthnicity,
        PersonNationality,
        PersonProvince,
        PersonExploitation,
        PersonDestination,
        PersonReturnMode,
        PersonStatus,
        PersonAccompanies,
        PersonRecordedOn,
        PersonName,
        PersonIdType,
        PersonIdNumber,
        PersonPhone,
        PersonCommune,
        PersonNotes,
        PersonArrivalDate
    };
    enum ReferralColumn {
        ReferralId,
        ReferralPersonId,
        ReferralDirection,
        ReferralOrganisationKind,
        ReferralSourceKind,
        ReferralService,
        ReferralStatus,
        ReferralSentOn,
        ReferralDueOn,
        ReferralRegimeGroup,
        ReferralOutOfRegime,
        ReferralPersonAbroad,
        ReferralOrganisationName,
        ReferralNote
    };
    enum ActivityColumn {
        ActivityId,
        ActivityKind,
        ActivityHeldOn,
        ActivityAudience,
        ActivityParticipants,
        ActivityFemaleParticipants,
        ActivityOrganiserUnit,
        ActivityPartnerKind,
        ActivityTitle,
        ActivityPlace,
        ActivityNotes
    };

    explicit ExportRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> count(ExportKind kind, const reports::ReportPeriod& period) const;
    // Calls `row` for each record until it returns false.
    [[nodiscard]] Status scan(ExportKind kind, const reports::ReportPeriod& period,
                              const std::function<bool(const QSqlQuery&)>& row) const;

private:
    QSqlDatabase m_db;
};

// The per-database secrets of exchange (migration 0008).
class ExchangeSecretRepository {
public:
    explicit ExchangeSecretRepository(QSqlDatabase db);
    // Empty when there is none yet.
    [[nodiscard]] Result<storage::SecureBytes> read(const QString& purpose) const;
    [[nodiscard]] Status insertIfAbsent(const QString& purpose, const storage::SecureBytes& secret) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid::exchange

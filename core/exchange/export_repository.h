#pragma once

#include "common/result.h"
#include "reports/report_period.h"
#include "storage/secure_bytes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace legalaid::reports {
class LargeReadCache;
}

namespace legalaid::exchange {

// Htcds: one row per victim or person being identified, aligned with the IOM Human Trafficking Case Data
// Standard (export_service.cpp documents the mapping).
enum class ExportKind { Cases, People, Referrals, Activities, Htcds };

[[nodiscard]] QString exportKindCode(ExportKind kind); // cases, people, referrals, activities, htcds
[[nodiscard]] Result<ExportKind> exportKindFromCode(const QString& code);

// The rows of a record-level export, read in id order. Which records belong to a period:
//   cases: received by its end and not ended before its start (open at some time in it);
//   people: recorded in it; referrals: sent in it; activities: held in it.
//   htcds: victims and people being identified (not accompanying minors) recorded in it.
// Column positions of each kind are the enums below; the service decides what is written.

// A forward-only cursor straight on the SQLCipher statement of an export. An export reads every row once;
// a QVariant and a QString per cell (QSqlQuery) cost more than reading and decrypting the page, so the
// cells are handed out as views of SQLite's own UTF-8 text, valid until the next call to next().
class ExportCursor {
public:
    ~ExportCursor();
    ExportCursor(const ExportCursor&) = delete;
    ExportCursor& operator=(const ExportCursor&) = delete;

    // The next row; false at the end or on an error (then status() says which).
    [[nodiscard]] bool next();
    [[nodiscard]] Status status() const;
    [[nodiscard]] std::string_view text(int column) const; // empty for NULL
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;

    // The people's columns of a large case export, read once in id order instead of one random page per
    // case: on a million cases the join decrypted a page of people for almost every row.
    struct PeopleInMemory;

private:
    friend class ExportRepository;
    ExportCursor(sqlite3* db, sqlite3_stmt* statement, std::unique_ptr<reports::LargeReadCache> cache);
    [[nodiscard]] bool fromPeople(int column) const;
    [[nodiscard]] std::string_view personField(int column, bool* isNull) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<reports::LargeReadCache> m_cache;
    std::unique_ptr<PeopleInMemory> m_people;
    const char* m_person = nullptr; // the current row's person in m_people, or null
    bool m_ownsTransaction = false; // a read transaction keeps both reads on one snapshot
    int m_lastStep = 0;
};

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
    enum HtcdsColumn {
        HtcdsPersonId,
        HtcdsCategory,
        HtcdsStatus,
        HtcdsDecidingBody,
        HtcdsDecisionDate,
        HtcdsExploitation,
        HtcdsDestination,
        HtcdsSex,
        HtcdsBirthDate,
        HtcdsBirthYear,
        HtcdsNationality,
        HtcdsArrivalDate,
        HtcdsRecordedOn
    };

    explicit ExportRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> count(ExportKind kind, const reports::ReportPeriod& period) const;
    // The rows in id order, with a large page cache for the duration (the cursor restores it). A case
    // export of many rows (`expectedRows`) without identifying columns reads the people's columns into
    // memory first instead of joining (same rows, same values).
    [[nodiscard]] Result<std::unique_ptr<ExportCursor>> open(ExportKind kind,
                                                             const reports::ReportPeriod& period,
                                                             qint64 expectedRows = 0,
                                                             bool identifying = true) const;

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

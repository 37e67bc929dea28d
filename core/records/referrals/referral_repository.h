#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace legalaid {

// One referral (chuyển gửi) as stored.
struct Referral {
    qint64 id = 0;
    qint64 personId = 0;
    QString direction; // "in" or "out"
    qint64 organisationId = 0;
    QString sourceKind; // incoming: the referring organisation's kind at the time
    QString service;    // outgoing: the service asked for
    QString status;     // sent, accepted, declined, done, cancelled
    QDate sentOn;
    QDate dueOn;
    QString regimeGroup; // outgoing: the person's art. 37 group at the time (supportRegimeGroupCode)
    bool outOfRegime = false;
    bool personAbroad = false;
    QString note;
    QString createdBy;
};

struct ReferralStatusChange {
    qint64 id = 0;
    QString fromStatus; // empty for the creation
    QString toStatus;
    QDate changedOn;
    QString recordedBy;
    QString recordedAt;
    QString note;
};

struct ReferralDisclosure {
    qint64 consentId = 0;
    QString field;
};

struct ReferralFilter {
    qint64 personId = 0;       // 0: everyone
    qint64 organisationId = 0; // 0: every organisation
    QString direction;         // empty: both
    QString status;            // empty: every status
    // Set: only referrals still "sent" whose due date is before this date (overdue on that day).
    std::optional<QDate> overdueOn;
};

// What a referral needs to know about the person (art. 37 group); read from the people records.
struct ReferralPersonFacts {
    QString category;
    QString nationalityCode;
    QString accompaniedCategory; // for an accompanying minor: the category of the person accompanied
};

// SQL for referrals, their status history and disclosures lives here only.
class ReferralRepository {
public:
    explicit ReferralRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> insert(const Referral& referral);
    [[nodiscard]] Status updateStatus(qint64 id, const QString& status);
    [[nodiscard]] Status appendHistory(qint64 referralId, const ReferralStatusChange& change);
    [[nodiscard]] Status insertDisclosures(qint64 referralId,
                                           const std::vector<ReferralDisclosure>& disclosures);

    [[nodiscard]] Result<std::optional<Referral>> find(qint64 id) const;
    // Newest first (sent date, then id).
    [[nodiscard]] Result<std::vector<Referral>> list(const ReferralFilter& filter) const;
    [[nodiscard]] Result<std::vector<ReferralStatusChange>> history(qint64 referralId) const;
    [[nodiscard]] Result<std::vector<ReferralDisclosure>> disclosures(qint64 referralId) const;

    [[nodiscard]] Result<std::optional<ReferralPersonFacts>> personFacts(qint64 personId) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

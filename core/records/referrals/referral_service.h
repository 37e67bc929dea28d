#pragma once

#include "common/result.h"
#include "records/referrals/referral_repository.h"
#include "records/session.h"

#include <QDate>
#include <QStringList>
#include <optional>
#include <vector>

namespace legalaid {

struct NewReferral {
    qint64 personId = 0;
    QString direction; // "in" or "out"
    qint64 organisationId = 0;
    QString service;             // outgoing only: a code from referralServiceCodes()
    std::optional<QDate> sentOn; // default: today
    std::optional<QDate> dueOn;  // default: sentOn + the "referral_response" working days
    // Outgoing only: fields from disclosableFieldCodes(). Every outgoing referral discloses who the person
    // is, so the person's consent must cover the partner on sentOn whatever is listed; when nothing is
    // listed, full_name (the minimum a referral slip carries) is recorded as disclosed.
    QStringList disclose;
    bool personAbroad = false; // the person is outside Vietnam (art. 37 cl. 3)
    QString note;
};

struct ReferralCreated {
    qint64 id = 0;
    QDate dueOn;
    qint64 consentId = 0; // the consent the disclosure was made under (0 for an incoming referral)
    QStringList warnings; // e.g. a service outside the person's art. 37 regime
};

struct ReferralDetails {
    Referral referral;
    std::vector<ReferralStatusChange> history;
    std::vector<ReferralDisclosure> disclosures;
    QStringList warnings; // the support-regime warning, rebuilt from what was recorded
    bool overdue = false; // still "sent" after the due date, today
};

// Referrals in and out (chuyển gửi). Checks the role first (ReferralRecord / ReferralView), validates, checks
// the person's consent before disclosing anything to a partner, warns when a service is outside the person's
// support regime (Law 53/2024 art. 37), and writes every change with its audit entry in one transaction.
class ReferralService {
public:
    explicit ReferralService(Session& session);

    [[nodiscard]] Result<ReferralCreated> create(const NewReferral& referral);
    // Moves the referral along its workflow; `on` defaults to today. Illegal transitions are refused.
    [[nodiscard]] Status changeStatus(qint64 id, const QString& toStatus, const std::optional<QDate>& on,
                                      const QString& note);
    [[nodiscard]] Result<std::vector<Referral>> list(const ReferralFilter& filter) const;
    // Referrals still "sent" whose due date has passed on `asOf`, oldest due first.
    [[nodiscard]] Result<std::vector<Referral>> overdue(const QDate& asOf) const;
    // One referral with its history and disclosures. The view is audited ("referral.view").
    [[nodiscard]] Result<ReferralDetails> show(qint64 id);

private:
    Session& m_session;
};

} // namespace legalaid

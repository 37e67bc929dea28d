#pragma once

#include <QString>
#include <QStringList>

namespace legalaid {

// Referrals (chuyển gửi, DESIGN §5): directions, the status workflow, outgoing services with their support
// regime under Law 53/2024 art. 37, and the person fields an outgoing referral may disclose.

// "in": a partner refers the person to the centre; "out": the centre sends the person to a service.
[[nodiscard]] const QStringList& referralDirectionCodes();
[[nodiscard]] QString referralDirectionLabel(const QString& code);

// sent, accepted, declined, done, cancelled.
[[nodiscard]] const QStringList& referralStatusCodes();
[[nodiscard]] bool isReferralStatus(const QString& code);
[[nodiscard]] QString referralStatusLabel(const QString& code);
// The workflow: sent → accepted | declined | cancelled; accepted → done | cancelled. Nothing leaves declined,
// done or cancelled.
[[nodiscard]] bool isReferralTransitionAllowed(const QString& from, const QString& to);
// The statuses reachable from `from`, in catalogue order (empty for a final status).
[[nodiscard]] QStringList nextReferralStatuses(const QString& from);

// Outgoing services: medical, psychological, shelter, essential_needs, interpretation, schooling,
// vocational_job, initial_allowance_loan, citizen_protection, legal_aid, legal_other, travel, other.
[[nodiscard]] const QStringList& referralServiceCodes();
[[nodiscard]] bool isReferralService(const QString& code);
[[nodiscard]] QString referralServiceLabel(const QString& code);
// The point of Law 53/2024 art. 37 cl. 1 the service falls under ("a", "b", …, "đ", …, "k"), or an empty
// string when the service is outside art. 37 (citizen protection, other) and so is not checked.
[[nodiscard]] QString supportRegimePoint(const QString& serviceCode);

// Who the person is for art. 37: which clause applies to them.
enum class SupportRegimeGroup {
    Victim,                  // cl. 1: Vietnamese (or stateless resident) victim: a–k
    AccompanyingMinor,       // cl. 2: minor accompanying such a victim: a–h
    IdentificationInCountry, // cl. 3 para 2: being identified (and their accompanying minor), in Vietnam: a–g
    IdentificationAbroad,    // cl. 3 para 1: being identified (and their accompanying minor), abroad: a–d
    Foreign, // cl. 4: foreign victim or person being identified, trafficked in Vietnam: a–đ, g
};

// The group for a person of `category` ("victim", "under_identification", "accompanying_minor"). For an
// accompanying minor, `accompaniedCategory` is the category of the person they accompany (empty if unknown).
// `foreign`: not a Vietnamese citizen nor a stateless person residing in Vietnam. `abroad`: the person is
// outside Vietnam (only changes the regime of people being identified).
[[nodiscard]] SupportRegimeGroup
supportRegimeGroup(const QString& category, const QString& accompaniedCategory, bool foreign, bool abroad);
[[nodiscard]] QString supportRegimeGroupCode(SupportRegimeGroup group);
// The points of art. 37 cl. 1 the group is entitled to, in the law's order.
[[nodiscard]] QStringList supportRegimePoints(SupportRegimeGroup group);

struct SupportRegimeCheck {
    bool inRegime = true; // also true for services outside art. 37
    QString warning;      // when out of regime: one translated sentence with the reason
};
// Out-of-regime services are not refused (a partner may still help); the caller records the warning.
[[nodiscard]] SupportRegimeCheck checkSupportRegime(SupportRegimeGroup group, const QString& serviceCode);

// Whether a nationality as recorded on a person counts as foreign for art. 37 cl. 4. Empty (not recorded),
// Vietnamese (VN, VNM, "Việt Nam") and stateless are not foreign.
[[nodiscard]] bool isForeignNationality(const QString& nationality);

// The person fields an outgoing referral may disclose to the partner, e.g. full_name, birth_year, phone.
[[nodiscard]] const QStringList& disclosableFieldCodes();
[[nodiscard]] bool isDisclosableField(const QString& code);
[[nodiscard]] QString disclosableFieldLabel(const QString& code);

} // namespace legalaid

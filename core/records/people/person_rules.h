#pragma once

#include "common/result.h"
#include "domain/person.h"

#include <QDate>

namespace legalaid {

// The rules on what staff enter about people that need no database. Each refusal is one translated
// sentence saying what is wrong and how to put it right (ErrorCode::InvalidArgument). `today` is passed in
// so that the rules are the same whatever the clock says during a test.

// Trims and normalises what was typed: the name in NFC with single spaces, the ID number without spaces,
// dots or dashes and in capitals, the phone number as digits with an optional leading +.
[[nodiscard]] PersonDetails normalisedPerson(PersonDetails person);
[[nodiscard]] Status checkPersonDetails(const PersonDetails& person, const QDate& today);

[[nodiscard]] IdentificationDecision normalisedDecision(IdentificationDecision decision);
[[nodiscard]] Status checkIdentificationDecision(const IdentificationDecision& decision,
                                                 const PersonDetails& person, const QDate& today);

[[nodiscard]] ConsentDetails normalisedConsent(ConsentDetails consent);
// Who must give consent follows the person's age on the day: an adult (or their representative when they
// lack capacity), a child of 7 to 17 together with the representative, a child under 7 through the
// representative alone.
[[nodiscard]] Status checkConsentDetails(const ConsentDetails& consent, const PersonDetails& person,
                                         const QDate& today);
[[nodiscard]] Status checkWithdrawal(const StoredConsent& consent, const QDate& on, const QDate& today);

} // namespace legalaid

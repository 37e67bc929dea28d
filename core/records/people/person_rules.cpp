#include "records/people/person_rules.h"

#include "domain/person_catalogues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace legalaid {

namespace {

constexpr int kEarliestBirthYear = 1900;
constexpr int kMaxNameLength = 150;
constexpr int kAdultAge = 18;
constexpr int kConsentAge = 7; // a child of 7 or over consents together with the representative

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

QString iso(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// An empty code means "not known"; any other code must be in the catalogue.
bool knownOrEmpty(PersonCatalogue catalogue, const QString& code) {
    return code.isEmpty() || personCatalogueHas(catalogue, code);
}

Status checkCodes(const PersonDetails& p) {
    if (!knownOrEmpty(PersonCatalogue::Ethnicity, p.ethnicityCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not a known ethnic group code: choose "
                                                   "one from the ethnic groups catalogue.")
                           .arg(p.ethnicityCode));
    if (!knownOrEmpty(PersonCatalogue::Country, p.nationalityCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not a known nationality code: choose "
                                                   "one from the countries catalogue.")
                           .arg(p.nationalityCode));
    if (!knownOrEmpty(PersonCatalogue::Province, p.provinceCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not one of the 34 provincial units: choose "
                                                   "one from the provinces catalogue.")
                           .arg(p.provinceCode));
    if (!knownOrEmpty(PersonCatalogue::ExploitationType, p.exploitationCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not a known form of exploitation: choose one "
                                                   "from the exploitation types catalogue.")
                           .arg(p.exploitationCode));
    if (!knownOrEmpty(PersonCatalogue::Country, p.destinationCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not a known destination country code: choose "
                                                   "one from the countries catalogue.")
                           .arg(p.destinationCode));
    if (!knownOrEmpty(PersonCatalogue::ReturnMode, p.returnModeCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not a known way of coming back: use rescued, "
                                                   "handed_over, returned_self or other.")
                           .arg(p.returnModeCode));
    return {};
}

Status checkBirth(const PersonDetails& p, const QDate& today) {
    if (p.birthDate.isValid() && p.birthYear)
        return invalid(QCoreApplication::translate(
            "PersonRules",
            "Give either the birth date or, when only the year is known, the birth year, but not both."));
    if (p.birthDate.isValid()) {
        if (p.birthDate > today)
            return invalid(QCoreApplication::translate("PersonRules",
                                                       "The birth date %1 is in the future: check the date.")
                               .arg(iso(p.birthDate)));
        if (p.birthDate.year() < kEarliestBirthYear)
            return invalid(QCoreApplication::translate("PersonRules",
                                                       "The birth date %1 is before 1900: check the date.")
                               .arg(iso(p.birthDate)));
    }
    if (p.birthYear && (*p.birthYear < kEarliestBirthYear || *p.birthYear > today.year()))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The birth year %1 is not possible: give a year from 1900 "
                                                   "to %2.")
                           .arg(*p.birthYear)
                           .arg(today.year()));
    return {};
}

Status checkIdDocument(const PersonDetails& p) {
    static const QRegularExpression cccd(QStringLiteral("^[0-9]{12}$"));
    static const QRegularExpression passport(QStringLiteral("^[A-Z0-9]{6,20}$"));
    switch (p.idType) {
    case IdDocumentType::None:
        if (!p.idNumber.isEmpty())
            return invalid(QCoreApplication::translate(
                "PersonRules",
                "An ID document number was given without its type: say whether it is a CCCD or a passport."));
        return {};
    case IdDocumentType::Cccd:
        if (!cccd.match(p.idNumber).hasMatch())
            return invalid(QCoreApplication::translate(
                               "PersonRules", "The CCCD number \"%1\" is not valid: a citizen identity "
                                              "card number has exactly 12 digits.")
                               .arg(p.idNumber));
        return {};
    case IdDocumentType::Passport:
        if (!passport.match(p.idNumber).hasMatch())
            return invalid(QCoreApplication::translate(
                               "PersonRules", "The passport number \"%1\" is not valid: give 6 to 20 "
                                              "letters and digits as printed in the passport.")
                               .arg(p.idNumber));
        return {};
    }
    return {};
}

Status checkPhone(const PersonDetails& p) {
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]{8,15}$"));
    if (!p.phone.isEmpty() && !phone.match(p.phone).hasMatch())
        return invalid(QCoreApplication::translate(
                           "PersonRules", "The phone number \"%1\" is not valid: give 8 to 15 digits, "
                                          "optionally starting with +.")
                           .arg(p.phone));
    return {};
}

Status checkAccompanyingMinor(const PersonDetails& p, const QDate& today) {
    if (p.category != PersonCategory::AccompanyingMinor) {
        if (p.accompaniesPersonId || p.arrivalDate.isValid())
            return invalid(QCoreApplication::translate(
                "PersonRules", "Only an accompanying minor is linked to the person they came with and has an "
                               "arrival date: remove the link and the date, or record the person as an "
                               "accompanying minor."));
        return {};
    }
    if (!p.accompaniesPersonId)
        return invalid(QCoreApplication::translate(
            "PersonRules", "An accompanying minor must be linked to the person they came with: give that "
                           "person's id."));
    if (!p.arrivalDate.isValid())
        return invalid(QCoreApplication::translate(
            "PersonRules",
            "Give the date the accompanying minor arrived: they must be under 18 on that date."));
    if (p.arrivalDate > today)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The arrival date %1 is in the future: check the date.")
                           .arg(iso(p.arrivalDate)));
    if (p.birthDate.isValid() && p.arrivalDate < p.birthDate)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The arrival date %1 is before the birth date %2: check "
                                                   "both dates.")
                           .arg(iso(p.arrivalDate), iso(p.birthDate)));
    if (p.birthYear && p.arrivalDate.year() < *p.birthYear)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The arrival date %1 is before the birth year %2: check "
                                                   "both.")
                           .arg(iso(p.arrivalDate))
                           .arg(*p.birthYear));
    const auto age = ageOn(p, p.arrivalDate);
    if (!age || age->youngest < kAdultAge)
        return {}; // under 18, or possibly under 18 when only the birth year is known
    if (p.birthDate.isValid())
        return invalid(QCoreApplication::translate(
                           "PersonRules", "The person was %1 years old on the arrival date %2, but an "
                                          "accompanying minor must be under 18 on arrival: record them "
                                          "as a victim or a person being identified instead.")
                           .arg(age->youngest)
                           .arg(iso(p.arrivalDate)));
    return invalid(QCoreApplication::translate(
                       "PersonRules", "Born in %1, the person was at least %2 years old on the arrival "
                                      "date %3, but an accompanying minor must be under 18 on arrival: "
                                      "record them as a victim or a person being identified instead.")
                       .arg(*p.birthYear)
                       .arg(age->youngest)
                       .arg(iso(p.arrivalDate)));
}

} // namespace

PersonDetails normalisedPerson(PersonDetails person) {
    person.fullName = person.fullName.normalized(QString::NormalizationForm_C).simplified();
    QString id;
    for (const QChar c : person.idNumber) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            id.append(c.toUpper());
    }
    person.idNumber = id;
    QString phone;
    const QString trimmedPhone = person.phone.trimmed();
    for (qsizetype i = 0; i < trimmedPhone.size(); ++i) {
        const QChar c = trimmedPhone.at(i);
        if (c.isDigit() || (c == QLatin1Char('+') && phone.isEmpty()))
            phone.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            phone.append(c); // kept so that the check names what is wrong
    }
    person.phone = phone;
    person.commune = person.commune.normalized(QString::NormalizationForm_C).simplified();
    person.notes = person.notes.normalized(QString::NormalizationForm_C).trimmed();
    for (QString* code : {&person.ethnicityCode, &person.nationalityCode, &person.provinceCode,
                          &person.exploitationCode, &person.destinationCode, &person.returnModeCode})
        *code = code->trimmed();
    return person;
}

Status checkPersonDetails(const PersonDetails& person, const QDate& today) {
    if (person.fullName.isEmpty())
        return invalid(QCoreApplication::translate("PersonRules", "Enter the person's full name."));
    if (person.fullName.size() > kMaxNameLength)
        return invalid(QCoreApplication::translate(
            "PersonRules", "The full name is longer than 150 characters: shorten it."));
    if (auto birth = checkBirth(person, today); !birth)
        return birth;
    if (auto document = checkIdDocument(person); !document)
        return document;
    if (auto phone = checkPhone(person); !phone)
        return phone;
    if (auto codes = checkCodes(person); !codes)
        return codes;
    return checkAccompanyingMinor(person, today);
}

IdentificationDecision normalisedDecision(IdentificationDecision decision) {
    decision.decidingBodyCode = decision.decidingBodyCode.trimmed();
    decision.documentTypeCode = decision.documentTypeCode.trimmed();
    decision.documentNumber = decision.documentNumber.simplified();
    decision.documentIssuer = decision.documentIssuer.normalized(QString::NormalizationForm_C).simplified();
    decision.note = decision.note.normalized(QString::NormalizationForm_C).trimmed();
    return decision;
}

Status checkIdentificationDecision(const IdentificationDecision& decision, const PersonDetails& person,
                                   const QDate& today) {
    if (!decision.decisionDate.isValid())
        return invalid(
            QCoreApplication::translate("PersonRules", "Give the date of the identification decision."));
    if (decision.decisionDate > today)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The decision date %1 is in the future: record a decision "
                                                   "once it has been made.")
                           .arg(iso(decision.decisionDate)));
    if (person.birthDate.isValid() && decision.decisionDate < person.birthDate)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The decision date %1 is before the person's birth date: "
                                                   "check the date.")
                           .arg(iso(decision.decisionDate)));
    if (decision.decidingBodyCode.isEmpty() && decision.status != IdentificationStatus::UnderIdentification)
        return invalid(QCoreApplication::translate(
            "PersonRules", "Say which authority made the decision: police, border_guard, coast_guard, "
                           "commune_committee, court or other."));
    if (!knownOrEmpty(PersonCatalogue::DecidingBody, decision.decidingBodyCode))
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "\"%1\" is not a known deciding authority: use police, "
                                                   "border_guard, coast_guard, commune_committee, court or "
                                                   "other.")
                           .arg(decision.decidingBodyCode));
    const bool documentGiven = !decision.documentNumber.isEmpty() || !decision.documentIssuer.isEmpty() ||
                               decision.documentDate.isValid();
    if (documentGiven && decision.documentTypeCode.isEmpty())
        return invalid(QCoreApplication::translate(
            "PersonRules",
            "Give the type of the confirming document as well as its number, issuer or date."));
    if (!knownOrEmpty(PersonCatalogue::ConfirmingDocumentType, decision.documentTypeCode))
        return invalid(QCoreApplication::translate(
                           "PersonRules", "\"%1\" is not a known type of confirming document: choose "
                                          "one from the confirming document types catalogue.")
                           .arg(decision.documentTypeCode));
    if (decision.documentDate.isValid() && decision.documentDate > today)
        return invalid(QCoreApplication::translate(
                           "PersonRules", "The confirming document's date %1 is in the future: check "
                                          "the date.")
                           .arg(iso(decision.documentDate)));
    return {};
}

ConsentDetails normalisedConsent(ConsentDetails consent) {
    consent.representativeName =
        consent.representativeName.normalized(QString::NormalizationForm_C).simplified();
    consent.note = consent.note.normalized(QString::NormalizationForm_C).trimmed();
    std::sort(consent.partnerOrganisationIds.begin(), consent.partnerOrganisationIds.end());
    consent.partnerOrganisationIds.erase(
        std::unique(consent.partnerOrganisationIds.begin(), consent.partnerOrganisationIds.end()),
        consent.partnerOrganisationIds.end());
    return consent;
}

Status checkConsentDetails(const ConsentDetails& consent, const PersonDetails& person, const QDate& today) {
    if (!consent.givenOn.isValid())
        return invalid(QCoreApplication::translate("PersonRules", "Give the date the consent was given."));
    if (consent.givenOn > today)
        return invalid(QCoreApplication::translate(
                           "PersonRules", "The consent date %1 is in the future: record consent once it "
                                          "has been given.")
                           .arg(iso(consent.givenOn)));
    if (consent.share && consent.partnerOrganisationIds.empty())
        return invalid(QCoreApplication::translate(
            "PersonRules",
            "A consent to share must name the partner organisations it covers: give their ids."));
    if (!consent.share && !consent.partnerOrganisationIds.empty())
        return invalid(QCoreApplication::translate(
            "PersonRules",
            "Partner organisations were named but the person did not consent to sharing: record "
            "share as yes, or leave out the partners."));
    if (consent.givenBy != ConsentGiver::Person && consent.representativeName.isEmpty())
        return invalid(QCoreApplication::translate(
            "PersonRules", "Give the name of the legal representative who consents."));

    const auto age = ageOn(person, consent.givenOn);
    if (!age) {
        if (person.category == PersonCategory::AccompanyingMinor && consent.givenBy == ConsentGiver::Person)
            return invalid(QCoreApplication::translate(
                "PersonRules", "An accompanying minor does not consent alone: record the consent as given by "
                               "the representative, or by both the minor and the representative."));
        return {};
    }
    // With a birth date the age is exact. With only a birth year the person may be one of two ages on the
    // day, and the stricter reading decides: whoever may be under 18 is treated as a child, and a child
    // who may be 7 or over consents together with the representative.
    const bool exact = person.birthDate.isValid();
    if (age->youngest >= kAdultAge)
        return {}; // an adult consents alone, or through a representative when they lack capacity
    if (age->oldest < kConsentAge) {
        if (consent.givenBy == ConsentGiver::Representative)
            return {};
        if (exact)
            return invalid(QCoreApplication::translate("PersonRules",
                                                       "On %1 the person is a child under 7, so their legal "
                                                       "representative consents for them: record the consent "
                                                       "as given by the representative.")
                               .arg(iso(consent.givenOn)));
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "Born in %1, the person is a child under 7 on %2, so "
                                                   "their legal representative consents for them: record "
                                                   "the consent as given by the representative.")
                           .arg(*person.birthYear)
                           .arg(iso(consent.givenOn)));
    }
    if (consent.givenBy == ConsentGiver::Both)
        return {};
    if (exact)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "On %1 the person is a child aged 7 or over, who consents "
                                                   "together with their legal representative: record the "
                                                   "consent as given by both.")
                           .arg(iso(consent.givenOn)));
    if (age->oldest >= kAdultAge)
        return invalid(QCoreApplication::translate(
                           "PersonRules", "Born in %1, the person may still be under 18 on %2 because the "
                                          "birth year alone leaves their age uncertain, so they consent "
                                          "together with their legal representative: record the consent as "
                                          "given by both, or record the birth date.")
                           .arg(*person.birthYear)
                           .arg(iso(consent.givenOn)));
    if (age->youngest < kConsentAge)
        return invalid(QCoreApplication::translate(
                           "PersonRules", "Born in %1, the person may already be 7 on %2 because the birth "
                                          "year alone leaves their age uncertain, so they consent together "
                                          "with their legal representative: record the consent as given by "
                                          "both, or record the birth date.")
                           .arg(*person.birthYear)
                           .arg(iso(consent.givenOn)));
    return invalid(QCoreApplication::translate("PersonRules",
                                               "Born in %1, the person is a child aged 7 or over on %2, who "
                                               "consents together with their legal representative: record "
                                               "the consent as given by both.")
                       .arg(*person.birthYear)
                       .arg(iso(consent.givenOn)));
}

Status checkWithdrawal(const StoredConsent& consent, const QDate& on, const QDate& today) {
    if (!consent.withdrawnOn.isNull())
        return invalid(QCoreApplication::translate("PersonRules", "Consent %1 was already withdrawn on %2.")
                           .arg(consent.id)
                           .arg(iso(consent.withdrawnOn)));
    if (!on.isValid())
        return invalid(
            QCoreApplication::translate("PersonRules", "Give the date the consent was withdrawn."));
    if (on > today)
        return invalid(QCoreApplication::translate("PersonRules",
                                                   "The withdrawal date %1 is in the future: record the "
                                                   "withdrawal once it has happened.")
                           .arg(iso(on)));
    if (on < consent.details.givenOn)
        return invalid(QCoreApplication::translate(
                           "PersonRules", "The withdrawal date %1 is before the consent was given on "
                                          "%2: check the date.")
                           .arg(iso(on), iso(consent.details.givenOn)));
    return {};
}

} // namespace legalaid

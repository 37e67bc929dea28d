#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// Người được TGPL (DESIGN §5). The codes are stored in the database and used by the CLI; never rename one.

enum class PersonCategory { Victim, UnderIdentification, AccompanyingMinor };
enum class Sex { Unknown, Female, Male, Other };
enum class IdDocumentType { None, Cccd, Passport };
enum class IdentificationStatus { UnderIdentification, Identified, NotVictim };
enum class ConsentGiver { Person, Representative, Both };

[[nodiscard]] QString personCategoryCode(PersonCategory category);
[[nodiscard]] std::optional<PersonCategory> personCategoryFromCode(const QString& code);
[[nodiscard]] QString sexCode(Sex sex); // "" for Unknown
[[nodiscard]] std::optional<Sex> sexFromCode(const QString& code);
[[nodiscard]] QString idDocumentTypeCode(IdDocumentType type);
[[nodiscard]] std::optional<IdDocumentType> idDocumentTypeFromCode(const QString& code);
[[nodiscard]] QString identificationStatusCode(IdentificationStatus status);
[[nodiscard]] std::optional<IdentificationStatus> identificationStatusFromCode(const QString& code);
[[nodiscard]] QString consentGiverCode(ConsentGiver giver);
[[nodiscard]] std::optional<ConsentGiver> consentGiverFromCode(const QString& code);

// What staff record about a person. Empty strings and null dates mean "not known".
struct PersonDetails {
    PersonCategory category = PersonCategory::Victim;
    QString fullName;
    Sex sex = Sex::Unknown;
    QDate birthDate;              // null when unknown or when only the year is known
    std::optional<int> birthYear; // only when the full birth date is not known
    QString ethnicityCode;        // PersonCatalogue::Ethnicity
    QString nationalityCode;      // PersonCatalogue::Country
    IdDocumentType idType = IdDocumentType::None;
    QString idNumber;
    QString provinceCode; // PersonCatalogue::Province
    QString commune;
    QString phone;
    QString exploitationCode; // PersonCatalogue::ExploitationType
    QString destinationCode;  // PersonCatalogue::Country
    QString returnModeCode;   // PersonCatalogue::ReturnMode
    QString notes;
    // Accompanying minors only: the person they came with, and when they arrived.
    std::optional<qint64> accompaniesPersonId;
    QDate arrivalDate;
};

// A change to some fields of a person; fields left empty (std::nullopt) keep their value.
// A null QDate clears a date, birthYear 0 clears the year, accompaniesPersonId 0 clears the link.
// Setting a birth date clears the birth year and the other way round, unless both are given (refused).
struct PersonChanges {
    std::optional<PersonCategory> category;
    std::optional<QString> fullName;
    std::optional<Sex> sex;
    std::optional<QDate> birthDate;
    std::optional<int> birthYear;
    std::optional<QString> ethnicityCode;
    std::optional<QString> nationalityCode;
    std::optional<IdDocumentType> idType;
    std::optional<QString> idNumber;
    std::optional<QString> provinceCode;
    std::optional<QString> commune;
    std::optional<QString> phone;
    std::optional<QString> exploitationCode;
    std::optional<QString> destinationCode;
    std::optional<QString> returnModeCode;
    std::optional<QString> notes;
    std::optional<qint64> accompaniesPersonId;
    std::optional<QDate> arrivalDate;
};

// Applies `changes` to `details` and returns the names of the fields that changed (database column names,
// used in audit details: never values).
[[nodiscard]] std::vector<QString> applyPersonChanges(PersonDetails& details, const PersonChanges& changes);

struct PersonRecord {
    qint64 id = 0;
    PersonDetails details;
    std::optional<IdentificationStatus> currentStatus; // from the latest identification decision
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
};

// The year of birth, from the date or the year alone.
[[nodiscard]] std::optional<int> birthYearOf(const PersonDetails& person);

// Age in completed years on `on`. With only the year of birth the age is one of two values, so this gives the
// youngest and oldest the person can be; both are equal when the birth date is known.
struct AgeRange {
    int youngest = 0;
    int oldest = 0;
};
[[nodiscard]] std::optional<AgeRange> ageOn(const PersonDetails& person, const QDate& on);
[[nodiscard]] int completedYears(const QDate& birthDate, const QDate& on);

// An identification decision (xác định nạn nhân): status, who decided, when, and the confirming document.
struct IdentificationDecision {
    IdentificationStatus status = IdentificationStatus::UnderIdentification;
    QString decidingBodyCode; // PersonCatalogue::DecidingBody
    QDate decisionDate;
    QString documentTypeCode; // PersonCatalogue::ConfirmingDocumentType
    QString documentNumber;
    QString documentIssuer;
    QDate documentDate;
    QString note;
};

struct IdentificationEvent {
    qint64 id = 0;
    qint64 personId = 0;
    IdentificationDecision decision;
    QString createdAt;
    QString createdBy;
};

// Consent to keep the person's data and to share it with named partner organisations.
struct ConsentDetails {
    qint64 personId = 0;
    bool keepData = false;
    bool share = false;
    ConsentGiver givenBy = ConsentGiver::Person;
    QString representativeName; // the legal representative, when they consent
    QDate givenOn;
    std::vector<qint64> partnerOrganisationIds; // only with share
    QString note;
};

struct PartnerOrganisation {
    qint64 id = 0;
    QString name;
};

struct StoredConsent {
    qint64 id = 0;
    ConsentDetails details;
    std::vector<PartnerOrganisation> partners;
    QDate withdrawnOn; // null while in force
    QString createdAt;
    QString createdBy;
    [[nodiscard]] bool inForceOn(const QDate& on) const {
        return details.givenOn <= on && (withdrawnOn.isNull() || withdrawnOn > on);
    }
};

} // namespace legalaid

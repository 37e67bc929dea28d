#include "domain/person.h"

#include <array>
#include <utility>

namespace legalaid {

namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [entry, code] : table) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, const char*>, N>& table, const QString& code) {
    for (const auto& [entry, text] : table) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<PersonCategory, const char*>, 3> kCategories{{
    {PersonCategory::Victim, "victim"},
    {PersonCategory::UnderIdentification, "under_identification"},
    {PersonCategory::AccompanyingMinor, "accompanying_minor"},
}};

constexpr std::array<std::pair<Sex, const char*>, 4> kSexes{{
    {Sex::Unknown, ""},
    {Sex::Female, "f"},
    {Sex::Male, "m"},
    {Sex::Other, "x"},
}};

constexpr std::array<std::pair<IdDocumentType, const char*>, 3> kIdTypes{{
    {IdDocumentType::None, "none"},
    {IdDocumentType::Cccd, "cccd"},
    {IdDocumentType::Passport, "passport"},
}};

constexpr std::array<std::pair<IdentificationStatus, const char*>, 3> kStatuses{{
    {IdentificationStatus::UnderIdentification, "under_identification"},
    {IdentificationStatus::Identified, "identified"},
    {IdentificationStatus::NotVictim, "not_victim"},
}};

constexpr std::array<std::pair<ConsentGiver, const char*>, 3> kGivers{{
    {ConsentGiver::Person, "person"},
    {ConsentGiver::Representative, "representative"},
    {ConsentGiver::Both, "both"},
}};

template <typename T>
void change(std::vector<QString>& changed, const char* column, T& field, const std::optional<T>& value) {
    if (value && !(field == *value)) {
        field = *value;
        changed.push_back(QString::fromLatin1(column));
    }
}

} // namespace

QString personCategoryCode(PersonCategory category) {
    return codeOf(kCategories, category);
}
std::optional<PersonCategory> personCategoryFromCode(const QString& code) {
    return fromCode(kCategories, code);
}
QString sexCode(Sex sex) {
    return codeOf(kSexes, sex);
}
std::optional<Sex> sexFromCode(const QString& code) {
    return fromCode(kSexes, code);
}
QString idDocumentTypeCode(IdDocumentType type) {
    return codeOf(kIdTypes, type);
}
std::optional<IdDocumentType> idDocumentTypeFromCode(const QString& code) {
    return fromCode(kIdTypes, code);
}
QString identificationStatusCode(IdentificationStatus status) {
    return codeOf(kStatuses, status);
}
std::optional<IdentificationStatus> identificationStatusFromCode(const QString& code) {
    return fromCode(kStatuses, code);
}
QString consentGiverCode(ConsentGiver giver) {
    return codeOf(kGivers, giver);
}
std::optional<ConsentGiver> consentGiverFromCode(const QString& code) {
    return fromCode(kGivers, code);
}

std::vector<QString> applyPersonChanges(PersonDetails& details, const PersonChanges& changes) {
    std::vector<QString> changed;
    change(changed, "category", details.category, changes.category);
    change(changed, "full_name", details.fullName, changes.fullName);
    change(changed, "sex", details.sex, changes.sex);
    if (changes.birthDate || changes.birthYear) {
        const QDate oldDate = details.birthDate;
        const std::optional<int> oldYear = details.birthYear;
        if (changes.birthDate) {
            details.birthDate = *changes.birthDate;
            if (!changes.birthYear && details.birthDate.isValid())
                details.birthYear.reset();
        }
        if (changes.birthYear) {
            details.birthYear =
                *changes.birthYear == 0 ? std::nullopt : std::optional<int>(*changes.birthYear);
            if (!changes.birthDate && details.birthYear)
                details.birthDate = QDate();
        }
        if (details.birthDate != oldDate)
            changed.push_back(QStringLiteral("birth_date"));
        if (details.birthYear != oldYear)
            changed.push_back(QStringLiteral("birth_year"));
    }
    change(changed, "ethnicity_code", details.ethnicityCode, changes.ethnicityCode);
    change(changed, "nationality_code", details.nationalityCode, changes.nationalityCode);
    change(changed, "id_type", details.idType, changes.idType);
    change(changed, "id_number", details.idNumber, changes.idNumber);
    change(changed, "province_code", details.provinceCode, changes.provinceCode);
    change(changed, "commune", details.commune, changes.commune);
    change(changed, "phone", details.phone, changes.phone);
    change(changed, "exploitation_code", details.exploitationCode, changes.exploitationCode);
    change(changed, "destination_code", details.destinationCode, changes.destinationCode);
    change(changed, "return_mode", details.returnModeCode, changes.returnModeCode);
    change(changed, "notes", details.notes, changes.notes);
    if (changes.accompaniesPersonId) {
        const std::optional<qint64> link = *changes.accompaniesPersonId == 0
                                               ? std::nullopt
                                               : std::optional<qint64>(*changes.accompaniesPersonId);
        if (link != details.accompaniesPersonId) {
            details.accompaniesPersonId = link;
            changed.push_back(QStringLiteral("accompanies_person_id"));
        }
    }
    change(changed, "arrival_date", details.arrivalDate, changes.arrivalDate);
    // Someone who is no longer recorded as an accompanying minor is no longer linked to anyone, unless the
    // change says otherwise (and is then refused by the rules).
    if (details.category != PersonCategory::AccompanyingMinor && !changes.accompaniesPersonId &&
        !changes.arrivalDate) {
        if (details.accompaniesPersonId) {
            details.accompaniesPersonId.reset();
            changed.push_back(QStringLiteral("accompanies_person_id"));
        }
        if (details.arrivalDate.isValid()) {
            details.arrivalDate = QDate();
            changed.push_back(QStringLiteral("arrival_date"));
        }
    }
    return changed;
}

std::optional<int> birthYearOf(const PersonDetails& person) {
    if (person.birthDate.isValid())
        return person.birthDate.year();
    return person.birthYear;
}

int completedYears(const QDate& birthDate, const QDate& on) {
    int years = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --years;
    return years;
}

std::optional<AgeRange> ageOn(const PersonDetails& person, const QDate& on) {
    if (!on.isValid())
        return std::nullopt;
    if (person.birthDate.isValid()) {
        const int years = completedYears(person.birthDate, on);
        return AgeRange{years, years};
    }
    if (person.birthYear) {
        // Born some day in that year: not yet had this year's birthday, or already had it.
        const int difference = on.year() - *person.birthYear;
        return AgeRange{difference - 1, difference};
    }
    return std::nullopt;
}

} // namespace legalaid

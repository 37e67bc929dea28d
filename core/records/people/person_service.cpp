#include "records/people/person_service.h"

#include "records/people/consent_repository.h"
#include "records/people/identification_repository.h"
#include "records/people/person_rules.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <algorithm>

namespace legalaid {

namespace {

constexpr int kMaxDuplicateCandidates = 10;

QString candidateText(const DuplicateCandidate& candidate) {
    return candidate.birthYear
               ? QStringLiteral("#%1 %2 (%3)")
                     .arg(QString::number(candidate.id), candidate.fullName,
                          QString::number(*candidate.birthYear))
               : QStringLiteral("#%1 %2").arg(QString::number(candidate.id), candidate.fullName);
}

QString duplicateWarning(const std::vector<DuplicateCandidate>& candidates) {
    QStringList names;
    for (const DuplicateCandidate& candidate : candidates)
        names << candidateText(candidate);
    return QCoreApplication::translate(
               "PersonService", "This may be a person already recorded, with the same name and year of "
                                "birth: %1; check before continuing.")
        .arg(names.join(QStringLiteral("; ")));
}

} // namespace

Error noSuchPerson(qint64 personId) {
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("PersonService", "There is no person with id %1: check the id.")
            .arg(personId));
}

PersonService::PersonService(Session& session)
    : m_session(session) {}

Status PersonService::checkAgainstRecords(qint64 personId, const PersonDetails& details) const {
    PersonRepository people(m_session.db());
    if (!details.idNumber.isEmpty()) {
        auto holder = people.findByIdNumber(details.idNumber, personId);
        if (!holder)
            return holder.error();
        if (holder->has_value())
            return makeError(ErrorCode::DuplicateRecord,
                             QCoreApplication::translate("PersonService",
                                                         "Person %1 already has the ID number %2: open that "
                                                         "record instead of adding the person again.")
                                 .arg(**holder)
                                 .arg(details.idNumber));
    }
    if (details.accompaniesPersonId) {
        const qint64 adultId = *details.accompaniesPersonId;
        if (adultId == personId)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "PersonService", "A person cannot accompany themselves: give the id of "
                                                  "the person the minor came with."));
        auto adult = people.find(adultId);
        if (!adult)
            return adult.error();
        if (!adult->has_value())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("PersonService",
                                                         "There is no person with id %1 for the minor to "
                                                         "accompany: check the id.")
                                 .arg(adultId));
        if ((*adult)->details.category == PersonCategory::AccompanyingMinor)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "PersonService", "Person %1 is an accompanying minor too: link the "
                                                  "minor to the victim or person being identified they "
                                                  "came with.")
                                 .arg(adultId));
    }
    if (personId > 0 && details.category == PersonCategory::AccompanyingMinor) {
        auto minors = people.accompanyingMinorsOf(personId);
        if (!minors)
            return minors.error();
        if (!minors->empty())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("PersonService",
                                                         "Minors are linked to person %1 as the person they "
                                                         "accompany, so %1 cannot be an accompanying minor: "
                                                         "change those links first.")
                                 .arg(personId));
    }
    return {};
}

Result<std::vector<DuplicateCandidate>> PersonService::likelyDuplicates(qint64 personId,
                                                                        const PersonDetails& details) const {
    return PersonRepository(m_session.db())
        .findLikelyDuplicates(search::foldForSearch(details.fullName), birthYearOf(details), personId,
                              kMaxDuplicateCandidates);
}

Result<SavedPerson> PersonService::create(const PersonDetails& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::PersonCreate); !allowed)
        return allowed.error();
    const PersonDetails details = normalisedPerson(input);
    if (auto valid = checkPersonDetails(details, QDate::currentDate()); !valid)
        return valid.error();
    if (auto consistent = checkAgainstRecords(0, details); !consistent)
        return consistent.error();
    auto duplicates = likelyDuplicates(0, details);
    if (!duplicates)
        return duplicates.error();

    SavedPerson saved;
    saved.likelyDuplicates = *duplicates;
    QString auditDetails = QStringLiteral("category=") + personCategoryCode(details.category);
    if (!saved.likelyDuplicates.empty()) {
        QStringList ids;
        for (const DuplicateCandidate& candidate : saved.likelyDuplicates)
            ids << QString::number(candidate.id);
        auditDetails += QStringLiteral(" likely_duplicates=") + ids.join(QLatin1Char(','));
    }
    // writeAudited appends the audit entry after the work, so the id filled in below is the one recorded.
    AuditEvent event =
        m_session.event(QStringLiteral("person.create"), QStringLiteral("person"), {}, auditDetails);
    const Status written = m_session.writeAudited(event, [&]() -> Status {
        auto id = PersonRepository(m_session.db()).insert(details, m_session.user().name);
        if (!id)
            return id.error();
        saved.id = *id;
        event.targetId = QString::number(*id);
        return search::reindexPerson(m_session.db(), *id);
    });
    if (!written)
        return written.error();
    if (!saved.likelyDuplicates.empty())
        saved.warnings << duplicateWarning(saved.likelyDuplicates);
    return saved;
}

Result<SavedPerson> PersonService::update(qint64 personId, const PersonChanges& changes) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::PersonUpdate); !allowed)
        return allowed.error();
    PersonRepository people(m_session.db());
    auto existing = people.find(personId);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return noSuchPerson(personId);
    PersonDetails details = (*existing)->details;
    const std::vector<QString> changed = applyPersonChanges(details, changes);
    details = normalisedPerson(details);
    if (auto valid = checkPersonDetails(details, QDate::currentDate()); !valid)
        return valid.error();
    if (auto consistent = checkAgainstRecords(personId, details); !consistent)
        return consistent.error();

    SavedPerson saved;
    saved.id = personId;
    const bool nameOrBirthChanged = std::any_of(changed.begin(), changed.end(), [](const QString& field) {
        return field == QLatin1String("full_name") || field == QLatin1String("birth_date") ||
               field == QLatin1String("birth_year");
    });
    if (nameOrBirthChanged) {
        auto duplicates = likelyDuplicates(personId, details);
        if (!duplicates)
            return duplicates.error();
        saved.likelyDuplicates = *duplicates;
    }
    if (changed.empty())
        return saved; // nothing to write, nothing to audit

    QStringList fields;
    for (const QString& field : changed)
        fields << field;
    const Status written = m_session.writeAudited(
        m_session.event(QStringLiteral("person.update"), QStringLiteral("person"), QString::number(personId),
                        QStringLiteral("fields=") + fields.join(QLatin1Char(','))),
        [&]() -> Status {
            if (auto updated = people.update(personId, details, m_session.user().name); !updated)
                return updated;
            return search::reindexPerson(m_session.db(), personId);
        });
    if (!written)
        return written.error();
    if (!saved.likelyDuplicates.empty())
        saved.warnings << duplicateWarning(saved.likelyDuplicates);
    return saved;
}

Result<PersonFile> PersonService::get(qint64 personId) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::PersonView); !allowed)
        return allowed.error();
    auto record = PersonRepository(m_session.db()).find(personId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return noSuchPerson(personId);
    PersonFile file;
    file.person = **record;
    auto history = IdentificationRepository(m_session.db()).forPerson(personId);
    if (!history)
        return history.error();
    file.identification = std::move(history).value();
    auto consents = ConsentRepository(m_session.db()).forPerson(personId);
    if (!consents)
        return consents.error();
    file.consents = std::move(consents).value();
    auto minors = PersonRepository(m_session.db()).accompanyingMinorsOf(personId);
    if (!minors)
        return minors.error();
    file.accompanyingMinorIds = std::move(minors).value();
    // Recorded before the details are handed out: no audit entry, no details.
    if (auto audited = m_session.audit(m_session.event(QStringLiteral("person.view"),
                                                       QStringLiteral("person"), QString::number(personId)));
        !audited)
        return audited.error();
    return file;
}

Result<std::vector<search::PersonMatch>> PersonService::search(const QString& text, int limit) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::PersonSearch); !allowed)
        return allowed.error();
    return search::searchPeople(m_session.db(), text, limit);
}

} // namespace legalaid

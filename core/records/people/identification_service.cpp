#include "records/people/identification_service.h"

#include "records/people/identification_repository.h"
#include "records/people/person_repository.h"
#include "records/people/person_rules.h"
#include "records/people/person_service.h"
#include "records/permissions.h"

namespace legalaid {

IdentificationService::IdentificationService(Session& session)
    : m_session(session) {}

Result<RecordedIdentification> IdentificationService::record(qint64 personId,
                                                             const IdentificationDecision& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::IdentificationRecord); !allowed)
        return allowed.error();
    PersonRepository people(m_session.db());
    auto person = people.find(personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return noSuchPerson(personId);
    const IdentificationDecision decision = normalisedDecision(input);
    if (auto valid = checkIdentificationDecision(decision, (*person)->details, QDate::currentDate()); !valid)
        return valid.error();

    RecordedIdentification outcome;
    // Ids and codes only: the audit log never holds document numbers or names.
    AuditEvent event = m_session.event(
        QStringLiteral("identification.record"), QStringLiteral("person"), QString::number(personId),
        QStringLiteral("status=%1 body=%2")
            .arg(identificationStatusCode(decision.status), decision.decidingBodyCode));
    const Status written = m_session.writeAudited(event, [&]() -> Status {
        IdentificationRepository events(m_session.db());
        auto id = events.insert(personId, decision, m_session.user().name);
        if (!id)
            return id.error();
        outcome.eventId = *id;
        auto current = events.currentStatus(personId);
        if (!current)
            return current.error();
        outcome.currentStatus = current->value_or(decision.status);
        if (auto stored = people.setCurrentStatus(personId, outcome.currentStatus); !stored)
            return stored;
        if (outcome.currentStatus == IdentificationStatus::Identified &&
            (*person)->details.category == PersonCategory::UnderIdentification) {
            if (auto moved = people.setCategory(personId, PersonCategory::Victim, m_session.user().name);
                !moved)
                return moved;
            outcome.newCategory = PersonCategory::Victim;
        }
        // writeAudited appends the entry after this work, so these details are the ones recorded.
        event.details +=
            QStringLiteral(" event=%1 current=%2")
                .arg(QString::number(outcome.eventId), identificationStatusCode(outcome.currentStatus));
        if (outcome.newCategory)
            event.details += QStringLiteral(" category=") + personCategoryCode(*outcome.newCategory);
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

} // namespace legalaid

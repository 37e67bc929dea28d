#include "records/people/consent_check.h"

#include "records/people/consent_repository.h"
#include "records/people/person_repository.h"
#include "records/people/person_service.h"

#include <QCoreApplication>
#include <algorithm>

namespace legalaid {

namespace {

bool covers(const StoredConsent& consent, qint64 organisationId) {
    const auto& partners = consent.details.partnerOrganisationIds;
    return consent.details.share &&
           std::find(partners.begin(), partners.end(), organisationId) != partners.end();
}

} // namespace

// The reasons name the person by id only: callers may keep them in audit details and disclosure records.
Result<DisclosureDecision> checkDisclosure(const QSqlDatabase& db, qint64 personId, qint64 organisationId,
                                           const QDate& on) {
    auto person = PersonRepository(db).find(personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return noSuchPerson(personId);
    ConsentRepository repository(db);
    auto organisation = repository.organisationName(organisationId);
    if (!organisation)
        return organisation.error();
    if (!organisation->has_value())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ConsentCheck",
                                                     "There is no organisation with id %1 in the directory: "
                                                     "check the id.")
                             .arg(organisationId));
    const QString organisationName = **organisation;
    const QString day = on.toString(Qt::ISODate);
    auto consents = repository.forPerson(personId);
    if (!consents)
        return consents.error();

    DisclosureDecision decision;
    if (consents->empty()) {
        decision.reason =
            QCoreApplication::translate("ConsentCheck", "No consent is recorded for person %1: record their "
                                                        "consent before sharing anything with %2.")
                .arg(QString::number(personId), organisationName);
        return decision;
    }
    // The latest consent given on or before the day decides (consents come oldest first: by given_on,
    // then id); an older consent does not outlive a newer one.
    const StoredConsent* deciding = nullptr;
    for (const StoredConsent& consent : *consents) {
        if (consent.details.givenOn <= on)
            deciding = &consent;
    }
    if (!deciding) {
        decision.reason = QCoreApplication::translate(
                              "ConsentCheck", "Person %1 had given no consent yet on %2: record a consent "
                                              "that names %3 before sharing anything with them.")
                              .arg(QString::number(personId), day, organisationName);
        return decision;
    }
    const QString consentId = QString::number(deciding->id);
    const QString givenOn = deciding->details.givenOn.toString(Qt::ISODate);
    if (!deciding->withdrawnOn.isNull() && deciding->withdrawnOn <= on) {
        decision.reason =
            QCoreApplication::translate(
                "ConsentCheck", "Person %1 withdrew their consent to sharing on %2: consent %3 given on "
                                "%4 is their latest, so nothing may be shared with %5 unless "
                                "a new consent is recorded.")
                .arg(QString::number(personId), deciding->withdrawnOn.toString(Qt::ISODate), consentId,
                     givenOn, organisationName);
        return decision;
    }
    if (!deciding->details.share) {
        decision.reason = QCoreApplication::translate(
                              "ConsentCheck", "Under their latest consent, consent %1 given on %2, person %3 "
                                              "does not allow sharing with anyone, so nothing may be shared "
                                              "with %4 unless a new consent is recorded.")
                              .arg(consentId, givenOn, QString::number(personId), organisationName);
        return decision;
    }
    if (!covers(*deciding, organisationId)) {
        decision.reason = QCoreApplication::translate(
                              "ConsentCheck", "Person %1 has not consented to sharing with %2 on %3: their "
                                              "latest consent, consent %4 given on %5, does not name this "
                                              "organisation, so record a consent that names it before "
                                              "sharing anything.")
                              .arg(QString::number(personId), organisationName, day, consentId, givenOn);
        return decision;
    }
    decision.allowed = true;
    decision.consentId = deciding->id;
    return decision;
}

} // namespace legalaid

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
    // The most recent consent in force that covers the organisation allows it.
    const StoredConsent* allowing = nullptr;
    const StoredConsent* withdrawn = nullptr;
    for (const StoredConsent& consent : *consents) {
        if (!covers(consent, organisationId) || consent.details.givenOn > on)
            continue;
        if (consent.inForceOn(on))
            allowing = &consent; // consents come oldest first
        else if (!withdrawn || consent.withdrawnOn > withdrawn->withdrawnOn)
            withdrawn = &consent;
    }
    if (allowing) {
        decision.allowed = true;
        decision.consentId = allowing->id;
        return decision;
    }
    if (withdrawn) {
        decision.reason = QCoreApplication::translate(
                              "ConsentCheck", "Person %1 withdrew their consent to sharing with %2 on "
                                              "%3: nothing may be shared with them unless a new consent "
                                              "is recorded.")
                              .arg(QString::number(personId), organisationName,
                                   withdrawn->withdrawnOn.toString(Qt::ISODate));
        return decision;
    }
    decision.reason = QCoreApplication::translate(
                          "ConsentCheck", "Person %1 has not consented to sharing with %2 on %3: record a "
                                          "consent that names this organisation before sharing anything.")
                          .arg(QString::number(personId), organisationName, day);
    return decision;
}

} // namespace legalaid

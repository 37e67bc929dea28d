#include "records/people/consent_service.h"

#include "records/people/consent_repository.h"
#include "records/people/person_repository.h"
#include "records/people/person_rules.h"
#include "records/people/person_service.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace legalaid {

ConsentService::ConsentService(Session& session)
    : m_session(session) {}

Result<qint64> ConsentService::record(const ConsentDetails& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ConsentRecord); !allowed)
        return allowed.error();
    auto person = PersonRepository(m_session.db()).find(input.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return noSuchPerson(input.personId);
    const ConsentDetails consent = normalisedConsent(input);
    if (auto valid = checkConsentDetails(consent, (*person)->details, QDate::currentDate()); !valid)
        return valid.error();
    ConsentRepository consents(m_session.db());
    QStringList partnerIds;
    for (const qint64 organisation : consent.partnerOrganisationIds) {
        auto name = consents.organisationName(organisation);
        if (!name)
            return name.error();
        if (!name->has_value())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "ConsentService", "There is no organisation with id %1 in the directory: "
                                                   "check the id, or add the organisation first.")
                                 .arg(organisation));
        partnerIds << QString::number(organisation);
    }

    qint64 consentId = 0;
    AuditEvent event = m_session.event(
        QStringLiteral("consent.record"), QStringLiteral("person"), QString::number(consent.personId),
        QStringLiteral("keep_data=%1 share=%2 given_by=%3 partners=%4")
            .arg(consent.keepData ? 1 : 0)
            .arg(consent.share ? 1 : 0)
            .arg(consentGiverCode(consent.givenBy), partnerIds.join(QLatin1Char(','))));
    const Status written = m_session.writeAudited(event, [&]() -> Status {
        auto id = consents.insert(consent, m_session.user().name);
        if (!id)
            return id.error();
        consentId = *id;
        // writeAudited appends the entry after this work, so the id added here is recorded.
        event.details = QStringLiteral("consent=%1 ").arg(consentId) + event.details;
        return {};
    });
    if (!written)
        return written.error();
    return consentId;
}

Status ConsentService::withdraw(qint64 consentId, const QDate& on) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ConsentRecord); !allowed)
        return allowed;
    ConsentRepository consents(m_session.db());
    auto consent = consents.find(consentId);
    if (!consent)
        return consent.error();
    if (!consent->has_value())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ConsentService", "There is no consent with id %1: check the id.")
                .arg(consentId));
    if (auto valid = checkWithdrawal(**consent, on, QDate::currentDate()); !valid)
        return valid;
    return m_session.writeAudited(
        m_session.event(QStringLiteral("consent.withdraw"), QStringLiteral("consent"),
                        QString::number(consentId),
                        QStringLiteral("person=%1 on=%2")
                            .arg(QString::number((*consent)->details.personId), on.toString(Qt::ISODate))),
        [&]() -> Status { return consents.setWithdrawn(consentId, on, m_session.user().name); });
}

} // namespace legalaid

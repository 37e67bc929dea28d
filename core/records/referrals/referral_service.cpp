#include "records/referrals/referral_service.h"

#include "domain/referral_catalogue.h"
#include "records/calendar/working_days.h"
#include "records/directory/directory_repository.h"
#include "records/people/consent_check.h"
#include "records/permissions.h"

#include <QCoreApplication>

namespace legalaid {

namespace {

const QString kIn = QStringLiteral("in");
const QString kOut = QStringLiteral("out");
const QString kSent = QStringLiteral("sent");

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

Error noSuchReferral(qint64 id) {
    return invalid(QCoreApplication::translate("ReferralService",
                                               "There is no referral %1. Check the number in the list of "
                                               "referrals.")
                       .arg(id));
}

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

QStringList statusCodesAfterSent() {
    QStringList codes = referralStatusCodes();
    codes.removeAll(kSent);
    return codes;
}

std::optional<SupportRegimeGroup> groupFromCode(const QString& code) {
    for (SupportRegimeGroup group : {SupportRegimeGroup::Victim, SupportRegimeGroup::AccompanyingMinor,
                                     SupportRegimeGroup::IdentificationInCountry,
                                     SupportRegimeGroup::IdentificationAbroad, SupportRegimeGroup::Foreign}) {
        if (supportRegimeGroupCode(group) == code)
            return group;
    }
    return std::nullopt;
}

} // namespace

ReferralService::ReferralService(Session& session)
    : m_session(session) {}

Result<ReferralCreated> ReferralService::create(const NewReferral& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ReferralRecord); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_session.db();
    ReferralRepository referrals(db);

    if (input.direction != kIn && input.direction != kOut)
        return invalid(QCoreApplication::translate(
                           "ReferralService",
                           "\"%1\" is not a referral direction: use in (a partner refers the person to the "
                           "centre) or out (the centre sends the person to a service).")
                           .arg(input.direction));
    const bool outgoing = input.direction == kOut;

    auto person = referrals.personFacts(input.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return invalid(QCoreApplication::translate("ReferralService",
                                                   "There is no person %1. Check the number in the list of "
                                                   "people.")
                           .arg(input.personId));

    auto organisation = DirectoryRepository(db).organisation(input.organisationId);
    if (!organisation)
        return organisation.error();
    if (!organisation->has_value())
        return invalid(QCoreApplication::translate("ReferralService",
                                                   "There is no organisation %1 in the directory. Add the "
                                                   "partner to the directory first, or check the number.")
                           .arg(input.organisationId));
    if (!(*organisation)->active)
        return invalid(QCoreApplication::translate("ReferralService",
                                                   "The organisation %1 (%2) has been deactivated. Choose an "
                                                   "active organisation.")
                           .arg(input.organisationId)
                           .arg((*organisation)->name));

    if (outgoing) {
        if (input.service.isEmpty())
            return invalid(QCoreApplication::translate("ReferralService",
                                                       "Choose the service the person is sent to: one of %1.")
                               .arg(referralServiceCodes().join(QStringLiteral(", "))));
        if (!isReferralService(input.service))
            return invalid(QCoreApplication::translate("ReferralService",
                                                       "\"%1\" is not a referral service: use one of %2.")
                               .arg(input.service, referralServiceCodes().join(QStringLiteral(", "))));
    } else {
        if (!input.service.isEmpty())
            return invalid(QCoreApplication::translate(
                "ReferralService", "An incoming referral has no service: leave the service "
                                   "out, or record an outgoing referral."));
        if (!input.disclose.isEmpty())
            return invalid(QCoreApplication::translate(
                "ReferralService", "An incoming referral discloses nothing to the partner: "
                                   "leave out the fields to disclose."));
    }

    QStringList fields;
    for (const QString& raw : input.disclose) {
        const QString field = raw.trimmed();
        if (field.isEmpty())
            continue;
        if (!isDisclosableField(field))
            return invalid(QCoreApplication::translate(
                               "ReferralService", "\"%1\" cannot be disclosed to a partner: choose among "
                                                  "%2.")
                               .arg(field, disclosableFieldCodes().join(QStringLiteral(", "))));
        if (!fields.contains(field))
            fields << field;
    }

    const QDate today = QDate::currentDate();
    const QDate sentOn = input.sentOn.value_or(today);
    if (!sentOn.isValid() || sentOn > today)
        return invalid(QCoreApplication::translate("ReferralService",
                                                   "The referral date %1 is in the future. Enter the date it "
                                                   "was sent or received.")
                           .arg(isoDate(sentOn)));
    QDate dueOn;
    if (input.dueOn) {
        dueOn = *input.dueOn;
        if (!dueOn.isValid() || dueOn < sentOn)
            return invalid(QCoreApplication::translate(
                               "ReferralService", "The answer due date %1 is before the referral date %2. "
                                                  "Enter a later due date.")
                               .arg(isoDate(dueOn), isoDate(sentOn)));
    } else {
        auto days = deadlineWorkingDays(db, QStringLiteral("referral_response"));
        if (!days)
            return days.error();
        auto calendar = WorkingDayCalendar::load(db);
        if (!calendar)
            return calendar.error();
        dueOn = calendar->addWorkingDays(sentOn, *days);
    }

    // Consent before disclosure: nothing leaves the centre unless the person's consent covers this partner.
    // Sending someone to a partner discloses who they are whatever fields are listed, so every outgoing
    // referral is checked, and at least the person's name (the minimum a referral slip carries) is recorded
    // as disclosed under the consent. An incoming referral discloses nothing.
    DisclosureDecision decision;
    if (outgoing) {
        auto checked = checkDisclosure(db, input.personId, input.organisationId, sentOn);
        if (!checked)
            return checked.error();
        decision = *checked;
        if (!decision.allowed || decision.consentId <= 0)
            return makeError(ErrorCode::ConsentMissing,
                             decision.reason.isEmpty()
                                 ? QCoreApplication::translate("ReferralService",
                                                               "The person's consent does not allow sharing "
                                                               "with this partner: record the consent first.")
                                 : decision.reason);
        if (fields.isEmpty())
            fields << QStringLiteral("full_name");
    }

    Referral referral;
    referral.personId = input.personId;
    referral.direction = input.direction;
    referral.organisationId = input.organisationId;
    referral.status = kSent;
    referral.sentOn = sentOn;
    referral.dueOn = dueOn;
    referral.personAbroad = input.personAbroad;
    referral.note = input.note.trimmed();
    referral.createdBy = m_session.user().name;

    ReferralCreated created;
    created.dueOn = dueOn;
    created.consentId = decision.consentId;
    if (outgoing) {
        referral.service = input.service;
        const SupportRegimeGroup group =
            supportRegimeGroup((*person)->category, (*person)->accompaniedCategory,
                               isForeignNationality((*person)->nationalityCode), input.personAbroad);
        referral.regimeGroup = supportRegimeGroupCode(group);
        const SupportRegimeCheck regime = checkSupportRegime(group, input.service);
        referral.outOfRegime = !regime.inRegime;
        if (!regime.inRegime)
            created.warnings << regime.warning;
    } else {
        referral.sourceKind = (*organisation)->kind;
    }

    // Codes and ids only: no names, no note text.
    QString details = QStringLiteral("person=%1 direction=%2 organisation=%3 due=%4")
                          .arg(input.personId)
                          .arg(input.direction)
                          .arg(input.organisationId)
                          .arg(isoDate(dueOn));
    if (outgoing)
        details += QStringLiteral(" service=%1 regime=%2%3")
                       .arg(referral.service, referral.regimeGroup,
                            referral.outOfRegime ? QStringLiteral(" out_of_regime") : QString());
    if (!fields.isEmpty())
        details += QStringLiteral(" consent=%1 disclosed=%2")
                       .arg(decision.consentId)
                       .arg(fields.join(QLatin1Char(',')));
    AuditEvent event =
        m_session.event(QStringLiteral("referral.create"), QStringLiteral("referral"), {}, details);
    auto written = m_session.writeAudited(event, [&]() -> Status {
        auto id = referrals.insert(referral);
        if (!id)
            return id.error();
        created.id = *id;
        // writeAudited appends this event after the work, so the new id can be filled in here.
        event.targetId = QString::number(*id);
        ReferralStatusChange first;
        first.toStatus = kSent;
        first.changedOn = sentOn;
        first.recordedBy = referral.createdBy;
        if (auto history = referrals.appendHistory(*id, first); !history)
            return history;
        std::vector<ReferralDisclosure> disclosures;
        for (const QString& field : fields)
            disclosures.push_back({decision.consentId, field});
        return referrals.insertDisclosures(*id, disclosures);
    });
    if (!written)
        return written.error();
    return created;
}

Status ReferralService::changeStatus(qint64 id, const QString& toStatus, const std::optional<QDate>& on,
                                     const QString& note) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ReferralRecord); !allowed)
        return allowed;
    if (!isReferralStatus(toStatus) || toStatus == kSent)
        return invalid(QCoreApplication::translate(
                           "ReferralService", "\"%1\" is not a status a referral can be moved to: use one "
                                              "of %2.")
                           .arg(toStatus, statusCodesAfterSent().join(QStringLiteral(", "))));
    ReferralRepository referrals(m_session.db());
    auto found = referrals.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchReferral(id);
    const Referral& referral = **found;
    if (!isReferralTransitionAllowed(referral.status, toStatus)) {
        const QStringList next = nextReferralStatuses(referral.status);
        if (next.isEmpty())
            return makeError(ErrorCode::IllegalTransition,
                             QCoreApplication::translate(
                                 "ReferralService", "Referral %1 is already %2 and cannot change any more.")
                                 .arg(id)
                                 .arg(referralStatusLabel(referral.status)));
        QStringList labels;
        for (const QString& code : next)
            labels << referralStatusLabel(code);
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate(
                             "ReferralService", "A referral that is %1 cannot become %2: it can only become "
                                                "%3.")
                             .arg(referralStatusLabel(referral.status), referralStatusLabel(toStatus),
                                  labels.join(QStringLiteral(", "))));
    }

    auto history = referrals.history(id);
    if (!history)
        return history.error();
    const QDate today = QDate::currentDate();
    const QDate changedOn = on.value_or(today);
    if (!changedOn.isValid() || changedOn > today)
        return invalid(QCoreApplication::translate("ReferralService",
                                                   "The date %1 is in the future. Enter the date the change "
                                                   "happened.")
                           .arg(isoDate(changedOn)));
    QDate latest = referral.sentOn;
    for (const ReferralStatusChange& change : *history)
        latest = std::max(latest, change.changedOn);
    if (changedOn < latest)
        return invalid(QCoreApplication::translate(
                           "ReferralService", "The date %1 is before the referral's last date, %2. Enter "
                                              "a date on or after it.")
                           .arg(isoDate(changedOn), isoDate(latest)));

    ReferralStatusChange change;
    change.fromStatus = referral.status;
    change.toStatus = toStatus;
    change.changedOn = changedOn;
    change.recordedBy = m_session.user().name;
    change.note = note.trimmed();
    return m_session.writeAudited(
        m_session.event(
            QStringLiteral("referral.status"), QStringLiteral("referral"), QString::number(id),
            QStringLiteral("from=%1 to=%2 on=%3").arg(referral.status, toStatus, isoDate(changedOn))),
        [&]() -> Status {
            if (auto updated = referrals.updateStatus(id, toStatus); !updated)
                return updated;
            return referrals.appendHistory(id, change);
        });
}

Result<std::vector<Referral>> ReferralService::list(const ReferralFilter& filter) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ReferralView); !allowed)
        return allowed.error();
    if (!filter.direction.isEmpty() && filter.direction != kIn && filter.direction != kOut)
        return invalid(QCoreApplication::translate(
                           "ReferralService", "\"%1\" is not a referral direction: use in (a partner "
                                              "refers the person to the centre) or out (the centre sends "
                                              "the person to a service).")
                           .arg(filter.direction));
    if (!filter.status.isEmpty() && !isReferralStatus(filter.status))
        return invalid(
            QCoreApplication::translate("ReferralService", "\"%1\" is not a referral status: use one of %2.")
                .arg(filter.status, referralStatusCodes().join(QStringLiteral(", "))));
    return ReferralRepository(m_session.db()).list(filter);
}

Result<std::vector<Referral>> ReferralService::overdue(const QDate& asOf) const {
    ReferralFilter filter;
    filter.overdueOn = asOf;
    return list(filter);
}

Result<ReferralDetails> ReferralService::show(qint64 id) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ReferralView); !allowed)
        return allowed.error();
    ReferralRepository referrals(m_session.db());
    auto found = referrals.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchReferral(id);
    ReferralDetails details;
    details.referral = **found;
    auto history = referrals.history(id);
    if (!history)
        return history.error();
    details.history = std::move(history).value();
    auto disclosures = referrals.disclosures(id);
    if (!disclosures)
        return disclosures.error();
    details.disclosures = std::move(disclosures).value();
    if (details.referral.outOfRegime) {
        if (const auto group = groupFromCode(details.referral.regimeGroup)) {
            const SupportRegimeCheck regime = checkSupportRegime(*group, details.referral.service);
            if (!regime.inRegime)
                details.warnings << regime.warning;
        }
    }
    details.overdue = details.referral.status == kSent && details.referral.dueOn < QDate::currentDate();
    // A referral names a person and where they were sent: reading it is audited, before it is shown.
    if (auto audited = m_session.audit(m_session.event(QStringLiteral("referral.view"),
                                                       QStringLiteral("referral"), QString::number(id)));
        !audited)
        return audited.error();
    return details;
}

} // namespace legalaid

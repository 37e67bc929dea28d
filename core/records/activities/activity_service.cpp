#include "records/activities/activity_service.h"

#include "domain/activity_catalogue.h"
#include "domain/directory_catalogue.h"
#include "records/directory/directory_repository.h"
#include "records/permissions.h"

#include <QCoreApplication>

namespace legalaid {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

Error noSuchActivity(qint64 id) {
    return invalid(QCoreApplication::translate("ActivityService",
                                               "There is no activity %1. Check the number in the list of "
                                               "activities.")
                       .arg(id));
}

QString auditDetails(const Activity& activity) {
    return QStringLiteral("kind=%1 held_on=%2 audience=%3 participants=%4 female=%5")
        .arg(activity.kind, activity.heldOn.toString(Qt::ISODate), activity.audience)
        .arg(activity.participants)
        .arg(activity.femaleParticipants);
}

} // namespace

ActivityService::ActivityService(Session& session)
    : m_session(session) {}

Status ActivityService::validate(const Activity& activity, const Activity* before) const {
    if (!isActivityKind(activity.kind))
        return invalid(
            QCoreApplication::translate("ActivityService", "\"%1\" is not a kind of activity: use one of %2.")
                .arg(activity.kind, activityKindCodes().join(QStringLiteral(", "))));
    if (!activity.heldOn.isValid())
        return invalid(
            QCoreApplication::translate("ActivityService", "Enter the date of the activity as YYYY-MM-DD."));
    if (activity.heldOn > QDate::currentDate())
        return invalid(QCoreApplication::translate(
                           "ActivityService", "The activity date %1 is in the future. Record an activity "
                                              "once it has taken place.")
                           .arg(activity.heldOn.toString(Qt::ISODate)));
    if (activity.title.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ActivityService", "Enter the title of the activity."));
    if (!isActivityAudience(activity.audience))
        return invalid(
            QCoreApplication::translate("ActivityService", "\"%1\" is not an audience: use one of %2.")
                .arg(activity.audience, activityAudienceCodes().join(QStringLiteral(", "))));
    if (activity.participants < 0)
        return invalid(QCoreApplication::translate("ActivityService",
                                                   "The number of participants cannot be negative. Enter 0 "
                                                   "or more."));
    if (activity.femaleParticipants < 0 || activity.femaleParticipants > activity.participants)
        return invalid(QCoreApplication::translate(
                           "ActivityService", "The number of women (%1) must be between 0 and the number "
                                              "of participants (%2). Correct one of them.")
                           .arg(activity.femaleParticipants)
                           .arg(activity.participants));

    DirectoryRepository directory(m_session.db());
    if (activity.organiserUnitId > 0) {
        auto unit = directory.organisation(activity.organiserUnitId);
        if (!unit)
            return unit.error();
        if (!unit->has_value() || !isLegalAidUnitKind((*unit)->kind))
            return invalid(QCoreApplication::translate("ActivityService",
                                                       "Organisation %1 is not the centre or one of its "
                                                       "branches. Choose the unit that ran the activity.")
                               .arg(activity.organiserUnitId));
    }
    if (activity.partnerOrganisationId > 0) {
        auto partner = directory.organisation(activity.partnerOrganisationId);
        if (!partner)
            return partner.error();
        if (!partner->has_value())
            return invalid(QCoreApplication::translate(
                               "ActivityService", "There is no organisation %1 in the directory. Add the "
                                                  "partner to the directory first, or check the number.")
                               .arg(activity.partnerOrganisationId));
        // An activity already recorded with a since-deactivated partner may still be corrected.
        const bool unchanged = before && before->partnerOrganisationId == activity.partnerOrganisationId;
        if (!(*partner)->active && !unchanged)
            return invalid(QCoreApplication::translate(
                               "ActivityService", "The organisation %1 (%2) has been deactivated. Choose "
                                                  "an active organisation.")
                               .arg(activity.partnerOrganisationId)
                               .arg((*partner)->name));
    }
    return {};
}

Result<qint64> ActivityService::add(const Activity& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ActivityEdit); !allowed)
        return allowed.error();
    Activity activity = input;
    activity.id = 0;
    activity.title = activity.title.trimmed();
    if (activity.audience.isEmpty())
        activity.audience = QStringLiteral("other");
    activity.createdBy = m_session.user().name;
    if (auto valid = validate(activity, nullptr); !valid)
        return valid.error();
    return m_session.insertAudited(m_session.event(QStringLiteral("activity.add"), QStringLiteral("activity"),
                                                   {}, auditDetails(activity)),
                                   [&] { return ActivityRepository(m_session.db()).insert(activity); });
}

Status ActivityService::update(qint64 id, const ActivityChanges& changes) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ActivityEdit); !allowed)
        return allowed;
    ActivityRepository repository(m_session.db());
    auto found = repository.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchActivity(id);
    const Activity before = **found;
    Activity activity = before;
    if (changes.kind)
        activity.kind = *changes.kind;
    if (changes.heldOn)
        activity.heldOn = *changes.heldOn;
    if (changes.title)
        activity.title = changes.title->trimmed();
    if (changes.audience)
        activity.audience = changes.audience->isEmpty() ? QStringLiteral("other") : *changes.audience;
    if (changes.participants)
        activity.participants = *changes.participants;
    if (changes.femaleParticipants)
        activity.femaleParticipants = *changes.femaleParticipants;
    if (changes.place)
        activity.place = changes.place->trimmed();
    if (changes.organiserUnitId)
        activity.organiserUnitId = *changes.organiserUnitId;
    if (changes.partnerOrganisationId)
        activity.partnerOrganisationId = *changes.partnerOrganisationId;
    if (changes.notes)
        activity.notes = changes.notes->trimmed();
    if (auto valid = validate(activity, &before); !valid)
        return valid;
    return m_session.writeAudited(m_session.event(QStringLiteral("activity.update"),
                                                  QStringLiteral("activity"), QString::number(id),
                                                  auditDetails(activity)),
                                  [&] { return repository.update(activity); });
}

Result<Activity> ActivityService::activity(qint64 id) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ActivityView); !allowed)
        return allowed.error();
    auto found = ActivityRepository(m_session.db()).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchActivity(id);
    return **found;
}

Result<std::vector<Activity>> ActivityService::list(const ActivityFilter& filter) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ActivityView); !allowed)
        return allowed.error();
    if (!filter.kind.isEmpty() && !isActivityKind(filter.kind))
        return invalid(
            QCoreApplication::translate("ActivityService", "\"%1\" is not a kind of activity: use one of %2.")
                .arg(filter.kind, activityKindCodes().join(QStringLiteral(", "))));
    if (filter.from && filter.to && *filter.from > *filter.to)
        return invalid(QCoreApplication::translate("ActivityService",
                                                   "The period starts on %1, after it ends on %2. Swap the "
                                                   "dates.")
                           .arg(filter.from->toString(Qt::ISODate), filter.to->toString(Qt::ISODate)));
    return ActivityRepository(m_session.db()).list(filter);
}

} // namespace legalaid

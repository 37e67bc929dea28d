#include "records/cases/case_lifecycle_service.h"

#include "records/calendar/working_days.h"
#include "records/cases/case_checks.h"
#include "records/cases/case_event_repository.h"
#include "records/cases/case_reference_repository.h"
#include "records/cases/case_repository.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace legalaid {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

Status checkProvider(const QSqlDatabase& db, qint64 providerId) {
    auto provider = CaseReferenceRepository(db).provider(providerId);
    if (!provider)
        return provider.error();
    if (!provider->has_value())
        return invalid(
            QCoreApplication::translate(
                "CaseLifecycleService",
                "There is no provider with id %1; see provider list for the providers in the directory.")
                .arg(providerId));
    if (!(*provider)->active)
        return invalid(
            QCoreApplication::translate(
                "CaseLifecycleService",
                "The provider %1 is no longer active; choose an active provider from the directory.")
                .arg(providerId));
    return {};
}

Status checkGround(CaseCatalogue catalogue, const QString& ground) {
    if (catalogueHas(catalogue, ground))
        return {};
    const QString codes = catalogueCodes(catalogue).join(QStringLiteral(", "));
    if (ground.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("CaseLifecycleService", "Give the ground, one of: %1.").arg(codes));
    return invalid(
        QCoreApplication::translate("CaseLifecycleService", "\"%1\" is not a ground here; use one of: %2.")
            .arg(ground, codes));
}

} // namespace

CaseLifecycleService::CaseLifecycleService(Session& session)
    : m_session(session) {}

Status CaseLifecycleService::accept(qint64 caseId, const QDate& on) {
    Step step;
    step.action = CaseAction::Accept;
    step.on = on;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Status CaseLifecycleService::assign(qint64 caseId, qint64 providerId, const QDate& on) {
    Step step;
    step.action = CaseAction::Assign;
    step.on = on;
    step.providerId = providerId;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Status CaseLifecycleService::start(qint64 caseId, const QDate& on) {
    Step step;
    step.action = CaseAction::Start;
    step.on = on;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Result<ProviderChangeResult> CaseLifecycleService::changeProvider(qint64 caseId, qint64 providerId,
                                                                  const QString& reason,
                                                                  const QDate& requestedOn, const QDate& on) {
    Step step;
    step.action = CaseAction::ChangeProvider;
    step.on = on;
    step.providerId = providerId;
    step.reason = reason;
    step.requestedOn = requestedOn;
    auto applied = apply(caseId, step);
    if (!applied)
        return applied.error();
    auto days = deadlineWorkingDays(m_session.db(), QStringLiteral("provider_change"));
    if (!days)
        return days.error();
    auto calendar = WorkingDayCalendar::load(m_session.db());
    if (!calendar)
        return calendar.error();
    return ProviderChangeResult{applied->late, calendar->addWorkingDays(applied->requestedOn, *days)};
}

Status CaseLifecycleService::refuse(qint64 caseId, const QString& ground, const QString& reason,
                                    const QDate& on) {
    Step step;
    step.action = CaseAction::Refuse;
    step.on = on;
    step.ground = ground.trimmed();
    step.reason = reason;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Status CaseLifecycleService::withdraw(qint64 caseId, const QString& reason, const QDate& on) {
    Step step;
    step.action = CaseAction::Withdraw;
    step.on = on;
    step.reason = reason;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Status CaseLifecycleService::discontinue(qint64 caseId, const QString& ground, const QString& reason,
                                         const QDate& on) {
    Step step;
    step.action = CaseAction::Discontinue;
    step.on = on;
    step.ground = ground.trimmed();
    step.reason = reason;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Status CaseLifecycleService::transfer(qint64 caseId, qint64 organisationId, const QString& reason,
                                      const QDate& on) {
    Step step;
    step.action = CaseAction::Transfer;
    step.on = on;
    step.organisationId = organisationId;
    step.reason = reason;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Status CaseLifecycleService::close(qint64 caseId, const QString& outcome, const QDate& on) {
    Step step;
    step.action = CaseAction::Close;
    step.on = on;
    step.outcome = outcome;
    auto applied = apply(caseId, step);
    return applied ? Status{} : Status{applied.error()};
}

Result<CaseTransitionRecord> CaseLifecycleService::apply(qint64 caseId, const Step& requested) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CaseTransition); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_session.db();
    Step step = requested;
    step.on = step.on.isValid() ? step.on : QDate::currentDate();
    if (auto dated = case_checks::notInFuture(
            step.on, QCoreApplication::translate("CaseLifecycleService", "The date of this step"));
        !dated)
        return dated.error();

    // What each step needs, checked before anything is written.
    switch (step.action) {
    case CaseAction::Refuse:
        if (auto ground = checkGround(CaseCatalogue::RefusalGround, step.ground); !ground)
            return ground.error();
        break;
    case CaseAction::Discontinue:
        if (auto ground = checkGround(CaseCatalogue::DiscontinuationGround, step.ground); !ground)
            return ground.error();
        break;
    default:
        break;
    }
    const bool needsReason = step.action == CaseAction::ChangeProvider || step.action == CaseAction::Refuse ||
                             step.action == CaseAction::Withdraw || step.action == CaseAction::Discontinue ||
                             step.action == CaseAction::Transfer;
    if (needsReason) {
        auto reason = case_checks::requiredText(
            step.reason,
            QCoreApplication::translate("CaseLifecycleService",
                                        "Write the reason for this step (%1); it is kept in the case file.")
                .arg(caseActionLabel(step.action)));
        if (!reason)
            return reason.error();
        step.reason = *reason;
    } else {
        step.reason = step.reason.trimmed();
    }
    if (step.action == CaseAction::Close) {
        auto outcome = case_checks::requiredText(
            step.outcome, QCoreApplication::translate("CaseLifecycleService",
                                                      "Write the outcome of the case before closing it."));
        if (!outcome)
            return outcome.error();
        step.outcome = *outcome;
    }
    if (step.action == CaseAction::Assign || step.action == CaseAction::ChangeProvider) {
        if (!step.providerId)
            return invalid(
                QCoreApplication::translate("CaseLifecycleService", "Give the provider to assign."));
        if (auto provider = checkProvider(db, *step.providerId); !provider)
            return provider.error();
    }
    int providerChangeDays = 0;
    std::optional<WorkingDayCalendar> calendar;
    if (step.action == CaseAction::ChangeProvider) {
        step.requestedOn = step.requestedOn.isValid() ? step.requestedOn : step.on;
        if (step.on < step.requestedOn)
            return invalid(QCoreApplication::translate(
                               "CaseLifecycleService",
                               "The decision date %1 is before the change of provider was requested (%2); a "
                               "decision follows the request.")
                               .arg(step.on.toString(Qt::ISODate), step.requestedOn.toString(Qt::ISODate)));
        auto days = deadlineWorkingDays(db, QStringLiteral("provider_change"));
        if (!days)
            return days.error();
        providerChangeDays = *days;
        auto loaded = WorkingDayCalendar::load(db);
        if (!loaded)
            return loaded.error();
        calendar = std::move(loaded).value();
    }
    if (step.action == CaseAction::Transfer) {
        if (!step.organisationId)
            return invalid(QCoreApplication::translate("CaseLifecycleService",
                                                       "Give the organisation the case is transferred to."));
        auto organisation = CaseReferenceRepository(db).organisation(*step.organisationId);
        if (!organisation)
            return organisation.error();
        if (!organisation->has_value() || !(*organisation)->active)
            return invalid(QCoreApplication::translate(
                               "CaseLifecycleService",
                               "There is no active organisation with id %1; see org list for the directory.")
                               .arg(*step.organisationId));
    }

    const QString actionCode = caseActionCode(step.action);
    AuditEvent event = m_session.event(QStringLiteral("case.") + actionCode, QStringLiteral("case"),
                                       QString::number(caseId));
    CaseTransitionRecord transition;
    const Status written = m_session.writeAudited(event, [&]() -> Status {
        // Read inside the write transaction: the status cannot change under us.
        auto loaded = case_checks::loadCase(db, caseId);
        if (!loaded)
            return loaded.error();
        CaseRecord record = *loaded;
        const CaseStatus from = record.status;
        auto to = applyCaseAction(from, step.action);
        if (!to)
            return to.error();
        if (record.lastStepOn.isValid() && step.on < record.lastStepOn)
            return invalid(QCoreApplication::translate(
                               "CaseLifecycleService",
                               "The date %1 is before %2, the date of the case's last step (%3); steps are "
                               "recorded in order, so give %2 or later.")
                               .arg(step.on.toString(Qt::ISODate), record.lastStepOn.toString(Qt::ISODate),
                                    caseStatusLabel(from)));
        if (step.action == CaseAction::Transfer && record.unitOrganisationId == step.organisationId)
            return invalid(QCoreApplication::translate(
                "CaseLifecycleService",
                "A case cannot be transferred to the unit that holds it; choose another "
                "organisation."));
        const std::optional<qint64> previousProvider = record.providerId;
        if (step.action == CaseAction::ChangeProvider && previousProvider == step.providerId)
            return invalid(QCoreApplication::translate(
                "CaseLifecycleService", "This provider already handles the case; choose another provider."));

        record.status = *to;
        record.lastStepOn = step.on;
        transition.caseId = caseId;
        transition.action = actionCode;
        transition.fromStatus = caseStatusCode(from);
        transition.toStatus = caseStatusCode(*to);
        transition.effectiveOn = step.on;
        transition.ground = step.ground;
        transition.reason = step.reason;
        transition.actor = m_session.user().name;
        QString details = QStringLiteral("status=%1->%2").arg(transition.fromStatus, transition.toStatus);
        switch (step.action) {
        case CaseAction::Accept:
            record.acceptedOn = step.on;
            break;
        case CaseAction::Assign:
            record.assignedOn = step.on;
            record.providerId = step.providerId;
            transition.providerId = step.providerId;
            details += QStringLiteral(";provider=%1").arg(*step.providerId);
            break;
        case CaseAction::Start:
            record.startedOn = step.on;
            break;
        case CaseAction::ChangeProvider:
            record.providerId = step.providerId;
            transition.providerId = step.providerId;
            transition.requestedOn = step.requestedOn;
            transition.late = calendar->workingDaysBetween(step.requestedOn, step.on) > providerChangeDays;
            details +=
                QStringLiteral(";provider=%1;late=%2").arg(*step.providerId).arg(transition.late ? 1 : 0);
            break;
        case CaseAction::Close:
            record.endedOn = step.on;
            record.outcome = step.outcome;
            break;
        case CaseAction::Refuse:
        case CaseAction::Discontinue:
            record.endedOn = step.on;
            record.exitGround = step.ground;
            record.exitReason = step.reason;
            details += QStringLiteral(";ground=%1").arg(step.ground);
            break;
        case CaseAction::Withdraw:
            record.endedOn = step.on;
            record.exitReason = step.reason;
            break;
        case CaseAction::Transfer:
            record.endedOn = step.on;
            record.exitReason = step.reason;
            record.transferredTo = step.organisationId;
            transition.organisationId = step.organisationId;
            details += QStringLiteral(";to=%1").arg(*step.organisationId);
            break;
        }
        CaseRepository cases(db);
        if (auto updated = cases.updateLifecycle(record); !updated)
            return updated;
        auto inserted = cases.insertTransition(transition);
        if (!inserted)
            return inserted.error();
        transition.id = *inserted;
        if (step.action == CaseAction::ChangeProvider) {
            CaseEventRecord change;
            change.caseId = caseId;
            change.kind = QStringLiteral("provider_change");
            change.occurredOn = step.on;
            change.body = step.reason;
            change.providerId = step.providerId;
            change.previousProviderId = previousProvider;
            change.actor = m_session.user().name;
            if (auto added = CaseEventRepository(db).insert(change); !added)
                return added.error();
        }
        event.details = details;
        return {};
    });
    if (!written)
        return written.error();
    return transition;
}

} // namespace legalaid

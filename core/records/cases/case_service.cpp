#include "records/cases/case_service.h"

#include "records/calendar/working_days.h"
#include "records/cases/case_catalogue_repository.h"
#include "records/cases/case_checks.h"
#include "records/cases/case_event_repository.h"
#include "records/cases/case_reference_repository.h"
#include "records/cases/case_repository.h"
#include "records/permissions.h"
#include "search/person_search_index.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace legalaid {

namespace {

// The default beneficiary group of this application: victims, people being identified and accompanying
// minors (Legal Aid Law art. 7 cl. 6a).
const QString kDefaultGroup = QStringLiteral("art7_6a");
const QString kDefaultSource = QStringLiteral("walk_in");

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

struct Unit {
    QString code;
    std::optional<qint64> organisationId;
};

Result<Unit> resolveUnit(const QSqlDatabase& db, const QString& centreCode, const QString& requested) {
    const QString code = requested.trimmed().isEmpty() ? centreCode : requested.trimmed();
    auto unit = CaseReferenceRepository(db).unitByCode(code);
    if (!unit)
        return unit.error();
    if (code == centreCode)
        return Unit{code, unit->has_value() ? std::optional<qint64>((*unit)->id) : std::nullopt};
    if (!unit->has_value())
        return invalid(
            QCoreApplication::translate(
                "CaseService",
                "There is no branch with the unit code \"%1\"; use the centre's code %2 or the code "
                "of a branch in the directory.")
                .arg(code, centreCode));
    if (!(*unit)->active)
        return invalid(QCoreApplication::translate(
                           "CaseService", "The branch %1 is no longer active; open the case at another unit.")
                           .arg(code));
    return Unit{code, (*unit)->id};
}

Result<QString> checkField(const QSqlDatabase& db, const QString& requested) {
    const QString code = requested.trimmed();
    if (code.isEmpty())
        return invalid(QCoreApplication::translate(
            "CaseService", "Give the field of law of the case, for example hinh_su."));
    if (case_checks::isCommerceField(code))
        return case_checks::commerceRefused(code);
    auto field = CaseCatalogueRepository(db).field(code);
    if (!field)
        return field.error();
    if (!field->has_value() || !(*field)->active) {
        auto fields = CaseCatalogueRepository(db).fields(false);
        QStringList codes;
        if (fields) {
            for (const FieldOfLaw& known : *fields)
                codes << known.code;
        }
        return invalid(QCoreApplication::translate(
                           "CaseService", "\"%1\" is not a field of law in the catalogue; use one of: %2.")
                           .arg(code, codes.join(QStringLiteral(", "))));
    }
    return code;
}

Result<QString> checkGroup(const QSqlDatabase& db, const QString& requested, const QDate& receivedOn) {
    const QString code = requested.trimmed().isEmpty() ? kDefaultGroup : requested.trimmed();
    auto group = CaseCatalogueRepository(db).group(code);
    if (!group)
        return group.error();
    if (!group->has_value() || !(*group)->active)
        return invalid(
            QCoreApplication::translate(
                "CaseService",
                "\"%1\" is not an active beneficiary group; see catalogue list groups, for example "
                "art7_6a.")
                .arg(code));
    const BeneficiaryGroup& found = **group;
    if (found.validUntil.isValid() && receivedOn > found.validUntil)
        return invalid(
            QCoreApplication::translate(
                "CaseService",
                "The beneficiary group %1 is historical and applies only to requests received until %2; "
                "for victims and people being identified use art7_6a.")
                .arg(code, found.validUntil.toString(Qt::ISODate)));
    return code;
}

// Accept at once when the limitation period or the hearing is under `urgent_acceptance` working days away,
// or for a court-appointed defence.
Result<QString> urgentReason(const QSqlDatabase& db, const NewCase& request, CaseForm form,
                             const QDate& receivedOn) {
    if (request.courtAppointed) {
        if (form != CaseForm::Litigation)
            return invalid(QCoreApplication::translate(
                "CaseService",
                "A court-appointed defence is participation in proceedings: open it with the form "
                "litigation."));
        return QStringLiteral("court_appointed");
    }
    if (!request.hearingDate.isValid() && !request.limitationDate.isValid())
        return QString();
    auto days = deadlineWorkingDays(db, QStringLiteral("urgent_acceptance"));
    if (!days)
        return days.error();
    auto calendar = WorkingDayCalendar::load(db);
    if (!calendar)
        return calendar.error();
    const auto soon = [&](const QDate& date) {
        return date.isValid() && calendar->workingDaysBetween(receivedOn, date) < *days;
    };
    if (soon(request.hearingDate))
        return QStringLiteral("hearing_soon");
    if (soon(request.limitationDate))
        return QStringLiteral("limitation_soon");
    return QString();
}

QString auditDetails(const CaseRecord& record) {
    return QStringLiteral("file_code=%1;unit=%2;form=%3;field=%4;group=%5;person=%6;status=%7%8")
        .arg(record.fileCode, record.unitCode, caseFormCode(record.form), record.fieldCode, record.groupCode)
        .arg(record.personId)
        .arg(caseStatusCode(record.status),
             record.urgent ? QStringLiteral(";urgent=") + record.urgentReason : QString());
}

} // namespace

CaseService::CaseService(Session& session)
    : m_session(session) {}

Result<OpenedCase> CaseService::open(const NewCase& request) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CaseOpen); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_session.db();

    CaseRecord record;
    const auto form = caseFormFromCode(request.form);
    if (!form)
        return invalid(QCoreApplication::translate(
                           "CaseService",
                           "\"%1\" is not a form of legal aid; use consultation, litigation or out_of_court.")
                           .arg(request.form));
    record.form = *form;

    if (request.personId <= 0)
        return invalid(QCoreApplication::translate(
            "CaseService", "Give the person the legal aid is for (their id in the register "
                           "of people)."));
    auto person = CaseReferenceRepository(db).person(request.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return invalid(
            QCoreApplication::translate(
                "CaseService", "There is no person with id %1; add the person first, then open the case.")
                .arg(request.personId));
    record.personId = request.personId;

    record.receivedOn = request.receivedOn.isValid() ? request.receivedOn : QDate::currentDate();
    if (auto dated = case_checks::notInFuture(
            record.receivedOn,
            QCoreApplication::translate("CaseService", "The date the request was received"));
        !dated)
        return dated.error();

    auto field = checkField(db, request.fieldCode);
    if (!field)
        return field.error();
    record.fieldCode = *field;
    auto group = checkGroup(db, request.groupCode, record.receivedOn);
    if (!group)
        return group.error();
    record.groupCode = *group;
    auto unit = resolveUnit(db, m_session.centre().code, request.unitCode);
    if (!unit)
        return unit.error();
    record.unitCode = unit->code;
    record.unitOrganisationId = unit->organisationId;

    record.source = request.source.trimmed().isEmpty() ? kDefaultSource : request.source.trimmed();
    if (!catalogueHas(CaseCatalogue::Source, record.source))
        return invalid(
            QCoreApplication::translate("CaseService", "\"%1\" is not a source of requests; use one of: %2.")
                .arg(record.source, catalogueCodes(CaseCatalogue::Source).join(QStringLiteral(", "))));

    record.requesterName = request.requesterName.trimmed();
    record.requesterRelation = request.requesterRelation.trimmed();
    if (record.requesterName.isEmpty() != record.requesterRelation.isEmpty())
        return invalid(QCoreApplication::translate(
            "CaseService",
            "When a representative makes the request, give both their name and their relation to "
            "the person."));
    record.summary = request.summary.trimmed();

    record.hearingDate = request.hearingDate;
    record.limitationDate = request.limitationDate;
    auto urgent = urgentReason(db, request, record.form, record.receivedOn);
    if (!urgent)
        return urgent.error();
    record.urgent = !urgent->isEmpty();
    record.urgentReason = *urgent;

    record.status = CaseStatus::Received;
    record.registerYear = record.receivedOn.year();
    record.lastStepOn = record.receivedOn;

    AuditEvent event = m_session.event(QStringLiteral("case.open"), QStringLiteral("case"));
    const Status written = m_session.writeAudited(event, [&]() -> Status {
        CaseRepository cases(db);
        auto number = cases.takeRegisterNumber(record.unitCode, record.registerYear);
        if (!number)
            return number.error();
        record.registerNumber = *number;
        record.fileCode =
            formatCaseFileCode(record.unitCode, record.form, record.registerNumber, record.registerYear);
        auto id = cases.insert(record);
        if (!id)
            return id.error();
        record.id = *id;
        CaseTransitionRecord opened;
        opened.caseId = record.id;
        opened.action = QStringLiteral("open");
        opened.toStatus = caseStatusCode(CaseStatus::Received);
        opened.effectiveOn = record.receivedOn;
        opened.actor = m_session.user().name;
        if (auto inserted = cases.insertTransition(opened); !inserted)
            return inserted.error();
        // The audit entry is appended after this work, inside the same transaction: give it the new id.
        event.targetId = QString::number(record.id);
        event.details = auditDetails(record);
        // The person becomes findable by the file code in the same transaction.
        return search::reindexPerson(db, record.personId);
    });
    if (!written)
        return written.error();
    return OpenedCase{record.id,           record.fileCode, record.registerNumber,
                      record.registerYear, record.urgent,   record.urgentReason};
}

Result<CaseDetails> CaseService::get(qint64 caseId) {
    const Role role = m_session.user().role;
    if (auto allowed = requirePermission(role, Operation::CaseView); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_session.db();
    auto record = case_checks::loadCase(db, caseId);
    if (!record)
        return record.error();
    CaseDetails details;
    details.record = *record;
    auto transitions = CaseRepository(db).transitions(caseId);
    if (!transitions)
        return transitions.error();
    details.transitions = std::move(transitions).value();
    auto events = CaseEventRepository(db).forCase(caseId);
    if (!events)
        return events.error();
    details.events = std::move(events).value();

    CaseReferenceRepository references(db);
    auto person = references.person(details.record.personId);
    if (!person)
        return person.error();
    if (person->has_value())
        details.personName = (*person)->fullName;
    if (details.record.providerId) {
        auto provider = references.provider(*details.record.providerId);
        if (!provider)
            return provider.error();
        if (provider->has_value())
            details.providerName = (*provider)->fullName;
    }
    if (details.record.transferredTo) {
        auto organisation = references.organisation(*details.record.transferredTo);
        if (!organisation)
            return organisation.error();
        if (organisation->has_value())
            details.transferredToName = (*organisation)->name;
    }

    details.textHidden = !isAllowed(role, Operation::CaseNotesView);
    if (details.textHidden) {
        details.record.outcome.clear();
        details.record.exitReason.clear();
        for (CaseTransitionRecord& transition : details.transitions)
            transition.reason.clear();
        for (CaseEventRecord& event : details.events) {
            event.body.clear();
            event.documentTitle.clear();
        }
    }
    // No details leave the service unless the view is in the audit log.
    if (auto audited = m_session.audit(
            m_session.event(QStringLiteral("case.view"), QStringLiteral("case"), QString::number(caseId),
                            details.textHidden ? QStringLiteral("notes_hidden") : QString()));
        !audited)
        return audited.error();
    return details;
}

Result<std::vector<CaseListRow>> CaseService::list(const CaseFilter& filter) const {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CaseView); !allowed)
        return allowed.error();
    return CaseRepository(m_session.db()).list(filter);
}

} // namespace legalaid

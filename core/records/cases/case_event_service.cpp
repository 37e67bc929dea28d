#include "records/cases/case_event_service.h"

#include "records/cases/case_checks.h"
#include "records/cases/case_event_repository.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace legalaid {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

Status checkCode(CaseCatalogue catalogue, const QString& code, const QString& what) {
    if (catalogueHas(catalogue, code))
        return {};
    return invalid(QCoreApplication::translate("CaseEventService", "Give the %1 as one of: %2.")
                       .arg(what, catalogueCodes(catalogue).join(QStringLiteral(", "))));
}

// Checks the fields of one kind and fills the record.
Result<CaseEventRecord> buildEvent(const NewCaseEvent& input) {
    CaseEventRecord event;
    event.caseId = input.caseId;
    event.kind = input.kind.trimmed();
    event.body = input.text.trimmed();
    event.occurredOn = input.on.isValid() ? input.on : QDate::currentDate();
    const QString kind = event.kind;
    if (kind == QLatin1String("provider_change"))
        return invalid(QCoreApplication::translate(
            "CaseEventService",
            "A change of provider is recorded with case change-provider, which also checks the "
            "deadline."));
    if (!catalogueHas(CaseCatalogue::EventKind, kind))
        return invalid(
            QCoreApplication::translate(
                "CaseEventService",
                "\"%1\" is not a kind of case event; use note, hearing, document, evaluation or feedback.")
                .arg(kind));
    // Only a hearing may be scheduled ahead; everything else is recorded after it happened.
    if (kind != QLatin1String("hearing")) {
        if (auto dated = case_checks::notInFuture(
                event.occurredOn, QCoreApplication::translate("CaseEventService", "The date of the event"));
            !dated)
            return dated.error();
    }
    if (kind == QLatin1String("note")) {
        if (event.body.isEmpty())
            return invalid(QCoreApplication::translate("CaseEventService", "Write the text of the note."));
    } else if (kind == QLatin1String("hearing")) {
        if (!input.on.isValid())
            return invalid(QCoreApplication::translate("CaseEventService", "Give the date of the hearing."));
        event.court = input.court.trimmed();
        if (event.court.isEmpty())
            return invalid(QCoreApplication::translate(
                "CaseEventService", "Give the court or authority that holds the hearing."));
        event.stage = input.stage.trimmed();
        if (auto stage =
                checkCode(CaseCatalogue::HearingStage, event.stage,
                          QCoreApplication::translate("CaseEventService", "stage of the proceedings"));
            !stage)
            return stage.error();
    } else if (kind == QLatin1String("document")) {
        event.documentDirection = input.direction.trimmed();
        if (auto direction =
                checkCode(CaseCatalogue::DocumentDirection, event.documentDirection,
                          QCoreApplication::translate("CaseEventService", "direction of the document"));
            !direction)
            return direction.error();
        event.documentType = input.documentType.trimmed();
        if (auto type = checkCode(CaseCatalogue::DocumentType, event.documentType,
                                  QCoreApplication::translate("CaseEventService", "type of the document"));
            !type)
            return type.error();
        event.documentNumber = input.number.trimmed();
        event.documentParty = input.party.trimmed();
        event.documentTitle = input.title.trimmed();
        if (event.documentTitle.isEmpty())
            return invalid(QCoreApplication::translate("CaseEventService",
                                                       "Give the title or summary of the document."));
    } else if (kind == QLatin1String("evaluation")) {
        event.rating = input.rating.trimmed();
        if (auto rating = checkCode(CaseCatalogue::EvaluationRating, event.rating,
                                    QCoreApplication::translate("CaseEventService", "quality rating"));
            !rating)
            return rating.error();
    } else if (kind == QLatin1String("feedback")) {
        if (!input.satisfied)
            return invalid(QCoreApplication::translate(
                "CaseEventService", "Say whether the beneficiary was satisfied (yes or no)."));
        event.satisfied = input.satisfied;
    }
    return event;
}

} // namespace

CaseEventService::CaseEventService(Session& session)
    : m_session(session) {}

Result<qint64> CaseEventService::add(const NewCaseEvent& input) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CaseEventAdd); !allowed)
        return allowed.error();
    auto built = buildEvent(input);
    if (!built)
        return built.error();
    CaseEventRecord event = std::move(built).value();
    event.actor = m_session.user().name;
    const QSqlDatabase db = m_session.db();

    qint64 eventId = 0;
    AuditEvent audit =
        m_session.event(QStringLiteral("case.event"), QStringLiteral("case"), QString::number(input.caseId));
    const Status written = m_session.writeAudited(audit, [&]() -> Status {
        auto record = case_checks::loadCase(db, input.caseId);
        if (!record)
            return record.error();
        if (event.kind != QLatin1String("hearing") && event.occurredOn < record->receivedOn)
            return invalid(
                QCoreApplication::translate(
                    "CaseEventService",
                    "The date %1 is before the request was received (%2); give a date on or after it.")
                    .arg(event.occurredOn.toString(Qt::ISODate), record->receivedOn.toString(Qt::ISODate)));
        auto inserted = CaseEventRepository(db).insert(event);
        if (!inserted)
            return inserted.error();
        eventId = *inserted;
        audit.details = QStringLiteral("event=%1;kind=%2").arg(eventId).arg(event.kind);
        return {};
    });
    if (!written)
        return written.error();
    return eventId;
}

} // namespace legalaid

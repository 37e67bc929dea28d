#include "command.h"
#include "records/cases/case_catalogue_service.h"
#include "records/cases/case_deadline_service.h"
#include "records/cases/case_event_service.h"
#include "records/cases/case_lifecycle_service.h"
#include "records/cases/case_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace legalaid::cli {

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

QStringList names(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* name : list)
        result << QString::fromLatin1(name);
    return result;
}

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idJson(const std::optional<qint64>& id) {
    return id ? QJsonValue(*id) : QJsonValue();
}

// The case id (first positional word) and the optional effective date --on.
struct StepArguments {
    qint64 caseId = 0;
    QDate on;
};

Result<StepArguments> stepArguments(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "case"));
    if (!id)
        return id.error();
    auto on = dateOption(call.args, s("on"));
    if (!on)
        return on.error();
    return StepArguments{*id, on->value_or(QDate())};
}

// Prints the new status of a case after a step that has one in the transition table.
int reportStep(const Invocation& call, qint64 caseId, CaseAction action) {
    CaseStatus to = CaseStatus::Received;
    for (const CaseTransitionRule& rule : caseTransitionTable()) {
        if (rule.action == action && rule.to)
            to = *rule.to;
    }
    call.console.text(
        QCoreApplication::translate("Cli", "Case %1 is now %2.").arg(caseId).arg(caseStatusLabel(to)));
    call.console.result(QJsonObject{{s("id"), caseId}, {s("status"), caseStatusCode(to)}});
    return 0;
}

// Runs one lifecycle step with the parsed arguments.
int runStep(const Invocation& call, CaseAction action,
            const std::function<Status(CaseLifecycleService&, const StepArguments&)>& step) {
    auto arguments = stepArguments(call);
    if (!arguments)
        return call.console.fail(arguments.error());
    return withSession(call, [&](Session& session) {
        CaseLifecycleService lifecycle(session);
        if (auto done = step(lifecycle, *arguments); !done)
            return call.console.fail(done.error());
        return reportStep(call, arguments->caseId, action);
    });
}

int cmdCaseOpen(const Invocation& call) {
    const Arguments& args = call.args;
    auto person = integerOption(args, s("person"));
    if (!person)
        return call.console.fail(person.error());
    if (!*person)
        return call.console.usage(QCoreApplication::translate("Cli", "Give the person with --person ID."));
    auto form = requiredOption(args, s("form"));
    if (!form)
        return call.console.fail(form.error());
    auto field = requiredOption(args, s("field"));
    if (!field)
        return call.console.fail(field.error());
    auto received = dateOption(args, s("received-on"));
    if (!received)
        return call.console.fail(received.error());
    auto hearing = dateOption(args, s("hearing-date"));
    if (!hearing)
        return call.console.fail(hearing.error());
    auto limitation = dateOption(args, s("limitation-date"));
    if (!limitation)
        return call.console.fail(limitation.error());
    if (int given = (*hearing ? 1 : 0) + (*limitation ? 1 : 0) + (args.has(s("court-appointed")) ? 1 : 0);
        given > 1)
        return call.console.usage(QCoreApplication::translate(
            "Cli", "Give only one of --hearing-date, --limitation-date and --court-appointed."));

    NewCase request;
    request.personId = **person;
    request.form = *form;
    request.fieldCode = *field;
    request.groupCode = args.option(s("group"));
    request.unitCode = args.option(s("unit"));
    request.source = args.option(s("source"));
    request.receivedOn = received->value_or(QDate());
    request.summary = args.option(s("summary"));
    request.requesterName = args.option(s("requester-name"));
    request.requesterRelation = args.option(s("requester-relation"));
    request.hearingDate = hearing->value_or(QDate());
    request.limitationDate = limitation->value_or(QDate());
    request.courtAppointed = args.has(s("court-appointed"));
    return withSession(call, [&](Session& session) {
        auto opened = CaseService(session).open(request);
        if (!opened)
            return call.console.fail(opened.error());
        call.console.text(QCoreApplication::translate("Cli", "Opened case %1 with the file code %2.")
                              .arg(opened->id)
                              .arg(opened->fileCode));
        if (opened->urgent)
            call.console.text(QCoreApplication::translate("Cli", "Urgent: %1; accept it at once.")
                                  .arg(catalogueLabel(CaseCatalogue::UrgentReason, opened->urgentReason)));
        call.console.result(QJsonObject{{s("id"), opened->id},
                                        {s("file_code"), opened->fileCode},
                                        {s("register_number"), opened->registerNumber},
                                        {s("register_year"), opened->registerYear},
                                        {s("urgent"), opened->urgent},
                                        {s("urgent_reason"), opened->urgentReason}});
        return 0;
    });
}

int cmdCaseAccept(const Invocation& call) {
    return runStep(call, CaseAction::Accept, [](CaseLifecycleService& lifecycle, const StepArguments& step) {
        return lifecycle.accept(step.caseId, step.on);
    });
}

Result<qint64> requiredId(const Arguments& args, const QString& name, const QString& what) {
    auto text = requiredOption(args, name);
    if (!text)
        return text.error();
    return idArgument(*text, what);
}

int cmdCaseAssign(const Invocation& call) {
    auto provider = requiredId(call.args, s("provider"), QCoreApplication::translate("Cli", "provider"));
    if (!provider)
        return call.console.fail(provider.error());
    return runStep(call, CaseAction::Assign, [&](CaseLifecycleService& lifecycle, const StepArguments& step) {
        return lifecycle.assign(step.caseId, *provider, step.on);
    });
}

int cmdCaseStart(const Invocation& call) {
    return runStep(call, CaseAction::Start, [](CaseLifecycleService& lifecycle, const StepArguments& step) {
        return lifecycle.start(step.caseId, step.on);
    });
}

int cmdCaseChangeProvider(const Invocation& call) {
    auto provider = requiredId(call.args, s("provider"), QCoreApplication::translate("Cli", "provider"));
    if (!provider)
        return call.console.fail(provider.error());
    auto arguments = stepArguments(call);
    if (!arguments)
        return call.console.fail(arguments.error());
    auto requested = dateOption(call.args, s("requested-on"));
    if (!requested)
        return call.console.fail(requested.error());
    return withSession(call, [&](Session& session) {
        auto changed = CaseLifecycleService(session).changeProvider(
            arguments->caseId, *provider, call.args.option(s("reason")), requested->value_or(QDate()),
            arguments->on);
        if (!changed)
            return call.console.fail(changed.error());
        call.console.text(QCoreApplication::translate("Cli", "Case %1 now has the provider %2.")
                              .arg(arguments->caseId)
                              .arg(*provider));
        if (changed->late)
            call.console.text(
                QCoreApplication::translate("Cli", "The change was decided late: it was due by %1.")
                    .arg(changed->dueOn.toString(Qt::ISODate)));
        call.console.result(QJsonObject{{s("id"), arguments->caseId},
                                        {s("provider"), *provider},
                                        {s("late"), changed->late},
                                        {s("due_on"), dateJson(changed->dueOn)}});
        return 0;
    });
}

int cmdCaseRefuse(const Invocation& call) {
    return runStep(call, CaseAction::Refuse, [&](CaseLifecycleService& lifecycle, const StepArguments& step) {
        return lifecycle.refuse(step.caseId, call.args.option(s("ground")), call.args.option(s("reason")),
                                step.on);
    });
}

int cmdCaseWithdraw(const Invocation& call) {
    return runStep(call, CaseAction::Withdraw,
                   [&](CaseLifecycleService& lifecycle, const StepArguments& step) {
                       return lifecycle.withdraw(step.caseId, call.args.option(s("reason")), step.on);
                   });
}

int cmdCaseDiscontinue(const Invocation& call) {
    return runStep(call, CaseAction::Discontinue,
                   [&](CaseLifecycleService& lifecycle, const StepArguments& step) {
                       return lifecycle.discontinue(step.caseId, call.args.option(s("ground")),
                                                    call.args.option(s("reason")), step.on);
                   });
}

int cmdCaseTransfer(const Invocation& call) {
    auto organisation = requiredId(call.args, s("to"), QCoreApplication::translate("Cli", "organisation"));
    if (!organisation)
        return call.console.fail(organisation.error());
    return runStep(
        call, CaseAction::Transfer, [&](CaseLifecycleService& lifecycle, const StepArguments& step) {
            return lifecycle.transfer(step.caseId, *organisation, call.args.option(s("reason")), step.on);
        });
}

int cmdCaseClose(const Invocation& call) {
    return runStep(call, CaseAction::Close, [&](CaseLifecycleService& lifecycle, const StepArguments& step) {
        return lifecycle.close(step.caseId, call.args.option(s("outcome")), step.on);
    });
}

int cmdCaseEvent(const Invocation& call) {
    const Arguments& args = call.args;
    auto id = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "case"));
    if (!id)
        return call.console.fail(id.error());
    auto kind = requiredOption(args, s("kind"));
    if (!kind)
        return call.console.fail(kind.error());
    auto on = dateOption(args, s("on"));
    if (!on)
        return call.console.fail(on.error());
    NewCaseEvent event;
    event.caseId = *id;
    event.kind = *kind;
    event.on = on->value_or(QDate());
    event.text = args.option(s("text"));
    event.court = args.option(s("court"));
    event.stage = args.option(s("stage"));
    event.direction = args.option(s("direction"));
    event.documentType = args.option(s("type"));
    event.number = args.option(s("number"));
    event.party = args.option(s("party"));
    event.title = args.option(s("title"));
    event.rating = args.option(s("rating"));
    if (args.options.contains(s("satisfied"))) {
        const QString answer = args.option(s("satisfied")).trimmed().toLower();
        if (answer == QLatin1String("yes"))
            event.satisfied = true;
        else if (answer == QLatin1String("no"))
            event.satisfied = false;
        else
            return call.console.usage(
                QCoreApplication::translate("Cli", "Give --satisfied yes or --satisfied no."));
    }
    return withSession(call, [&](Session& session) {
        auto added = CaseEventService(session).add(event);
        if (!added)
            return call.console.fail(added.error());
        call.console.text(QCoreApplication::translate("Cli", "Added event %1 (%2) to case %3.")
                              .arg(*added)
                              .arg(catalogueLabel(CaseCatalogue::EventKind, event.kind))
                              .arg(*id));
        call.console.result(QJsonObject{{s("id"), *added}, {s("case_id"), *id}, {s("kind"), event.kind}});
        return 0;
    });
}

QJsonObject eventJson(const CaseEventRecord& event, bool textHidden) {
    QJsonObject json{{s("id"), event.id},
                     {s("kind"), event.kind},
                     {s("on"), dateJson(event.occurredOn)},
                     {s("actor"), event.actor},
                     {s("text_hidden"), textHidden}};
    if (!textHidden)
        json.insert(s("text"), event.body);
    if (event.kind == QLatin1String("hearing")) {
        json.insert(s("court"), event.court);
        json.insert(s("stage"), event.stage);
    } else if (event.kind == QLatin1String("document")) {
        json.insert(s("direction"), event.documentDirection);
        json.insert(s("type"), event.documentType);
        json.insert(s("number"), event.documentNumber);
        json.insert(s("party"), event.documentParty);
        if (!textHidden)
            json.insert(s("title"), event.documentTitle);
    } else if (event.kind == QLatin1String("provider_change")) {
        json.insert(s("provider"), idJson(event.providerId));
        json.insert(s("previous_provider"), idJson(event.previousProviderId));
    } else if (event.kind == QLatin1String("evaluation")) {
        json.insert(s("rating"), event.rating);
    } else if (event.kind == QLatin1String("feedback")) {
        json.insert(s("satisfied"), event.satisfied ? QJsonValue(*event.satisfied) : QJsonValue());
    }
    return json;
}

// The label of an editable catalogue entry in the language the CLI speaks; the code when it is unknown.
template <typename Entry> QString entryLabel(const Result<std::vector<Entry>>& entries, const QString& code) {
    if (entries) {
        const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
        for (const Entry& entry : *entries) {
            if (entry.code == code)
                return vietnamese ? entry.labelVi : entry.labelEn;
        }
    }
    return code;
}

int cmdCaseShow(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "case"));
    if (!id)
        return call.console.fail(id.error());
    return withSession(call, [&](Session& session) {
        auto details = CaseService(session).get(*id);
        if (!details)
            return call.console.fail(details.error());
        const CaseRecord& r = details->record;
        const bool hidden = details->textHidden;
        const QString hiddenMark = QCoreApplication::translate("Cli", "(hidden)");
        const Console& out = call.console;
        out.text(QCoreApplication::translate("Cli", "Case %1 — %2").arg(r.id).arg(r.fileCode));
        out.text(QCoreApplication::translate("Cli", "Status: %1").arg(caseStatusLabel(r.status)));
        const CaseCatalogueService catalogue(session);
        out.text(QCoreApplication::translate("Cli", "Form: %1; field: %2; group: %3")
                     .arg(caseFormLabel(r.form), entryLabel(catalogue.fields(true), r.fieldCode),
                          entryLabel(catalogue.groups(true), r.groupCode)));
        out.text(QCoreApplication::translate("Cli", "Beneficiary: %1 (person %2)")
                     .arg(details->personName)
                     .arg(r.personId));
        if (!r.requesterName.isEmpty())
            out.text(QCoreApplication::translate("Cli", "Requested by: %1 (%2)")
                         .arg(r.requesterName, r.requesterRelation));
        out.text(QCoreApplication::translate("Cli", "Received: %1 (%2), unit %3, register no. %4/%5")
                     .arg(r.receivedOn.toString(Qt::ISODate), catalogueLabel(CaseCatalogue::Source, r.source),
                          r.unitCode)
                     .arg(r.registerNumber)
                     .arg(r.registerYear));
        if (r.urgent)
            out.text(QCoreApplication::translate("Cli", "Urgent: %1")
                         .arg(catalogueLabel(CaseCatalogue::UrgentReason, r.urgentReason)));
        if (!r.summary.isEmpty())
            out.text(QCoreApplication::translate("Cli", "Request: %1").arg(r.summary));
        if (r.providerId)
            out.text(QCoreApplication::translate("Cli", "Provider: %1 (%2)")
                         .arg(details->providerName)
                         .arg(*r.providerId));
        if (r.status == CaseStatus::Closed)
            out.text(QCoreApplication::translate("Cli", "Outcome: %1").arg(hidden ? hiddenMark : r.outcome));
        for (const CaseTransitionRecord& t : details->transitions)
            out.text(QStringLiteral("  %1\t%2\t%3 -> %4\t%5\t%6")
                         .arg(t.effectiveOn.toString(Qt::ISODate), t.action, t.fromStatus, t.toStatus,
                              t.actor, hidden && !t.reason.isEmpty() ? hiddenMark : t.reason));
        for (const CaseEventRecord& e : details->events)
            out.text(QStringLiteral("  %1\t%2\t%3")
                         .arg(e.occurredOn.toString(Qt::ISODate),
                              catalogueLabel(CaseCatalogue::EventKind, e.kind),
                              hidden ? hiddenMark : e.body));

        QJsonArray transitions;
        for (const CaseTransitionRecord& t : details->transitions) {
            QJsonObject json{{s("action"), t.action},
                             {s("from"), t.fromStatus},
                             {s("to"), t.toStatus},
                             {s("on"), dateJson(t.effectiveOn)},
                             {s("ground"), t.ground},
                             {s("provider"), idJson(t.providerId)},
                             {s("organisation"), idJson(t.organisationId)},
                             {s("requested_on"), dateJson(t.requestedOn)},
                             {s("late"), t.late},
                             {s("actor"), t.actor},
                             {s("at"), t.at}};
            if (!hidden)
                json.insert(s("reason"), t.reason);
            transitions.append(json);
        }
        QJsonArray events;
        for (const CaseEventRecord& e : details->events)
            events.append(eventJson(e, hidden));
        QJsonObject json{{s("id"), r.id},
                         {s("file_code"), r.fileCode},
                         {s("unit"), r.unitCode},
                         {s("form"), caseFormCode(r.form)},
                         {s("field"), r.fieldCode},
                         {s("group"), r.groupCode},
                         {s("person_id"), r.personId},
                         {s("person_name"), details->personName},
                         {s("requester_name"), r.requesterName},
                         {s("requester_relation"), r.requesterRelation},
                         {s("source"), r.source},
                         {s("received_on"), dateJson(r.receivedOn)},
                         {s("summary"), r.summary},
                         {s("urgent"), r.urgent},
                         {s("urgent_reason"), r.urgentReason},
                         {s("hearing_date"), dateJson(r.hearingDate)},
                         {s("limitation_date"), dateJson(r.limitationDate)},
                         {s("status"), caseStatusCode(r.status)},
                         {s("register_number"), r.registerNumber},
                         {s("register_year"), r.registerYear},
                         {s("provider_id"), idJson(r.providerId)},
                         {s("provider_name"), details->providerName},
                         {s("accepted_on"), dateJson(r.acceptedOn)},
                         {s("assigned_on"), dateJson(r.assignedOn)},
                         {s("started_on"), dateJson(r.startedOn)},
                         {s("ended_on"), dateJson(r.endedOn)},
                         {s("exit_ground"), r.exitGround},
                         {s("transferred_to"), idJson(r.transferredTo)},
                         {s("text_hidden"), hidden},
                         {s("transitions"), transitions},
                         {s("events"), events}};
        if (!hidden) {
            json.insert(s("outcome"), r.outcome);
            json.insert(s("exit_reason"), r.exitReason);
        }
        out.result(json);
        return 0;
    });
}

int cmdCaseList(const Invocation& call) {
    const Arguments& args = call.args;
    CaseFilter filter;
    if (args.options.contains(s("status"))) {
        filter.status = caseStatusFromCode(args.option(s("status")));
        if (!filter.status)
            return call.console.usage(
                QCoreApplication::translate("Cli",
                                            "\"%1\" is not a case status; use received, accepted, assigned, "
                                            "in_progress, closed, refused, withdrawn, discontinued or "
                                            "transferred.")
                    .arg(args.option(s("status"))));
    }
    if (args.options.contains(s("form"))) {
        filter.form = caseFormFromCode(args.option(s("form")));
        if (!filter.form)
            return call.console.usage(
                QCoreApplication::translate("Cli", "\"%1\" is not a form of legal aid; use consultation, "
                                                   "litigation or out_of_court.")
                    .arg(args.option(s("form"))));
    }
    filter.unitCode = args.option(s("unit"));
    for (const auto& [option, target] :
         {std::pair{s("provider"), &filter.providerId}, std::pair{s("person"), &filter.personId}}) {
        auto value = integerOption(args, option);
        if (!value)
            return call.console.fail(value.error());
        *target = *value;
    }
    auto limit = integerOption(args, s("limit"));
    if (!limit)
        return call.console.fail(limit.error());
    filter.limit = static_cast<int>(limit->value_or(100));
    return withSession(call, [&](Session& session) {
        auto rows = CaseService(session).list(filter);
        if (!rows)
            return call.console.fail(rows.error());
        QJsonArray array;
        for (const CaseListRow& row : *rows) {
            call.console.text(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                                  .arg(row.id)
                                  .arg(row.fileCode, row.receivedOn.toString(Qt::ISODate),
                                       caseStatusCode(row.status), row.personName,
                                       row.urgent ? QStringLiteral("!") : QString()));
            array.append(QJsonObject{{s("id"), row.id},
                                     {s("file_code"), row.fileCode},
                                     {s("unit"), row.unitCode},
                                     {s("form"), caseFormCode(row.form)},
                                     {s("field"), row.fieldCode},
                                     {s("status"), caseStatusCode(row.status)},
                                     {s("person_id"), row.personId},
                                     {s("person_name"), row.personName},
                                     {s("received_on"), dateJson(row.receivedOn)},
                                     {s("urgent"), row.urgent},
                                     {s("provider_id"), idJson(row.providerId)}});
        }
        call.console.result(array);
        return 0;
    });
}

int cmdDeadlines(const Invocation& call) {
    auto asOf = dateOption(call.args, s("as-of"));
    if (!asOf)
        return call.console.fail(asOf.error());
    return withSession(call, [&](Session& session) {
        auto deadlines =
            CaseDeadlineService(session).list(call.args.has(s("overdue")), asOf->value_or(QDate()));
        if (!deadlines)
            return call.console.fail(deadlines.error());
        QJsonArray array;
        for (const CaseDeadline& d : *deadlines) {
            call.console.text(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                  .arg(d.dueOn.toString(Qt::ISODate), d.fileCode, d.kind,
                                       d.overdue
                                           ? QCoreApplication::translate("Cli", "overdue by %1 working days")
                                                 .arg(d.workingDaysOverdue)
                                           : QCoreApplication::translate("Cli", "open"),
                                       d.doneOn.isValid() ? QCoreApplication::translate("Cli", "decided %1")
                                                                .arg(d.doneOn.toString(Qt::ISODate))
                                                          : QString()));
            array.append(QJsonObject{{s("kind"), d.kind},
                                     {s("case_id"), d.caseId},
                                     {s("file_code"), d.fileCode},
                                     {s("since"), dateJson(d.since)},
                                     {s("due_on"), dateJson(d.dueOn)},
                                     {s("done_on"), dateJson(d.doneOn)},
                                     {s("overdue"), d.overdue},
                                     {s("working_days_overdue"), d.workingDaysOverdue}});
        }
        call.console.result(array);
        return 0;
    });
}

int cmdCatalogueList(const Invocation& call) {
    const QString which = call.positional().at(0);
    if (which != QLatin1String("groups") && which != QLatin1String("fields"))
        return call.console.usage(QCoreApplication::translate("Cli", "List either groups or fields."));
    const bool all = call.args.has(s("all"));
    return withSession(call, [&](Session& session) {
        CaseCatalogueService catalogue(session);
        QJsonArray array;
        if (which == QLatin1String("groups")) {
            auto groups = catalogue.groups(all);
            if (!groups)
                return call.console.fail(groups.error());
            for (const BeneficiaryGroup& g : *groups) {
                call.console.text(
                    QStringLiteral("%1\t%2%3%4")
                        .arg(g.code, g.labelVi,
                             g.historical ? QCoreApplication::translate("Cli", " (historical)") : QString(),
                             g.active ? QString() : QCoreApplication::translate("Cli", " (inactive)")));
                array.append(QJsonObject{{s("code"), g.code},
                                         {s("label_vi"), g.labelVi},
                                         {s("label_en"), g.labelEn},
                                         {s("legal_basis"), g.legalBasis},
                                         {s("historical"), g.historical},
                                         {s("valid_until"), dateJson(g.validUntil)},
                                         {s("active"), g.active}});
            }
        } else {
            auto fields = catalogue.fields(all);
            if (!fields)
                return call.console.fail(fields.error());
            for (const FieldOfLaw& f : *fields) {
                call.console.text(
                    QStringLiteral("%1\t%2%3")
                        .arg(f.code, f.labelVi,
                             f.active ? QString() : QCoreApplication::translate("Cli", " (inactive)")));
                array.append(QJsonObject{{s("code"), f.code},
                                         {s("label_vi"), f.labelVi},
                                         {s("label_en"), f.labelEn},
                                         {s("active"), f.active}});
            }
        }
        call.console.result(array);
        return 0;
    });
}

int cmdCatalogueAdd(const Invocation& call, bool group) {
    const QString code = call.positional().at(0);
    return withSession(call, [&](Session& session) {
        CaseCatalogueService catalogue(session);
        Status added;
        if (group) {
            BeneficiaryGroup entry;
            entry.code = code;
            entry.labelVi = call.args.option(s("label-vi"));
            entry.labelEn = call.args.option(s("label-en"));
            entry.legalBasis = call.args.option(s("legal-basis"));
            added = catalogue.addGroup(entry);
        } else {
            FieldOfLaw entry;
            entry.code = code;
            entry.labelVi = call.args.option(s("label-vi"));
            entry.labelEn = call.args.option(s("label-en"));
            added = catalogue.addField(entry);
        }
        if (!added)
            return call.console.fail(added.error());
        call.console.text(
            QCoreApplication::translate("Cli", "Added %1 to the catalogue.").arg(code.trimmed()));
        call.console.result(QJsonObject{{s("code"), code.trimmed()}, {s("added"), true}});
        return 0;
    });
}

int cmdCatalogueDeactivate(const Invocation& call, bool group) {
    const QString code = call.positional().at(0);
    return withSession(call, [&](Session& session) {
        CaseCatalogueService catalogue(session);
        const Status done =
            group ? catalogue.setGroupActive(code, false) : catalogue.setFieldActive(code, false);
        if (!done)
            return call.console.fail(done.error());
        call.console.text(
            QCoreApplication::translate("Cli", "%1 is no longer offered for new cases.").arg(code));
        call.console.result(QJsonObject{{s("code"), code}, {s("active"), false}});
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> caseCommands() {
    const QString json = s(" [--json]");
    return {
        {{s("case"), s("open")},
         0,
         0,
         names({"person", "form", "field", "group", "unit", "source", "received-on", "summary",
                "requester-name", "requester-relation", "hearing-date", "limitation-date"}),
         names({"court-appointed"}),
         s("case open --person ID --form consultation|litigation|out_of_court --field CODE [--group CODE] "
           "[--unit CODE] [--source CODE] [--received-on DATE] [--summary TEXT] [--requester-name TEXT "
           "--requester-relation TEXT] [--hearing-date DATE | --limitation-date DATE | --court-appointed]") +
             json,
         cmdCaseOpen},
        {{s("case"), s("accept")},
         1,
         1,
         names({"on"}),
         {},
         s("case accept ID [--on DATE]") + json,
         cmdCaseAccept},
        {{s("case"), s("assign")},
         1,
         1,
         names({"provider", "on"}),
         {},
         s("case assign ID --provider ID [--on DATE]") + json,
         cmdCaseAssign},
        {{s("case"), s("start")},
         1,
         1,
         names({"on"}),
         {},
         s("case start ID [--on DATE]") + json,
         cmdCaseStart},
        {{s("case"), s("change-provider")},
         1,
         1,
         names({"provider", "reason", "requested-on", "on"}),
         {},
         s("case change-provider ID --provider ID --reason TEXT [--requested-on DATE] [--on DATE]") + json,
         cmdCaseChangeProvider},
        {{s("case"), s("refuse")},
         1,
         1,
         names({"ground", "reason", "on"}),
         {},
         s("case refuse ID --ground not_eligible|unlawful_content|person_died|handled_elsewhere --reason "
           "TEXT "
           "[--on DATE]") +
             json,
         cmdCaseRefuse},
        {{s("case"), s("withdraw")},
         1,
         1,
         names({"reason", "on"}),
         {},
         s("case withdraw ID --reason TEXT [--on DATE]") + json,
         cmdCaseWithdraw},
        {{s("case"), s("discontinue")},
         1,
         1,
         names({"ground", "reason", "on"}),
         {},
         s("case discontinue ID --ground grounds_arising|prohibited_conduct|withdrawal --reason TEXT [--on "
           "DATE]") +
             json,
         cmdCaseDiscontinue},
        {{s("case"), s("transfer")},
         1,
         1,
         names({"to", "reason", "on"}),
         {},
         s("case transfer ID --to ORG_ID --reason TEXT [--on DATE]") + json,
         cmdCaseTransfer},
        {{s("case"), s("close")},
         1,
         1,
         names({"outcome", "on"}),
         {},
         s("case close ID --outcome TEXT [--on DATE]") + json,
         cmdCaseClose},
        {{s("case"), s("event")},
         1,
         1,
         names({"kind", "on", "text", "court", "stage", "direction", "type", "number", "party", "title",
                "rating", "satisfied"}),
         {},
         s("case event ID --kind note|hearing|document|evaluation|feedback [--on DATE] [--text TEXT] "
           "[--court TEXT --stage CODE] [--direction received|issued --type CODE --number TEXT --party TEXT "
           "--title TEXT] [--rating good|satisfactory|unsatisfactory] [--satisfied yes|no]") +
             json,
         cmdCaseEvent},
        {{s("case"), s("show")}, 1, 1, {}, {}, s("case show ID") + json, cmdCaseShow},
        {{s("case"), s("list")},
         0,
         0,
         names({"status", "form", "unit", "provider", "person", "limit"}),
         {},
         s("case list [--status S] [--form F] [--unit CODE] [--provider ID] [--person ID] [--limit N]") +
             json,
         cmdCaseList},
        {{s("deadlines")},
         0,
         0,
         names({"as-of"}),
         names({"overdue"}),
         s("deadlines [--overdue] [--as-of DATE]") + json,
         cmdDeadlines},
        {{s("catalogue"), s("list")},
         1,
         1,
         {},
         names({"all"}),
         s("catalogue list groups|fields [--all]") + json,
         cmdCatalogueList},
        {{s("catalogue"), s("add-field")},
         1,
         1,
         names({"label-vi", "label-en"}),
         {},
         s("catalogue add-field CODE --label-vi TEXT --label-en TEXT") + json,
         [](const Invocation& call) { return cmdCatalogueAdd(call, false); }},
        {{s("catalogue"), s("add-group")},
         1,
         1,
         names({"label-vi", "label-en", "legal-basis"}),
         {},
         s("catalogue add-group CODE --label-vi TEXT --label-en TEXT [--legal-basis TEXT]") + json,
         [](const Invocation& call) { return cmdCatalogueAdd(call, true); }},
        {{s("catalogue"), s("deactivate-field")},
         1,
         1,
         {},
         {},
         s("catalogue deactivate-field CODE") + json,
         [](const Invocation& call) { return cmdCatalogueDeactivate(call, false); }},
        {{s("catalogue"), s("deactivate-group")},
         1,
         1,
         {},
         {},
         s("catalogue deactivate-group CODE") + json,
         [](const Invocation& call) { return cmdCatalogueDeactivate(call, true); }},
    };
}

} // namespace legalaid::cli

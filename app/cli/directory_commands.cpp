// The directory (org, provider, directory list), referrals and activities commands.
#include "command.h"
#include "domain/activity_catalogue.h"
#include "domain/directory_catalogue.h"
#include "domain/referral_catalogue.h"
#include "records/activities/activity_service.h"
#include "records/directory/directory_service.h"
#include "records/referrals/referral_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

const QString kJsonHelp = QStringLiteral(" [--json]");

// An option's value when it was given (an empty value clears an optional field on update).
std::optional<QString> textOption(const Arguments& args, const QString& name) {
    if (!args.options.contains(name))
        return std::nullopt;
    return args.option(name);
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Reads an optional id option: absent → 0; present → a positive id.
Result<qint64> optionalIdOption(const Arguments& args, const QString& name, const QString& what) {
    if (!args.options.contains(name))
        return qint64{0};
    return idArgument(args.option(name), what);
}

Result<std::optional<int>> countOption(const Arguments& args, const QString& name) {
    auto value = integerOption(args, name);
    if (!value)
        return value.error();
    if (!*value)
        return std::optional<int>();
    if (**value < 0 || **value > 10'000'000)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "--%1 must be a number of people from 0 upwards.").arg(name));
    return std::optional<int>(static_cast<int>(**value));
}

QJsonValue idOrNull(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonObject organisationJson(const Organisation& organisation) {
    return {{QStringLiteral("id"), organisation.id},
            {QStringLiteral("kind"), organisation.kind},
            {QStringLiteral("kind_label"), organisationKindLabel(organisation.kind)},
            {QStringLiteral("name"), organisation.name},
            {QStringLiteral("code"), organisation.code},
            {QStringLiteral("short_name"), organisation.shortName},
            {QStringLiteral("address"), organisation.address},
            {QStringLiteral("phone"), organisation.phone},
            {QStringLiteral("province"), organisation.provinceCode},
            {QStringLiteral("parent_id"), idOrNull(organisation.parentId)},
            {QStringLiteral("active"), organisation.active}};
}

QJsonObject providerJson(const Provider& provider) {
    return {{QStringLiteral("id"), provider.id},
            {QStringLiteral("kind"), provider.kind},
            {QStringLiteral("kind_label"), providerKindLabel(provider.kind)},
            {QStringLiteral("full_name"), provider.fullName},
            {QStringLiteral("card_number"), provider.cardNumber},
            {QStringLiteral("organisation_id"), idOrNull(provider.organisationId)},
            {QStringLiteral("phone"), provider.phone},
            {QStringLiteral("active"), provider.active}};
}

QJsonObject referralJson(const Referral& referral) {
    const bool overdue = referral.status == QLatin1String("sent") && referral.dueOn < QDate::currentDate();
    return {{QStringLiteral("id"), referral.id},
            {QStringLiteral("person_id"), referral.personId},
            {QStringLiteral("direction"), referral.direction},
            {QStringLiteral("organisation_id"), referral.organisationId},
            {QStringLiteral("source_kind"), referral.sourceKind},
            {QStringLiteral("service"), referral.service},
            {QStringLiteral("status"), referral.status},
            {QStringLiteral("sent_on"), isoDate(referral.sentOn)},
            {QStringLiteral("due_on"), isoDate(referral.dueOn)},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("regime_group"), referral.regimeGroup},
            {QStringLiteral("out_of_regime"), referral.outOfRegime},
            {QStringLiteral("person_abroad"), referral.personAbroad}};
}

QJsonObject activityJson(const Activity& activity) {
    return {{QStringLiteral("id"), activity.id},
            {QStringLiteral("kind"), activity.kind},
            {QStringLiteral("kind_label"), activityKindLabel(activity.kind)},
            {QStringLiteral("date"), isoDate(activity.heldOn)},
            {QStringLiteral("title"), activity.title},
            {QStringLiteral("audience"), activity.audience},
            {QStringLiteral("participants"), activity.participants},
            {QStringLiteral("female"), activity.femaleParticipants},
            {QStringLiteral("place"), activity.place},
            {QStringLiteral("organiser_unit_id"), idOrNull(activity.organiserUnitId)},
            {QStringLiteral("partner_organisation_id"), idOrNull(activity.partnerOrganisationId)},
            {QStringLiteral("notes"), activity.notes}};
}

QJsonArray stringsJson(const QStringList& strings) {
    QJsonArray array;
    for (const QString& text : strings)
        array.append(text);
    return array;
}

// --- org ---

int cmdOrgAdd(const Invocation& call) {
    const Arguments& args = call.args;
    auto kind = requiredOption(args, QStringLiteral("kind"));
    if (!kind)
        return call.console.fail(kind.error());
    auto name = requiredOption(args, QStringLiteral("name"));
    if (!name)
        return call.console.fail(name.error());
    auto parent = optionalIdOption(args, QStringLiteral("parent"), QStringLiteral("organisation"));
    if (!parent)
        return call.console.fail(parent.error());
    Organisation organisation;
    organisation.kind = *kind;
    organisation.name = *name;
    organisation.code = args.option(QStringLiteral("code"));
    organisation.shortName = args.option(QStringLiteral("short-name"));
    organisation.address = args.option(QStringLiteral("address"));
    organisation.phone = args.option(QStringLiteral("phone"));
    organisation.provinceCode = args.option(QStringLiteral("province"));
    organisation.parentId = *parent;
    return withSession(call, [&](Session& session) {
        auto id = DirectoryService(session).addOrganisation(organisation);
        if (!id)
            return call.console.fail(id.error());
        call.console.text(QString::number(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}});
        return 0;
    });
}

int cmdOrgList(const Invocation& call) {
    OrganisationFilter filter;
    filter.kind = call.args.option(QStringLiteral("kind"));
    filter.includeInactive = call.args.has(QStringLiteral("all"));
    return withSession(call, [&](Session& session) {
        auto organisations = DirectoryService(session).listOrganisations(filter);
        if (!organisations)
            return call.console.fail(organisations.error());
        QJsonArray array;
        for (const Organisation& organisation : *organisations) {
            call.console.text(
                QStringLiteral("%1\t%2\t%3\t%4%5")
                    .arg(organisation.id)
                    .arg(organisation.kind, organisation.code, organisation.name,
                         organisation.active
                             ? QString()
                             : QStringLiteral("\t") + QCoreApplication::translate("Cli", "inactive")));
            array.append(organisationJson(organisation));
        }
        call.console.result(array);
        return 0;
    });
}

int cmdOrgShow(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QStringLiteral("organisation"));
    if (!id)
        return call.console.fail(id.error());
    return withSession(call, [&](Session& session) {
        DirectoryService directory(session);
        auto organisation = directory.organisation(*id);
        if (!organisation)
            return call.console.fail(organisation.error());
        ProviderFilter filter;
        filter.organisationId = *id;
        auto providers = directory.listProviders(filter);
        if (!providers)
            return call.console.fail(providers.error());
        QJsonObject json = organisationJson(*organisation);
        QJsonArray providerArray;
        call.console.text(
            QStringLiteral("%1\t%2\t%3\t%4")
                .arg(organisation->id)
                .arg(organisationKindLabel(organisation->kind), organisation->code, organisation->name));
        for (const Provider& provider : *providers) {
            call.console.text(QStringLiteral("  %1\t%2\t%3\t%4")
                                  .arg(provider.id)
                                  .arg(provider.kind, provider.fullName, provider.cardNumber));
            providerArray.append(providerJson(provider));
        }
        json.insert(QStringLiteral("providers"), providerArray);
        call.console.result(json);
        return 0;
    });
}

int cmdOrgUpdate(const Invocation& call) {
    const Arguments& args = call.args;
    auto id = idArgument(call.positional().at(0), QStringLiteral("organisation"));
    if (!id)
        return call.console.fail(id.error());
    OrganisationChanges changes;
    changes.kind = textOption(args, QStringLiteral("kind"));
    changes.name = textOption(args, QStringLiteral("name"));
    changes.code = textOption(args, QStringLiteral("code"));
    changes.shortName = textOption(args, QStringLiteral("short-name"));
    changes.address = textOption(args, QStringLiteral("address"));
    changes.phone = textOption(args, QStringLiteral("phone"));
    changes.provinceCode = textOption(args, QStringLiteral("province"));
    if (args.options.contains(QStringLiteral("parent"))) {
        // "--parent 0" clears the parent.
        if (args.option(QStringLiteral("parent")) == QLatin1String("0")) {
            changes.parentId = 0;
        } else {
            auto parent = idArgument(args.option(QStringLiteral("parent")), QStringLiteral("organisation"));
            if (!parent)
                return call.console.fail(parent.error());
            changes.parentId = *parent;
        }
    }
    return withSession(call, [&](Session& session) {
        if (auto updated = DirectoryService(session).updateOrganisation(*id, changes); !updated)
            return call.console.fail(updated.error());
        call.console.text(QCoreApplication::translate("Cli", "Organisation %1 was updated.").arg(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("updated"), true}});
        return 0;
    });
}

int cmdOrgDeactivate(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QStringLiteral("organisation"));
    if (!id)
        return call.console.fail(id.error());
    return withSession(call, [&](Session& session) {
        if (auto done = DirectoryService(session).deactivateOrganisation(*id); !done)
            return call.console.fail(done.error());
        call.console.text(QCoreApplication::translate("Cli", "Organisation %1 was deactivated.").arg(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("active"), false}});
        return 0;
    });
}

// --- provider ---

int cmdProviderAdd(const Invocation& call) {
    const Arguments& args = call.args;
    auto kind = requiredOption(args, QStringLiteral("kind"));
    if (!kind)
        return call.console.fail(kind.error());
    auto fullName = requiredOption(args, QStringLiteral("full-name"));
    if (!fullName)
        return call.console.fail(fullName.error());
    auto organisationText = requiredOption(args, QStringLiteral("organisation"));
    if (!organisationText)
        return call.console.fail(organisationText.error());
    auto organisation = idArgument(*organisationText, QStringLiteral("organisation"));
    if (!organisation)
        return call.console.fail(organisation.error());
    Provider provider;
    provider.kind = *kind;
    provider.fullName = *fullName;
    provider.organisationId = *organisation;
    provider.cardNumber = args.option(QStringLiteral("card-number"));
    provider.phone = args.option(QStringLiteral("phone"));
    return withSession(call, [&](Session& session) {
        auto id = DirectoryService(session).addProvider(provider);
        if (!id)
            return call.console.fail(id.error());
        call.console.text(QString::number(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}});
        return 0;
    });
}

int cmdProviderList(const Invocation& call) {
    auto organisation =
        optionalIdOption(call.args, QStringLiteral("organisation"), QStringLiteral("organisation"));
    if (!organisation)
        return call.console.fail(organisation.error());
    ProviderFilter filter;
    filter.organisationId = *organisation;
    filter.includeInactive = call.args.has(QStringLiteral("all"));
    return withSession(call, [&](Session& session) {
        auto providers = DirectoryService(session).listProviders(filter);
        if (!providers)
            return call.console.fail(providers.error());
        QJsonArray array;
        for (const Provider& provider : *providers) {
            call.console.text(QStringLiteral("%1\t%2\t%3\t%4\t%5%6")
                                  .arg(provider.id)
                                  .arg(provider.kind, provider.fullName, provider.cardNumber)
                                  .arg(provider.organisationId)
                                  .arg(provider.active ? QString()
                                                       : QStringLiteral("\t") +
                                                             QCoreApplication::translate("Cli", "inactive")));
            array.append(providerJson(provider));
        }
        call.console.result(array);
        return 0;
    });
}

int cmdProviderUpdate(const Invocation& call) {
    const Arguments& args = call.args;
    auto id = idArgument(call.positional().at(0), QStringLiteral("provider"));
    if (!id)
        return call.console.fail(id.error());
    ProviderChanges changes;
    changes.kind = textOption(args, QStringLiteral("kind"));
    changes.fullName = textOption(args, QStringLiteral("full-name"));
    changes.cardNumber = textOption(args, QStringLiteral("card-number"));
    changes.phone = textOption(args, QStringLiteral("phone"));
    if (args.options.contains(QStringLiteral("organisation"))) {
        auto organisation =
            idArgument(args.option(QStringLiteral("organisation")), QStringLiteral("organisation"));
        if (!organisation)
            return call.console.fail(organisation.error());
        changes.organisationId = *organisation;
    }
    return withSession(call, [&](Session& session) {
        if (auto updated = DirectoryService(session).updateProvider(*id, changes); !updated)
            return call.console.fail(updated.error());
        call.console.text(QCoreApplication::translate("Cli", "Provider %1 was updated.").arg(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("updated"), true}});
        return 0;
    });
}

int cmdProviderDeactivate(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QStringLiteral("provider"));
    if (!id)
        return call.console.fail(id.error());
    return withSession(call, [&](Session& session) {
        if (auto done = DirectoryService(session).deactivateProvider(*id); !done)
            return call.console.fail(done.error());
        call.console.text(QCoreApplication::translate("Cli", "Provider %1 was deactivated.").arg(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("active"), false}});
        return 0;
    });
}

int cmdDirectoryList(const Invocation& call) {
    return withSession(call, [&](Session& session) {
        auto entries = DirectoryService(session).directoryListing();
        if (!entries)
            return call.console.fail(entries.error());
        QJsonArray array;
        for (const DirectoryEntry& entry : *entries) {
            call.console.text(QStringLiteral("%1\t%2\t%3\t%4")
                                  .arg(entry.organisation.id)
                                  .arg(organisationKindLabel(entry.organisation.kind),
                                       entry.organisation.code, entry.organisation.name));
            QJsonArray providers;
            for (const Provider& provider : entry.providers) {
                call.console.text(
                    QStringLiteral("  %1\t%2\t%3\t%4")
                        .arg(provider.id)
                        .arg(providerKindLabel(provider.kind), provider.fullName, provider.cardNumber));
                providers.append(providerJson(provider));
            }
            QJsonObject json = organisationJson(entry.organisation);
            json.insert(QStringLiteral("providers"), providers);
            array.append(json);
        }
        call.console.result(array);
        return 0;
    });
}

// --- referral ---

int cmdReferralAdd(const Invocation& call) {
    const Arguments& args = call.args;
    auto personText = requiredOption(args, QStringLiteral("person"));
    if (!personText)
        return call.console.fail(personText.error());
    auto person = idArgument(*personText, QStringLiteral("person"));
    if (!person)
        return call.console.fail(person.error());
    auto direction = requiredOption(args, QStringLiteral("direction"));
    if (!direction)
        return call.console.fail(direction.error());
    auto organisationText = requiredOption(args, QStringLiteral("organisation"));
    if (!organisationText)
        return call.console.fail(organisationText.error());
    auto organisation = idArgument(*organisationText, QStringLiteral("organisation"));
    if (!organisation)
        return call.console.fail(organisation.error());
    auto sentOn = dateOption(args, QStringLiteral("sent-on"));
    if (!sentOn)
        return call.console.fail(sentOn.error());
    auto dueOn = dateOption(args, QStringLiteral("due-on"));
    if (!dueOn)
        return call.console.fail(dueOn.error());
    NewReferral referral;
    referral.personId = *person;
    referral.direction = *direction;
    referral.organisationId = *organisation;
    referral.service = args.option(QStringLiteral("service"));
    referral.sentOn = *sentOn;
    referral.dueOn = *dueOn;
    referral.disclose = args.option(QStringLiteral("disclose")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    referral.personAbroad = args.has(QStringLiteral("abroad"));
    referral.note = args.option(QStringLiteral("note"));
    return withSession(call, [&](Session& session) {
        auto created = ReferralService(session).create(referral);
        if (!created)
            return call.console.fail(created.error());
        call.console.text(QString::number(created->id));
        call.console.text(
            QCoreApplication::translate("Cli", "Answer due on %1.").arg(isoDate(created->dueOn)));
        for (const QString& warning : created->warnings)
            call.console.text(QCoreApplication::translate("Cli", "Warning: %1").arg(warning));
        call.console.result(QJsonObject{{QStringLiteral("id"), created->id},
                                        {QStringLiteral("due_on"), isoDate(created->dueOn)},
                                        {QStringLiteral("consent_id"), idOrNull(created->consentId)},
                                        {QStringLiteral("warnings"), stringsJson(created->warnings)}});
        return 0;
    });
}

int cmdReferralStatus(const Invocation& call) {
    const Arguments& args = call.args;
    auto id = idArgument(call.positional().at(0), QStringLiteral("referral"));
    if (!id)
        return call.console.fail(id.error());
    auto to = requiredOption(args, QStringLiteral("to"));
    if (!to)
        return call.console.fail(to.error());
    auto on = dateOption(args, QStringLiteral("on"));
    if (!on)
        return call.console.fail(on.error());
    return withSession(call, [&](Session& session) {
        if (auto changed =
                ReferralService(session).changeStatus(*id, *to, *on, args.option(QStringLiteral("note")));
            !changed)
            return call.console.fail(changed.error());
        call.console.text(QCoreApplication::translate("Cli", "Referral %1 is now %2.")
                              .arg(*id)
                              .arg(referralStatusLabel(*to)));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("status"), *to}});
        return 0;
    });
}

int cmdReferralList(const Invocation& call) {
    const Arguments& args = call.args;
    auto person = optionalIdOption(args, QStringLiteral("person"), QStringLiteral("person"));
    if (!person)
        return call.console.fail(person.error());
    auto organisation =
        optionalIdOption(args, QStringLiteral("organisation"), QStringLiteral("organisation"));
    if (!organisation)
        return call.console.fail(organisation.error());
    ReferralFilter filter;
    filter.personId = *person;
    filter.organisationId = *organisation;
    filter.direction = args.option(QStringLiteral("direction"));
    filter.status = args.option(QStringLiteral("status"));
    if (args.has(QStringLiteral("overdue")))
        filter.overdueOn = QDate::currentDate();
    return withSession(call, [&](Session& session) {
        auto referrals = ReferralService(session).list(filter);
        if (!referrals)
            return call.console.fail(referrals.error());
        QJsonArray array;
        for (const Referral& referral : *referrals) {
            call.console.text(
                QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                    .arg(referral.id)
                    .arg(referral.personId)
                    .arg(referral.direction)
                    .arg(referral.organisationId)
                    .arg(referral.direction == QLatin1String("out") ? referral.service : referral.sourceKind,
                         referral.status, isoDate(referral.sentOn), isoDate(referral.dueOn)));
            array.append(referralJson(referral));
        }
        call.console.result(array);
        return 0;
    });
}

int cmdReferralShow(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QStringLiteral("referral"));
    if (!id)
        return call.console.fail(id.error());
    return withSession(call, [&](Session& session) {
        auto details = ReferralService(session).show(*id);
        if (!details)
            return call.console.fail(details.error());
        const Referral& referral = details->referral;
        QJsonObject json = referralJson(referral);
        json.insert(QStringLiteral("note"), referral.note);
        json.insert(QStringLiteral("created_by"), referral.createdBy);
        json.insert(QStringLiteral("warnings"), stringsJson(details->warnings));
        call.console.text(QCoreApplication::translate("Cli", "Referral %1: %2, person %3, organisation %4")
                              .arg(referral.id)
                              .arg(referralDirectionLabel(referral.direction))
                              .arg(referral.personId)
                              .arg(referral.organisationId));
        if (!referral.service.isEmpty())
            call.console.text(QCoreApplication::translate("Cli", "Service: %1")
                                  .arg(referralServiceLabel(referral.service)));
        call.console.text(
            QCoreApplication::translate("Cli", "Status: %1 (sent %2, answer due %3)%4")
                .arg(referralStatusLabel(referral.status), isoDate(referral.sentOn), isoDate(referral.dueOn),
                     details->overdue ? QCoreApplication::translate("Cli", ", overdue") : QString()));
        for (const QString& warning : details->warnings)
            call.console.text(QCoreApplication::translate("Cli", "Warning: %1").arg(warning));
        QJsonArray history;
        for (const ReferralStatusChange& change : details->history) {
            call.console.text(QStringLiteral("  %1\t%2 -> %3\t%4\t%5")
                                  .arg(isoDate(change.changedOn), change.fromStatus, change.toStatus,
                                       change.recordedBy, change.note));
            history.append(QJsonObject{{QStringLiteral("from"), change.fromStatus},
                                       {QStringLiteral("to"), change.toStatus},
                                       {QStringLiteral("on"), isoDate(change.changedOn)},
                                       {QStringLiteral("by"), change.recordedBy},
                                       {QStringLiteral("recorded_at"), change.recordedAt},
                                       {QStringLiteral("note"), change.note}});
        }
        json.insert(QStringLiteral("history"), history);
        QJsonArray disclosures;
        for (const ReferralDisclosure& disclosure : details->disclosures) {
            call.console.text(QCoreApplication::translate("Cli", "  disclosed %1 under consent %2")
                                  .arg(disclosure.field)
                                  .arg(disclosure.consentId));
            disclosures.append(QJsonObject{{QStringLiteral("field"), disclosure.field},
                                           {QStringLiteral("consent_id"), disclosure.consentId}});
        }
        json.insert(QStringLiteral("disclosures"), disclosures);
        call.console.result(json);
        return 0;
    });
}

// --- activity ---

Result<Activity> activityFromOptions(const Arguments& args) {
    Activity activity;
    auto date = dateOption(args, QStringLiteral("date"));
    if (!date)
        return date.error();
    if (*date)
        activity.heldOn = **date;
    auto participants = countOption(args, QStringLiteral("participants"));
    if (!participants)
        return participants.error();
    auto female = countOption(args, QStringLiteral("female"));
    if (!female)
        return female.error();
    auto organiser = optionalIdOption(args, QStringLiteral("organiser"), QStringLiteral("organisation"));
    if (!organiser)
        return organiser.error();
    auto partner = optionalIdOption(args, QStringLiteral("partner"), QStringLiteral("organisation"));
    if (!partner)
        return partner.error();
    activity.kind = args.option(QStringLiteral("kind"));
    activity.title = args.option(QStringLiteral("title"));
    activity.audience = args.option(QStringLiteral("audience"));
    activity.participants = participants->value_or(0);
    activity.femaleParticipants = female->value_or(0);
    activity.place = args.option(QStringLiteral("place"));
    activity.organiserUnitId = *organiser;
    activity.partnerOrganisationId = *partner;
    activity.notes = args.option(QStringLiteral("notes"));
    return activity;
}

int cmdActivityAdd(const Invocation& call) {
    const Arguments& args = call.args;
    for (const QString& required :
         {QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("title")}) {
        if (auto given = requiredOption(args, required); !given)
            return call.console.fail(given.error());
    }
    auto activity = activityFromOptions(args);
    if (!activity)
        return call.console.fail(activity.error());
    return withSession(call, [&](Session& session) {
        auto id = ActivityService(session).add(*activity);
        if (!id)
            return call.console.fail(id.error());
        call.console.text(QString::number(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}});
        return 0;
    });
}

int cmdActivityUpdate(const Invocation& call) {
    const Arguments& args = call.args;
    auto id = idArgument(call.positional().at(0), QStringLiteral("activity"));
    if (!id)
        return call.console.fail(id.error());
    auto given = activityFromOptions(args);
    if (!given)
        return call.console.fail(given.error());
    ActivityChanges changes;
    const auto has = [&](const char* name) { return args.options.contains(QLatin1String(name)); };
    if (has("kind"))
        changes.kind = given->kind;
    if (has("date"))
        changes.heldOn = given->heldOn;
    if (has("title"))
        changes.title = given->title;
    if (has("audience"))
        changes.audience = given->audience;
    if (has("participants"))
        changes.participants = given->participants;
    if (has("female"))
        changes.femaleParticipants = given->femaleParticipants;
    if (has("place"))
        changes.place = given->place;
    if (has("organiser"))
        changes.organiserUnitId = given->organiserUnitId;
    if (has("partner"))
        changes.partnerOrganisationId = given->partnerOrganisationId;
    if (has("notes"))
        changes.notes = given->notes;
    return withSession(call, [&](Session& session) {
        if (auto updated = ActivityService(session).update(*id, changes); !updated)
            return call.console.fail(updated.error());
        call.console.text(QCoreApplication::translate("Cli", "Activity %1 was updated.").arg(*id));
        call.console.result(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("updated"), true}});
        return 0;
    });
}

int cmdActivityList(const Invocation& call) {
    const Arguments& args = call.args;
    auto from = dateOption(args, QStringLiteral("from"));
    if (!from)
        return call.console.fail(from.error());
    auto to = dateOption(args, QStringLiteral("to"));
    if (!to)
        return call.console.fail(to.error());
    ActivityFilter filter;
    filter.kind = args.option(QStringLiteral("kind"));
    filter.from = *from;
    filter.to = *to;
    return withSession(call, [&](Session& session) {
        auto activities = ActivityService(session).list(filter);
        if (!activities)
            return call.console.fail(activities.error());
        QJsonArray array;
        for (const Activity& activity : *activities) {
            call.console.text(
                QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6/%7")
                    .arg(activity.id)
                    .arg(isoDate(activity.heldOn), activity.kind, activity.audience, activity.title)
                    .arg(activity.femaleParticipants)
                    .arg(activity.participants));
            array.append(activityJson(activity));
        }
        call.console.result(array);
        return 0;
    });
}

QStringList words(const char* first, const char* second) {
    return {QLatin1String(first), QLatin1String(second)};
}

QStringList names(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* name : list)
        out << QLatin1String(name);
    return out;
}

} // namespace

std::vector<CommandSpec> directoryCommands() {
    const QStringList orgFields =
        names({"kind", "name", "code", "short-name", "address", "phone", "province", "parent"});
    const QStringList activityFields = names({"kind", "date", "title", "audience", "participants", "female",
                                              "place", "organiser", "partner", "notes"});
    return {
        {words("org", "add"),
         0,
         0,
         orgFields,
         {},
         QStringLiteral("org add --kind KIND --name TEXT [--code CODE] [--short-name TEXT] [--address TEXT] "
                        "[--phone TEXT] [--province CODE] [--parent ID]") +
             kJsonHelp,
         cmdOrgAdd},
        {words("org", "list"), 0, 0, names({"kind"}), names({"all"}),
         QStringLiteral("org list [--kind KIND] [--all]") + kJsonHelp, cmdOrgList},
        {words("org", "show"), 1, 1, {}, {}, QStringLiteral("org show ID") + kJsonHelp, cmdOrgShow},
        {words("org", "update"),
         1,
         1,
         orgFields,
         {},
         QStringLiteral("org update ID [--kind KIND] [--name TEXT] [--code CODE] [--short-name TEXT] "
                        "[--address TEXT] [--phone TEXT] [--province CODE] [--parent ID|0]") +
             kJsonHelp,
         cmdOrgUpdate},
        {words("org", "deactivate"),
         1,
         1,
         {},
         {},
         QStringLiteral("org deactivate ID") + kJsonHelp,
         cmdOrgDeactivate},
        {words("provider", "add"),
         0,
         0,
         names({"kind", "full-name", "organisation", "card-number", "phone"}),
         {},
         QStringLiteral("provider add --kind KIND --full-name TEXT --organisation ID [--card-number TEXT] "
                        "[--phone TEXT]") +
             kJsonHelp,
         cmdProviderAdd},
        {words("provider", "list"), 0, 0, names({"organisation"}), names({"all"}),
         QStringLiteral("provider list [--organisation ID] [--all]") + kJsonHelp, cmdProviderList},
        {words("provider", "update"),
         1,
         1,
         names({"kind", "full-name", "organisation", "card-number", "phone"}),
         {},
         QStringLiteral("provider update ID [--kind KIND] [--full-name TEXT] [--organisation ID] "
                        "[--card-number TEXT] [--phone TEXT]") +
             kJsonHelp,
         cmdProviderUpdate},
        {words("provider", "deactivate"),
         1,
         1,
         {},
         {},
         QStringLiteral("provider deactivate ID") + kJsonHelp,
         cmdProviderDeactivate},
        {words("directory", "list"),
         0,
         0,
         {},
         {},
         QStringLiteral("directory list") + kJsonHelp,
         cmdDirectoryList},
        {words("referral", "add"), 0, 0,
         names({"person", "direction", "organisation", "service", "sent-on", "due-on", "disclose", "note"}),
         names({"abroad"}),
         QStringLiteral(
             "referral add --person ID --direction in|out --organisation ID [--service CODE] "
             "[--sent-on DATE] [--due-on DATE] [--disclose FIELD,FIELD…] [--abroad] [--note TEXT]") +
             kJsonHelp,
         cmdReferralAdd},
        {words("referral", "status"),
         1,
         1,
         names({"to", "on", "note"}),
         {},
         QStringLiteral(
             "referral status ID --to accepted|declined|done|cancelled [--on DATE] [--note TEXT]") +
             kJsonHelp,
         cmdReferralStatus},
        {words("referral", "list"), 0, 0, names({"person", "organisation", "direction", "status"}),
         names({"overdue"}),
         QStringLiteral("referral list [--person ID] [--organisation ID] [--direction in|out] [--status S] "
                        "[--overdue]") +
             kJsonHelp,
         cmdReferralList},
        {words("referral", "show"),
         1,
         1,
         {},
         {},
         QStringLiteral("referral show ID") + kJsonHelp,
         cmdReferralShow},
        {words("activity", "add"),
         0,
         0,
         activityFields,
         {},
         QStringLiteral(
             "activity add --kind KIND --date DATE --title TEXT [--audience CODE] [--participants N] "
             "[--female N] [--place TEXT] [--organiser ID] [--partner ID] [--notes TEXT]") +
             kJsonHelp,
         cmdActivityAdd},
        {words("activity", "update"),
         1,
         1,
         activityFields,
         {},
         QStringLiteral("activity update ID [--kind KIND] [--date DATE] [--title TEXT] [--audience CODE] "
                        "[--participants N] [--female N] [--place TEXT] [--organiser ID] [--partner ID] "
                        "[--notes TEXT]") +
             kJsonHelp,
         cmdActivityUpdate},
        {words("activity", "list"),
         0,
         0,
         names({"kind", "from", "to"}),
         {},
         QStringLiteral("activity list [--kind KIND] [--from DATE] [--to DATE]") + kJsonHelp,
         cmdActivityList},
    };
}

} // namespace legalaid::cli

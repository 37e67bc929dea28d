// person add|show|update|search|catalogue, identification set, consent set|withdraw|check.
#include "command.h"
#include "domain/person_catalogues.h"
#include "records/people/consent_check.h"
#include "records/people/consent_service.h"
#include "records/people/identification_service.h"
#include "records/people/person_service.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(const std::optional<qint64>& id) {
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

// A date option that may be given empty to clear the date (person update).
Result<std::optional<QDate>> clearableDate(const Arguments& args, const QString& name) {
    if (args.options.contains(name) && args.option(name).trimmed().isEmpty())
        return std::optional<QDate>(QDate());
    return dateOption(args, name);
}

Result<bool> yesNo(const Arguments& args, const QString& name) {
    auto text = requiredOption(args, name);
    if (!text)
        return text.error();
    const QString value = text->trimmed().toLower();
    if (value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("no"))
        return false;
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("Cli", "--%1 \"%2\" is not valid: answer yes or no.").arg(name, *text));
}

// Every person option that was given, as a change. `person add` applies it to an empty record.
Result<PersonChanges> personChanges(const Arguments& args) {
    PersonChanges changes;
    if (args.options.contains(s("category"))) {
        const auto category = personCategoryFromCode(args.option(s("category")));
        if (!category)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Cli", "Unknown --category \"%1\": use victim, "
                                                                "under_identification or accompanying_minor.")
                                 .arg(args.option(s("category"))));
        changes.category = *category;
    }
    if (args.options.contains(s("full-name")))
        changes.fullName = args.option(s("full-name"));
    if (args.options.contains(s("sex"))) {
        const auto sex = sexFromCode(args.option(s("sex")).trimmed().toLower());
        if (!sex)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Cli", "Unknown --sex \"%1\": use f, m or x.")
                                 .arg(args.option(s("sex"))));
        changes.sex = *sex;
    }
    auto birthDate = clearableDate(args, s("birth-date"));
    if (!birthDate)
        return birthDate.error();
    changes.birthDate = *birthDate;
    if (args.options.contains(s("birth-year"))) {
        if (args.option(s("birth-year")).trimmed().isEmpty()) {
            changes.birthYear = 0;
        } else {
            auto year = integerOption(args, s("birth-year"));
            if (!year)
                return year.error();
            changes.birthYear = static_cast<int>(**year);
        }
    }
    if (args.options.contains(s("id-type"))) {
        const auto type = idDocumentTypeFromCode(args.option(s("id-type")).trimmed().toLower());
        if (!type)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Cli",
                                                         "Unknown --id-type \"%1\": use cccd, passport or "
                                                         "none.")
                                 .arg(args.option(s("id-type"))));
        changes.idType = *type;
    }
    if (args.options.contains(s("id-number"))) {
        const QString number = args.option(s("id-number"));
        changes.idNumber = number;
        if (!changes.idType) {
            // Without --id-type: a number of digits only is a CCCD (and must then have 12), anything else a
            // passport, nothing at all no document.
            QString compact = number;
            compact.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
            bool digits = !compact.isEmpty();
            for (const QChar c : compact)
                digits = digits && c.isDigit();
            changes.idType = compact.isEmpty() ? IdDocumentType::None
                             : digits          ? IdDocumentType::Cccd
                                               : IdDocumentType::Passport;
        }
    }
    const std::pair<const char*, std::optional<QString> PersonChanges::*> texts[] = {
        {"ethnicity", &PersonChanges::ethnicityCode},
        {"nationality", &PersonChanges::nationalityCode},
        {"province", &PersonChanges::provinceCode},
        {"commune", &PersonChanges::commune},
        {"phone", &PersonChanges::phone},
        {"exploitation", &PersonChanges::exploitationCode},
        {"destination", &PersonChanges::destinationCode},
        {"return-mode", &PersonChanges::returnModeCode},
        {"notes", &PersonChanges::notes}};
    for (const auto& [option, field] : texts) {
        if (args.options.contains(s(option)))
            changes.*field = args.option(s(option));
    }
    if (args.options.contains(s("accompanies"))) {
        const QString text = args.option(s("accompanies")).trimmed();
        if (text.isEmpty() || text == QLatin1String("0")) {
            changes.accompaniesPersonId = 0;
        } else {
            auto id = idArgument(text, QCoreApplication::translate("Cli", "person"));
            if (!id)
                return id.error();
            changes.accompaniesPersonId = *id;
        }
    }
    auto arrival = clearableDate(args, s("arrival-date"));
    if (!arrival)
        return arrival.error();
    changes.arrivalDate = *arrival;
    return changes;
}

const QStringList& personOptions() {
    static const QStringList names{s("category"),     s("full-name"),   s("sex"),         s("birth-date"),
                                   s("birth-year"),   s("id-type"),     s("id-number"),   s("ethnicity"),
                                   s("nationality"),  s("province"),    s("commune"),     s("phone"),
                                   s("exploitation"), s("destination"), s("return-mode"), s("notes"),
                                   s("accompanies"),  s("arrival-date")};
    return names;
}

void printSaved(const Console& console, const SavedPerson& saved, const QString& doneText) {
    console.text(doneText);
    for (const QString& warning : saved.warnings)
        console.text(QCoreApplication::translate("Cli", "Warning: %1").arg(warning));
    QJsonArray candidates;
    for (const DuplicateCandidate& candidate : saved.likelyDuplicates)
        candidates.append(QJsonObject{{s("id"), candidate.id},
                                      {s("full_name"), candidate.fullName},
                                      {s("birth_year"), candidate.birthYear ? QJsonValue(*candidate.birthYear)
                                                                            : QJsonValue(QJsonValue::Null)}});
    console.result(QJsonObject{{s("id"), saved.id},
                               {s("warnings"), QJsonArray::fromStringList(saved.warnings)},
                               {s("likely_duplicates"), candidates}});
}

int cmdPersonAdd(const Invocation& call) {
    auto changes = personChanges(call.args);
    if (!changes)
        return call.console.fail(changes.error());
    if (!changes->category)
        return call.console.usage(QCoreApplication::translate(
            "Cli", "Give --category victim, under_identification or accompanying_minor."));
    if (!changes->fullName)
        return call.console.usage(QCoreApplication::translate("Cli", "Give the person's --full-name."));
    PersonDetails details;
    (void)applyPersonChanges(details, *changes);
    return withSession(call, [&](Session& session) {
        auto saved = PersonService(session).create(details);
        if (!saved)
            return call.console.fail(saved.error());
        printSaved(call.console, *saved,
                   QCoreApplication::translate("Cli", "Added person %1.").arg(saved->id));
        return 0;
    });
}

int cmdPersonUpdate(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "person"));
    if (!id)
        return call.console.fail(id.error());
    auto changes = personChanges(call.args);
    if (!changes)
        return call.console.fail(changes.error());
    return withSession(call, [&](Session& session) {
        auto saved = PersonService(session).update(*id, *changes);
        if (!saved)
            return call.console.fail(saved.error());
        printSaved(call.console, *saved, QCoreApplication::translate("Cli", "Updated person %1.").arg(*id));
        return 0;
    });
}

QJsonObject personJson(const PersonRecord& record) {
    const PersonDetails& p = record.details;
    return {{s("id"), record.id},
            {s("category"), personCategoryCode(p.category)},
            {s("full_name"), p.fullName},
            {s("sex"), sexCode(p.sex).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sexCode(p.sex))},
            {s("birth_date"), dateJson(p.birthDate)},
            {s("birth_year"), birthYearOf(p) ? QJsonValue(*birthYearOf(p)) : QJsonValue(QJsonValue::Null)},
            {s("birth_year_only"), !p.birthDate.isValid() && p.birthYear.has_value()},
            {s("ethnicity"), p.ethnicityCode},
            {s("nationality"), p.nationalityCode},
            {s("id_type"), idDocumentTypeCode(p.idType)},
            {s("id_number"), p.idNumber},
            {s("province"), p.provinceCode},
            {s("commune"), p.commune},
            {s("phone"), p.phone},
            {s("exploitation"), p.exploitationCode},
            {s("destination"), p.destinationCode},
            {s("return_mode"), p.returnModeCode},
            {s("notes"), p.notes},
            {s("accompanies_person_id"), idJson(p.accompaniesPersonId)},
            {s("arrival_date"), dateJson(p.arrivalDate)},
            {s("current_status"), record.currentStatus
                                      ? QJsonValue(identificationStatusCode(*record.currentStatus))
                                      : QJsonValue(QJsonValue::Null)},
            {s("created_at"), record.createdAt},
            {s("created_by"), record.createdBy},
            {s("updated_at"), record.updatedAt},
            {s("updated_by"), record.updatedBy}};
}

QJsonObject identificationJson(const IdentificationEvent& event) {
    const IdentificationDecision& d = event.decision;
    return {{s("id"), event.id},
            {s("status"), identificationStatusCode(d.status)},
            {s("deciding_body"), d.decidingBodyCode},
            {s("decision_date"), dateJson(d.decisionDate)},
            {s("document_type"), d.documentTypeCode},
            {s("document_number"), d.documentNumber},
            {s("document_issuer"), d.documentIssuer},
            {s("document_date"), dateJson(d.documentDate)},
            {s("note"), d.note},
            {s("created_at"), event.createdAt},
            {s("created_by"), event.createdBy}};
}

QJsonObject consentJson(const StoredConsent& consent) {
    QJsonArray partners;
    for (const PartnerOrganisation& partner : consent.partners)
        partners.append(QJsonObject{{s("id"), partner.id}, {s("name"), partner.name}});
    const ConsentDetails& d = consent.details;
    return {{s("id"), consent.id},
            {s("keep_data"), d.keepData},
            {s("share"), d.share},
            {s("given_by"), consentGiverCode(d.givenBy)},
            {s("representative"), d.representativeName},
            {s("given_on"), dateJson(d.givenOn)},
            {s("withdrawn_on"), dateJson(consent.withdrawnOn)},
            {s("partners"), partners},
            {s("note"), d.note},
            {s("created_at"), consent.createdAt},
            {s("created_by"), consent.createdBy}};
}

// One "label: value" line per known field, in the current language.
void printPerson(const Console& console, const PersonFile& file) {
    const PersonDetails& p = file.person.details;
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            console.text(label + QStringLiteral(": ") + value);
    };
    const auto label = [](PersonCatalogue catalogue, const QString& code) {
        return code.isEmpty() ? QString() : personCatalogueLabel(catalogue, code);
    };
    line(QCoreApplication::translate("Cli", "Person"), QString::number(file.person.id));
    line(QCoreApplication::translate("Cli", "Full name"), p.fullName);
    line(QCoreApplication::translate("Cli", "Category"),
         personCatalogueLabel(PersonCatalogue::Category, personCategoryCode(p.category)));
    if (file.person.currentStatus)
        line(QCoreApplication::translate("Cli", "Identification"),
             personCatalogueLabel(PersonCatalogue::IdentificationStatus,
                                  identificationStatusCode(*file.person.currentStatus)));
    line(QCoreApplication::translate("Cli", "Sex"), label(PersonCatalogue::Sex, sexCode(p.sex)));
    line(QCoreApplication::translate("Cli", "Birth date"), p.birthDate.toString(Qt::ISODate));
    line(QCoreApplication::translate("Cli", "Birth year"),
         p.birthYear ? QString::number(*p.birthYear) : QString());
    line(QCoreApplication::translate("Cli", "Ethnic group"),
         label(PersonCatalogue::Ethnicity, p.ethnicityCode));
    line(QCoreApplication::translate("Cli", "Nationality"),
         label(PersonCatalogue::Country, p.nationalityCode));
    if (p.idType != IdDocumentType::None)
        line(personCatalogueLabel(PersonCatalogue::IdDocumentType, idDocumentTypeCode(p.idType)), p.idNumber);
    line(QCoreApplication::translate("Cli", "Province"), label(PersonCatalogue::Province, p.provinceCode));
    line(QCoreApplication::translate("Cli", "Commune"), p.commune);
    line(QCoreApplication::translate("Cli", "Phone"), p.phone);
    line(QCoreApplication::translate("Cli", "Exploitation"),
         label(PersonCatalogue::ExploitationType, p.exploitationCode));
    line(QCoreApplication::translate("Cli", "Destination"),
         label(PersonCatalogue::Country, p.destinationCode));
    line(QCoreApplication::translate("Cli", "Came back"),
         label(PersonCatalogue::ReturnMode, p.returnModeCode));
    if (p.accompaniesPersonId)
        line(QCoreApplication::translate("Cli", "Accompanies person"),
             QString::number(*p.accompaniesPersonId));
    line(QCoreApplication::translate("Cli", "Arrival date"), p.arrivalDate.toString(Qt::ISODate));
    line(QCoreApplication::translate("Cli", "Notes"), p.notes);
    for (const IdentificationEvent& event : file.identification) {
        const IdentificationDecision& d = event.decision;
        line(QCoreApplication::translate("Cli", "Identification decision"),
             QStringLiteral("%1 %2 (%3)")
                 .arg(d.decisionDate.toString(Qt::ISODate),
                      personCatalogueLabel(PersonCatalogue::IdentificationStatus,
                                           identificationStatusCode(d.status)),
                      label(PersonCatalogue::DecidingBody, d.decidingBodyCode)));
    }
    for (const StoredConsent& consent : file.consents) {
        QStringList partners;
        for (const PartnerOrganisation& partner : consent.partners)
            partners << partner.name;
        QString text = QCoreApplication::translate("Cli", "#%1 given on %2 by %3; keep data: %4; share: %5")
                           .arg(QString::number(consent.id), consent.details.givenOn.toString(Qt::ISODate),
                                personCatalogueLabel(PersonCatalogue::ConsentGiver,
                                                     consentGiverCode(consent.details.givenBy)),
                                consent.details.keepData ? QCoreApplication::translate("Cli", "yes")
                                                         : QCoreApplication::translate("Cli", "no"),
                                consent.details.share ? partners.join(QStringLiteral(", "))
                                                      : QCoreApplication::translate("Cli", "no"));
        if (!consent.withdrawnOn.isNull())
            text += QCoreApplication::translate("Cli", "; withdrawn on %1")
                        .arg(consent.withdrawnOn.toString(Qt::ISODate));
        line(QCoreApplication::translate("Cli", "Consent"), text);
    }
}

int cmdPersonShow(const Invocation& call) {
    auto id = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "person"));
    if (!id)
        return call.console.fail(id.error());
    return withSession(call, [&](Session& session) {
        auto file = PersonService(session).get(*id);
        if (!file)
            return call.console.fail(file.error());
        printPerson(call.console, *file);
        QJsonObject json = personJson(file->person);
        QJsonArray identification;
        for (const IdentificationEvent& event : file->identification)
            identification.append(identificationJson(event));
        QJsonArray consents;
        for (const StoredConsent& consent : file->consents)
            consents.append(consentJson(consent));
        QJsonArray minors;
        for (const qint64 minor : file->accompanyingMinorIds)
            minors.append(minor);
        json.insert(s("identification"), identification);
        json.insert(s("consents"), consents);
        json.insert(s("accompanying_minor_ids"), minors);
        call.console.result(json);
        return 0;
    });
}

int cmdPersonSearch(const Invocation& call) {
    const QString text = call.positional().join(QLatin1Char(' '));
    auto limit = integerOption(call.args, s("limit"));
    if (!limit)
        return call.console.fail(limit.error());
    const qint64 count = limit->value_or(20);
    if (count < 1 || count > 1000)
        return call.console.usage(QCoreApplication::translate("Cli", "--limit must be from 1 to 1000."));
    return withSession(call, [&](Session& session) {
        auto matches = PersonService(session).search(text, static_cast<int>(count));
        if (!matches)
            return call.console.fail(matches.error());
        // The search itself is audited by its count only: never the words searched for.
        if (auto audited = session.audit(session.event(s("person.search"), s("person"), {},
                                                       QStringLiteral("results=%1").arg(matches->size())));
            !audited)
            return call.console.fail(audited.error());
        QJsonArray array;
        for (const search::PersonMatch& match : *matches) {
            call.console.text(QStringLiteral("%1\t%2").arg(QString::number(match.personId), match.fullName));
            array.append(QJsonObject{{s("id"), match.personId}, {s("full_name"), match.fullName}});
        }
        if (matches->empty())
            call.console.text(QCoreApplication::translate("Cli", "No one found."));
        call.console.result(array);
        return 0;
    });
}

int cmdPersonCatalogue(const Invocation& call) {
    if (call.positional().isEmpty()) {
        QJsonArray names;
        for (PersonCatalogue catalogue : allPersonCatalogues()) {
            call.console.text(personCatalogueName(catalogue));
            names.append(personCatalogueName(catalogue));
        }
        call.console.result(names);
        return 0;
    }
    const auto catalogue = personCatalogueFromName(call.positional().at(0));
    if (!catalogue) {
        QStringList names;
        for (PersonCatalogue known : allPersonCatalogues())
            names << personCatalogueName(known);
        return call.console.usage(
            QCoreApplication::translate("Cli", "Unknown catalogue \"%1\": use one of %2.")
                .arg(call.positional().at(0), names.join(QStringLiteral(", "))));
    }
    QJsonArray array;
    for (const PersonCatalogueEntry& entry : personCatalogueEntries(*catalogue)) {
        call.console.text(entry.code + QLatin1Char('\t') + entry.label);
        array.append(QJsonObject{{s("code"), entry.code}, {s("label"), entry.label}});
    }
    call.console.result(array);
    return 0;
}

int cmdIdentificationSet(const Invocation& call) {
    const Arguments& args = call.args;
    auto personId = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "person"));
    if (!personId)
        return call.console.fail(personId.error());
    auto statusText = requiredOption(args, s("status"));
    if (!statusText)
        return call.console.fail(statusText.error());
    const auto status = identificationStatusFromCode(statusText->trimmed());
    if (!status)
        return call.console.usage(QCoreApplication::translate("Cli", "Unknown --status \"%1\": use "
                                                                     "under_identification, identified or "
                                                                     "not_victim.")
                                      .arg(*statusText));
    auto decisionDate = dateOption(args, s("decision-date"));
    if (!decisionDate)
        return call.console.fail(decisionDate.error());
    if (!*decisionDate)
        return call.console.usage(QCoreApplication::translate(
            "Cli", "Give the date of the decision with --decision-date YYYY-MM-DD."));
    auto documentDate = dateOption(args, s("doc-date"));
    if (!documentDate)
        return call.console.fail(documentDate.error());
    IdentificationDecision decision;
    decision.status = *status;
    decision.decidingBodyCode = args.option(s("body"));
    decision.decisionDate = **decisionDate;
    decision.documentTypeCode = args.option(s("doc-type"));
    decision.documentNumber = args.option(s("doc-number"));
    decision.documentIssuer = args.option(s("doc-issuer"));
    decision.documentDate = documentDate->value_or(QDate());
    decision.note = args.option(s("note"));
    return withSession(call, [&](Session& session) {
        auto recorded = IdentificationService(session).record(*personId, decision);
        if (!recorded)
            return call.console.fail(recorded.error());
        const QString current = identificationStatusCode(recorded->currentStatus);
        call.console.text(
            QCoreApplication::translate("Cli", "Recorded decision %1 for person %2; current status: %3.")
                .arg(QString::number(recorded->eventId), QString::number(*personId),
                     personCatalogueLabel(PersonCatalogue::IdentificationStatus, current)));
        QJsonObject json{
            {s("event_id"), recorded->eventId}, {s("person_id"), *personId}, {s("current_status"), current}};
        if (recorded->newCategory) {
            call.console.text(QCoreApplication::translate("Cli", "The person is now recorded as: %1.")
                                  .arg(personCatalogueLabel(PersonCatalogue::Category,
                                                            personCategoryCode(*recorded->newCategory))));
            json.insert(s("category"), personCategoryCode(*recorded->newCategory));
        }
        call.console.result(json);
        return 0;
    });
}

Result<std::vector<qint64>> partnerIds(const Arguments& args) {
    std::vector<qint64> ids;
    if (!args.options.contains(s("partners")))
        return ids;
    for (const QString& part : args.option(s("partners")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto id = idArgument(part.trimmed(), QCoreApplication::translate("Cli", "organisation"));
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    return ids;
}

int cmdConsentSet(const Invocation& call) {
    const Arguments& args = call.args;
    auto personId = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "person"));
    if (!personId)
        return call.console.fail(personId.error());
    auto keep = yesNo(args, s("keep-data"));
    if (!keep)
        return call.console.fail(keep.error());
    auto share = yesNo(args, s("share"));
    if (!share)
        return call.console.fail(share.error());
    auto giverText = requiredOption(args, s("given-by"));
    if (!giverText)
        return call.console.fail(giverText.error());
    const auto giver = consentGiverFromCode(giverText->trimmed());
    if (!giver)
        return call.console.usage(QCoreApplication::translate(
                                      "Cli", "Unknown --given-by \"%1\": use person, representative or both.")
                                      .arg(*giverText));
    auto givenOn = dateOption(args, s("given-on"));
    if (!givenOn)
        return call.console.fail(givenOn.error());
    if (!*givenOn)
        return call.console.usage(
            QCoreApplication::translate("Cli", "Give the date of the consent with --given-on YYYY-MM-DD."));
    auto partners = partnerIds(args);
    if (!partners)
        return call.console.fail(partners.error());
    ConsentDetails consent;
    consent.personId = *personId;
    consent.keepData = *keep;
    consent.share = *share;
    consent.givenBy = *giver;
    consent.representativeName = args.option(s("representative"));
    consent.givenOn = **givenOn;
    consent.partnerOrganisationIds = *partners;
    consent.note = args.option(s("note"));
    return withSession(call, [&](Session& session) {
        auto id = ConsentService(session).record(consent);
        if (!id)
            return call.console.fail(id.error());
        call.console.text(QCoreApplication::translate("Cli", "Recorded consent %1 for person %2.")
                              .arg(QString::number(*id), QString::number(*personId)));
        call.console.result(QJsonObject{{s("id"), *id}, {s("person_id"), *personId}});
        return 0;
    });
}

int cmdConsentWithdraw(const Invocation& call) {
    auto consentId = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "consent"));
    if (!consentId)
        return call.console.fail(consentId.error());
    auto on = dateOption(call.args, s("on"));
    if (!on)
        return call.console.fail(on.error());
    if (!*on)
        return call.console.usage(
            QCoreApplication::translate("Cli", "Give the date of the withdrawal with --on YYYY-MM-DD."));
    return withSession(call, [&](Session& session) {
        if (auto withdrawn = ConsentService(session).withdraw(*consentId, **on); !withdrawn)
            return call.console.fail(withdrawn.error());
        call.console.text(QCoreApplication::translate("Cli", "Consent %1 is withdrawn as of %2.")
                              .arg(QString::number(*consentId), (*on)->toString(Qt::ISODate)));
        call.console.result(
            QJsonObject{{s("id"), *consentId}, {s("withdrawn_on"), (*on)->toString(Qt::ISODate)}});
        return 0;
    });
}

int cmdConsentCheck(const Invocation& call) {
    auto personId = idArgument(call.positional().at(0), QCoreApplication::translate("Cli", "person"));
    if (!personId)
        return call.console.fail(personId.error());
    auto orgText = requiredOption(call.args, s("org"));
    if (!orgText)
        return call.console.fail(orgText.error());
    auto organisationId = idArgument(orgText->trimmed(), QCoreApplication::translate("Cli", "organisation"));
    if (!organisationId)
        return call.console.fail(organisationId.error());
    auto on = dateOption(call.args, s("on"));
    if (!on)
        return call.console.fail(on.error());
    const QDate day = on->value_or(QDate::currentDate());
    return withSession(call, [&](Session& session) {
        if (auto allowed = requirePermission(session.user().role, Operation::PersonView); !allowed)
            return call.console.fail(allowed.error());
        auto decision = checkDisclosure(session.db(), *personId, *organisationId, day);
        if (!decision)
            return call.console.fail(decision.error());
        call.console.text(decision->allowed
                              ? QCoreApplication::translate("Cli", "Sharing is allowed under consent %1.")
                                    .arg(decision->consentId)
                              : decision->reason);
        call.console.result(QJsonObject{{s("allowed"), decision->allowed},
                                        {s("consent_id"), decision->allowed ? QJsonValue(decision->consentId)
                                                                            : QJsonValue(QJsonValue::Null)},
                                        {s("reason"), decision->reason}});
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> peopleCommands() {
    const QString personUsage =
        s("--category victim|under_identification|accompanying_minor --full-name TEXT [--sex f|m|x] "
          "[--birth-date YYYY-MM-DD | --birth-year YYYY] [--id-type cccd|passport|none] [--id-number TEXT] "
          "[--ethnicity CODE] [--nationality CODE] [--province CODE] [--commune TEXT] [--phone TEXT] "
          "[--exploitation CODE] [--destination CODE] [--return-mode CODE] [--notes TEXT] "
          "[--accompanies ID --arrival-date YYYY-MM-DD]");
    QString updateUsage = personUsage;
    updateUsage.replace(s("--category victim|under_identification|accompanying_minor --full-name TEXT"),
                        s("[--category CODE] [--full-name TEXT]"));
    return {
        {{s("person"), s("add")}, 0, 0, personOptions(), {}, s("person add ") + personUsage, cmdPersonAdd},
        {{s("person"), s("show")}, 1, 1, {}, {}, s("person show ID"), cmdPersonShow},
        {{s("person"), s("update")},
         1,
         1,
         personOptions(),
         {},
         s("person update ID ") + updateUsage,
         cmdPersonUpdate},
        {{s("person"), s("search")},
         1,
         20,
         {s("limit")},
         {},
         s("person search TEXT [--limit N]"),
         cmdPersonSearch},
        {{s("person"), s("catalogue")},
         0,
         1,
         {},
         {},
         s("person catalogue "
           "[provinces|ethnicities|countries|exploitation-types|return-modes|deciding-bodies|"
           "confirming-document-types|...]"),
         cmdPersonCatalogue},
        {{s("identification"), s("set")},
         1,
         1,
         {s("status"), s("body"), s("decision-date"), s("doc-type"), s("doc-number"), s("doc-issuer"),
          s("doc-date"), s("note")},
         {},
         s("identification set PERSON_ID --status under_identification|identified|not_victim --body CODE "
           "--decision-date YYYY-MM-DD [--doc-type CODE --doc-number TEXT --doc-issuer TEXT --doc-date "
           "YYYY-MM-DD] [--note TEXT]"),
         cmdIdentificationSet},
        {{s("consent"), s("set")},
         1,
         1,
         {s("keep-data"), s("share"), s("partners"), s("given-by"), s("representative"), s("given-on"),
          s("note")},
         {},
         s("consent set PERSON_ID --keep-data yes|no --share yes|no [--partners ORG_ID,ORG_ID] --given-by "
           "person|representative|both [--representative TEXT] --given-on YYYY-MM-DD [--note TEXT]"),
         cmdConsentSet},
        {{s("consent"), s("withdraw")},
         1,
         1,
         {s("on")},
         {},
         s("consent withdraw CONSENT_ID --on YYYY-MM-DD"),
         cmdConsentWithdraw},
        {{s("consent"), s("check")},
         1,
         1,
         {s("org"), s("on")},
         {},
         s("consent check PERSON_ID --org ORG_ID [--on YYYY-MM-DD]"),
         cmdConsentCheck},
    };
}

} // namespace legalaid::cli

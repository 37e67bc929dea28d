#include "documents/request_form.h"

#include "documents/document_template_service.h"
#include "documents/document_words.h"
#include "domain/case_catalogues.h"
#include "domain/person_catalogues.h"
#include "records/cases/case_catalogue_repository.h"
#include "records/cases/case_service.h"
#include "records/people/person_service.h"

#include <QCoreApplication>

namespace legalaid::documents {

namespace {

const QStringList kPersonKeys = {QStringLiteral("full_name"), QStringLiteral("birth"),
                                 QStringLiteral("sex"),       QStringLiteral("address"),
                                 QStringLiteral("phone"),     QStringLiteral("id_document"),
                                 QStringLiteral("ethnicity"), QStringLiteral("nationality")};

void addPerson(TemplateData& data, const QString& prefix, const PersonDetails& person) {
    const auto put = [&](const QString& key, const QString& value) {
        data.values.insert(prefix + QLatin1Char('.') + key, value.trimmed());
    };
    put(QStringLiteral("full_name"), person.fullName);
    put(QStringLiteral("birth"), birthOf(person));
    put(QStringLiteral("sex"), sexWords(sexCode(person.sex)));
    put(QStringLiteral("address"), addressOf(person.commune, person.provinceCode));
    put(QStringLiteral("phone"), person.phone);
    put(QStringLiteral("id_document"), idDocumentOf(person));
    put(QStringLiteral("ethnicity"),
        person.ethnicityCode.isEmpty()
            ? QString()
            : personCatalogueLabel(PersonCatalogue::Ethnicity, person.ethnicityCode));
    put(QStringLiteral("nationality"),
        person.nationalityCode.isEmpty()
            ? QString()
            : personCatalogueLabel(PersonCatalogue::Country, person.nationalityCode));
}

} // namespace

TemplateSchema requestFormSchema() {
    TemplateSchema schema;
    for (const QString& key : kPersonKeys) {
        schema.values.insert(QStringLiteral("person.") + key);
        schema.values.insert(QStringLiteral("requester.") + key);
    }
    for (const char* name :
         {"requester.relation", "requester.is_person", "case.file_code", "case.received_on", "case.group",
          "case.group_basis", "case.field", "case.form", "case.summary"})
        schema.values.insert(QLatin1String(name));
    addCommonSchema(schema); // centre.*, signer.*, printed.*, document.date
    schema.lists.insert(QStringLiteral("documents"),
                        {QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("number"),
                         QStringLiteral("date"), QStringLiteral("party")});
    return schema;
}

Result<OfficialDocument> buildRequestForm(Session& session, qint64 caseId) {
    auto details = CaseService(session).get(caseId);
    if (!details)
        return details.error();
    const CaseRecord& record = details->record;
    auto file = PersonService(session).get(record.personId);
    if (!file)
        return file.error();
    auto group = CaseCatalogueRepository(session.db()).group(record.groupCode);
    if (!group)
        return group.error();
    auto field = CaseCatalogueRepository(session.db()).field(record.fieldCode);
    if (!field)
        return field.error();
    auto body = DocumentTemplateService(session).effective(QStringLiteral("request"));
    if (!body)
        return body.error();

    TemplateData data;
    addPerson(data, QStringLiteral("person"), file->person.details);
    if (record.requesterName.trimmed().isEmpty()) {
        addPerson(data, QStringLiteral("requester"), file->person.details);
        data.values.insert(QStringLiteral("requester.is_person"), QStringLiteral("x"));
    } else {
        addPerson(data, QStringLiteral("requester"), PersonDetails{});
        data.values.insert(QStringLiteral("requester.full_name"), record.requesterName.trimmed());
        data.values.insert(QStringLiteral("requester.relation"), record.requesterRelation.trimmed());
    }
    // centre.*, signer.*, printed.* as on every document (document_words.h).
    CommonValues common = commonValues(session);
    for (auto it = common.data.values.cbegin(); it != common.data.values.cend(); ++it)
        data.values.insert(it.key(), it.value());
    const auto set = [&](const char* key, const QString& value) {
        data.values.insert(QLatin1String(key), value);
    };
    set("case.file_code", record.fileCode);
    set("case.received_on", displayDate(record.receivedOn));
    set("case.group", group->has_value() ? (*group)->labelVi : record.groupCode);
    set("case.group_basis", group->has_value() ? (*group)->legalBasis : QString());
    set("case.field", field->has_value() ? (*field)->labelVi : record.fieldCode);
    set("case.form", formWords(caseFormCode(record.form)));
    set("case.summary", record.summary);
    const QString& printedBy = common.printedBy;
    const QDateTime& now = common.now;

    std::vector<TemplateData>& documents = data.lists[QStringLiteral("documents")];
    for (const CaseEventRecord& event : details->events) {
        if (event.kind != QLatin1String("document") || event.documentDirection != QLatin1String("received"))
            continue;
        TemplateData item;
        item.values.insert(QStringLiteral("title"), event.documentTitle);
        item.values.insert(QStringLiteral("type"),
                           event.documentType.isEmpty()
                               ? QString()
                               : catalogueLabel(CaseCatalogue::DocumentType, event.documentType));
        item.values.insert(QStringLiteral("number"), event.documentNumber);
        item.values.insert(QStringLiteral("date"), displayDate(event.occurredOn));
        item.values.insert(QStringLiteral("party"), event.documentParty);
        documents.push_back(std::move(item));
    }

    if (const Status valid = validateTemplate(body->body, requestFormSchema()); !valid)
        return valid.error();
    auto html = expandTemplate(body->body, data);
    if (!html)
        return html.error();

    OfficialDocument document;
    document.setHeaderStyle(HeaderStyle::NationalOnly)
        .appendBodyHtml(*html)
        .setPrintMark({printedBy, now, true})
        .setDocumentTitle(QStringLiteral("Đơn yêu cầu trợ giúp pháp lý – ") + record.fileCode);
    return document;
}

Result<RenderedPdf> printRequestForm(Session& session, qint64 caseId) {
    auto document = buildRequestForm(session, caseId);
    if (!document)
        return document.error();
    auto pdf = renderPdf(*document);
    if (!pdf)
        return pdf.error();
    const Status audited =
        session.audit(session.event(QStringLiteral("document.print"), QStringLiteral("case"),
                                    QString::number(caseId), QStringLiteral("code=request")));
    if (!audited)
        return audited.error();
    return pdf;
}

} // namespace legalaid::documents

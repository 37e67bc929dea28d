#include "documents/request_form.h"

#include "documents/document_template_service.h"
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

QString displayDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// A Vietnamese document names the sex in Vietnamese whatever the interface language.
QString sexWord(Sex sex) {
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("Nữ");
    case Sex::Male:
        return QStringLiteral("Nam");
    case Sex::Other:
        return QStringLiteral("Khác");
    case Sex::Unknown:
        break;
    }
    return {};
}

// The form of legal aid as the Legal Aid Law names it (the document is Vietnamese whatever the interface).
QString formWords(CaseForm form) {
    switch (form) {
    case CaseForm::Consultation:
        return QStringLiteral("Tư vấn pháp luật");
    case CaseForm::Litigation:
        return QStringLiteral("Tham gia tố tụng");
    case CaseForm::OutOfCourt:
        return QStringLiteral("Đại diện ngoài tố tụng");
    }
    return {};
}

QString idDocument(const PersonDetails& person) {
    if (person.idNumber.trimmed().isEmpty())
        return {};
    switch (person.idType) {
    case IdDocumentType::Cccd:
        return QStringLiteral("CCCD số ") + person.idNumber;
    case IdDocumentType::Passport:
        return QStringLiteral("Hộ chiếu số ") + person.idNumber;
    case IdDocumentType::None:
        break;
    }
    return person.idNumber;
}

void addPerson(TemplateData& data, const QString& prefix, const PersonDetails& person) {
    const auto put = [&](const QString& key, const QString& value) {
        data.values.insert(prefix + QLatin1Char('.') + key, value.trimmed());
    };
    put(QStringLiteral("full_name"), person.fullName);
    put(QStringLiteral("birth"), person.birthDate.isValid() ? displayDate(person.birthDate)
                                 : person.birthYear         ? QString::number(*person.birthYear)
                                                            : QString());
    put(QStringLiteral("sex"), sexWord(person.sex));
    QStringList address;
    if (!person.commune.trimmed().isEmpty())
        address << person.commune.trimmed();
    if (!person.provinceCode.isEmpty())
        address << personCatalogueLabel(PersonCatalogue::Province, person.provinceCode);
    put(QStringLiteral("address"), address.join(QStringLiteral(", ")));
    put(QStringLiteral("phone"), person.phone);
    put(QStringLiteral("id_document"), idDocument(person));
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
          "case.group_basis", "case.field", "case.form", "case.summary", "centre.name", "centre.code",
          "centre.place", "centre.parent_agency", "signer.title", "signer.name", "printed.by", "printed.on"})
        schema.values.insert(QLatin1String(name));
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
    const CentreSettings& centre = session.centre();
    const auto set = [&](const char* key, const QString& value) {
        data.values.insert(QLatin1String(key), value);
    };
    set("case.file_code", record.fileCode);
    set("case.received_on", displayDate(record.receivedOn));
    set("case.group", group->has_value() ? (*group)->labelVi : record.groupCode);
    set("case.group_basis", group->has_value() ? (*group)->legalBasis : QString());
    set("case.field", field->has_value() ? (*field)->labelVi : record.fieldCode);
    set("case.form", formWords(record.form));
    set("case.summary", record.summary);
    set("centre.name", centre.name);
    set("centre.code", centre.code);
    set("centre.place", centre.placeName);
    set("centre.parent_agency", centre.parentAgency);
    SettingsRepository settings(session.db());
    auto signerTitle = settings.value(QStringLiteral("documents.signer_title"));
    auto signerName = settings.value(QStringLiteral("documents.signer_name"));
    set("signer.title", signerTitle && !signerTitle->isEmpty() ? *signerTitle : QStringLiteral("GIÁM ĐỐC"));
    set("signer.name", signerName ? *signerName : QString());
    const QString printedBy =
        session.user().fullName.isEmpty() ? session.user().name : session.user().fullName;
    const QDateTime now = QDateTime::currentDateTime();
    set("printed.by", printedBy);
    set("printed.on", displayDate(now.date()));

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

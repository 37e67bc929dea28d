#include "documents/official_documents.h"

#include "documents/document_queries.h"
#include "documents/document_template_service.h"
#include "documents/document_words.h"
#include "domain/case_catalogues.h"
#include "domain/directory_catalogue.h"
#include "domain/person_catalogues.h"
#include "domain/referral_catalogue.h"
#include "records/cases/case_catalogue_repository.h"
#include "records/cases/case_service.h"
#include "records/directory/directory_repository.h"
#include "records/directory/directory_service.h"
#include "records/people/consent_check.h"
#include "records/people/person_service.h"
#include "records/permissions.h"
#include "records/referrals/referral_service.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace legalaid::documents {

namespace {

// The documents are Vietnamese whatever the interface language: the words the law uses are written here.

QString statusWords(const QString& code) {
    static const QHash<QString, QString> words = {
        {QStringLiteral("received"), QStringLiteral("Đã tiếp nhận")},
        {QStringLiteral("accepted"), QStringLiteral("Đã thụ lý")},
        {QStringLiteral("assigned"), QStringLiteral("Đã cử người thực hiện")},
        {QStringLiteral("in_progress"), QStringLiteral("Đang thực hiện")},
        {QStringLiteral("closed"), QStringLiteral("Đã kết thúc")},
        {QStringLiteral("refused"), QStringLiteral("Từ chối")},
        {QStringLiteral("withdrawn"), QStringLiteral("Rút yêu cầu")},
        {QStringLiteral("discontinued"), QStringLiteral("Không tiếp tục thực hiện")},
        {QStringLiteral("transferred"), QStringLiteral("Đã chuyển")},
    };
    return words.value(code, code);
}

QString actionWords(const QString& code) {
    static const QHash<QString, QString> words = {
        {QStringLiteral("open"), QStringLiteral("Tiếp nhận yêu cầu")},
        {QStringLiteral("accept"), QStringLiteral("Thụ lý vụ việc")},
        {QStringLiteral("assign"), QStringLiteral("Cử người thực hiện")},
        {QStringLiteral("start"), QStringLiteral("Bắt đầu thực hiện")},
        {QStringLiteral("change_provider"), QStringLiteral("Thay đổi người thực hiện")},
        {QStringLiteral("refuse"), QStringLiteral("Từ chối trợ giúp pháp lý")},
        {QStringLiteral("withdraw"), QStringLiteral("Rút yêu cầu")},
        {QStringLiteral("discontinue"), QStringLiteral("Không tiếp tục thực hiện")},
        {QStringLiteral("transfer"), QStringLiteral("Chuyển vụ việc")},
        {QStringLiteral("close"), QStringLiteral("Kết thúc vụ việc")},
    };
    return words.value(code, code);
}

QString categoryWords(const QString& code) {
    if (code == QLatin1String("victim"))
        return QStringLiteral("Nạn nhân");
    if (code == QLatin1String("under_identification"))
        return QStringLiteral("Đang xác định là nạn nhân");
    if (code == QLatin1String("accompanying_minor"))
        return QStringLiteral("Người dưới 18 tuổi đi cùng");
    return code;
}

QString providerKindWords(const QString& code) {
    if (code == QLatin1String("legal_aid_officer"))
        return QStringLiteral("Trợ giúp viên pháp lý");
    if (code == QLatin1String("lawyer"))
        return QStringLiteral("Luật sư");
    if (code == QLatin1String("legal_consultant"))
        return QStringLiteral("Tư vấn viên pháp luật");
    if (code == QLatin1String("collaborator"))
        return QStringLiteral("Cộng tác viên");
    return code;
}

QString eventKindWords(const QString& code) {
    static const QHash<QString, QString> words = {
        {QStringLiteral("note"), QStringLiteral("Ghi chú")},
        {QStringLiteral("hearing"), QStringLiteral("Phiên tòa, buổi làm việc")},
        {QStringLiteral("document"), QStringLiteral("Tài liệu")},
        {QStringLiteral("provider_change"), QStringLiteral("Thay đổi người thực hiện")},
        {QStringLiteral("evaluation"), QStringLiteral("Đánh giá chất lượng")},
        {QStringLiteral("feedback"), QStringLiteral("Ý kiến người được TGPL")},
    };
    return words.value(code, code);
}

// The partner reads the slip in Vietnamese whatever the interface language.
QString serviceWords(const QString& code) {
    static const QHash<QString, QString> words = {
        {QStringLiteral("medical"), QStringLiteral("Hỗ trợ y tế")},
        {QStringLiteral("psychological"), QStringLiteral("Hỗ trợ tâm lý")},
        {QStringLiteral("shelter"), QStringLiteral("Hỗ trợ nơi ở tạm thời")},
        {QStringLiteral("essential_needs"), QStringLiteral("Hỗ trợ nhu cầu thiết yếu")},
        {QStringLiteral("interpretation"), QStringLiteral("Hỗ trợ phiên dịch")},
        {QStringLiteral("schooling"), QStringLiteral("Hỗ trợ học văn hóa")},
        {QStringLiteral("vocational_job"), QStringLiteral("Hỗ trợ học nghề, tìm việc làm")},
        {QStringLiteral("initial_allowance_loan"), QStringLiteral("Trợ cấp khó khăn ban đầu, vay vốn")},
        {QStringLiteral("citizen_protection"), QStringLiteral("Bảo hộ công dân")},
        {QStringLiteral("legal_aid"), QStringLiteral("Trợ giúp pháp lý")},
        {QStringLiteral("legal_other"), QStringLiteral("Hỗ trợ pháp lý khác")},
        {QStringLiteral("travel"), QStringLiteral("Hỗ trợ chi phí đi lại")},
        {QStringLiteral("other"), QStringLiteral("Hỗ trợ khác")},
    };
    return words.value(code, code);
}

QString disclosedFieldWords(const QString& code) {
    static const QHash<QString, QString> words = {
        {QStringLiteral("full_name"), QStringLiteral("Họ và tên")},
        {QStringLiteral("sex"), QStringLiteral("Giới tính")},
        {QStringLiteral("birth_date"), QStringLiteral("Ngày sinh")},
        {QStringLiteral("birth_year"), QStringLiteral("Năm sinh")},
        {QStringLiteral("phone"), QStringLiteral("Số điện thoại")},
        {QStringLiteral("address"), QStringLiteral("Nơi cư trú")},
        {QStringLiteral("province"), QStringLiteral("Tỉnh, thành phố cư trú")},
        {QStringLiteral("commune"), QStringLiteral("Xã, phường cư trú")},
        {QStringLiteral("id_number"), QStringLiteral("Giấy tờ tùy thân")},
        {QStringLiteral("nationality"), QStringLiteral("Quốc tịch")},
        {QStringLiteral("ethnicity"), QStringLiteral("Dân tộc")},
        {QStringLiteral("category"), QStringLiteral("Đối tượng")},
        {QStringLiteral("identification_status"), QStringLiteral("Tình trạng xác định nạn nhân")},
        {QStringLiteral("exploitation_type"), QStringLiteral("Hình thức bị bóc lột")},
        {QStringLiteral("destination_country"), QStringLiteral("Nước đến")},
    };
    return words.value(code, disclosableFieldLabel(code));
}

// The register's narrow column names the group by its legal basis ("Điều 7 khoản 6a"), not its long label.
QString shortGroup(const QString& label, const QString& basis) {
    static const QRegularExpression article(QStringLiteral("(Điều\\s+\\d+\\s+khoản\\s+\\w+)"));
    const auto match = article.match(basis);
    return match.hasMatch() ? match.captured(1) : label;
}

// Fills the document's template (the centre's override or the shipped default), checked against its schema.
Result<QString> filledTemplate(Session& session, const QString& code, const TemplateSchema& schema,
                               const TemplateData& data) {
    auto body = DocumentTemplateService(session).effective(code);
    if (!body)
        return body.error();
    if (const Status valid = validateTemplate(body->body, schema); !valid)
        return valid.error();
    return expandTemplate(body->body, data);
}

OfficialDocument frame(Session& session, const CommonValues& common) {
    OfficialDocument document;
    document.setIssuer(session.centre().parentAgency, session.centre().name)
        .setPlaceDate(session.centre().placeName, common.now.date())
        .setPrintMark({common.printedBy, common.now, true});
    return document;
}

const QStringList kPersonKeys = {QStringLiteral("full_name"), QStringLiteral("birth"),
                                 QStringLiteral("sex"),       QStringLiteral("address"),
                                 QStringLiteral("phone"),     QStringLiteral("id_document"),
                                 QStringLiteral("category"),  QStringLiteral("identification"),
                                 QStringLiteral("ethnicity"), QStringLiteral("nationality")};
const QStringList kProviderKeys = {QStringLiteral("full_name"), QStringLiteral("kind"),
                                   QStringLiteral("card_number"), QStringLiteral("organisation"),
                                   QStringLiteral("phone")};
const QStringList kCaseKeys = {QStringLiteral("file_code"),
                               QStringLiteral("unit"),
                               QStringLiteral("register_number"),
                               QStringLiteral("received_on"),
                               QStringLiteral("accepted_on"),
                               QStringLiteral("assigned_on"),
                               QStringLiteral("ended_on"),
                               QStringLiteral("group"),
                               QStringLiteral("group_basis"),
                               QStringLiteral("field"),
                               QStringLiteral("form"),
                               QStringLiteral("summary"),
                               QStringLiteral("status"),
                               QStringLiteral("outcome"),
                               QStringLiteral("requester"),
                               QStringLiteral("requester_relation"),
                               QStringLiteral("notes_hidden")};

void addProvider(TemplateData& data, const QString& prefix, Session& session, std::optional<qint64> id) {
    if (!id)
        return;
    DirectoryRepository directory(session.db());
    auto provider = directory.provider(*id);
    if (!provider || !provider->has_value())
        return;
    const Provider& found = **provider;
    const auto put = [&](const char* key, const QString& value) {
        data.values.insert(prefix + QLatin1Char('.') + QLatin1String(key), value);
    };
    put("full_name", found.fullName);
    put("kind", providerKindWords(found.kind));
    put("card_number", found.cardNumber);
    put("phone", found.phone);
    if (found.organisationId > 0) {
        auto organisation = directory.organisation(found.organisationId);
        if (organisation && organisation->has_value())
            put("organisation", (*organisation)->name);
    }
}

} // namespace

TemplateSchema caseDocumentSchema() {
    TemplateSchema schema;
    addCommonSchema(schema);
    for (const QString& key : kCaseKeys)
        schema.values.insert(QStringLiteral("case.") + key);
    for (const QString& key : kPersonKeys)
        schema.values.insert(QStringLiteral("person.") + key);
    for (const QString& key : kProviderKeys) {
        schema.values.insert(QStringLiteral("provider.") + key);
        schema.values.insert(QStringLiteral("previous_provider.") + key);
    }
    for (const char* name :
         {"change.on", "change.requested_on", "change.reason", "exit.on", "exit.reason", "exit.ground"})
        schema.values.insert(QLatin1String(name));
    for (const QString& ground : catalogueCodes(CaseCatalogue::RefusalGround))
        schema.values.insert(QStringLiteral("ground.") + ground);
    for (const QString& ground : catalogueCodes(CaseCatalogue::DiscontinuationGround))
        schema.values.insert(QStringLiteral("ground.") + ground);
    schema.lists.insert(QStringLiteral("timeline"), {QStringLiteral("date"), QStringLiteral("what"),
                                                     QStringLiteral("detail"), QStringLiteral("by")});
    schema.lists.insert(QStringLiteral("hearings"), {QStringLiteral("date"), QStringLiteral("court"),
                                                     QStringLiteral("stage"), QStringLiteral("detail")});
    schema.lists.insert(QStringLiteral("documents"),
                        {QStringLiteral("number_in_file"), QStringLiteral("date"),
                         QStringLiteral("direction"), QStringLiteral("type"), QStringLiteral("title"),
                         QStringLiteral("number"), QStringLiteral("party")});
    schema.lists.insert(QStringLiteral("providers"), {QStringLiteral("full_name"), QStringLiteral("from"),
                                                      QStringLiteral("to"), QStringLiteral("reason")});
    schema.lists.insert(QStringLiteral("evaluations"),
                        {QStringLiteral("date"), QStringLiteral("rating"), QStringLiteral("detail")});
    schema.lists.insert(QStringLiteral("feedback"),
                        {QStringLiteral("date"), QStringLiteral("satisfied"), QStringLiteral("detail")});
    return schema;
}

TemplateSchema referralSlipSchema() {
    TemplateSchema schema;
    addCommonSchema(schema);
    for (const char* name :
         {"referral.id", "referral.sent_on", "referral.due_on", "referral.service", "referral.note",
          "organisation.name", "organisation.address", "organisation.phone"})
        schema.values.insert(QLatin1String(name));
    schema.lists.insert(QStringLiteral("fields"), {QStringLiteral("label"), QStringLiteral("value")});
    return schema;
}

TemplateSchema registerSchema() {
    TemplateSchema schema;
    addCommonSchema(schema);
    for (const char* name :
         {"period.label", "period.from", "period.to", "unit.name", "unit.code", "rows.count"})
        schema.values.insert(QLatin1String(name));
    schema.lists.insert(
        QStringLiteral("rows"),
        {QStringLiteral("index"), QStringLiteral("register_number"), QStringLiteral("file_code"),
         QStringLiteral("received_on"), QStringLiteral("accepted_on"), QStringLiteral("person"),
         QStringLiteral("birth_year"), QStringLiteral("address"), QStringLiteral("requester"),
         QStringLiteral("group"), QStringLiteral("field"), QStringLiteral("form"), QStringLiteral("provider"),
         QStringLiteral("status"), QStringLiteral("ended_on"), QStringLiteral("outcome")});
    return schema;
}

TemplateSchema directorySchema() {
    TemplateSchema schema;
    addCommonSchema(schema);
    schema.values.insert(QStringLiteral("providers.count"));
    schema.lists.insert(QStringLiteral("organisations"),
                        {QStringLiteral("index"), QStringLiteral("name"), QStringLiteral("address"),
                         QStringLiteral("phone"), QStringLiteral("kind")});
    schema.lists.insert(QStringLiteral("providers"),
                        {QStringLiteral("index"), QStringLiteral("full_name"), QStringLiteral("kind"),
                         QStringLiteral("card_number"), QStringLiteral("phone")});
    return schema;
}

TemplateSchema beneficiariesSchema() {
    TemplateSchema schema;
    addCommonSchema(schema);
    for (const char* name : {"period.label", "period.from", "period.to", "rows.count"})
        schema.values.insert(QLatin1String(name));
    schema.lists.insert(QStringLiteral("rows"),
                        {QStringLiteral("index"), QStringLiteral("full_name"), QStringLiteral("birth_year"),
                         QStringLiteral("sex"), QStringLiteral("category"), QStringLiteral("address"),
                         QStringLiteral("file_codes"), QStringLiteral("forms")});
    return schema;
}

Result<OfficialDocument> buildCaseDocument(Session& session, const QString& code, qint64 caseId) {
    static const QStringList caseCodes = {
        QStringLiteral("decision_assign"), QStringLiteral("decision_change_provider"),
        QStringLiteral("refusal"),         QStringLiteral("discontinuation"),
        QStringLiteral("feedback"),        QStringLiteral("dossier")};
    if (!caseCodes.contains(code))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Documents", "\"%1\" is not a document printed for a case.")
                .arg(code));
    auto details = CaseService(session).get(caseId);
    if (!details)
        return details.error();
    const CaseRecord& record = details->record;
    const auto refuse = [&](const char* message) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Documents", message).arg(record.fileCode));
    };
    if (code == QLatin1String("decision_assign") && !record.providerId && !record.assignedOn.isValid())
        return refuse(QT_TRANSLATE_NOOP("Documents",
                                        "No provider has been assigned to case %1 yet: assign one "
                                        "before printing the decision."));
    if (code == QLatin1String("refusal") && record.status != CaseStatus::Refused)
        return refuse(QT_TRANSLATE_NOOP("Documents", "Case %1 was not refused: the refusal letter is printed "
                                                     "after the case is refused."));
    if (code == QLatin1String("discontinuation") && record.status != CaseStatus::Discontinued)
        return refuse(QT_TRANSLATE_NOOP("Documents",
                                        "Case %1 was not discontinued: the notice is printed after "
                                        "the case is discontinued."));
    const CaseTransitionRecord* change = nullptr;
    for (const CaseTransitionRecord& transition : details->transitions)
        if (transition.action == QLatin1String("change_provider"))
            change = &transition;
    if (code == QLatin1String("decision_change_provider") && !change)
        return refuse(QT_TRANSLATE_NOOP("Documents", "The provider of case %1 was never changed: record the "
                                                     "change before printing the decision."));

    auto file = PersonService(session).get(record.personId);
    if (!file)
        return file.error();
    const PersonDetails& person = file->person.details;
    auto group = CaseCatalogueRepository(session.db()).group(record.groupCode);
    if (!group)
        return group.error();
    auto field = CaseCatalogueRepository(session.db()).field(record.fieldCode);
    if (!field)
        return field.error();

    CommonValues common = commonValues(session);
    TemplateData& data = common.data;
    const auto set = [&](const QString& key, const QString& value) {
        data.values.insert(key, value.trimmed());
    };
    set(QStringLiteral("case.file_code"), record.fileCode);
    set(QStringLiteral("case.unit"), record.unitCode);
    set(QStringLiteral("case.register_number"), QString::number(record.registerNumber));
    set(QStringLiteral("case.received_on"), displayDate(record.receivedOn));
    set(QStringLiteral("case.accepted_on"), displayDate(record.acceptedOn));
    set(QStringLiteral("case.assigned_on"), displayDate(record.assignedOn));
    set(QStringLiteral("case.ended_on"), displayDate(record.endedOn));
    set(QStringLiteral("case.group"), group->has_value() ? (*group)->labelVi : record.groupCode);
    set(QStringLiteral("case.group_basis"), group->has_value() ? (*group)->legalBasis : QString());
    set(QStringLiteral("case.field"), field->has_value() ? (*field)->labelVi : record.fieldCode);
    set(QStringLiteral("case.form"), formWords(caseFormCode(record.form)));
    set(QStringLiteral("case.summary"), record.summary);
    set(QStringLiteral("case.status"), statusWords(caseStatusCode(record.status)));
    set(QStringLiteral("case.outcome"), record.outcome);
    set(QStringLiteral("case.requester"),
        record.requesterName.trimmed().isEmpty() ? person.fullName : record.requesterName);
    set(QStringLiteral("case.requester_relation"), record.requesterRelation);
    set(QStringLiteral("case.notes_hidden"), details->textHidden ? QStringLiteral("x") : QString());

    set(QStringLiteral("person.full_name"), person.fullName);
    set(QStringLiteral("person.birth"), birthOf(person));
    set(QStringLiteral("person.sex"), sexWords(sexCode(person.sex)));
    set(QStringLiteral("person.address"), addressOf(person.commune, person.provinceCode));
    set(QStringLiteral("person.phone"), person.phone);
    set(QStringLiteral("person.id_document"), idDocumentOf(person));
    set(QStringLiteral("person.category"), categoryWords(personCategoryCode(person.category)));
    set(QStringLiteral("person.identification"),
        file->person.currentStatus
            ? personCatalogueLabel(PersonCatalogue::IdentificationStatus,
                                   identificationStatusCode(*file->person.currentStatus))
            : QString());
    set(QStringLiteral("person.ethnicity"),
        person.ethnicityCode.isEmpty()
            ? QString()
            : personCatalogueLabel(PersonCatalogue::Ethnicity, person.ethnicityCode));
    set(QStringLiteral("person.nationality"),
        person.nationalityCode.isEmpty()
            ? QString()
            : personCatalogueLabel(PersonCatalogue::Country, person.nationalityCode));

    addProvider(data, QStringLiteral("provider"), session, record.providerId);
    if (change) {
        // The provider before the change: the change's event names it.
        std::optional<qint64> previous;
        for (const CaseEventRecord& event : details->events)
            if (event.kind == QLatin1String("provider_change") && event.previousProviderId)
                previous = event.previousProviderId;
        addProvider(data, QStringLiteral("previous_provider"), session, previous);
        addProvider(data, QStringLiteral("provider"), session, change->providerId);
        set(QStringLiteral("change.on"), displayDate(change->effectiveOn));
        set(QStringLiteral("change.requested_on"), displayDate(change->requestedOn));
        set(QStringLiteral("change.reason"), change->reason);
    }
    set(QStringLiteral("exit.on"), displayDate(record.endedOn));
    set(QStringLiteral("exit.reason"), record.exitReason);
    if (!record.exitGround.isEmpty()) {
        set(QStringLiteral("ground.") + record.exitGround, QStringLiteral("x"));
        set(QStringLiteral("exit.ground"), record.exitGround);
    }

    // The file's history: the lifecycle steps and the events, by date.
    struct Dated {
        QDate date;
        int order = 0;
        TemplateData item;
    };
    std::vector<Dated> timeline;
    int order = 0;
    for (const CaseTransitionRecord& transition : details->transitions) {
        TemplateData item;
        item.values.insert(QStringLiteral("date"), displayDate(transition.effectiveOn));
        item.values.insert(QStringLiteral("what"), actionWords(transition.action));
        item.values.insert(QStringLiteral("detail"), transition.reason);
        item.values.insert(QStringLiteral("by"), transition.actor);
        timeline.push_back({transition.effectiveOn, order++, std::move(item)});
    }
    auto& hearings = data.lists[QStringLiteral("hearings")];
    auto& documents = data.lists[QStringLiteral("documents")];
    auto& evaluations = data.lists[QStringLiteral("evaluations")];
    auto& feedback = data.lists[QStringLiteral("feedback")];
    for (const CaseEventRecord& event : details->events) {
        TemplateData item;
        item.values.insert(QStringLiteral("date"), displayDate(event.occurredOn));
        QString detail = event.body;
        if (event.kind == QLatin1String("hearing")) {
            TemplateData hearing;
            hearing.values.insert(QStringLiteral("date"), displayDate(event.occurredOn));
            hearing.values.insert(QStringLiteral("court"), event.court);
            hearing.values.insert(
                QStringLiteral("stage"),
                event.stage.isEmpty() ? QString() : catalogueLabel(CaseCatalogue::HearingStage, event.stage));
            hearing.values.insert(QStringLiteral("detail"), event.body);
            hearings.push_back(std::move(hearing));
            detail = event.court;
        } else if (event.kind == QLatin1String("document")) {
            TemplateData document;
            document.values.insert(QStringLiteral("number_in_file"), QString::number(documents.size() + 1));
            document.values.insert(QStringLiteral("date"), displayDate(event.occurredOn));
            document.values.insert(QStringLiteral("direction"),
                                   event.documentDirection == QLatin1String("issued")
                                       ? QStringLiteral("Đi")
                                       : QStringLiteral("Đến"));
            document.values.insert(QStringLiteral("type"),
                                   event.documentType.isEmpty()
                                       ? QString()
                                       : catalogueLabel(CaseCatalogue::DocumentType, event.documentType));
            document.values.insert(QStringLiteral("title"), event.documentTitle);
            document.values.insert(QStringLiteral("number"), event.documentNumber);
            document.values.insert(QStringLiteral("party"), event.documentParty);
            documents.push_back(std::move(document));
            detail = event.documentTitle;
        } else if (event.kind == QLatin1String("evaluation")) {
            TemplateData evaluation;
            evaluation.values.insert(QStringLiteral("date"), displayDate(event.occurredOn));
            evaluation.values.insert(QStringLiteral("rating"),
                                     event.rating.isEmpty()
                                         ? QString()
                                         : catalogueLabel(CaseCatalogue::EvaluationRating, event.rating));
            evaluation.values.insert(QStringLiteral("detail"), event.body);
            evaluations.push_back(std::move(evaluation));
        } else if (event.kind == QLatin1String("feedback")) {
            TemplateData answer;
            answer.values.insert(QStringLiteral("date"), displayDate(event.occurredOn));
            answer.values.insert(QStringLiteral("satisfied"), !event.satisfied ? QString()
                                                              : *event.satisfied
                                                                  ? QStringLiteral("Hài lòng")
                                                                  : QStringLiteral("Không hài lòng"));
            answer.values.insert(QStringLiteral("detail"), event.body);
            feedback.push_back(std::move(answer));
        } else if (event.kind == QLatin1String("provider_change")) {
            continue; // the lifecycle step already shows it
        }
        item.values.insert(QStringLiteral("what"), eventKindWords(event.kind));
        item.values.insert(QStringLiteral("detail"), detail);
        item.values.insert(QStringLiteral("by"), event.actor);
        timeline.push_back({event.occurredOn, order++, std::move(item)});
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const Dated& a, const Dated& b) {
        return a.date != b.date ? a.date < b.date : a.order < b.order;
    });
    auto& timelineItems = data.lists[QStringLiteral("timeline")];
    for (Dated& dated : timeline)
        timelineItems.push_back(std::move(dated.item));

    // Who performed the legal aid, in turn: each assignment or change, until the next.
    auto& providers = data.lists[QStringLiteral("providers")];
    for (const CaseTransitionRecord& transition : details->transitions) {
        if (!transition.providerId)
            continue;
        if (!providers.empty())
            providers.back().values.insert(QStringLiteral("to"), displayDate(transition.effectiveOn));
        TemplateData item;
        DirectoryRepository directory(session.db());
        auto provider = directory.provider(*transition.providerId);
        item.values.insert(QStringLiteral("full_name"), provider && provider->has_value()
                                                            ? (*provider)->fullName
                                                            : QString::number(*transition.providerId));
        item.values.insert(QStringLiteral("from"), displayDate(transition.effectiveOn));
        item.values.insert(QStringLiteral("reason"), transition.action == QLatin1String("change_provider")
                                                         ? transition.reason
                                                         : QString());
        providers.push_back(std::move(item));
    }
    if (!providers.empty() && record.endedOn.isValid())
        providers.back().values.insert(QStringLiteral("to"), displayDate(record.endedOn));

    auto html = filledTemplate(session, code, caseDocumentSchema(), data);
    if (!html)
        return html.error();
    OfficialDocument document = frame(session, common);
    document.appendBodyHtml(*html);
    const QString kept = QStringLiteral("Lưu: VT, hồ sơ vụ việc %1").arg(record.fileCode);
    if (code == QLatin1String("decision_assign") || code == QLatin1String("decision_change_provider")) {
        document.setNumber(QStringLiteral("……/QĐ-TGPL"))
            .setSignature(common.signerTitle, common.signerName)
            .setRecipients({QStringLiteral("Như Điều 3"), kept});
    } else if (code == QLatin1String("refusal") || code == QLatin1String("discontinuation")) {
        document.setNumber(QStringLiteral("……/TGPL"))
            .setSignature(common.signerTitle, common.signerName)
            .setRecipients({QStringLiteral("Người yêu cầu trợ giúp pháp lý"), kept});
    } else if (code == QLatin1String("feedback")) {
        document.setHeaderStyle(HeaderStyle::NationalOnly).setPlaceDate({}, {});
    } else if (code == QLatin1String("dossier")) {
        document.setHasContents(true);
    }
    document.setDocumentTitle(code + QStringLiteral(" – ") + record.fileCode);
    return document;
}

Result<OfficialDocument> buildReferralSlip(Session& session, qint64 referralId) {
    auto details = ReferralService(session).show(referralId);
    if (!details)
        return details.error();
    const Referral& referral = details->referral;
    if (referral.direction != QLatin1String("out"))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Documents", "Referral %1 is incoming: a referral slip is printed for a "
                                          "person the centre sends to a partner.")
                             .arg(referralId));
    // Disclosure is checked again today: a consent withdrawn since the referral stops the slip.
    auto decision =
        checkDisclosure(session.db(), referral.personId, referral.organisationId, QDate::currentDate());
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return makeError(ErrorCode::ConsentMissing,
                         decision->reason.isEmpty()
                             ? QCoreApplication::translate(
                                   "Documents", "The person's consent no longer allows sharing with "
                                                "this partner: the referral slip cannot be printed.")
                             : decision->reason);
    auto file = PersonService(session).get(referral.personId);
    if (!file)
        return file.error();
    const PersonDetails& person = file->person.details;
    auto organisation = DirectoryRepository(session.db()).organisation(referral.organisationId);
    if (!organisation)
        return organisation.error();

    CommonValues common = commonValues(session);
    TemplateData& data = common.data;
    data.values.insert(QStringLiteral("referral.id"), QString::number(referral.id));
    data.values.insert(QStringLiteral("referral.sent_on"), displayDate(referral.sentOn));
    data.values.insert(QStringLiteral("referral.due_on"), displayDate(referral.dueOn));
    data.values.insert(QStringLiteral("referral.service"), serviceWords(referral.service));
    data.values.insert(QStringLiteral("referral.note"), referral.note);
    if (organisation->has_value()) {
        data.values.insert(QStringLiteral("organisation.name"), (*organisation)->name);
        data.values.insert(QStringLiteral("organisation.address"), (*organisation)->address);
        data.values.insert(QStringLiteral("organisation.phone"), (*organisation)->phone);
    }
    // Only what was disclosed under the consent: the template has no other way to name the person's data.
    const auto valueOf = [&](const QString& field) -> QString {
        if (field == QLatin1String("full_name"))
            return person.fullName;
        if (field == QLatin1String("sex"))
            return sexWords(sexCode(person.sex));
        if (field == QLatin1String("birth_date"))
            return person.birthDate.isValid() ? displayDate(person.birthDate) : birthOf(person);
        if (field == QLatin1String("birth_year")) {
            const auto year = birthYearOf(person);
            return year ? QString::number(*year) : QString();
        }
        if (field == QLatin1String("phone"))
            return person.phone;
        if (field == QLatin1String("address"))
            return addressOf(person.commune, person.provinceCode);
        if (field == QLatin1String("province"))
            return person.provinceCode.isEmpty()
                       ? QString()
                       : personCatalogueLabel(PersonCatalogue::Province, person.provinceCode);
        if (field == QLatin1String("commune"))
            return person.commune;
        if (field == QLatin1String("id_number"))
            return idDocumentOf(person);
        if (field == QLatin1String("nationality"))
            return person.nationalityCode.isEmpty()
                       ? QString()
                       : personCatalogueLabel(PersonCatalogue::Country, person.nationalityCode);
        if (field == QLatin1String("ethnicity"))
            return person.ethnicityCode.isEmpty()
                       ? QString()
                       : personCatalogueLabel(PersonCatalogue::Ethnicity, person.ethnicityCode);
        if (field == QLatin1String("category"))
            return categoryWords(personCategoryCode(person.category));
        if (field == QLatin1String("identification_status"))
            return file->person.currentStatus
                       ? personCatalogueLabel(PersonCatalogue::IdentificationStatus,
                                              identificationStatusCode(*file->person.currentStatus))
                       : QString();
        if (field == QLatin1String("exploitation_type"))
            return person.exploitationCode.isEmpty()
                       ? QString()
                       : personCatalogueLabel(PersonCatalogue::ExploitationType, person.exploitationCode);
        if (field == QLatin1String("destination_country"))
            return person.destinationCode.isEmpty()
                       ? QString()
                       : personCatalogueLabel(PersonCatalogue::Country, person.destinationCode);
        return {};
    };
    auto& fields = data.lists[QStringLiteral("fields")];
    for (const QString& field : disclosableFieldCodes()) { // catalogue order, whatever order was recorded
        const bool disclosed =
            std::any_of(details->disclosures.begin(), details->disclosures.end(),
                        [&](const ReferralDisclosure& disclosure) { return disclosure.field == field; });
        if (!disclosed)
            continue;
        TemplateData item;
        item.values.insert(QStringLiteral("label"), disclosedFieldWords(field));
        item.values.insert(QStringLiteral("value"), valueOf(field));
        fields.push_back(std::move(item));
    }
    auto html = filledTemplate(session, QStringLiteral("referral_slip"), referralSlipSchema(), data);
    if (!html)
        return html.error();
    OfficialDocument document = frame(session, common);
    document.setNumber(QStringLiteral("……/PCG-TGPL"))
        .appendBodyHtml(*html)
        .setSignature(common.signerTitle, common.signerName)
        .setRecipients(
            {organisation->has_value() ? (*organisation)->name : QString(), QStringLiteral("Lưu: VT")})
        .setDocumentTitle(QStringLiteral("Phiếu chuyển gửi – %1").arg(referralId));
    return document;
}

Result<OfficialDocument> buildRegister(Session& session, const QString& unitCode, const QDate& from,
                                       const QDate& to, const QString& periodLabel) {
    if (const Status allowed = requirePermission(session.user().role, Operation::CaseView); !allowed)
        return allowed.error();
    auto lines = DocumentQueries(session.db()).registerLines(unitCode, from, to);
    if (!lines)
        return lines.error();
    const bool showOutcome = isAllowed(session.user().role, Operation::CaseNotesView);
    CommonValues common = commonValues(session);
    TemplateData& data = common.data;
    data.values.insert(QStringLiteral("period.label"), periodLabel);
    data.values.insert(QStringLiteral("period.from"), displayDate(from));
    data.values.insert(QStringLiteral("period.to"), displayDate(to));
    data.values.insert(QStringLiteral("unit.code"), unitCode);
    data.values.insert(QStringLiteral("unit.name"), unitCode.isEmpty() || unitCode == session.centre().code
                                                        ? session.centre().name
                                                        : unitCode);
    data.values.insert(QStringLiteral("rows.count"), QString::number(lines->size()));
    auto& rows = data.lists[QStringLiteral("rows")];
    rows.reserve(lines->size());
    int index = 0;
    for (const RegisterLine& line : *lines) {
        TemplateData row;
        auto& values = row.values;
        values.insert(QStringLiteral("index"), QString::number(++index));
        values.insert(QStringLiteral("register_number"), QString::number(line.registerNumber));
        values.insert(QStringLiteral("file_code"), line.fileCode);
        values.insert(QStringLiteral("received_on"), displayDate(line.receivedOn));
        values.insert(QStringLiteral("accepted_on"), displayDate(line.acceptedOn));
        values.insert(QStringLiteral("person"), line.personName);
        values.insert(QStringLiteral("birth_year"),
                      line.personBirthYear ? QString::number(*line.personBirthYear) : QString());
        values.insert(QStringLiteral("address"), addressOf(line.personCommune, line.personProvinceCode));
        values.insert(QStringLiteral("requester"), line.requesterName);
        values.insert(QStringLiteral("group"), shortGroup(line.groupLabel, line.groupBasis));
        values.insert(QStringLiteral("field"), line.fieldLabel);
        values.insert(QStringLiteral("form"), formWords(line.form));
        values.insert(QStringLiteral("provider"), line.providerName);
        values.insert(QStringLiteral("status"), statusWords(line.status));
        values.insert(QStringLiteral("ended_on"), displayDate(line.endedOn));
        values.insert(QStringLiteral("outcome"), showOutcome ? line.outcome : QString());
        rows.push_back(std::move(row));
    }
    auto html = filledTemplate(session, QStringLiteral("register"), registerSchema(), data);
    if (!html)
        return html.error();
    OfficialDocument document = frame(session, common);
    document.setOrientation(QPageLayout::Landscape)
        .appendBodyHtml(*html)
        .setDocumentTitle(QStringLiteral("Sổ thụ lý, theo dõi vụ việc TGPL – ") + periodLabel);
    return document;
}

Result<OfficialDocument> buildDirectoryList(Session& session) {
    auto listing = DirectoryService(session).directoryListing();
    if (!listing)
        return listing.error();
    CommonValues common = commonValues(session);
    TemplateData& data = common.data;
    auto& organisations = data.lists[QStringLiteral("organisations")];
    int providerIndex = 0;
    for (const DirectoryEntry& entry : *listing) {
        TemplateData organisation;
        organisation.values.insert(QStringLiteral("index"), QString::number(organisations.size() + 1));
        organisation.values.insert(QStringLiteral("name"), entry.organisation.name);
        organisation.values.insert(QStringLiteral("address"), entry.organisation.address);
        organisation.values.insert(QStringLiteral("phone"), entry.organisation.phone);
        organisation.values.insert(QStringLiteral("kind"), organisationKindLabel(entry.organisation.kind));
        auto& providers = organisation.lists[QStringLiteral("providers")];
        for (const Provider& provider : entry.providers) {
            TemplateData item;
            item.values.insert(QStringLiteral("index"), QString::number(++providerIndex));
            item.values.insert(QStringLiteral("full_name"), provider.fullName);
            item.values.insert(QStringLiteral("kind"), providerKindWords(provider.kind));
            item.values.insert(QStringLiteral("card_number"), provider.cardNumber);
            item.values.insert(QStringLiteral("phone"), provider.phone);
            providers.push_back(std::move(item));
        }
        organisations.push_back(std::move(organisation));
    }
    data.values.insert(QStringLiteral("providers.count"), QString::number(providerIndex));
    auto html = filledTemplate(session, QStringLiteral("directory"), directorySchema(), data);
    if (!html)
        return html.error();
    OfficialDocument document = frame(session, common);
    // Published to partners: the providers' work details are not personal data to keep confidential.
    document.setNumber(QStringLiteral("……/DS-TGPL"))
        .appendBodyHtml(*html)
        .setSignature(common.signerTitle, common.signerName)
        .setRecipients({QStringLiteral("Sở Tư pháp"), QStringLiteral("Các cơ quan, tổ chức liên quan"),
                        QStringLiteral("Lưu: VT")})
        .setPrintMark({common.printedBy, common.now, false})
        .setDocumentTitle(QStringLiteral("Danh sách tổ chức thực hiện TGPL và người thực hiện TGPL"));
    return document;
}

Result<OfficialDocument> buildBeneficiaryList(Session& session, const QDate& from, const QDate& to,
                                              const QString& periodLabel) {
    if (const Status allowed = requirePermission(session.user().role, Operation::PrintBeneficiaryList);
        !allowed)
        return allowed.error();
    auto lines = DocumentQueries(session.db()).beneficiaries(from, to);
    if (!lines)
        return lines.error();
    CommonValues common = commonValues(session);
    TemplateData& data = common.data;
    data.values.insert(QStringLiteral("period.label"), periodLabel);
    data.values.insert(QStringLiteral("period.from"), displayDate(from));
    data.values.insert(QStringLiteral("period.to"), displayDate(to));
    data.values.insert(QStringLiteral("rows.count"), QString::number(lines->size()));
    auto& rows = data.lists[QStringLiteral("rows")];
    int index = 0;
    for (const BeneficiaryLine& line : *lines) {
        TemplateData row;
        row.values.insert(QStringLiteral("index"), QString::number(++index));
        row.values.insert(QStringLiteral("full_name"), line.fullName);
        row.values.insert(QStringLiteral("birth_year"),
                          line.birthYear ? QString::number(*line.birthYear) : QString());
        row.values.insert(QStringLiteral("sex"), sexWords(line.sex));
        row.values.insert(QStringLiteral("category"), categoryWords(line.category));
        row.values.insert(QStringLiteral("address"), addressOf(line.commune, line.provinceCode));
        row.values.insert(QStringLiteral("file_codes"), line.fileCodes);
        QStringList forms;
        for (const QString& form : line.forms.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!forms.contains(formWords(form)))
                forms << formWords(form);
        row.values.insert(QStringLiteral("forms"), forms.join(QStringLiteral(", ")));
        rows.push_back(std::move(row));
    }
    auto html = filledTemplate(session, QStringLiteral("beneficiaries"), beneficiariesSchema(), data);
    if (!html)
        return html.error();
    OfficialDocument document = frame(session, common);
    document.setOrientation(QPageLayout::Landscape)
        .appendBodyHtml(*html)
        .setSignature(common.signerTitle, common.signerName)
        .setRecipients({QStringLiteral("Lưu: VT")})
        .setDocumentTitle(QStringLiteral("Danh sách người được TGPL – ") + periodLabel);
    return document;
}

} // namespace legalaid::documents

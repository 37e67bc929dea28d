#include "exchange/export_service.h"

#include "exchange/pseudonymiser.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QVariant>

namespace legalaid::exchange {

namespace {

using Repo = ExportRepository;
using Cell = std::function<QString(const QSqlQuery&, const Pseudonymiser&)>;

struct Field {
    CsvColumn column;
    bool identifiedOnly = false;
    Cell value;
};

Cell textAt(int index) {
    return [index](const QSqlQuery& row, const Pseudonymiser&) { return row.value(index).toString(); };
}

Cell pseudonymAt(const char* kind, int index) {
    return [kind, index](const QSqlQuery& row, const Pseudonymiser& pseudonyms) {
        const QVariant value = row.value(index);
        return value.isNull() ? QString() : pseudonyms.id(kind, value.toLongLong());
    };
}

Cell ageBandAt(int birthDate, int birthYear, int onDate) {
    return [=](const QSqlQuery& row, const Pseudonymiser&) {
        return ageBand(row.value(birthDate).toString(), row.value(birthYear).toInt(),
                       row.value(onDate).toString());
    };
}

Field field(const char* code, CsvType type, const char* vi, const char* en, Cell value,
            bool identifiedOnly = false) {
    return {{QString::fromLatin1(code), type, QString::fromUtf8(vi), QString::fromUtf8(en)},
            identifiedOnly,
            std::move(value)};
}

std::vector<Field> caseFields() {
    return {
        field("case_ref", CsvType::Text, "Mã giả danh của vụ việc (ổn định giữa các lần xuất)",
              "Pseudonymous case id (stable across exports)", pseudonymAt("case", Repo::CaseId)),
        field("person_ref", CsvType::Text, "Mã giả danh của người được TGPL",
              "Pseudonymous id of the beneficiary", pseudonymAt("person", Repo::CasePersonId)),
        field("case_id", CsvType::Integer, "Số định danh vụ việc trong cơ sở dữ liệu",
              "Case id in the database", textAt(Repo::CaseId), true),
        field("file_code", CsvType::Text, "Mã hồ sơ vụ việc", "Case file code", textAt(Repo::CaseFileCode),
              true),
        field("unit_code", CsvType::Text, "Mã đơn vị thụ lý (Trung tâm, Chi nhánh)",
              "Unit code (centre, branch)", textAt(Repo::CaseUnit)),
        field("form", CsvType::Text, "Hình thức TGPL: consultation, litigation, out_of_court",
              "Form of legal aid: consultation, litigation, out_of_court", textAt(Repo::CaseForm)),
        field("field_of_law", CsvType::Text, "Mã lĩnh vực pháp luật", "Field of law code",
              textAt(Repo::CaseField)),
        field("beneficiary_group", CsvType::Text, "Mã diện người được TGPL (Luật TGPL, Điều 7)",
              "Beneficiary group code (Legal Aid Law art. 7)", textAt(Repo::CaseGroup)),
        field("source", CsvType::Text, "Nguồn tiếp nhận yêu cầu", "How the request came",
              textAt(Repo::CaseSource)),
        field("received_on", CsvType::Date, "Ngày tiếp nhận (ISO 8601)", "Date received (ISO 8601)",
              textAt(Repo::CaseReceivedOn)),
        field("accepted_on", CsvType::Date, "Ngày thụ lý", "Date accepted", textAt(Repo::CaseAcceptedOn)),
        field("assigned_on", CsvType::Date, "Ngày cử người thực hiện", "Date a provider was assigned",
              textAt(Repo::CaseAssignedOn)),
        field("ended_on", CsvType::Date, "Ngày kết thúc, từ chối, rút, không tiếp tục hoặc chuyển",
              "Date closed, refused, withdrawn, discontinued or transferred", textAt(Repo::CaseEndedOn)),
        field("status", CsvType::Text, "Trạng thái vụ việc", "Case status", textAt(Repo::CaseStatus)),
        field("exit_ground", CsvType::Text, "Căn cứ từ chối hoặc không tiếp tục",
              "Ground of refusal or discontinuation", textAt(Repo::CaseExitGround)),
        field("urgent", CsvType::Boolean, "Vụ việc khẩn cấp (1/0)", "Urgent case (1/0)",
              textAt(Repo::CaseUrgent)),
        field("provider_kind", CsvType::Text, "Loại người thực hiện TGPL", "Kind of provider",
              textAt(Repo::CaseProviderKind)),
        field("person_category", CsvType::Text, "Đối tượng: victim, under_identification, accompanying_minor",
              "Category: victim, under_identification, accompanying_minor", textAt(Repo::CasePersonCategory)),
        field("sex", CsvType::Text, "Giới tính: f, m, x", "Sex: f, m, x", textAt(Repo::CasePersonSex)),
        field("age_band", CsvType::Text, "Nhóm tuổi tại ngày tiếp nhận", "Age band on the date received",
              ageBandAt(Repo::CasePersonBirthDate, Repo::CasePersonBirthYear, Repo::CaseReceivedOn)),
        field("ethnicity", CsvType::Text, "Mã dân tộc", "Ethnic group code",
              textAt(Repo::CasePersonEthnicity)),
        field("nationality", CsvType::Text, "Mã quốc tịch (ISO 3166)", "Nationality (ISO 3166 code)",
              textAt(Repo::CasePersonNationality)),
        field("province", CsvType::Text, "Mã tỉnh, thành phố nơi cư trú", "Province of residence code",
              textAt(Repo::CasePersonProvince)),
        field("full_name", CsvType::Text, "Họ và tên người được TGPL", "Beneficiary's full name",
              textAt(Repo::CasePersonName), true),
        field("birth_date", CsvType::Date, "Ngày sinh", "Date of birth", textAt(Repo::CasePersonBirthDate),
              true),
        field("id_number", CsvType::Text, "Số giấy tờ tùy thân", "ID document number",
              textAt(Repo::CasePersonIdNumber), true),
        field("phone", CsvType::Text, "Số điện thoại", "Phone number", textAt(Repo::CasePersonPhone), true),
        field("commune", CsvType::Text, "Xã, phường nơi cư trú", "Commune of residence",
              textAt(Repo::CasePersonCommune), true),
        field("requester_name", CsvType::Text, "Người yêu cầu (nếu không phải người được TGPL)",
              "Requester (when not the beneficiary)", textAt(Repo::CaseRequesterName), true),
        field("summary", CsvType::Text, "Tóm tắt yêu cầu", "Summary of the request",
              textAt(Repo::CaseSummary), true),
        field("outcome", CsvType::Text, "Kết quả", "Outcome", textAt(Repo::CaseOutcome), true),
        field("exit_reason", CsvType::Text, "Lý do từ chối hoặc kết thúc", "Reason of refusal or ending",
              textAt(Repo::CaseExitReason), true),
    };
}

std::vector<Field> personFields() {
    return {
        field("person_ref", CsvType::Text, "Mã giả danh của người (ổn định giữa các lần xuất)",
              "Pseudonymous person id (stable across exports)", pseudonymAt("person", Repo::PersonId)),
        field("person_id", CsvType::Integer, "Số định danh người trong cơ sở dữ liệu",
              "Person id in the database", textAt(Repo::PersonId), true),
        field("category", CsvType::Text, "Đối tượng: victim, under_identification, accompanying_minor",
              "Category: victim, under_identification, accompanying_minor", textAt(Repo::PersonCategory)),
        field("sex", CsvType::Text, "Giới tính: f, m, x", "Sex: f, m, x", textAt(Repo::PersonSex)),
        field("age_band", CsvType::Text, "Nhóm tuổi tại ngày ghi nhận", "Age band on the date recorded",
              ageBandAt(Repo::PersonBirthDate, Repo::PersonBirthYear, Repo::PersonRecordedOn)),
        field("ethnicity", CsvType::Text, "Mã dân tộc", "Ethnic group code", textAt(Repo::PersonEthnicity)),
        field("nationality", CsvType::Text, "Mã quốc tịch (ISO 3166)", "Nationality (ISO 3166 code)",
              textAt(Repo::PersonNationality)),
        field("province", CsvType::Text, "Mã tỉnh, thành phố nơi cư trú", "Province of residence code",
              textAt(Repo::PersonProvince)),
        field("exploitation_type", CsvType::Text, "Hình thức bóc lột (theo HTCDS)",
              "Type of exploitation (HTCDS)", textAt(Repo::PersonExploitation)),
        field("destination", CsvType::Text, "Nước đến (ISO 3166)", "Destination country (ISO 3166 code)",
              textAt(Repo::PersonDestination)),
        field("return_mode", CsvType::Text, "Hình thức trở về", "How the person came back",
              textAt(Repo::PersonReturnMode)),
        field("identification_status", CsvType::Text, "Tình trạng xác định nạn nhân", "Identification status",
              textAt(Repo::PersonStatus)),
        field("accompanies_ref", CsvType::Text,
              "Mã giả danh của người được đi cùng (người dưới 18 tuổi đi cùng)",
              "Pseudonymous id of the person accompanied (accompanying minors)",
              pseudonymAt("person", Repo::PersonAccompanies)),
        field("recorded_on", CsvType::Date, "Ngày ghi nhận", "Date recorded", textAt(Repo::PersonRecordedOn)),
        field("full_name", CsvType::Text, "Họ và tên", "Full name", textAt(Repo::PersonName), true),
        field("birth_date", CsvType::Date, "Ngày sinh", "Date of birth", textAt(Repo::PersonBirthDate), true),
        field("birth_year", CsvType::Integer, "Năm sinh", "Year of birth", textAt(Repo::PersonBirthYear),
              true),
        field("id_type", CsvType::Text, "Loại giấy tờ tùy thân", "ID document type",
              textAt(Repo::PersonIdType), true),
        field("id_number", CsvType::Text, "Số giấy tờ tùy thân", "ID document number",
              textAt(Repo::PersonIdNumber), true),
        field("phone", CsvType::Text, "Số điện thoại", "Phone number", textAt(Repo::PersonPhone), true),
        field("commune", CsvType::Text, "Xã, phường nơi cư trú", "Commune of residence",
              textAt(Repo::PersonCommune), true),
        field("arrival_date", CsvType::Date, "Ngày đến", "Date of arrival", textAt(Repo::PersonArrivalDate),
              true),
        field("notes", CsvType::Text, "Ghi chú", "Notes", textAt(Repo::PersonNotes), true),
    };
}

std::vector<Field> referralFields() {
    return {
        field("referral_ref", CsvType::Text, "Mã giả danh của chuyển gửi", "Pseudonymous referral id",
              pseudonymAt("referral", Repo::ReferralId)),
        field("person_ref", CsvType::Text, "Mã giả danh của người", "Pseudonymous person id",
              pseudonymAt("person", Repo::ReferralPersonId)),
        field("referral_id", CsvType::Integer, "Số định danh chuyển gửi", "Referral id in the database",
              textAt(Repo::ReferralId), true),
        field("direction", CsvType::Text, "Chiều: in (đến Trung tâm), out (Trung tâm chuyển đi)",
              "Direction: in (to the centre), out (from the centre)", textAt(Repo::ReferralDirection)),
        field("organisation_kind", CsvType::Text, "Loại cơ quan, tổ chức", "Kind of partner organisation",
              textAt(Repo::ReferralOrganisationKind)),
        field("source_kind", CsvType::Text, "Loại cơ quan chuyển đến (khi ghi nhận)",
              "Kind of the referring organisation (when recorded)", textAt(Repo::ReferralSourceKind)),
        field("service", CsvType::Text, "Dịch vụ được chuyển gửi đến", "Service referred to",
              textAt(Repo::ReferralService)),
        field("status", CsvType::Text, "Trạng thái", "Status", textAt(Repo::ReferralStatus)),
        field("sent_on", CsvType::Date, "Ngày chuyển", "Date sent", textAt(Repo::ReferralSentOn)),
        field("due_on", CsvType::Date, "Hạn phản hồi", "Answer due by", textAt(Repo::ReferralDueOn)),
        field("regime_group", CsvType::Text, "Nhóm chế độ hỗ trợ (Luật 53/2024, Điều 37)",
              "Support regime group (Law 53/2024 art. 37)", textAt(Repo::ReferralRegimeGroup)),
        field("out_of_regime", CsvType::Boolean, "Ngoài chế độ hỗ trợ (1/0)",
              "Outside the support regime (1/0)", textAt(Repo::ReferralOutOfRegime)),
        field("person_abroad", CsvType::Boolean, "Người đang ở nước ngoài (1/0)", "Person abroad (1/0)",
              textAt(Repo::ReferralPersonAbroad)),
        field("organisation_name", CsvType::Text, "Tên cơ quan, tổ chức", "Organisation name",
              textAt(Repo::ReferralOrganisationName), true),
        field("note", CsvType::Text, "Ghi chú", "Note", textAt(Repo::ReferralNote), true),
    };
}

std::vector<Field> activityFields() {
    return {
        field("activity_ref", CsvType::Text, "Mã giả danh của hoạt động", "Pseudonymous activity id",
              pseudonymAt("activity", Repo::ActivityId)),
        field("activity_id", CsvType::Integer, "Số định danh hoạt động", "Activity id in the database",
              textAt(Repo::ActivityId), true),
        field("kind", CsvType::Text, "Loại hoạt động", "Kind of activity", textAt(Repo::ActivityKind)),
        field("held_on", CsvType::Date, "Ngày tổ chức", "Date held", textAt(Repo::ActivityHeldOn)),
        field("audience", CsvType::Text, "Đối tượng tham dự", "Audience", textAt(Repo::ActivityAudience)),
        field("participants", CsvType::Integer, "Số người tham dự", "Participants",
              textAt(Repo::ActivityParticipants)),
        field("female_participants", CsvType::Integer, "Số người tham dự là nữ", "Female participants",
              textAt(Repo::ActivityFemaleParticipants)),
        field("organiser_unit", CsvType::Text, "Mã đơn vị tổ chức", "Organising unit code",
              textAt(Repo::ActivityOrganiserUnit)),
        field("partner_kind", CsvType::Text, "Loại cơ quan phối hợp", "Kind of partner organisation",
              textAt(Repo::ActivityPartnerKind)),
        field("title", CsvType::Text, "Tên hoạt động", "Title", textAt(Repo::ActivityTitle), true),
        field("place", CsvType::Text, "Địa điểm", "Place", textAt(Repo::ActivityPlace), true),
        field("notes", CsvType::Text, "Ghi chú", "Notes", textAt(Repo::ActivityNotes), true),
    };
}

std::vector<Field> fieldsOf(ExportKind kind, bool identified) {
    std::vector<Field> all;
    switch (kind) {
    case ExportKind::Cases:
        all = caseFields();
        break;
    case ExportKind::People:
        all = personFields();
        break;
    case ExportKind::Referrals:
        all = referralFields();
        break;
    case ExportKind::Activities:
        all = activityFields();
        break;
    }
    std::vector<Field> chosen;
    for (Field& candidate : all) {
        if (identified || !candidate.identifiedOnly)
            chosen.push_back(std::move(candidate));
    }
    return chosen;
}

int leadingInt(const QString& text, qsizetype from, qsizetype length) {
    int value = 0;
    for (qsizetype i = from; i < from + length && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return value;
}

} // namespace

QString ageBand(const QString& birthDate, int birthYear, const QString& onDate) {
    if (onDate.size() < 10)
        return QStringLiteral("unknown");
    const int year = leadingInt(onDate, 0, 4);
    int age = -1;
    if (birthDate.size() >= 10) {
        age = year - leadingInt(birthDate, 0, 4);
        if (QStringView(onDate).mid(5, 5) < QStringView(birthDate).mid(5, 5))
            --age;
    } else if (birthYear > 0) {
        age = year - birthYear;
    }
    if (age < 0 || year < 0)
        return QStringLiteral("unknown");
    if (age < 16)
        return QStringLiteral("under_16");
    if (age < 18)
        return QStringLiteral("16_17");
    if (age < 30)
        return QStringLiteral("18_29");
    if (age < 60)
        return QStringLiteral("30_59");
    return QStringLiteral("60_plus");
}

ExportService::ExportService(Session& session)
    : m_session(session) {}

std::vector<CsvColumn> ExportService::columns(ExportKind kind, bool identified) {
    std::vector<CsvColumn> result;
    for (const Field& each : fieldsOf(kind, identified))
        result.push_back(each.column);
    return result;
}

Result<ExportSummary> ExportService::exportRecords(ExportKind kind, const reports::ReportPeriod& period,
                                                   const QString& path, const ExportOptions& options) {
    const Role role = m_session.user().role;
    if (auto allowed = requirePermission(role, Operation::ExportAnonymised); !allowed && !options.identified)
        return allowed.error();
    if (options.identified) {
        if (auto allowed = requirePermission(role, Operation::ExportIdentified); !allowed)
            return allowed.error();
    }
    QElapsedTimer timer;
    timer.start();
    auto pseudonyms = Pseudonymiser::forSession(m_session);
    if (!pseudonyms)
        return pseudonyms.error();
    const ExportRepository repository(m_session.db());
    auto total = repository.count(kind, period);
    if (!total)
        return total.error();

    const std::vector<Field> fields = fieldsOf(kind, options.identified);
    ExportSummary summary;
    summary.kind = kind;
    summary.path = path;
    summary.anonymised = !options.identified;
    for (const Field& each : fields)
        summary.columns.push_back(each.column);

    CsvFileWriter writer(path, summary.columns);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    if (options.progress && !options.progress(0, *total)) {
        writer.cancel();
        return makeError(
            ErrorCode::Cancelled,
            QCoreApplication::translate("ExportService", "The export was cancelled; no file was written."));
    }
    bool cancelled = false;
    Status writeStatus;
    QStringList cells;
    cells.reserve(static_cast<qsizetype>(fields.size()));
    const auto scanned = repository.scan(kind, period, [&](const QSqlQuery& row) {
        cells.clear();
        for (const Field& each : fields)
            cells.append(each.value(row, *pseudonyms));
        writeStatus = writer.writeRow(cells);
        if (!writeStatus)
            return false;
        const qint64 done = writer.rowsWritten();
        if (options.progress && done % 2000 == 0 && !options.progress(done, *total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!scanned) {
        writer.cancel();
        return scanned.error();
    }
    if (!writeStatus) {
        writer.cancel();
        return writeStatus.error();
    }
    if (cancelled || (options.progress && !options.progress(writer.rowsWritten(), *total))) {
        writer.cancel();
        return makeError(
            ErrorCode::Cancelled,
            QCoreApplication::translate("ExportService", "The export was cancelled; no file was written."));
    }
    summary.rows = writer.rowsWritten();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    summary.dictionaryPath = dataDictionaryPath(path);
    // All or nothing: an export without its dictionary or its audit entry is removed.
    if (auto dictionary = writeDataDictionary(path, summary.columns); !dictionary) {
        QFile::remove(path);
        return dictionary.error();
    }
    const QString details = QStringLiteral("rows=%1 anonymised=%2 columns=%3")
                                .arg(summary.rows)
                                .arg(summary.anonymised ? QStringLiteral("yes") : QStringLiteral("no"))
                                .arg(summary.columns.size());
    if (auto audited = m_session.audit(m_session.event(QStringLiteral("export.") + exportKindCode(kind),
                                                       QStringLiteral("export"), period.code(), details));
        !audited) {
        QFile::remove(path);
        QFile::remove(summary.dictionaryPath);
        return audited.error();
    }
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace legalaid::exchange

#include "exchange/export_service.h"

#include "exchange/pseudonymiser.h"
#include "exchange/small_cell.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>

namespace legalaid::exchange {

namespace {

using Repo = ExportRepository;

// Where a cell's text comes from. Plain data rather than a std::function per cell: the export formats
// millions of cells, each straight from SQLite's UTF-8 into the file buffer.
enum class Source {
    Text,      // the column as it is
    Pseudonym, // Pseudonymiser::writeId(kind, integer column); empty for NULL
    AgeBand,   // ageBand(birth date a, birth year b, on date c, or d when c is NULL)
    Majority,  // minor / adult / unknown, from the same age
    AgeBasis,  // arrival (c is set) / recorded
    Year,      // the first four characters of a date
    Mapped,    // map(column)
    Flag,      // 1 when the column equals `kind`, else 0 (empty stays empty)
};

struct Cell {
    Source source = Source::Text;
    int a = -1;
    int b = -1;
    int c = -1;
    int d = -1;
    const char* kind = nullptr;
    std::string_view (*map)(std::string_view) = nullptr;
};

struct Field {
    CsvColumn column;
    bool identifiedOnly = false;
    Cell value;
    std::optional<QuasiIdentifier> quasi;
};

Cell textAt(int index) {
    return {Source::Text, index};
}

Cell pseudonymAt(const char* kind, int index) {
    Cell cell{Source::Pseudonym, index};
    cell.kind = kind;
    return cell;
}

Cell ageBandAt(int birthDate, int birthYear, int onDate, int orElseOn = -1) {
    return {Source::AgeBand, birthDate, birthYear, onDate, orElseOn};
}

Field field(const char* code, CsvType type, const char* vi, const char* en, Cell value,
            bool identifiedOnly = false) {
    return {{QString::fromLatin1(code), type, QString::fromUtf8(vi), QString::fromUtf8(en)},
            identifiedOnly,
            value,
            std::nullopt};
}

Field quasi(Field plain, QuasiIdentifier what) {
    plain.quasi = what;
    return plain;
}

// What the quasi-identifier columns may hold after small-cell protection (SmallCellGuard).
constexpr const char* kAgeBandVi = "Nhóm tuổi tại ngày tiếp nhận: under_16, 16_17, 18_29, 30_59, 60_plus, "
                                   "unknown; under_18 hoặc 18_plus nếu đã gộp để bảo vệ ô nhỏ";
constexpr const char* kAgeBandEn = "Age band on the date received: under_16, 16_17, 18_29, 30_59, 60_plus, "
                                   "unknown; under_18 or 18_plus where small-cell protection generalised it";
constexpr const char* kAgeBandRecordedVi =
    "Nhóm tuổi tại ngày ghi nhận: under_16, 16_17, 18_29, 30_59, "
    "60_plus, unknown; under_18 hoặc 18_plus nếu đã gộp để bảo vệ ô nhỏ";
constexpr const char* kAgeBandRecordedEn =
    "Age band on the date recorded: under_16, 16_17, 18_29, 30_59, "
    "60_plus, unknown; under_18 or 18_plus where small-cell protection "
    "generalised it";
constexpr const char* kEthnicityVi = "Mã dân tộc; minority (dân tộc thiểu số) nếu đã gộp để bảo vệ ô nhỏ";
constexpr const char* kEthnicityEn = "Ethnic group code; minority where small-cell protection generalised it";
constexpr const char* kNationalityVi =
    "Mã quốc tịch (ISO 3166); foreign (nước ngoài) nếu đã gộp để bảo vệ ô nhỏ";
constexpr const char* kNationalityEn = "Nationality (ISO 3166 code); foreign where small-cell protection "
                                       "generalised it";
constexpr const char* kProvinceVi = "Mã tỉnh, thành phố nơi cư trú; mã vùng (region_…) nếu đã gộp để bảo vệ "
                                    "ô nhỏ";
constexpr const char* kProvinceEn = "Province of residence code; a region code (region_…) where small-cell "
                                    "protection generalised it";

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
        quasi(field("sex", CsvType::Text, "Giới tính: f, m, x", "Sex: f, m, x", textAt(Repo::CasePersonSex)),
              QuasiIdentifier::Sex),
        quasi(field("age_band", CsvType::Text, kAgeBandVi, kAgeBandEn,
                    ageBandAt(Repo::CasePersonBirthDate, Repo::CasePersonBirthYear, Repo::CaseReceivedOn)),
              QuasiIdentifier::AgeBand),
        quasi(
            field("ethnicity", CsvType::Text, kEthnicityVi, kEthnicityEn, textAt(Repo::CasePersonEthnicity)),
            QuasiIdentifier::Ethnicity),
        quasi(field("nationality", CsvType::Text, kNationalityVi, kNationalityEn,
                    textAt(Repo::CasePersonNationality)),
              QuasiIdentifier::Nationality),
        quasi(field("province", CsvType::Text, kProvinceVi, kProvinceEn, textAt(Repo::CasePersonProvince)),
              QuasiIdentifier::Province),
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
        quasi(field("sex", CsvType::Text, "Giới tính: f, m, x", "Sex: f, m, x", textAt(Repo::PersonSex)),
              QuasiIdentifier::Sex),
        quasi(field("age_band", CsvType::Text, kAgeBandRecordedVi, kAgeBandRecordedEn,
                    ageBandAt(Repo::PersonBirthDate, Repo::PersonBirthYear, Repo::PersonRecordedOn)),
              QuasiIdentifier::AgeBand),
        quasi(field("ethnicity", CsvType::Text, kEthnicityVi, kEthnicityEn, textAt(Repo::PersonEthnicity)),
              QuasiIdentifier::Ethnicity),
        quasi(field("nationality", CsvType::Text, kNationalityVi, kNationalityEn,
                    textAt(Repo::PersonNationality)),
              QuasiIdentifier::Nationality),
        quasi(field("province", CsvType::Text, kProvinceVi, kProvinceEn, textAt(Repo::PersonProvince)),
              QuasiIdentifier::Province),
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

// HTCDS mapping (IOM Human Trafficking Case Data Standard, as published with the CTDC data dictionary):
//   trafficking_status  ← people.current_status: identified → identified_victim, under_identification →
//                          presumed_victim, not_victim → not_a_victim, none → unknown
//   deciding_body        ← the latest identification decision (identification_events)
//   exploitation_type, is_* ← people.exploitation_code (HTCDS isSexualExploit, isForcedLabour, …)
//   country_of_exploitation ← people.destination_code (ISO 3166)
//   gender               ← people.sex: f → female, m → male, x → other_or_not_stated, none → unknown
//   age_band_when_trafficked, majority_status_when_trafficked ← the age on the date of arrival (return);
//                          the database keeps no date of the trafficking itself (age_basis says which date)
//   citizenship          ← people.nationality_code (ISO 3166)
std::string_view htcdsStatus(std::string_view status) {
    if (status == "identified")
        return "identified_victim";
    if (status == "under_identification")
        return "presumed_victim";
    if (status == "not_victim")
        return "not_a_victim";
    return "unknown";
}

std::string_view htcdsGender(std::string_view sex) {
    if (sex == "f")
        return "female";
    if (sex == "m")
        return "male";
    if (sex == "x")
        return "other_or_not_stated";
    return "unknown";
}

Cell mappedAt(int index, std::string_view (*map)(std::string_view)) {
    Cell cell{Source::Mapped, index};
    cell.map = map;
    return cell;
}

Cell flagAt(int index, const char* code) {
    Cell cell{Source::Flag, index};
    cell.kind = code;
    return cell;
}

std::vector<Field> htcdsFields() {
    using R = ExportRepository;
    const Cell age = ageBandAt(R::HtcdsBirthDate, R::HtcdsBirthYear, R::HtcdsArrivalDate, R::HtcdsRecordedOn);
    Cell majority = age;
    majority.source = Source::Majority;
    Cell basis = age;
    basis.source = Source::AgeBasis;
    Cell registered = textAt(R::HtcdsRecordedOn);
    registered.source = Source::Year;
    Cell decided = textAt(R::HtcdsDecisionDate);
    decided.source = Source::Year;
    return {
        field("person_ref", CsvType::Text, "Mã giả danh của người (như trong tệp xuất người, vụ việc)",
              "Pseudonymous person id (the same as in the people and cases exports)",
              pseudonymAt("person", R::HtcdsPersonId)),
        field("category", CsvType::Text, "Đối tượng: victim, under_identification",
              "Category: victim, under_identification", textAt(R::HtcdsCategory)),
        field("year_of_registration", CsvType::Integer, "Năm ghi nhận (HTCDS: yearOfRegistration)",
              "Year recorded (HTCDS: yearOfRegistration)", registered),
        field("trafficking_status", CsvType::Text,
              "Tình trạng xác định (HTCDS): identified_victim (đã xác định là nạn nhân), presumed_victim "
              "(đang xác định), not_a_victim (không phải nạn nhân), unknown",
              "Identification status (HTCDS): identified_victim, presumed_victim (being identified), "
              "not_a_victim, unknown; from the current identification status",
              mappedAt(R::HtcdsStatus, htcdsStatus)),
        field("deciding_body", CsvType::Text,
              "Cơ quan quyết định xác định (quyết định gần nhất): police, border_guard, coast_guard, "
              "commune_committee, court, other",
              "Body that made the latest identification decision: police, border_guard, coast_guard, "
              "commune_committee, court, other",
              textAt(R::HtcdsDecidingBody)),
        field("decision_year", CsvType::Integer, "Năm của quyết định xác định gần nhất",
              "Year of the latest identification decision", decided),
        field("exploitation_type", CsvType::Text,
              "Hình thức bóc lột: sexual_exploitation, forced_labour, forced_marriage, organ_removal, "
              "child_selling, forced_criminality, other",
              "Type of exploitation: sexual_exploitation, forced_labour, forced_marriage, organ_removal, "
              "child_selling, forced_criminality, other",
              textAt(R::HtcdsExploitation)),
        field("is_sexual_exploit", CsvType::Boolean, "Bóc lột tình dục (1/0; HTCDS: isSexualExploit)",
              "Sexual exploitation (1/0; HTCDS: isSexualExploit)",
              flagAt(R::HtcdsExploitation, "sexual_exploitation")),
        field("is_forced_labour", CsvType::Boolean, "Cưỡng bức lao động (1/0; HTCDS: isForcedLabour)",
              "Forced labour (1/0; HTCDS: isForcedLabour)", flagAt(R::HtcdsExploitation, "forced_labour")),
        field("is_forced_marriage", CsvType::Boolean, "Cưỡng ép kết hôn (1/0; HTCDS: isForcedMarriage)",
              "Forced marriage (1/0; HTCDS: isForcedMarriage)",
              flagAt(R::HtcdsExploitation, "forced_marriage")),
        field("is_organ_removal", CsvType::Boolean, "Lấy bộ phận cơ thể (1/0; HTCDS: isOrganRemoval)",
              "Removal of organs (1/0; HTCDS: isOrganRemoval)",
              flagAt(R::HtcdsExploitation, "organ_removal")),
        field("country_of_exploitation", CsvType::Text,
              "Nước bị bóc lột, nước đến (ISO 3166; HTCDS: CountryOfExploitation)",
              "Country of exploitation, destination (ISO 3166; HTCDS: CountryOfExploitation)",
              textAt(R::HtcdsDestination)),
        quasi(field("gender", CsvType::Text,
                    "Giới tính (HTCDS: gender): female, male, other_or_not_stated, unknown",
                    "Gender (HTCDS: gender): female, male, other_or_not_stated, unknown",
                    mappedAt(R::HtcdsSex, htcdsGender)),
              QuasiIdentifier::Sex),
        quasi(field("age_band_when_trafficked", CsvType::Text,
                    "Nhóm tuổi khi bị mua bán, tính tại ngày trở về (cơ sở dữ liệu không lưu ngày bị mua "
                    "bán): under_16, 16_17, 18_29, 30_59, 60_plus, unknown; under_18 hoặc 18_plus nếu đã gộp "
                    "để bảo vệ ô nhỏ",
                    "Age band when trafficked, on the date of arrival (return), since the database keeps no "
                    "date of the trafficking itself: under_16, 16_17, 18_29, 30_59, 60_plus, unknown; "
                    "under_18 or 18_plus where small-cell protection generalised it",
                    age),
              QuasiIdentifier::AgeBand),
        field("majority_status_when_trafficked", CsvType::Text,
              "Chưa thành niên hay đã thành niên khi bị mua bán: minor, adult, unknown (HTCDS: "
              "majorityStatusAtExploit)",
              "Minor or adult when trafficked: minor, adult, unknown (HTCDS: majorityStatusAtExploit)",
              majority),
        field("age_basis", CsvType::Text,
              "Ngày dùng để tính tuổi: arrival (ngày trở về), recorded (ngày ghi nhận, khi không có ngày trở "
              "về)",
              "Date the age is taken on: arrival (date of return), recorded (date recorded, when there is no "
              "date of return)",
              basis),
        quasi(field("citizenship", CsvType::Text,
                    "Quốc tịch (ISO 3166; HTCDS: citizenship); foreign nếu đã gộp để bảo vệ ô nhỏ",
                    "Citizenship (ISO 3166; HTCDS: citizenship); foreign where small-cell protection "
                    "generalised it",
                    textAt(R::HtcdsNationality)),
              QuasiIdentifier::Nationality),
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
    case ExportKind::Htcds:
        all = htcdsFields();
        break;
    }
    std::vector<Field> chosen;
    for (Field& candidate : all) {
        if (identified || !candidate.identifiedOnly)
            chosen.push_back(std::move(candidate));
    }
    return chosen;
}

int digitsValue(std::string_view text, std::size_t from, std::size_t length) {
    if (text.size() < from + length)
        return -1;
    int value = 0;
    for (std::size_t i = from; i < from + length; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string_view ageBandOf(std::string_view birthDate, qint64 birthYear, std::string_view onDate) {
    const int year = onDate.size() >= 10 ? digitsValue(onDate, 0, 4) : -1;
    if (year < 0)
        return "unknown";
    qint64 age = -1;
    if (birthDate.size() >= 10) {
        const int born = digitsValue(birthDate, 0, 4);
        if (born >= 0) {
            age = year - born;
            if (onDate.substr(5, 5) < birthDate.substr(5, 5))
                --age;
        }
    } else if (birthYear > 0) {
        age = year - birthYear;
    }
    if (age < 0)
        return "unknown";
    if (age < 16)
        return "under_16";
    if (age < 18)
        return "16_17";
    if (age < 30)
        return "18_29";
    if (age < 60)
        return "30_59";
    return "60_plus";
}

// Turns the current row into the cells of the export: views of SQLite's text, of constant strings, or of
// this builder's own buffers (pseudonyms), valid until the next row.
class RowBuilder {
public:
    RowBuilder(const std::vector<Field>& fields, const Pseudonymiser& pseudonyms)
        : m_fields(fields)
        , m_pseudonyms(pseudonyms)
        , m_cells(fields.size())
        , m_ids(fields.size()) {}

    const std::string_view* build(const ExportCursor& row) {
        for (std::size_t i = 0; i < m_fields.size(); ++i)
            m_cells[i] = cell(m_fields[i].value, row, m_ids[i]);
        return m_cells.data();
    }

private:
    std::string_view cell(const Cell& spec, const ExportCursor& row, std::array<char, 32>& id) const {
        switch (spec.source) {
        case Source::Text:
            return row.text(spec.a);
        case Source::Pseudonym:
            if (row.isNull(spec.a))
                return {};
            m_pseudonyms.writeId(spec.kind, row.integer(spec.a), id);
            return {id.data(), id.size()};
        case Source::AgeBand:
            return age(spec, row);
        case Source::Majority: {
            const std::string_view band = age(spec, row);
            if (band == "unknown")
                return "unknown";
            return band == "under_16" || band == "16_17" ? "minor" : "adult";
        }
        case Source::AgeBasis:
            return row.isNull(spec.c) ? "recorded" : "arrival";
        case Source::Year: {
            const std::string_view date = row.text(spec.a);
            return date.size() >= 4 ? date.substr(0, 4) : std::string_view();
        }
        case Source::Mapped:
            return spec.map(row.text(spec.a));
        case Source::Flag: {
            const std::string_view value = row.text(spec.a);
            if (value.empty())
                return {};
            return value == spec.kind ? "1" : "0";
        }
        }
        return {};
    }

    static std::string_view age(const Cell& spec, const ExportCursor& row) {
        const std::string_view on = spec.d >= 0 && row.isNull(spec.c) ? row.text(spec.d) : row.text(spec.c);
        return ageBandOf(row.text(spec.a), row.isNull(spec.b) ? 0 : row.integer(spec.b), on);
    }

    const std::vector<Field>& m_fields;
    const Pseudonymiser& m_pseudonyms;
    std::vector<std::string_view> m_cells;
    std::vector<std::array<char, 32>> m_ids;
};

Error cancelledError() {
    return makeError(
        ErrorCode::Cancelled,
        QCoreApplication::translate("ExportService", "The export was cancelled; no file was written."));
}

} // namespace

QString ageBand(const QString& birthDate, int birthYear, const QString& onDate) {
    const QByteArray birth = birthDate.toLatin1();
    const QByteArray on = onDate.toLatin1();
    return QString::fromLatin1(
        ageBandOf(std::string_view(birth.constData(), static_cast<std::size_t>(birth.size())), birthYear,
                  std::string_view(on.constData(), static_cast<std::size_t>(on.size()))));
}

reports::ReportPeriod wholeHistory() {
    reports::ReportPeriod period;
    period.kind = reports::PeriodKind::Custom;
    period.from = QDate(2000, 1, 1);
    period.to = QDate(2100, 12, 31);
    return period;
}

namespace {

// The role may make this export, and its options are valid. Checked on both sides of a worker export: when
// it is prepared on the session's thread and again by the worker, from the role it was given.
Status checkRequest(Role role, const ExportRequest& request, const std::vector<Field>& fields) {
    const ExportOptions& options = request.options;
    if (auto allowed = requirePermission(role, Operation::ExportAnonymised); !allowed && !options.identified)
        return allowed.error();
    if (options.identified) {
        if (auto allowed = requirePermission(role, Operation::ExportIdentified); !allowed)
            return allowed.error();
        if (request.kind == ExportKind::Htcds)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("ExportService",
                                                         "The HTCDS export is always anonymised; export it "
                                                         "without names."));
    }
    const bool hasQuasi =
        std::any_of(fields.begin(), fields.end(), [](const Field& each) { return each.quasi.has_value(); });
    // Identified exports name the people anyway; small-cell protection is for the anonymised ones.
    const bool protect = !options.identified && hasQuasi;
    if (protect && (options.k < kMinSmallCellK || options.k > kMaxSmallCellK))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ExportService",
                                                     "The small-cell threshold k must be between %1 and %2; "
                                                     "the default is %3.")
                             .arg(kMinSmallCellK)
                             .arg(kMaxSmallCellK)
                             .arg(kDefaultSmallCellK));
    return {};
}

// A hidden file beside the target, named after it so that a file left by a crash says what it was, with a
// random part so that two exports to the same target do not meet.
QString stagedPathFor(const QString& target) {
    const QFileInfo info(target);
    const QString token = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16)
                              .rightJustified(12, u'0');
    return info.dir().filePath(QStringLiteral(".%1.%2.partial.csv").arg(info.completeBaseName(), token));
}

// The writer's sentence names the file it wrote, the hidden temporary one: the user chose the target.
Error aboutTarget(Error error, const QString& staged, const QString& target) {
    error.message.replace(QDir::toNativeSeparators(staged), QDir::toNativeSeparators(target));
    return error;
}

// Renames `from` over `to` (replacing an older export of the same name), as QSaveFile does.
Status moveOver(const QString& from, const QString& to) {
    std::error_code failed;
    std::filesystem::rename(QFileInfo(from).filesystemAbsoluteFilePath(),
                            QFileInfo(to).filesystemAbsoluteFilePath(), failed);
    if (!failed)
        return {};
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("ExportService",
                                    "Cannot move the export into place at %1: %2. Choose a folder "
                                    "you can write to and export again.")
            .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(failed.message().c_str())));
}

} // namespace

StagedExport::~StagedExport() {
    discard();
}

StagedExport::StagedExport(StagedExport&& other) noexcept
    : m_summary(std::move(other.m_summary))
    , m_periodCode(std::move(other.m_periodCode))
    , m_stagedPath(std::exchange(other.m_stagedPath, {}))
    , m_stagedDictionaryPath(std::exchange(other.m_stagedDictionaryPath, {})) {}

StagedExport& StagedExport::operator=(StagedExport&& other) noexcept {
    if (this != &other) {
        discard();
        m_summary = std::move(other.m_summary);
        m_periodCode = std::move(other.m_periodCode);
        m_stagedPath = std::exchange(other.m_stagedPath, {});
        m_stagedDictionaryPath = std::exchange(other.m_stagedDictionaryPath, {});
    }
    return *this;
}

void StagedExport::discard() {
    if (!m_stagedPath.isEmpty())
        QFile::remove(m_stagedPath);
    if (!m_stagedDictionaryPath.isEmpty())
        QFile::remove(m_stagedDictionaryPath);
    m_stagedPath.clear();
    m_stagedDictionaryPath.clear();
}

ExportWorker::ExportWorker(QSqlDatabase db, Role role)
    : m_db(std::move(db))
    , m_role(role) {}

Result<StagedExport> ExportWorker::write(const ExportRequest& request,
                                         const Pseudonymiser& pseudonyms) const {
    const ExportOptions& options = request.options;
    const std::vector<Field> fields = fieldsOf(request.kind, options.identified);
    if (auto valid = checkRequest(m_role, request, fields); !valid)
        return valid.error();
    std::vector<SmallCellGuard::Column> quasiColumns;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].quasi)
            quasiColumns.push_back({static_cast<int>(i), *fields[i].quasi, fields[i].column.code});
    }
    const bool protect = !options.identified && !quasiColumns.empty();
    QElapsedTimer timer;
    timer.start();
    const ExportRepository repository(m_db);
    auto total = repository.count(request.kind, request.period);
    if (!total)
        return total.error();

    StagedExport staged;
    ExportSummary& summary = staged.m_summary;
    summary.kind = request.kind;
    summary.path = request.path;
    summary.dictionaryPath = dataDictionaryPath(request.path);
    summary.anonymised = !options.identified;
    for (const Field& each : fields)
        summary.columns.push_back(each.column);
    staged.m_periodCode = request.period.code();
    const QString stagedPath = stagedPathFor(request.path);

    CsvFileWriter writer(stagedPath, summary.columns);
    if (auto opened = writer.open(); !opened)
        return aboutTarget(opened.error(), stagedPath, request.path);
    if (options.progress && !options.progress(0, *total)) {
        writer.cancel();
        return cancelledError();
    }
    auto cursor = repository.open(request.kind, request.period, *total, options.identified);
    if (!cursor) {
        writer.cancel();
        return cursor.error();
    }
    std::optional<SmallCellGuard> guard;
    if (protect)
        guard.emplace(options.k, quasiColumns, static_cast<int>(fields.size()),
                      [&writer](const std::string_view* cells) { return writer.writeRow(cells); });
    RowBuilder builder(fields, pseudonyms);
    qint64 read = 0;
    while ((*cursor)->next()) {
        const std::string_view* cells = builder.build(**cursor);
        if (auto written = guard ? guard->add(cells) : writer.writeRow(cells); !written) {
            writer.cancel();
            return aboutTarget(written.error(), stagedPath, request.path);
        }
        ++read;
        if (options.progress && read % 2000 == 0 && !options.progress(read, *total)) {
            writer.cancel();
            return cancelledError();
        }
    }
    if (auto scanned = (*cursor)->status(); !scanned) {
        writer.cancel();
        return scanned.error();
    }
    cursor->reset(); // the page cache goes back to its size (the session's connection writes the audit next)
    if (guard) {
        if (auto finished = guard->finish(); !finished) {
            writer.cancel();
            return aboutTarget(finished.error(), stagedPath, request.path);
        }
        summary.smallCell = guard->report();
    }
    summary.rowsRead = read;
    if (options.progress && !options.progress(read, *total)) {
        writer.cancel();
        return cancelledError();
    }
    summary.rows = writer.rowsWritten();
    if (auto committed = writer.commit(); !committed)
        return aboutTarget(committed.error(), stagedPath, request.path);
    staged.m_stagedPath = stagedPath; // from here on the staged export removes it when dropped
    if (auto dictionary = writeDataDictionary(stagedPath, summary.columns); !dictionary)
        return aboutTarget(dictionary.error(), dataDictionaryPath(stagedPath), summary.dictionaryPath);
    staged.m_stagedDictionaryPath = dataDictionaryPath(stagedPath);
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return staged;
}

ExportService::ExportService(Session& session)
    : m_session(session) {}

std::vector<CsvColumn> ExportService::columns(ExportKind kind, bool identified) {
    std::vector<CsvColumn> result;
    for (const Field& each : fieldsOf(kind, identified))
        result.push_back(each.column);
    return result;
}

Result<Pseudonymiser> ExportService::prepare(const ExportRequest& request) {
    if (auto valid =
            checkRequest(m_session.user().role, request, fieldsOf(request.kind, request.options.identified));
        !valid)
        return valid.error();
    return Pseudonymiser::forSession(m_session);
}

Result<ExportSummary> ExportService::publish(StagedExport staged) {
    if (staged.isEmpty())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "ExportService", "There is no export to save; export the records again."));
    QElapsedTimer timer;
    timer.start();
    ExportSummary summary = staged.summary();
    const QString details = QStringLiteral("rows=%1 anonymised=%2 columns=%3 read=%4 %5")
                                .arg(summary.rows)
                                .arg(summary.anonymised ? QStringLiteral("yes") : QStringLiteral("no"))
                                .arg(summary.columns.size())
                                .arg(summary.rowsRead)
                                .arg(summary.smallCell.auditText());
    // The audit entry first: if it cannot be written, `staged` removes the files as it goes out of scope.
    if (auto audited =
            m_session.audit(m_session.event(QStringLiteral("export.") + exportKindCode(summary.kind),
                                            QStringLiteral("export"), staged.m_periodCode, details));
        !audited)
        return audited.error();
    // The dictionary first, so that an export never sits at the target without its dictionary.
    if (auto moved = moveOver(staged.m_stagedDictionaryPath, summary.dictionaryPath); !moved)
        return moved.error();
    staged.m_stagedDictionaryPath.clear();
    if (auto moved = moveOver(staged.m_stagedPath, summary.path); !moved) {
        QFile::remove(summary.dictionaryPath);
        return moved.error();
    }
    staged.m_stagedPath.clear();
    summary.seconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

Result<ExportSummary> ExportService::exportRecords(ExportKind kind, const reports::ReportPeriod& period,
                                                   const QString& path, const ExportOptions& options) {
    const ExportRequest request{kind, period, path, options};
    auto pseudonyms = prepare(request);
    if (!pseudonyms)
        return pseudonyms.error();
    auto staged = ExportWorker(m_session.db(), m_session.user().role).write(request, *pseudonyms);
    if (!staged)
        return staged.error();
    return publish(std::move(staged).value());
}

} // namespace legalaid::exchange

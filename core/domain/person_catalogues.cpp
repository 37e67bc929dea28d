#include "domain/person_catalogues.h"

#include <QCoreApplication>
#include <utility>

namespace legalaid {

namespace {

using Entries = std::vector<PersonCatalogueEntry>;

PersonCatalogueEntry entry(const char* code, const QString& label) {
    return {QString::fromLatin1(code), label};
}

// Vietnamese proper names: the same in every language, so they are not passed through translation.
// The 34 provincial units after the 2025 rearrangement (Resolution 202/2025/QH15, in force 1 July 2025):
// the six centrally-run cities first, then the provinces in alphabetical order.
const std::vector<std::pair<const char*, const char16_t*>>& provinceNames() {
    static const std::vector<std::pair<const char*, const char16_t*>> entries{
        {"ha_noi", u"Hà Nội"},
        {"hue", u"Huế"},
        {"hai_phong", u"Hải Phòng"},
        {"da_nang", u"Đà Nẵng"},
        {"ho_chi_minh", u"Thành phố Hồ Chí Minh"},
        {"can_tho", u"Cần Thơ"},
        {"an_giang", u"An Giang"},
        {"bac_ninh", u"Bắc Ninh"},
        {"ca_mau", u"Cà Mau"},
        {"cao_bang", u"Cao Bằng"},
        {"dak_lak", u"Đắk Lắk"},
        {"dien_bien", u"Điện Biên"},
        {"dong_nai", u"Đồng Nai"},
        {"dong_thap", u"Đồng Tháp"},
        {"gia_lai", u"Gia Lai"},
        {"ha_tinh", u"Hà Tĩnh"},
        {"hung_yen", u"Hưng Yên"},
        {"khanh_hoa", u"Khánh Hòa"},
        {"lai_chau", u"Lai Châu"},
        {"lam_dong", u"Lâm Đồng"},
        {"lang_son", u"Lạng Sơn"},
        {"lao_cai", u"Lào Cai"},
        {"nghe_an", u"Nghệ An"},
        {"ninh_binh", u"Ninh Bình"},
        {"phu_tho", u"Phú Thọ"},
        {"quang_ngai", u"Quảng Ngãi"},
        {"quang_ninh", u"Quảng Ninh"},
        {"quang_tri", u"Quảng Trị"},
        {"son_la", u"Sơn La"},
        {"tay_ninh", u"Tây Ninh"},
        {"thai_nguyen", u"Thái Nguyên"},
        {"thanh_hoa", u"Thanh Hóa"},
        {"tuyen_quang", u"Tuyên Quang"},
        {"vinh_long", u"Vĩnh Long"},
    };
    return entries;
}

// The 54 ethnic groups of Viet Nam by their official names, the most numerous first.
const std::vector<std::pair<const char*, const char16_t*>>& ethnicGroupNames() {
    static const std::vector<std::pair<const char*, const char16_t*>> entries{
        {"kinh", u"Kinh"},
        {"tay", u"Tày"},
        {"thai", u"Thái"},
        {"muong", u"Mường"},
        {"khmer", u"Khmer"},
        {"hoa", u"Hoa"},
        {"nung", u"Nùng"},
        {"mong", u"Mông"},
        {"dao", u"Dao"},
        {"gia_rai", u"Gia Rai"},
        {"e_de", u"Ê Đê"},
        {"ba_na", u"Ba Na"},
        {"san_chay", u"Sán Chay"},
        {"cham", u"Chăm"},
        {"co_ho", u"Cơ Ho"},
        {"xo_dang", u"Xơ Đăng"},
        {"san_diu", u"Sán Dìu"},
        {"hre", u"Hrê"},
        {"ra_glai", u"Ra Glai"},
        {"mnong", u"Mnông"},
        {"tho", u"Thổ"},
        {"xtieng", u"Xtiêng"},
        {"kho_mu", u"Khơ Mú"},
        {"bru_van_kieu", u"Bru-Vân Kiều"},
        {"co_tu", u"Cơ Tu"},
        {"giay", u"Giáy"},
        {"ta_oi", u"Tà Ôi"},
        {"ma", u"Mạ"},
        {"gie_trieng", u"Giẻ Triêng"},
        {"co", u"Co"},
        {"cho_ro", u"Chơ Ro"},
        {"xinh_mun", u"Xinh Mun"},
        {"ha_nhi", u"Hà Nhì"},
        {"chu_ru", u"Chu Ru"},
        {"lao", u"Lào"},
        {"khang", u"Kháng"},
        {"la_chi", u"La Chí"},
        {"phu_la", u"Phù Lá"},
        {"la_hu", u"La Hủ"},
        {"la_ha", u"La Ha"},
        {"pa_then", u"Pà Thẻn"},
        {"chut", u"Chứt"},
        {"lu", u"Lự"},
        {"lo_lo", u"Lô Lô"},
        {"mang", u"Mảng"},
        {"co_lao", u"Cờ Lao"},
        {"bo_y", u"Bố Y"},
        {"cong", u"Cống"},
        {"ngai", u"Ngái"},
        {"si_la", u"Si La"},
        {"pu_peo", u"Pu Péo"},
        {"brau", u"Brâu"},
        {"o_du", u"Ơ Đu"},
        {"ro_mam", u"Rơ Măm"},
    };
    return entries;
}

Entries properNames(const std::vector<std::pair<const char*, const char16_t*>>& names) {
    Entries entries;
    entries.reserve(names.size());
    for (const auto& [code, name] : names)
        entries.push_back(entry(code, QString::fromUtf16(name)));
    return entries;
}

Entries categories() {
    return {entry("victim", QCoreApplication::translate("PersonCatalogue", "Victim")),
            entry("under_identification",
                  QCoreApplication::translate("PersonCatalogue", "Person being identified as a victim")),
            entry("accompanying_minor",
                  QCoreApplication::translate("PersonCatalogue", "Accompanying person under 18"))};
}

Entries sexes() {
    return {entry("f", QCoreApplication::translate("PersonCatalogue", "Female")),
            entry("m", QCoreApplication::translate("PersonCatalogue", "Male")),
            entry("x", QCoreApplication::translate("PersonCatalogue", "Other or not stated"))};
}

Entries identificationStatuses() {
    return {entry("under_identification", QCoreApplication::translate("PersonCatalogue", "Being identified")),
            entry("identified", QCoreApplication::translate("PersonCatalogue", "Identified as a victim")),
            entry("not_victim", QCoreApplication::translate("PersonCatalogue", "Not a victim"))};
}

Entries decidingBodies() {
    return {entry("police", QCoreApplication::translate("PersonCatalogue", "Police")),
            entry("border_guard", QCoreApplication::translate("PersonCatalogue", "Border guard")),
            entry("coast_guard", QCoreApplication::translate("PersonCatalogue", "Coast guard")),
            entry("commune_committee",
                  QCoreApplication::translate("PersonCatalogue", "Commune People's Committee")),
            entry("court", QCoreApplication::translate("PersonCatalogue", "Court")),
            entry("other", QCoreApplication::translate("PersonCatalogue", "Other authority"))};
}

Entries idDocumentTypes() {
    return {entry("cccd", QCoreApplication::translate("PersonCatalogue", "Citizen identity card (CCCD)")),
            entry("passport", QCoreApplication::translate("PersonCatalogue", "Passport")),
            entry("none", QCoreApplication::translate("PersonCatalogue", "No identity document"))};
}

Entries confirmingDocumentTypes() {
    return {entry("victim_certificate",
                  QCoreApplication::translate("PersonCatalogue", "Certificate confirming the victim")),
            entry("decision", QCoreApplication::translate("PersonCatalogue", "Decision")),
            entry("official_letter", QCoreApplication::translate("PersonCatalogue", "Official letter")),
            entry("foreign_document",
                  QCoreApplication::translate("PersonCatalogue", "Document from a foreign authority")),
            entry("other", QCoreApplication::translate("PersonCatalogue", "Other document"))};
}

Entries returnModes() {
    return {entry("rescued", QCoreApplication::translate("PersonCatalogue", "Rescued")),
            entry("handed_over", QCoreApplication::translate("PersonCatalogue", "Handed over")),
            entry("returned_self", QCoreApplication::translate("PersonCatalogue", "Returned by themselves")),
            entry("other", QCoreApplication::translate("PersonCatalogue", "Other"))};
}

// Aligned with the forms of exploitation in the Human Trafficking Case Data Standard (HTCDS).
Entries exploitationTypes() {
    return {
        entry("sexual_exploitation", QCoreApplication::translate("PersonCatalogue", "Sexual exploitation")),
        entry("forced_labour", QCoreApplication::translate("PersonCatalogue", "Forced labour")),
        entry("forced_marriage", QCoreApplication::translate("PersonCatalogue", "Forced marriage")),
        entry("organ_removal", QCoreApplication::translate("PersonCatalogue", "Removal of organs")),
        entry("child_selling", QCoreApplication::translate("PersonCatalogue", "Sale of children or babies")),
        entry("forced_criminality", QCoreApplication::translate("PersonCatalogue", "Forced criminality")),
        entry("other", QCoreApplication::translate("PersonCatalogue", "Other exploitation"))};
}

Entries consentGivers() {
    return {
        entry("person", QCoreApplication::translate("PersonCatalogue", "The person")),
        entry("representative", QCoreApplication::translate("PersonCatalogue", "The legal representative")),
        entry("both",
              QCoreApplication::translate("PersonCatalogue", "The person and the legal representative"))};
}

// ISO 3166-1 alpha-2 codes. Viet Nam first, then the usual destination and transit countries.
Entries countries() {
    return {entry("VN", QCoreApplication::translate("PersonCatalogue", "Viet Nam")),
            entry("CN", QCoreApplication::translate("PersonCatalogue", "China")),
            entry("KH", QCoreApplication::translate("PersonCatalogue", "Cambodia")),
            entry("LA", QCoreApplication::translate("PersonCatalogue", "Laos")),
            entry("TH", QCoreApplication::translate("PersonCatalogue", "Thailand")),
            entry("MY", QCoreApplication::translate("PersonCatalogue", "Malaysia")),
            entry("MM", QCoreApplication::translate("PersonCatalogue", "Myanmar")),
            entry("KR", QCoreApplication::translate("PersonCatalogue", "Korea")),
            entry("JP", QCoreApplication::translate("PersonCatalogue", "Japan")),
            entry("TW", QCoreApplication::translate("PersonCatalogue", "Taiwan")),
            entry("SG", QCoreApplication::translate("PersonCatalogue", "Singapore")),
            entry("ID", QCoreApplication::translate("PersonCatalogue", "Indonesia")),
            entry("PH", QCoreApplication::translate("PersonCatalogue", "Philippines")),
            entry("AE", QCoreApplication::translate("PersonCatalogue", "United Arab Emirates")),
            entry("SA", QCoreApplication::translate("PersonCatalogue", "Saudi Arabia")),
            entry("RU", QCoreApplication::translate("PersonCatalogue", "Russia")),
            entry("DE", QCoreApplication::translate("PersonCatalogue", "Germany")),
            entry("GB", QCoreApplication::translate("PersonCatalogue", "United Kingdom")),
            entry("FR", QCoreApplication::translate("PersonCatalogue", "France")),
            entry("US", QCoreApplication::translate("PersonCatalogue", "United States")),
            entry("AU", QCoreApplication::translate("PersonCatalogue", "Australia")),
            entry("XX", QCoreApplication::translate("PersonCatalogue", "Other or unknown country"))};
}

} // namespace

const std::vector<PersonCatalogue>& allPersonCatalogues() {
    static const std::vector<PersonCatalogue> catalogues{PersonCatalogue::Category,
                                                         PersonCatalogue::Sex,
                                                         PersonCatalogue::IdentificationStatus,
                                                         PersonCatalogue::DecidingBody,
                                                         PersonCatalogue::IdDocumentType,
                                                         PersonCatalogue::ConfirmingDocumentType,
                                                         PersonCatalogue::ReturnMode,
                                                         PersonCatalogue::ExploitationType,
                                                         PersonCatalogue::ConsentGiver,
                                                         PersonCatalogue::Province,
                                                         PersonCatalogue::Ethnicity,
                                                         PersonCatalogue::Country};
    return catalogues;
}

QString personCatalogueName(PersonCatalogue catalogue) {
    switch (catalogue) {
    case PersonCatalogue::Category:
        return QStringLiteral("person-categories");
    case PersonCatalogue::Sex:
        return QStringLiteral("sexes");
    case PersonCatalogue::IdentificationStatus:
        return QStringLiteral("identification-statuses");
    case PersonCatalogue::DecidingBody:
        return QStringLiteral("deciding-bodies");
    case PersonCatalogue::IdDocumentType:
        return QStringLiteral("id-document-types");
    case PersonCatalogue::ConfirmingDocumentType:
        return QStringLiteral("confirming-document-types");
    case PersonCatalogue::ReturnMode:
        return QStringLiteral("return-modes");
    case PersonCatalogue::ExploitationType:
        return QStringLiteral("exploitation-types");
    case PersonCatalogue::ConsentGiver:
        return QStringLiteral("consent-givers");
    case PersonCatalogue::Province:
        return QStringLiteral("provinces");
    case PersonCatalogue::Ethnicity:
        return QStringLiteral("ethnicities");
    case PersonCatalogue::Country:
        return QStringLiteral("countries");
    }
    return {};
}

std::optional<PersonCatalogue> personCatalogueFromName(const QString& name) {
    for (PersonCatalogue catalogue : allPersonCatalogues()) {
        if (personCatalogueName(catalogue) == name)
            return catalogue;
    }
    return std::nullopt;
}

std::vector<PersonCatalogueEntry> personCatalogueEntries(PersonCatalogue catalogue) {
    switch (catalogue) {
    case PersonCatalogue::Category:
        return categories();
    case PersonCatalogue::Sex:
        return sexes();
    case PersonCatalogue::IdentificationStatus:
        return identificationStatuses();
    case PersonCatalogue::DecidingBody:
        return decidingBodies();
    case PersonCatalogue::IdDocumentType:
        return idDocumentTypes();
    case PersonCatalogue::ConfirmingDocumentType:
        return confirmingDocumentTypes();
    case PersonCatalogue::ReturnMode:
        return returnModes();
    case PersonCatalogue::ExploitationType:
        return exploitationTypes();
    case PersonCatalogue::ConsentGiver:
        return consentGivers();
    case PersonCatalogue::Province:
        return properNames(provinceNames());
    case PersonCatalogue::Ethnicity:
        return properNames(ethnicGroupNames());
    case PersonCatalogue::Country:
        return countries();
    }
    return {};
}

bool personCatalogueHas(PersonCatalogue catalogue, const QString& code) {
    for (const PersonCatalogueEntry& item : personCatalogueEntries(catalogue)) {
        if (item.code == code)
            return true;
    }
    return false;
}

QString personCatalogueLabel(PersonCatalogue catalogue, const QString& code) {
    for (const PersonCatalogueEntry& item : personCatalogueEntries(catalogue)) {
        if (item.code == code)
            return item.label;
    }
    return code;
}

} // namespace legalaid

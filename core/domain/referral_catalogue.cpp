#include "domain/referral_catalogue.h"

#include <QCoreApplication>
#include <array>

namespace legalaid {

namespace {

struct Entry {
    const char* code;
    const char* label; // English source, translated in the "ReferralCatalogue" context
};

template <std::size_t N> QStringList codesOf(const std::array<Entry, N>& entries) {
    QStringList codes;
    for (const Entry& entry : entries)
        codes << QString::fromUtf8(entry.code);
    return codes;
}

template <std::size_t N> QString labelOf(const std::array<Entry, N>& entries, const QString& code) {
    for (const Entry& entry : entries) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("ReferralCatalogue", entry.label);
    }
    return code;
}

constexpr std::array kDirections{
    Entry{"in", QT_TRANSLATE_NOOP("ReferralCatalogue", "Incoming (referred to the centre)")},
    Entry{"out", QT_TRANSLATE_NOOP("ReferralCatalogue", "Outgoing (sent to a service)")},
};

constexpr std::array kStatuses{
    Entry{"sent", QT_TRANSLATE_NOOP("ReferralCatalogue", "sent")},
    Entry{"accepted", QT_TRANSLATE_NOOP("ReferralCatalogue", "accepted")},
    Entry{"declined", QT_TRANSLATE_NOOP("ReferralCatalogue", "declined")},
    Entry{"done", QT_TRANSLATE_NOOP("ReferralCatalogue", "done")},
    Entry{"cancelled", QT_TRANSLATE_NOOP("ReferralCatalogue", "cancelled")},
};

struct Transition {
    const char* from;
    const char* to;
};
// The referral workflow, in one place.
constexpr std::array kTransitions{
    Transition{"sent", "accepted"}, Transition{"sent", "declined"},      Transition{"sent", "cancelled"},
    Transition{"accepted", "done"}, Transition{"accepted", "cancelled"},
};

struct Service {
    const char* code;
    const char* label;
    const char* point; // Law 53/2024 art. 37 cl. 1 point (UTF-8), "" when outside art. 37
};

// THE MAPPING of outgoing services to Law 53/2024 (Law on Prevention and Combat of Human Trafficking, in
// force 1 July 2025) art. 37 cl. 1 — edit here and only here:
//   a  hỗ trợ nhu cầu thiết yếu (essential needs)        essential_needs, shelter (temporary accommodation is
//                                                          an essential need, art. 38)
//   b  hỗ trợ y tế (medical)                             medical
//   c  hỗ trợ phiên dịch (interpretation)                interpretation
//   d  hỗ trợ pháp luật (legal support: information,     legal_other
//      counselling other than legal aid)
//   đ  trợ giúp pháp lý (legal aid)                       legal_aid (e.g. to the centre of another province)
//   e  hỗ trợ chi phí đi lại (travel costs)               travel
//   g  hỗ trợ tâm lý (psychological)                     psychological
//   h  hỗ trợ học văn hóa (schooling)                    schooling
//   i  học nghề, tư vấn, việc làm (vocational, job)      vocational_job
//   k  trợ cấp khó khăn ban đầu, vay vốn (allowance,     initial_allowance_loan
//      loan)
//   —  citizen_protection (consular protection abroad) and other are outside art. 37 and are not checked.
constexpr std::array kServices{
    Service{"medical", QT_TRANSLATE_NOOP("ReferralCatalogue", "Medical support"), "b"},
    Service{"psychological", QT_TRANSLATE_NOOP("ReferralCatalogue", "Psychological support"), "g"},
    Service{"shelter", QT_TRANSLATE_NOOP("ReferralCatalogue", "Shelter (temporary accommodation)"), "a"},
    Service{"essential_needs", QT_TRANSLATE_NOOP("ReferralCatalogue", "Essential needs support"), "a"},
    Service{"interpretation", QT_TRANSLATE_NOOP("ReferralCatalogue", "Interpretation and translation"), "c"},
    Service{"schooling", QT_TRANSLATE_NOOP("ReferralCatalogue", "Schooling support"), "h"},
    Service{"vocational_job", QT_TRANSLATE_NOOP("ReferralCatalogue", "Vocational training and job support"),
            "i"},
    Service{"initial_allowance_loan",
            QT_TRANSLATE_NOOP("ReferralCatalogue", "Initial hardship allowance or loan support"), "k"},
    Service{"citizen_protection", QT_TRANSLATE_NOOP("ReferralCatalogue", "Citizen protection"), ""},
    Service{"legal_aid", QT_TRANSLATE_NOOP("ReferralCatalogue", "Legal aid"), "\xc4\x91"}, // đ
    Service{"legal_other", QT_TRANSLATE_NOOP("ReferralCatalogue", "Other legal support"), "d"},
    Service{"travel", QT_TRANSLATE_NOOP("ReferralCatalogue", "Travel costs support"), "e"},
    Service{"other", QT_TRANSLATE_NOOP("ReferralCatalogue", "Other service"), ""},
};

constexpr std::array kDisclosableFields{
    Entry{"full_name", QT_TRANSLATE_NOOP("ReferralCatalogue", "full name")},
    Entry{"sex", QT_TRANSLATE_NOOP("ReferralCatalogue", "sex")},
    Entry{"birth_date", QT_TRANSLATE_NOOP("ReferralCatalogue", "date of birth")},
    Entry{"birth_year", QT_TRANSLATE_NOOP("ReferralCatalogue", "year of birth")},
    Entry{"phone", QT_TRANSLATE_NOOP("ReferralCatalogue", "phone")},
    Entry{"address", QT_TRANSLATE_NOOP("ReferralCatalogue", "address")},
    Entry{"province", QT_TRANSLATE_NOOP("ReferralCatalogue", "province of residence")},
    Entry{"commune", QT_TRANSLATE_NOOP("ReferralCatalogue", "commune of residence")},
    Entry{"id_number", QT_TRANSLATE_NOOP("ReferralCatalogue", "ID document number")},
    Entry{"nationality", QT_TRANSLATE_NOOP("ReferralCatalogue", "nationality")},
    Entry{"ethnicity", QT_TRANSLATE_NOOP("ReferralCatalogue", "ethnicity")},
    Entry{"category", QT_TRANSLATE_NOOP("ReferralCatalogue", "category (victim, being identified, minor)")},
    Entry{"identification_status", QT_TRANSLATE_NOOP("ReferralCatalogue", "identification status")},
    Entry{"exploitation_type", QT_TRANSLATE_NOOP("ReferralCatalogue", "type of exploitation")},
    Entry{"destination_country", QT_TRANSLATE_NOOP("ReferralCatalogue", "destination country")},
};

const Service* findService(const QString& code) {
    for (const Service& service : kServices) {
        if (code == QLatin1String(service.code))
            return &service;
    }
    return nullptr;
}

QString groupDescription(SupportRegimeGroup group) {
    switch (group) {
    case SupportRegimeGroup::Victim:
        return QCoreApplication::translate("ReferralCatalogue", "victims");
    case SupportRegimeGroup::AccompanyingMinor:
        return QCoreApplication::translate("ReferralCatalogue", "minors accompanying a victim");
    case SupportRegimeGroup::IdentificationInCountry:
        return QCoreApplication::translate("ReferralCatalogue", "people being identified who are in Vietnam");
    case SupportRegimeGroup::IdentificationAbroad:
        return QCoreApplication::translate("ReferralCatalogue", "people being identified who are abroad");
    case SupportRegimeGroup::Foreign:
        return QCoreApplication::translate("ReferralCatalogue",
                                           "foreign victims and foreign people being identified");
    }
    return {};
}

int groupClause(SupportRegimeGroup group) {
    switch (group) {
    case SupportRegimeGroup::Victim:
        return 1;
    case SupportRegimeGroup::AccompanyingMinor:
        return 2;
    case SupportRegimeGroup::IdentificationInCountry:
    case SupportRegimeGroup::IdentificationAbroad:
        return 3;
    case SupportRegimeGroup::Foreign:
        return 4;
    }
    return 1;
}

QString folded(const QString& text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace() || c == QLatin1Char('-') ||
            c == QLatin1Char('.'))
            continue;
        out += c == QChar(0x0111) || c == QChar(0x0110) ? QLatin1Char('d') : c.toLower();
    }
    return out;
}

} // namespace

const QStringList& referralDirectionCodes() {
    static const QStringList codes = codesOf(kDirections);
    return codes;
}

QString referralDirectionLabel(const QString& code) {
    return labelOf(kDirections, code);
}

const QStringList& referralStatusCodes() {
    static const QStringList codes = codesOf(kStatuses);
    return codes;
}

bool isReferralStatus(const QString& code) {
    return referralStatusCodes().contains(code);
}

QString referralStatusLabel(const QString& code) {
    return labelOf(kStatuses, code);
}

bool isReferralTransitionAllowed(const QString& from, const QString& to) {
    for (const Transition& transition : kTransitions) {
        if (from == QLatin1String(transition.from) && to == QLatin1String(transition.to))
            return true;
    }
    return false;
}

QStringList nextReferralStatuses(const QString& from) {
    QStringList next;
    for (const QString& to : referralStatusCodes()) {
        if (isReferralTransitionAllowed(from, to))
            next << to;
    }
    return next;
}

const QStringList& referralServiceCodes() {
    static const QStringList codes = [] {
        QStringList list;
        for (const Service& service : kServices)
            list << QLatin1String(service.code);
        return list;
    }();
    return codes;
}

bool isReferralService(const QString& code) {
    return findService(code) != nullptr;
}

QString referralServiceLabel(const QString& code) {
    const Service* service = findService(code);
    return service ? QCoreApplication::translate("ReferralCatalogue", service->label) : code;
}

QString supportRegimePoint(const QString& serviceCode) {
    const Service* service = findService(serviceCode);
    return service ? QString::fromUtf8(service->point) : QString();
}

SupportRegimeGroup supportRegimeGroup(const QString& category, const QString& accompaniedCategory,
                                      bool foreign, bool abroad) {
    // Cl. 4 covers foreigners trafficked in Vietnam whatever their category.
    if (foreign)
        return SupportRegimeGroup::Foreign;
    const bool identification =
        category == QLatin1String("under_identification") ||
        // Cl. 3 gives a minor accompanying a person being identified that person's regime.
        (category == QLatin1String("accompanying_minor") &&
         accompaniedCategory == QLatin1String("under_identification"));
    if (identification)
        return abroad ? SupportRegimeGroup::IdentificationAbroad
                      : SupportRegimeGroup::IdentificationInCountry;
    if (category == QLatin1String("accompanying_minor"))
        return SupportRegimeGroup::AccompanyingMinor;
    return SupportRegimeGroup::Victim;
}

QString supportRegimeGroupCode(SupportRegimeGroup group) {
    switch (group) {
    case SupportRegimeGroup::Victim:
        return QStringLiteral("victim");
    case SupportRegimeGroup::AccompanyingMinor:
        return QStringLiteral("accompanying_minor");
    case SupportRegimeGroup::IdentificationInCountry:
        return QStringLiteral("identification_in_country");
    case SupportRegimeGroup::IdentificationAbroad:
        return QStringLiteral("identification_abroad");
    case SupportRegimeGroup::Foreign:
        return QStringLiteral("foreign");
    }
    return QStringLiteral("victim");
}

QStringList supportRegimePoints(SupportRegimeGroup group) {
    // Art. 37 cl. 1 points in the law's order (Vietnamese alphabet: đ after d, no f or j).
    const QStringList all{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                          QStringLiteral("đ"), QStringLiteral("e"), QStringLiteral("g"), QStringLiteral("h"),
                          QStringLiteral("i"), QStringLiteral("k")};
    switch (group) {
    case SupportRegimeGroup::Victim:
        return all; // a–k
    case SupportRegimeGroup::AccompanyingMinor:
        return all.mid(0, all.indexOf(QStringLiteral("h")) + 1); // a–h
    case SupportRegimeGroup::IdentificationInCountry:
        return all.mid(0, all.indexOf(QStringLiteral("g")) + 1); // a–g
    case SupportRegimeGroup::IdentificationAbroad:
        return all.mid(0, all.indexOf(QStringLiteral("d")) + 1); // a–d
    case SupportRegimeGroup::Foreign:
        return {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                QStringLiteral("d"), QStringLiteral("đ"), QStringLiteral("g")};
    }
    return all;
}

SupportRegimeCheck checkSupportRegime(SupportRegimeGroup group, const QString& serviceCode) {
    const QString point = supportRegimePoint(serviceCode);
    if (point.isEmpty() || supportRegimePoints(group).contains(point))
        return {};
    return {false,
            QCoreApplication::translate(
                "ReferralCatalogue",
                "%1 (art. 37 cl. 1 point %2) is not among the support for %3 (Law 53/2024 on Prevention and "
                "Combat of Human Trafficking, art. 37 cl. %4); the referral is recorded, but check that the "
                "person can receive it.")
                .arg(referralServiceLabel(serviceCode), point, groupDescription(group))
                .arg(groupClause(group))};
}

bool isForeignNationality(const QString& nationality) {
    const QString key = folded(nationality);
    if (key.isEmpty())
        return false;
    static const QStringList notForeign{
        QStringLiteral("vn"),         QStringLiteral("vnm"),       QStringLiteral("vietnam"),
        QStringLiteral("vietnamese"), QStringLiteral("stateless"), QStringLiteral("khongquoctich"),
        QStringLiteral("xx"),         QStringLiteral("xxa"),       QStringLiteral("none")};
    return !notForeign.contains(key);
}

const QStringList& disclosableFieldCodes() {
    static const QStringList codes = codesOf(kDisclosableFields);
    return codes;
}

bool isDisclosableField(const QString& code) {
    return disclosableFieldCodes().contains(code);
}

QString disclosableFieldLabel(const QString& code) {
    return labelOf(kDisclosableFields, code);
}

} // namespace legalaid

#include "domain/directory_catalogue.h"

#include <QCoreApplication>
#include <array>

namespace legalaid {

namespace {

struct Entry {
    const char* code;
    const char* label; // English source; translated in the "DirectoryCatalogue" context
};

// In print order: the legal-aid units and contracted organisations first, then partner agencies.
constexpr std::array kOrganisationKinds{
    Entry{"centre", QT_TRANSLATE_NOOP("DirectoryCatalogue", "State legal aid centre")},
    Entry{"branch", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Branch of the legal aid centre")},
    Entry{"law_firm", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Law firm")},
    Entry{"legal_consulting_org", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Legal consulting organisation")},
    Entry{"procedural_authority", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Procedural authority")},
    Entry{"police", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Police (provincial or investigating agency)")},
    Entry{"commune_police", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Commune police")},
    Entry{"border_guard", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Border guard")},
    Entry{"coast_guard", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Coast guard")},
    Entry{"detention_facility", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Detention facility")},
    Entry{"commune_committee", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Commune people's committee")},
    Entry{"home_affairs_department", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Department of Home Affairs")},
    Entry{"victim_support_facility", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Victim support facility")},
    Entry{"social_assistance_facility",
          QT_TRANSLATE_NOOP("DirectoryCatalogue", "Social assistance facility")},
    Entry{"womens_union", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Women's Union")},
    Entry{"childrens_association",
          QT_TRANSLATE_NOOP("DirectoryCatalogue", "Children's protection association")},
    Entry{"health_facility", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Health facility")},
    Entry{"other", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Other organisation")},
};

constexpr std::array kProviderKinds{
    Entry{"legal_aid_officer", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Legal aid officer")},
    Entry{"lawyer", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Lawyer")},
    Entry{"legal_consultant", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Legal consultant")},
    Entry{"collaborator", QT_TRANSLATE_NOOP("DirectoryCatalogue", "Legal aid collaborator")},
};

template <std::size_t N> QStringList codesOf(const std::array<Entry, N>& entries) {
    QStringList codes;
    for (const Entry& entry : entries)
        codes << QLatin1String(entry.code);
    return codes;
}

template <std::size_t N> QString labelOf(const std::array<Entry, N>& entries, const QString& code) {
    for (const Entry& entry : entries) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("DirectoryCatalogue", entry.label);
    }
    return code;
}

} // namespace

const QStringList& organisationKindCodes() {
    static const QStringList codes = codesOf(kOrganisationKinds);
    return codes;
}

bool isOrganisationKind(const QString& code) {
    return organisationKindCodes().contains(code);
}

QString organisationKindLabel(const QString& code) {
    return labelOf(kOrganisationKinds, code);
}

bool isLegalAidUnitKind(const QString& code) {
    return code == QLatin1String("centre") || code == QLatin1String("branch");
}

bool performsLegalAid(const QString& code) {
    return isLegalAidUnitKind(code) || code == QLatin1String("law_firm") ||
           code == QLatin1String("legal_consulting_org");
}

const QStringList& providerKindCodes() {
    static const QStringList codes = codesOf(kProviderKinds);
    return codes;
}

bool isProviderKind(const QString& code) {
    return providerKindCodes().contains(code);
}

QString providerKindLabel(const QString& code) {
    return labelOf(kProviderKinds, code);
}

bool providerNeedsCard(const QString& code) {
    return code == QLatin1String("legal_aid_officer") || code == QLatin1String("lawyer");
}

} // namespace legalaid

#include "domain/activity_catalogue.h"

#include <QCoreApplication>
#include <array>

namespace legalaid {

namespace {

struct Entry {
    const char* code;
    const char* label; // English source, translated in the "ActivityCatalogue" context
};

constexpr std::array kKinds{
    Entry{"legal_dissemination", QT_TRANSLATE_NOOP("ActivityCatalogue", "Legal dissemination session")},
    Entry{"communication_product", QT_TRANSLATE_NOOP("ActivityCatalogue", "Communication product")},
    Entry{"training", QT_TRANSLATE_NOOP("ActivityCatalogue", "Training")},
};

constexpr std::array kAudiences{
    Entry{"victims", QT_TRANSLATE_NOOP("ActivityCatalogue", "Victims")},
    Entry{"people_at_risk", QT_TRANSLATE_NOOP("ActivityCatalogue", "People at risk")},
    Entry{"officials", QT_TRANSLATE_NOOP("ActivityCatalogue", "Officials")},
    Entry{"students", QT_TRANSLATE_NOOP("ActivityCatalogue", "Students")},
    Entry{"community", QT_TRANSLATE_NOOP("ActivityCatalogue", "Community")},
    Entry{"other", QT_TRANSLATE_NOOP("ActivityCatalogue", "Other audience")},
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
            return QCoreApplication::translate("ActivityCatalogue", entry.label);
    }
    return code;
}

} // namespace

const QStringList& activityKindCodes() {
    static const QStringList codes = codesOf(kKinds);
    return codes;
}

bool isActivityKind(const QString& code) {
    return activityKindCodes().contains(code);
}

QString activityKindLabel(const QString& code) {
    return labelOf(kKinds, code);
}

const QStringList& activityAudienceCodes() {
    static const QStringList codes = codesOf(kAudiences);
    return codes;
}

bool isActivityAudience(const QString& code) {
    return activityAudienceCodes().contains(code);
}

QString activityAudienceLabel(const QString& code) {
    return labelOf(kAudiences, code);
}

} // namespace legalaid

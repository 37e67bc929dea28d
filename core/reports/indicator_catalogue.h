#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace legalaid::reports {

// One indicator of the periodic report, as the catalogue (resources/reports/indicators.json) defines it.
struct Indicator {
    QString code;      // stable snake_case: CSV and JSON exports use it
    QString section;   // people_aided, cases, coverage, timeliness, referrals, activities, providers
    QString measure;   // the records counted (core/reports/report_repository.cpp), or "ratio"
    QString dimension; // how they are grouped: total, form, sex, …
    QString labelVi;
    QString labelEn;
    QString unit;        // count, percent, days
    QString numerator;   // ratio: the measure over…
    QString denominator; // …this one, as a percentage
    [[nodiscard]] QString label(const QString& language) const {
        return language == QLatin1String("en") ? labelEn : labelVi;
    }
    [[nodiscard]] bool isRatio() const { return measure == QLatin1String("ratio"); }
};

// The sections in report order.
[[nodiscard]] const QStringList& reportSections();
[[nodiscard]] QString sectionLabel(const QString& section, const QString& language);

// Reads a catalogue and checks every entry against what the report can compute: a wrong measure or dimension
// is refused with the indicator's code.
[[nodiscard]] Result<std::vector<Indicator>> parseIndicatorCatalogue(const QByteArray& json);
// The shipped catalogue (embedded resource), read once.
[[nodiscard]] Result<std::vector<Indicator>> indicatorCatalogue();

} // namespace legalaid::reports

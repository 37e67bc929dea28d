#include "reports/report_period.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace legalaid::reports {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

Error invalidPeriod(const QString& text) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "ReportPeriod", "\"%1\" is not a reporting period: write a year (2027), a half "
                                         "year (2027-H1), a quarter (2027-Q3) or a date range "
                                         "(2026-10-01..2027-03-31).")
                         .arg(text));
}

QString dmy(const QDate& date) {
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// Decree 09/2019: a period that ends in month M of year Y ends on the 14th of M and starts on the 15th of
// the month before its first calendar month.
ReportPeriod monthsPeriod(PeriodKind kind, int year, int index, int firstMonth, int lastMonth,
                          Cutoff cutoff) {
    ReportPeriod period;
    period.kind = kind;
    period.cutoff = cutoff;
    period.year = year;
    period.index = index;
    if (cutoff == Cutoff::Calendar) {
        period.from = QDate(year, firstMonth, 1);
        const QDate lastMonthStart(year, lastMonth, 1);
        period.to = lastMonthStart.addDays(lastMonthStart.daysInMonth() - 1);
    } else {
        period.from = QDate(year, firstMonth, 15).addMonths(-1);
        period.to = QDate(year, lastMonth, 14);
    }
    return period;
}

} // namespace

QString cutoffCode(Cutoff cutoff) {
    return cutoff == Cutoff::Decree09 ? QStringLiteral("decree09") : QStringLiteral("calendar");
}

Result<Cutoff> cutoffFromCode(const QString& code) {
    const QString normal = code.trimmed().toLower();
    if (normal == QLatin1String("calendar"))
        return Cutoff::Calendar;
    if (normal == QLatin1String("decree09"))
        return Cutoff::Decree09;
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("ReportPeriod", "Unknown cut-off \"%1\": use calendar or decree09.")
            .arg(code));
}

ReportPeriod yearPeriod(int year, Cutoff cutoff) {
    return monthsPeriod(PeriodKind::Year, year, 0, 1, 12, cutoff);
}

ReportPeriod halfYearPeriod(int year, int half, Cutoff cutoff) {
    return half == 1 ? monthsPeriod(PeriodKind::HalfYear, year, 1, 1, 6, cutoff)
                     : monthsPeriod(PeriodKind::HalfYear, year, 2, 7, 12, cutoff);
}

ReportPeriod quarterPeriod(int year, int quarter, Cutoff cutoff) {
    const int first = (quarter - 1) * 3 + 1;
    return monthsPeriod(PeriodKind::Quarter, year, quarter, first, first + 2, cutoff);
}

Result<ReportPeriod> customPeriod(const QDate& from, const QDate& to) {
    if (!from.isValid() || !to.isValid() || to < from || from.year() < kFirstYear || to.year() > kLastYear)
        return invalidPeriod(from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate));
    ReportPeriod period;
    period.kind = PeriodKind::Custom;
    period.year = to.year();
    period.from = from;
    period.to = to;
    return period;
}

QString ReportPeriod::code() const {
    switch (kind) {
    case PeriodKind::Year:
        return QString::number(year);
    case PeriodKind::HalfYear:
        return QStringLiteral("%1-H%2").arg(year).arg(index);
    case PeriodKind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg(index);
    case PeriodKind::Custom:
        return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    case PeriodKind::AdHoc:
        return from.toString(Qt::ISODate) + QStringLiteral("..");
    }
    return {};
}

QString ReportPeriod::label(const QString& language) const {
    const bool vi = language != QLatin1String("en");
    const QString range = QStringLiteral(" (%1 – %2)").arg(dmy(from), dmy(to));
    switch (kind) {
    case PeriodKind::Year:
        return (vi ? QStringLiteral("Năm %1") : QStringLiteral("Year %1")).arg(year) + range;
    case PeriodKind::HalfYear:
        if (index == 1)
            return (vi ? QStringLiteral("6 tháng đầu năm %1") : QStringLiteral("First half of %1"))
                       .arg(year) +
                   range;
        return (vi ? QStringLiteral("6 tháng cuối năm %1") : QStringLiteral("Second half of %1")).arg(year) +
               range;
    case PeriodKind::Quarter:
        return (vi ? QStringLiteral("Quý %1 năm %2") : QStringLiteral("Quarter %1 of %2"))
                   .arg(index)
                   .arg(year) +
               range;
    case PeriodKind::Custom:
    case PeriodKind::AdHoc:
        return (vi ? QStringLiteral("Từ %1 đến %2") : QStringLiteral("From %1 to %2"))
            .arg(dmy(from), dmy(to));
    }
    return {};
}

ReportPeriod ReportPeriod::previous() const {
    switch (kind) {
    case PeriodKind::Year:
        return yearPeriod(year - 1, cutoff);
    case PeriodKind::HalfYear:
        return index == 1 ? halfYearPeriod(year - 1, 2, cutoff) : halfYearPeriod(year, 1, cutoff);
    case PeriodKind::Quarter:
        return index == 1 ? quarterPeriod(year - 1, 4, cutoff) : quarterPeriod(year, index - 1, cutoff);
    case PeriodKind::Custom:
    case PeriodKind::AdHoc: {
        ReportPeriod before = *this;
        before.kind = PeriodKind::Custom;
        before.to = from.addDays(-1);
        before.from = before.to.addDays(-(days() - 1));
        before.year = before.to.year();
        return before;
    }
    }
    return *this;
}

ReportPeriod ReportPeriod::inYear(int otherYear) const {
    switch (kind) {
    case PeriodKind::Year:
        return yearPeriod(otherYear, cutoff);
    case PeriodKind::HalfYear:
        return halfYearPeriod(otherYear, index, cutoff);
    case PeriodKind::Quarter:
        return quarterPeriod(otherYear, index, cutoff);
    case PeriodKind::Custom:
    case PeriodKind::AdHoc: {
        ReportPeriod shifted = *this;
        shifted.kind = PeriodKind::Custom;
        const int years = otherYear - year;
        shifted.from = from.addYears(years);
        shifted.to = to.addYears(years);
        shifted.year = otherYear;
        return shifted;
    }
    }
    return *this;
}

Result<ReportPeriod> parsePeriod(const QString& text, Cutoff cutoff, const QDate& today) {
    const QString normal = text.trimmed().toUpper();
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression halfOrQuarter(QStringLiteral("^(\\d{4})-([HQ])(\\d)$"));
    static const QRegularExpression range(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})?$"));
    const auto validYear = [](int year) { return year >= kFirstYear && year <= kLastYear; };

    if (const auto match = yearOnly.match(normal); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        if (!validYear(year))
            return invalidPeriod(text);
        return yearPeriod(year, cutoff);
    }
    if (const auto match = halfOrQuarter.match(normal); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        const int index = match.captured(3).toInt();
        const bool half = match.captured(2) == QLatin1String("H");
        if (!validYear(year) || index < 1 || index > (half ? 2 : 4))
            return invalidPeriod(text);
        return half ? halfYearPeriod(year, index, cutoff) : quarterPeriod(year, index, cutoff);
    }
    if (const auto match = range.match(normal); match.hasMatch()) {
        const QDate from = QDate::fromString(match.captured(1), Qt::ISODate);
        if (match.captured(2).isEmpty()) {
            if (!from.isValid() || from > today || !validYear(from.year()))
                return invalidPeriod(text);
            ReportPeriod period;
            period.kind = PeriodKind::AdHoc;
            period.from = from;
            period.to = today;
            period.year = today.year();
            return period;
        }
        const QDate to = QDate::fromString(match.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return invalidPeriod(text);
        if (to < from)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("ReportPeriod",
                                                         "The period \"%1\" ends before it starts: write the "
                                                         "earlier date first.")
                                 .arg(text));
        auto period = customPeriod(from, to);
        if (!period)
            return invalidPeriod(text);
        return period;
    }
    return invalidPeriod(text);
}

Result<std::vector<int>> parseYearRange(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:\\.\\.(\\d{4}))?$"));
    const auto match = pattern.match(text.trimmed());
    const auto invalid = [&] {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "ReportPeriod", "\"%1\" is not a range of years: write it like 2026..2030 "
                                             "(at most 12 years).")
                             .arg(text));
    };
    if (!match.hasMatch())
        return invalid();
    const int first = match.captured(1).toInt();
    const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
    if (first < kFirstYear || last > kLastYear || last < first || last - first >= 12)
        return invalid();
    std::vector<int> years;
    for (int year = first; year <= last; ++year)
        years.push_back(year);
    return years;
}

} // namespace legalaid::reports

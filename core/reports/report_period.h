#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>
#include <vector>

namespace legalaid::reports {

// DESIGN.md §7: the reporting periods of a centre.
enum class PeriodKind {
    Quarter,
    HalfYear,
    Year,
    Custom, // an explicit range FROM..TO
    AdHoc,  // from a date up to the day the report is made (a request from the Department, an inspection)
};

// Calendar periods, or the statistical cut-off dates of Decree 09/2019/NĐ-CP: the year runs 15 Dec of the
// previous year – 14 Dec, the first 6 months 15 Dec – 14 Jun, a quarter the 15th of the month before it –
// the 14th of its last month.
enum class Cutoff { Calendar, Decree09 };

[[nodiscard]] QString cutoffCode(Cutoff cutoff); // "calendar" | "decree09"
[[nodiscard]] Result<Cutoff> cutoffFromCode(const QString& code);

// A closed range of dates [from, to], both inclusive, and what it stands for.
struct ReportPeriod {
    PeriodKind kind = PeriodKind::Year;
    Cutoff cutoff = Cutoff::Calendar;
    int year = 0;  // quarter, half year, year: the reporting year (the one the period ends in)
    int index = 0; // quarter 1–4 or half 1–2; 0 otherwise
    QDate from;
    QDate to;

    // The text the parser reads back: "2027", "2027-H1", "2027-Q3", "2026-10-01..2027-03-31", "2027-01-01..".
    [[nodiscard]] QString code() const;
    // For people: "6 tháng đầu năm 2027 (15/12/2026 – 14/06/2027)" / "First half of 2027 (…)".
    [[nodiscard]] QString label(const QString& language) const;
    [[nodiscard]] bool contains(const QDate& date) const { return date >= from && date <= to; }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }

    // The period just before: the previous quarter, half or year; for a custom or ad hoc range the range of
    // the same length that ends the day before it starts.
    [[nodiscard]] ReportPeriod previous() const;
    // The same period in another year (the same quarter, half or year; a custom range shifted by whole
    // years).
    [[nodiscard]] ReportPeriod inYear(int otherYear) const;

    bool operator==(const ReportPeriod&) const = default;
};

[[nodiscard]] ReportPeriod yearPeriod(int year, Cutoff cutoff);
[[nodiscard]] ReportPeriod halfYearPeriod(int year, int half, Cutoff cutoff);
[[nodiscard]] ReportPeriod quarterPeriod(int year, int quarter, Cutoff cutoff);
[[nodiscard]] Result<ReportPeriod> customPeriod(const QDate& from, const QDate& to);

// Reads the text of a period: "2027", "2027-H1"/"2027-H2", "2027-Q1".."2027-Q4", "FROM..TO" (ISO dates,
// custom) or "FROM.." (ad hoc, up to `today`). Years 2000–2100. The cut-off applies to the first three only.
[[nodiscard]] Result<ReportPeriod> parsePeriod(const QString& text, Cutoff cutoff = Cutoff::Calendar,
                                               const QDate& today = QDate::currentDate());

// Reads "2026..2030" (or a single year) for the years shown side by side; at most 12 years.
[[nodiscard]] Result<std::vector<int>> parseYearRange(const QString& text);

} // namespace legalaid::reports

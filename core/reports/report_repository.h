#pragma once

#include "common/result.h"
#include "reports/report_period.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace legalaid::reports {

// One value of a measure for one key of a dimension ("" for the total).
struct MeasureValue {
    QString key;
    double value = 0;
};

// A record behind a number: its key in the dimension and its id.
struct KeyedRecord {
    QString key;
    qint64 id = 0;
};

// One person of the three categories recorded in the period who had no accepted case by its end.
struct CoverageGap {
    qint64 personId = 0;
    QString fullName;
    QString category;
    QString currentStatus;
    QString provinceCode;
    QDate knownOn;
};

// Display names of the keys that are rows of a table (beneficiary groups, fields of law, units, providers).
struct KeyLabels {
    std::map<QString, std::pair<QString, QString>> groups; // code -> (vi, en)
    std::map<QString, std::pair<QString, QString>> fields;
    std::map<QString, QString> units;     // unit code -> organisation name
    std::map<QString, QString> providers; // provider id -> name
};

// The SQL of the periodic statistics. A measure is a set of records (cases accepted in the period, people
// recorded in the period, …); a dimension is how they are grouped. Both are names from a fixed list here:
// the indicator catalogue (resources/reports/indicators.json) combines them, and nothing a user types reaches
// the SQL text. Dates are bound as parameters.
class ReportRepository {
public:
    explicit ReportRepository(QSqlDatabase db);

    [[nodiscard]] static bool hasMeasure(const QString& measure);
    [[nodiscard]] static bool supports(const QString& measure, const QString& dimension);
    // "case", "person", "referral", "activity": what the ids of a measure are.
    [[nodiscard]] static QString recordType(const QString& measure);
    // True when the measure's value is a number of records (a count, not a sum or a median), so the records
    // behind each of its figures can be listed.
    [[nodiscard]] static bool countsRecords(const QString& measure);

    // The value per key, largest keys first is not guaranteed: callers order them.
    [[nodiscard]] Result<std::vector<MeasureValue>>
    aggregate(const QString& measure, const QString& dimension, const ReportPeriod& period) const;
    // The ids of the records a count is made of (not for sums and medians).
    [[nodiscard]] Result<std::vector<KeyedRecord>> records(const QString& measure, const QString& dimension,
                                                           const ReportPeriod& period) const;
    // The ids behind one figure: the records of `measure` whose `dimension` is `key` ("" for the total, or
    // for the "unknown" key of a breakdown), each once, ascending. Only that key is read, not the whole
    // breakdown. `cancelled` is asked between rows; when it says yes the result is ErrorCode::Cancelled.
    [[nodiscard]] Result<std::vector<qint64>>
    recordIdsForKey(const QString& measure, const QString& dimension, const QString& key,
                    const ReportPeriod& period, const std::function<bool()>& cancelled = {}) const;
    [[nodiscard]] Result<std::vector<CoverageGap>> coverageGaps(const ReportPeriod& period) const;
    [[nodiscard]] Result<KeyLabels> keyLabels() const;

private:
    QSqlDatabase m_db;
};

// Raises the page cache of the connection while a long read runs and puts it back after. The statistics and
// exports read the cases and look people up in no particular order; with SQLite's default cache of 2 MB each
// lookup decrypts a page again (SQLCipher), which costs more than the query itself.
class LargeReadCache {
public:
    explicit LargeReadCache(QSqlDatabase db, int kibibytes = 96 * 1024);
    ~LargeReadCache();
    LargeReadCache(const LargeReadCache&) = delete;
    LargeReadCache& operator=(const LargeReadCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
    bool m_changed = false;
};

// The SQL expression of a person's age (alias p) in completed years on `referenceDate` (an SQL expression of
// the repository's own, never user text): from the birth date when known, else from the birth year; NULL
// when neither is known.
[[nodiscard]] QString ageExpression(const QString& referenceDate);

// The median of `values` (the mean of the two middle ones for an even count); 0 for none.
[[nodiscard]] double median(std::vector<double> values);

} // namespace legalaid::reports

#pragma once

#include "common/result.h"
#include "records/reader_access.h"
#include "reports/report_period.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace legalaid::reports {

using ValuesByKey = std::map<QString, double>;
using MeasureDimension = std::pair<QString, QString>;

// The figures of one period that the batch computed: (measure, dimension) -> key -> value, with the same
// keys and values ReportRepository::aggregate gives for that pair. A pair the batch did not compute is
// absent, and the caller asks aggregate() for it.
class PeriodTable {
public:
    [[nodiscard]] const ValuesByKey* find(const QString& measure, const QString& dimension) const;
    // Declares the pair computed (an empty result is a result) and returns its values to fill.
    ValuesByKey& values(const QString& measure, const QString& dimension);
    void add(const QString& measure, const QString& dimension, const QString& key, double value);
    void erase(const QString& measure, const QString& dimension);
    // Adds every value of `other` (the same period computed elsewhere), declaring its pairs here too.
    void addAll(const PeriodTable& other);

private:
    std::map<MeasureDimension, ValuesByKey> m_values;
};

// Called between the passes with how many are done of how many; false stops the report.
using ReportProgress = std::function<bool(int done, int total)>;
// The error of a report stopped through its progress callback.
[[nodiscard]] Error reportCancelled();

// The periodic statistics of several periods in a few grouped passes over covering indexes (migration 0011)
// instead of one query per indicator and period: the cases by the day they were received, accepted,
// assigned and ended (grouped by the day first, so SQLite streams the groups out of the index without
// sorting, and each period takes the days that fall in it), the people behind the accepted cases in the
// order of their characteristics, the people recorded in the period, the referrals by the day sent, the
// activities. Every figure is the one the measure's own SQL in ReportRepository gives; a pair this class
// does not compute is left to ReportRepository::aggregate. Dates are bound as parameters and the SQL text
// is fixed (only the number of per-period columns depends on how many periods are asked for).
class ReportBatchRepository {
public:
    // With a valid `parallelReader`, a worker thread opens a second connection and takes half the passes.
    explicit ReportBatchRepository(QSqlDatabase db, ReaderAccess parallelReader = {});

    // The pairs compute() can fill.
    [[nodiscard]] static bool covers(const QString& measure, const QString& dimension);

    // One table per period, in the order given. `wanted`: the pairs the report needs (passes that fill none
    // of them are skipped). `millisByPass`, when given, receives how long each pass took.
    [[nodiscard]] Result<std::vector<PeriodTable>>
    compute(const std::vector<ReportPeriod>& periods, const std::set<MeasureDimension>& wanted,
            const ReportProgress& progress = {}, std::map<QString, qint64>* millisByPass = nullptr) const;

private:
    QSqlDatabase m_db;
    ReaderAccess m_parallelReader;
};

} // namespace legalaid::reports

#pragma once

#include "common/result.h"

#include <QString>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace legalaid::exchange {

// The columns that, together, could single a person out of an anonymised export (issue 6).
enum class QuasiIdentifier { AgeBand, Sex, Province, Nationality, Ethnicity };

// What small-cell protection did to one export: counts only, never values, so it can go into the audit log.
struct SmallCellReport {
    bool applied = false;
    int k = 0;
    qint64 combinationsBelowK = 0; // distinct combinations of the quasi-identifiers with fewer than k rows
    qint64 rowsGeneralised = 0;    // rows written with at least one generalised cell
    qint64 rowsSuppressed = 0;     // rows left out
    struct ColumnCount {
        QString column;
        qint64 cells = 0;
    };
    std::vector<ColumnCount> cellsGeneralised; // per quasi-identifier column, in column order (0 included)

    [[nodiscard]] qint64 totalCellsGeneralised() const;
    // "k=11 below_k=3 generalised_cells=5 (ethnicity:2,age_band:3) generalised_rows=4 suppressed_rows=1"
    [[nodiscard]] QString auditText() const;
    // One sentence for people, e.g. for the CLI and the desk.
    [[nodiscard]] QString sentence() const;
};

// The default k and the range accepted from users.
inline constexpr int kDefaultSmallCellK = 11;
inline constexpr int kMinSmallCellK = 2;
inline constexpr int kMaxSmallCellK = 1000;

// Generalisation, coarsest last. Level 1: ethnicity → kinh / minority, nationality → VN / foreign; level 2:
// age band → under_18 / 18_plus; level 3: province → its socio-economic region (region_*). Sex is never
// generalised: a row that is still rare at level 3 is suppressed.
[[nodiscard]] std::string generalisedValue(QuasiIdentifier what, std::string_view value, int level);

// k-anonymity at the point of export, in one pass over the rows: a row is written at once when its
// combination of quasi-identifier values has been seen k times; until then it is held back. At finish()
// the combinations still below k are generalised step by step, each level only joining rare rows with
// other rare rows, until the generalised combination holds k rows; what is still rare after the last
// level is suppressed. Every combination in the output thus has at least k rows (rows kept as they are
// have k or more of their own; generalised ones have k or more at their level). Rows are not written in
// read order: held rows follow when their combination reaches k, generalised rows come last.
//
// Memory: at most k − 1 held rows per distinct combination.
class SmallCellGuard {
public:
    struct Column {
        int cell; // index in the row
        QuasiIdentifier what;
        QString code; // the column's code, for the report
    };
    using Sink = std::function<Status(const std::string_view* cells)>;

    SmallCellGuard(int k, std::vector<Column> columns, int cellCount, Sink sink);
    ~SmallCellGuard();
    SmallCellGuard(const SmallCellGuard&) = delete;
    SmallCellGuard& operator=(const SmallCellGuard&) = delete;

    [[nodiscard]] Status add(const std::string_view* cells);
    [[nodiscard]] Status finish();
    [[nodiscard]] const SmallCellReport& report() const { return m_report; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    SmallCellReport m_report;
};

} // namespace legalaid::exchange

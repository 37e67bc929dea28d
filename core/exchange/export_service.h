#pragma once

#include "common/result.h"
#include "exchange/csv_writer.h"
#include "exchange/export_repository.h"
#include "exchange/small_cell.h"
#include "records/session.h"
#include "reports/report_period.h"

#include <functional>
#include <vector>

namespace legalaid::exchange {

// Called now and then with the rows written so far and the total; return false to cancel.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExportOptions {
    // Names, ID numbers, phones, communes, free text and real ids: ExportIdentified (director, admin) and an
    // explicit choice. Off: anonymised (ExportAnonymised).
    bool identified = false;
    // Small-cell protection of anonymised exports: combinations of age band, sex, province, nationality and
    // ethnicity with fewer than k rows are generalised or suppressed (SmallCellGuard).
    int k = kDefaultSmallCellK;
    // Called with the rows read so far and the total.
    ExportProgress progress;
};

struct ExportSummary {
    ExportKind kind = ExportKind::Cases;
    QString path;
    QString dictionaryPath;
    qint64 rows = 0;     // written
    qint64 rowsRead = 0; // read; more than `rows` when small-cell protection suppressed some
    bool anonymised = true;
    SmallCellReport smallCell;
    std::vector<CsvColumn> columns;
    double seconds = 0;
};

// Record-level CSV exports for upward reporting and exchange. Anonymised by default: no names, ID numbers,
// phones, addresses below province or free text; the birth date becomes an age band; ids become stable
// pseudonyms (Pseudonymiser); small-cell protection (SmallCellGuard) generalises or suppresses rare
// combinations of quasi-identifiers and the summary and the audit entry say what it did. Streams into a
// temporary file and renames it on success; the data dictionary is written beside it; every export is audited
// (what, how many rows, anonymised or not).
class ExportService {
public:
    explicit ExportService(Session& session);

    [[nodiscard]] Result<ExportSummary> exportRecords(ExportKind kind, const reports::ReportPeriod& period,
                                                      const QString& path, const ExportOptions& options = {});
    // The columns an export writes, in order.
    [[nodiscard]] static std::vector<CsvColumn> columns(ExportKind kind, bool identified);

private:
    Session& m_session;
};

// The period of an export of everything (2000-01-01..2100-12-31).
[[nodiscard]] reports::ReportPeriod wholeHistory();

// The age band of a person on a date (ISO text), from the birth date or else the birth year:
// under_16, 16_17, 18_29, 30_59, 60_plus or unknown. The same bands as the periodic report.
[[nodiscard]] QString ageBand(const QString& birthDate, int birthYear, const QString& onDate);

} // namespace legalaid::exchange

#pragma once

#include "common/result.h"
#include "exchange/csv_writer.h"
#include "exchange/export_repository.h"
#include "exchange/pseudonymiser.h"
#include "exchange/small_cell.h"
#include "records/permissions.h"
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

// One export: what, which period, where, how.
struct ExportRequest {
    ExportKind kind = ExportKind::Cases;
    reports::ReportPeriod period;
    QString path; // the target; the data dictionary goes beside it (dataDictionaryPath)
    ExportOptions options;
};

// An export written, not yet in place: the CSV and its data dictionary in temporary files beside the target.
// Only ExportService::publish moves them there, after it has written the audit entry; destroying or
// discarding a staged export removes the temporary files. Move-only.
class StagedExport {
public:
    StagedExport() = default;
    ~StagedExport();
    StagedExport(StagedExport&& other) noexcept;
    StagedExport& operator=(StagedExport&& other) noexcept;
    StagedExport(const StagedExport&) = delete;
    StagedExport& operator=(const StagedExport&) = delete;

    // What was written: `path` and `dictionaryPath` are the targets.
    [[nodiscard]] const ExportSummary& summary() const { return m_summary; }
    // Where the files are now (for tests and messages): hidden files beside the target.
    [[nodiscard]] const QString& stagedPath() const { return m_stagedPath; }
    [[nodiscard]] const QString& stagedDictionaryPath() const { return m_stagedDictionaryPath; }
    [[nodiscard]] bool isEmpty() const { return m_stagedPath.isEmpty(); }
    // Removes the temporary files (a cancel that came too late, a lock, a failed audit).
    void discard();

private:
    friend class ExportWorker;
    friend class ExportService;

    ExportSummary m_summary;
    QString m_periodCode;
    QString m_stagedPath;
    QString m_stagedDictionaryPath;
};

// The reading and writing half of an export, on any thread, on a connection that thread opened
// (ReaderAccess::open): checks the role it is given, reads the rows, applies the pseudonyms and small-cell
// protection and stages the CSV and its data dictionary beside the target. It writes nothing to the
// database: the audit entry is written by ExportService::publish on the session's thread.
class ExportWorker {
public:
    ExportWorker(QSqlDatabase db, Role role);

    // `pseudonyms` from ExportService::prepare. A cancel (the progress callback returning false) or an
    // error leaves no file behind.
    [[nodiscard]] Result<StagedExport> write(const ExportRequest& request,
                                             const Pseudonymiser& pseudonyms) const;

private:
    QSqlDatabase m_db;
    Role m_role;
};

// Record-level CSV exports for upward reporting and exchange. Anonymised by default: no names, ID numbers,
// phones, addresses below province or free text; the birth date becomes an age band; ids become stable
// pseudonyms (Pseudonymiser); small-cell protection (SmallCellGuard) generalises or suppresses rare
// combinations of quasi-identifiers and the summary and the audit entry say what it did. Streams into
// temporary files beside the target and moves them there only after the audit entry (what, how many rows,
// anonymised or not) is written; the data dictionary is written beside the export.
class ExportService {
public:
    explicit ExportService(Session& session);

    // The whole export on the session's thread (the CLI): prepare, ExportWorker::write on the session's
    // connection, publish.
    [[nodiscard]] Result<ExportSummary> exportRecords(ExportKind kind, const reports::ReportPeriod& period,
                                                      const QString& path, const ExportOptions& options = {});

    // The same in three steps, for an export that runs on a worker thread (the desk):
    // 1. on the session's thread: checks the role and the options and reads the per-database pseudonym
    //    secret, creating it (an audited write) the first time;
    [[nodiscard]] Result<Pseudonymiser> prepare(const ExportRequest& request);
    // 2. on the worker: ExportWorker(its own connection, role).write(request, pseudonyms);
    // 3. on the session's thread: writes the audit entry, then moves the files into place. When the audit
    //    entry cannot be written the temporary files are removed and nothing appears at the target, so no
    //    export file exists without its audit entry.
    [[nodiscard]] Result<ExportSummary> publish(StagedExport staged);
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

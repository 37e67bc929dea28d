#pragma once

#include "documents/document_catalogue.h"
#include "exchange/export_repository.h"
#include "pages/desk_page.h"
#include "reports/report_service.h"

#include <QList>
#include <QPrinter>
#include <atomic>
#include <memory>

class QAction;
class QBoxLayout;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QThread;
class QToolButton;
class QTreeView;

namespace legalaid::ui {

class ErrorLabel;
class PrintJob;
class RecordsBehindLauncher;
class ReportTreeModel;

// Báo cáo: the periodic report of the centre for a chosen period, computed off the GUI thread, shown as a
// tree of figures with a chart of the selected indicator's breakdown and the coverage figure on top; exported
// as CSV or JSON, printed to PDF, and the anonymised record-level exports behind it.
class ReportsPage : public DeskPage {
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("reports"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/reports.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

    // The period the bar describes now, or why it is not one.
    [[nodiscard]] Result<reports::ReportPeriod> chosenPeriod() const;
    // Starts computing the chosen period (the Compute button, Enter).
    void compute();
    [[nodiscard]] bool isComputing() const { return m_computing; }
    [[nodiscard]] ReportTreeModel* model() const { return m_model; }
    // A record-level CSV export of the chosen period (the export menus). Asks for the file when `path` is
    // empty; anonymised exports use the small-cell threshold k of the spin box beside the menus. Returns at
    // once: the rows are read and written on a worker thread with its own connection, under a progress dialog
    // (rows done of total, Cancel); back on the GUI thread the audit entry is written through the session and
    // only then the file is moved into place. Then says what small-cell protection did in the status line and
    // in a message box. exportFinished() is emitted when it has ended, whichever way.
    void exportRecords(exchange::ExportKind kind, bool identified, const QString& path = {});
    [[nodiscard]] bool isExporting() const { return m_exporting; }
    // Tests only: the worker waits this long (or until cancelled) before it reads the first row, so that a
    // test can see the progress dialog and lock in the middle of an export of a small database.
    static void setExportPauseForTests(int milliseconds);
    // The centre's documents of the chosen period (the "Registers and lists" menu): "register" (Sổ thụ lý,
    // Mẫu số 01, of the unit chosen beside the menu) or "beneficiaries" (Danh sách người được TGPL).
    // Printing asks for the printer (QPrintDialog), then draws the pages on a PrintJob worker under a
    // progress dialog with Cancel, and audits what went out (the pages sent before a Cancel too). `printer`
    // set skips the dialog (tests print to a PDF-format QPrinter). A lock meanwhile abandons the job; pages
    // already sent are audited before the session goes.
    void printCentreDocument(const QString& code, std::unique_ptr<QPrinter> printer = {});
    // The print preview: Qt paints a preview on the GUI thread, so the pages are drawn under
    // printWithProgress (page progress, Cancel, the event loop kept running between pages); its Print button
    // prints the same way.
    void previewCentreDocument(const QString& code);
    // The same document as a PDF file (to send by e-mail): asks for the file when `path` is empty, builds the
    // document here, draws its pages on a PrintJob worker under a progress dialog with Cancel (the event loop
    // runs meanwhile; the call returns when the job has ended) and audits and writes the file only when the
    // whole document was drawn. A lock meanwhile (detach) abandons the job: nothing written or audited.
    void saveCentreDocumentPdf(const QString& code, const QString& path = {});
    // What the menu would print now for `code`: the chosen period and unit, or why there is none.
    [[nodiscard]] Result<documents::PrintRequest> centreDocumentRequest(const QString& code) const;

signals:
    // A computation ended: shown, failed or (when detached) dropped. For tests.
    void computeFinished();
    // A record export ended: published, failed, cancelled or (when detached) dropped. For tests.
    void exportFinished();

protected:
    // Reloads the units of the register: a branch added on the directory page is offered at once.
    void showEvent(QShowEvent* event) override;

private:
    void buildPeriodBar(QBoxLayout* layout);
    void updatePeriodFields();
    void finishWorker();
    // The export worker has finished: publishes its files (audit entry, then move) or says why not.
    void exportWorkerFinished();
    // Detach and destruction: stops a running export, joins its worker (whose connection closes in it) and
    // removes what it staged. Returns true when an export was running.
    bool cancelRunningExport();
    void closeExportProgress();
    void showReport(const reports::Report& report);
    void clearReport();
    void updateActions();
    void showChartFor(const QString& code);
    void exportReportCsv();
    void exportReportJson();
    void printReport();
    void showCoverageGaps();
    void loadUnits();

    Session* m_session = nullptr;
    ReportTreeModel* m_model = nullptr;
    RecordsBehindLauncher* m_recordsBehind = nullptr; // drill-down from a figure to its records

    QComboBox* m_kind = nullptr;
    QLabel* m_yearLabel = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_partLabel = nullptr;
    QComboBox* m_part = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_cutoffLabel = nullptr;
    QComboBox* m_cutoff = nullptr;
    QPushButton* m_compute = nullptr;
    QProgressBar* m_busy = nullptr;
    ErrorLabel* m_error = nullptr;

    QLabel* m_periodTitle = nullptr;
    QLabel* m_coveragePercent = nullptr;
    QLabel* m_coverageText = nullptr;
    QProgressBar* m_coverageBar = nullptr;
    QTreeView* m_tree = nullptr;
    QChartView* m_chart = nullptr;

    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportJson = nullptr;
    QPushButton* m_print = nullptr;
    QToolButton* m_exportRecords = nullptr;
    QToolButton* m_exportIdentified = nullptr;
    QLabel* m_smallCellKLabel = nullptr;
    QSpinBox* m_smallCellK = nullptr;
    QPushButton* m_coverageGaps = nullptr;

    // The centre's documents of the period: the unit of the register and the print menu.
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_unit = nullptr;
    QToolButton* m_printDocuments = nullptr;
    QAction* m_printRegister = nullptr;
    QAction* m_printBeneficiaries = nullptr;
    QAction* m_previewRegister = nullptr;
    QAction* m_previewBeneficiaries = nullptr;
    QAction* m_pdfRegister = nullptr;
    QAction* m_pdfBeneficiaries = nullptr;

    QLabel* m_status = nullptr;

    // Workers still running; a newer Compute does not wait for an older one, whose result is then dropped.
    QList<QThread*> m_workers;
    // Set to stop the running computation between its passes (a newer Compute, leaving the page).
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_computing = false;
    // The running record export: its worker thread, what it shares with the worker (cancel flag, progress,
    // result) and its progress dialog. The generation tells a stale "finished" apart from the current one.
    struct ExportRun;
    QThread* m_exportWorker = nullptr;
    std::shared_ptr<ExportRun> m_exportRun;
    QProgressDialog* m_exportProgress = nullptr;
    quint64 m_exportGeneration = 0;
    // Said in the status line when the page is attached again: the lock cancelled an export.
    QString m_exportCancelledByLock;
    bool m_exporting = false; // a record export is running on its worker
    bool m_printing = false;  // a centre document is being drawn below a progress dialog
    // The PDF of a centre document being drawn on its print worker (owned by saveCentreDocumentPdf, which
    // waits for it); detach() abandons it. Said in the status line when attached again.
    PrintJob* m_printJob = nullptr;
    QString m_printCancelledByLock;
};

} // namespace legalaid::ui

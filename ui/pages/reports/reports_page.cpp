#include "pages/reports/reports_page.h"

#include "common/atomic_file.h"
#include "common/translations.h"
#include "domain/directory_catalogue.h"
#include "domain/person_catalogues.h"
#include "exchange/export_service.h"
#include "pages/reports/records_behind_launcher.h"
#include "pages/reports/report_tree_model.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/reader_access.h"
#include "records/session.h"
#include "reports/report_output.h"
#include "reports/report_service.h"
#include "widgets/error_label.h"
#include "widgets/print_job.h"
#include "widgets/print_progress.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace legalaid::ui {

namespace {

using reports::Cutoff;
using reports::PeriodKind;
using reports::Report;
using reports::ReportPeriod;

// The core's sentence for what the role may not do, or "" when it may.
QString refusal(Role role, Operation operation) {
    const Status allowed = requirePermission(role, operation);
    return allowed ? QString() : allowed.error().message;
}

// QChartView::setChart releases the old chart without deleting it.
void replaceChart(QChartView* view, QChart* chart) {
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : DeskPage(parent)
    , m_model(new ReportTreeModel(this)) {
    setObjectName(QStringLiteral("reportsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    buildPeriodBar(bar);
    // The centre's documents of the chosen period, just below the period they print: the register of a unit
    // (Mẫu số 01) and the list of beneficiaries, on paper through the print preview or as a PDF file.
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("registerUnit"));
    m_unit->setAccessibleName(tr("Unit of the register"));
    m_unit->setToolTip(tr("The unit (the centre or a branch) whose register of cases is printed."));
    // Unit names are long: the combo shows the start and the whole name in the item's tooltip.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(14);
    m_unitLabel = buddyLabel(tr("U&nit:"), m_unit);
    m_printDocuments = new QToolButton;
    m_printDocuments->setObjectName(QStringLiteral("printDocumentsButton"));
    m_printDocuments->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    m_printDocuments->setText(tr("Register and &lists"));
    m_printDocuments->setAccessibleName(tr("Print the register or the list of people given legal aid"));
    m_printDocuments->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_printDocuments->setPopupMode(QToolButton::InstantPopup);
    auto* documentsMenu = new QMenu(m_printDocuments);
    documentsMenu->setObjectName(QStringLiteral("printDocumentsMenu"));
    documentsMenu->setToolTipsVisible(true); // a disabled entry says why
    const auto addDocumentAction = [&](const QString& text, const char* name, auto slot) {
        QAction* action = documentsMenu->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_printRegister = addDocumentAction(tr("Register of cases (Form 01)…"), "printRegisterAction",
                                        [this] { printCentreDocument(QStringLiteral("register")); });
    m_printBeneficiaries =
        addDocumentAction(tr("List of people given legal aid…"), "printBeneficiariesAction",
                          [this] { printCentreDocument(QStringLiteral("beneficiaries")); });
    documentsMenu->addSeparator();
    m_previewRegister = addDocumentAction(tr("Preview the register…"), "previewRegisterAction",
                                          [this] { previewCentreDocument(QStringLiteral("register")); });
    m_previewBeneficiaries =
        addDocumentAction(tr("Preview the list of people given legal aid…"), "previewBeneficiariesAction",
                          [this] { previewCentreDocument(QStringLiteral("beneficiaries")); });
    documentsMenu->addSeparator();
    m_pdfRegister = addDocumentAction(tr("Save the register as PDF…"), "pdfRegisterAction",
                                      [this] { saveCentreDocumentPdf(QStringLiteral("register")); });
    m_pdfBeneficiaries =
        addDocumentAction(tr("Save the list of people given legal aid as PDF…"), "pdfBeneficiariesAction",
                          [this] { saveCentreDocumentPdf(QStringLiteral("beneficiaries")); });
    m_printDocuments->setMenu(documentsMenu);
    layout->addLayout(bar);

    auto* statusLine = new QHBoxLayout;
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // indeterminate while computing
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing the report"));
    m_busy->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("reportError"));
    statusLine->addWidget(m_busy);
    statusLine->addWidget(m_status, 1);
    // On the status line, not the period bar: a custom period in Vietnamese already fills that row.
    statusLine->addWidget(m_unitLabel);
    statusLine->addWidget(m_unit);
    statusLine->addWidget(m_printDocuments);
    layout->addLayout(statusLine);
    layout->addWidget(m_error);

    // The one number the Ministry's plan measures: shown above everything else.
    auto* coverage = new QFrame;
    coverage->setObjectName(QStringLiteral("coverageCard"));
    coverage->setFrameShape(QFrame::StyledPanel);
    auto* coverageLayout = new QHBoxLayout(coverage);
    m_coveragePercent = new QLabel(QStringLiteral("–"));
    m_coveragePercent->setObjectName(QStringLiteral("coveragePercent"));
    QFont big = m_coveragePercent->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_coveragePercent->setFont(big);
    m_coveragePercent->setMinimumWidth(
        m_coveragePercent->fontMetrics().horizontalAdvance(QStringLiteral("100,0%")) + 12);
    auto* coverageWords = new QVBoxLayout;
    m_periodTitle = new QLabel;
    m_periodTitle->setObjectName(QStringLiteral("reportPeriodTitle"));
    QFont bold = m_periodTitle->font();
    bold.setBold(true);
    m_periodTitle->setFont(bold);
    m_coverageText =
        new QLabel(tr("Coverage: compute a report to see how many people in the three categories "
                      "received legal aid."));
    m_coverageText->setObjectName(QStringLiteral("coverageText"));
    m_coverageText->setWordWrap(true);
    // Top-aligned: should the card ever get less height than the wrapped sentence needs, its lines stay
    // under the period title instead of being centred over it.
    m_coverageText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_coverageBar = new QProgressBar;
    m_coverageBar->setObjectName(QStringLiteral("coverageBar"));
    m_coverageBar->setRange(0, 1000);
    m_coverageBar->setTextVisible(false);
    m_coverageBar->setMaximumHeight(10);
    m_coverageBar->setAccessibleName(tr("Coverage"));
    coverageWords->addWidget(m_periodTitle);
    coverageWords->addWidget(m_coverageText);
    coverageWords->addWidget(m_coverageBar);
    coverageLayout->addWidget(m_coveragePercent);
    coverageLayout->addLayout(coverageWords, 1);
    m_coverageGaps = new QPushButton(tr("People not yet helped…"));
    m_coverageGaps->setObjectName(QStringLiteral("coverageGapsButton"));
    m_coverageGaps->setAccessibleName(tr("List the people not yet helped"));
    connect(m_coverageGaps, &QPushButton::clicked, this, &ReportsPage::showCoverageGaps);
    coverageLayout->addWidget(m_coverageGaps, 0, Qt::AlignVCenter);
    layout->addWidget(coverage);

    auto* splitter = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("reportTree"));
    m_tree->setAccessibleName(tr("Report figures"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ReportTreeModel::LabelColumn, QHeaderView::Stretch);
    for (int column = ReportTreeModel::ValueColumn; column < ReportTreeModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showChartFor(current.data(ReportTreeModel::IndicatorCodeRole).toString());
            });
    m_recordsBehind = new RecordsBehindLauncher(this, m_tree, m_model);
    connect(m_recordsBehind, &RecordsBehindLauncher::failed, this,
            [this](const QString& message) { m_status->setText(message); });
    m_chart = new QChartView(new QChart);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(300);
    m_chart->setAccessibleName(tr("Chart of the selected indicator"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_exportCsv = new QPushButton(tr("Export CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::exportReportCsv);
    m_exportJson = new QPushButton(tr("Export JSON…"));
    m_exportJson->setObjectName(QStringLiteral("exportJsonButton"));
    connect(m_exportJson, &QPushButton::clicked, this, &ReportsPage::exportReportJson);
    m_print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printReport);

    const auto kindMenu = [this](QToolButton* button, bool identified) {
        auto* menu = new QMenu(button);
        const std::pair<exchange::ExportKind, QString> kinds[] = {
            {exchange::ExportKind::Cases, tr("Cases")},
            {exchange::ExportKind::People, tr("People")},
            {exchange::ExportKind::Referrals, tr("Referrals")},
            {exchange::ExportKind::Activities, tr("Activities")}};
        const auto addKind = [&](exchange::ExportKind kind, const QString& label) {
            QAction* action = menu->addAction(label);
            action->setObjectName(QStringLiteral("export_") + exchange::exportKindCode(kind) +
                                  (identified ? QStringLiteral("_identified") : QString()));
            connect(action, &QAction::triggered, this,
                    [this, kind, identified] { exportRecords(kind, identified); });
            return action;
        };
        for (const auto& [kind, label] : kinds)
            addKind(kind, label);
        // The HTCDS export is always anonymised (the core refuses it with names), so only this menu has it.
        if (!identified) {
            menu->addSeparator();
            addKind(exchange::ExportKind::Htcds, tr("Victims for HTCDS (IOM case data standard)"))
                ->setToolTip(tr("One row per victim or person being identified: trafficking status and "
                                "deciding body, exploitation, destination, age when trafficked, sex, "
                                "nationality."));
        }
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    };
    m_exportRecords = new QToolButton;
    m_exportRecords->setObjectName(QStringLiteral("exportRecordsButton"));
    m_exportRecords->setText(tr("Export records (anonymised)…"));
    m_exportRecords->setAccessibleName(tr("Export records (anonymised)"));
    kindMenu(m_exportRecords, false);
    m_exportIdentified = new QToolButton;
    m_exportIdentified->setObjectName(QStringLiteral("exportIdentifiedButton"));
    m_exportIdentified->setText(tr("Export with names…"));
    m_exportIdentified->setAccessibleName(tr("Export records with names"));
    kindMenu(m_exportIdentified, true);

    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_print);
    // Small-cell protection of the anonymised exports: rarer combinations of age band, sex, province,
    // nationality and ethnicity than k are generalised or suppressed (the core's range and default).
    m_smallCellK = new QSpinBox;
    m_smallCellK->setObjectName(QStringLiteral("smallCellK"));
    m_smallCellK->setRange(exchange::kMinSmallCellK, exchange::kMaxSmallCellK);
    m_smallCellK->setValue(exchange::kDefaultSmallCellK);
    m_smallCellK->setAccessibleName(tr("Small-cell threshold k of anonymised exports"));
    m_smallCellK->setToolTip(
        tr("Anonymised exports generalise or leave out the rows whose combination of age band, sex, "
           "province, nationality and ethnicity is shared by fewer than k records (default %1).")
            .arg(exchange::kDefaultSmallCellK));
    m_smallCellKLabel = buddyLabel(tr("Small cells, &k:"), m_smallCellK);
    m_smallCellKLabel->setToolTip(m_smallCellK->toolTip());

    buttons->addStretch(1);
    buttons->addWidget(m_smallCellKLabel);
    buttons->addWidget(m_smallCellK);
    buttons->addWidget(m_exportRecords);
    buttons->addWidget(m_exportIdentified);
    layout->addLayout(buttons);

    setTabOrder(m_compute, m_unit);
    setTabOrder(m_unit, m_printDocuments);
    setTabOrder(m_printDocuments, m_tree);
    updatePeriodFields();
    updateActions();
}

ReportsPage::~ReportsPage() {
    finishWorker();
    cancelRunningExport();
}

void ReportsPage::buildPeriodBar(QBoxLayout* layout) {
    const int thisYear = QDate::currentDate().year();
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("Quarter"), static_cast<int>(PeriodKind::Quarter));
    m_kind->addItem(tr("6 months"), static_cast<int>(PeriodKind::HalfYear));
    m_kind->addItem(tr("Year"), static_cast<int>(PeriodKind::Year));
    m_kind->addItem(tr("From – to"), static_cast<int>(PeriodKind::Custom));
    m_kind->setCurrentIndex(2);
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(std::clamp(thisYear, 2000, 2100));
    m_part = new QComboBox;
    m_part->setObjectName(QStringLiteral("periodPart"));
    m_part->setAccessibleName(tr("Quarter or half of the year"));
    m_from = new QDateEdit(QDate(thisYear, 1, 1));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_cutoff = new QComboBox;
    m_cutoff->setObjectName(QStringLiteral("periodCutoff"));
    m_cutoff->setAccessibleName(tr("Cut-off dates"));
    m_cutoff->addItem(tr("Decree 09/2019 cut-off"), reports::cutoffCode(Cutoff::Decree09));
    m_cutoff->addItem(tr("Calendar"), reports::cutoffCode(Cutoff::Calendar));
    m_cutoff->setToolTip(tr("Decree 09/2019/NĐ-CP: the year runs from 15 December of the year before to 14 "
                            "December."));
    m_compute = new QPushButton(tr("Compute"));
    m_compute->setObjectName(QStringLiteral("computeButton"));
    m_compute->setDefault(true);
    m_compute->setToolTip(tr("Compute the report for this period (Enter)"));
    connect(m_compute, &QPushButton::clicked, this, &ReportsPage::compute);

    m_partLabel = buddyLabel(tr("&Part:"), m_part);
    m_fromLabel = buddyLabel(tr("F&rom:"), m_from);
    m_toLabel = buddyLabel(tr("&To:"), m_to);
    layout->addWidget(buddyLabel(tr("&Period:"), m_kind));
    layout->addWidget(m_kind);
    m_yearLabel = buddyLabel(tr("&Year:"), m_year);
    layout->addWidget(m_yearLabel);
    layout->addWidget(m_year);
    layout->addWidget(m_partLabel);
    layout->addWidget(m_part);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    m_cutoffLabel = buddyLabel(tr("C&ut-off:"), m_cutoff);
    layout->addWidget(m_cutoffLabel);
    layout->addWidget(m_cutoff);
    layout->addWidget(m_compute);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::updatePeriodFields);
    // Enter anywhere in the bar computes (a spin box or date field would otherwise swallow it).
    for (QWidget* field : std::initializer_list<QWidget*>{m_kind, m_year, m_part, m_from, m_to, m_cutoff}) {
        for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
            auto* shortcut = new QShortcut(QKeySequence(key), field);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, &ReportsPage::compute);
        }
    }
}

void ReportsPage::updatePeriodFields() {
    const auto kind = static_cast<PeriodKind>(m_kind->currentData().toInt());
    const bool custom = kind == PeriodKind::Custom;
    const int keep = m_part->currentIndex();
    m_part->clear();
    if (kind == PeriodKind::Quarter) {
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_part->addItem(tr("Quarter %1").arg(quarter), quarter);
    } else if (kind == PeriodKind::HalfYear) {
        m_part->addItem(tr("First 6 months"), 1);
        m_part->addItem(tr("Last 6 months"), 2);
    }
    if (keep >= 0 && keep < m_part->count())
        m_part->setCurrentIndex(keep);
    const bool hasPart = m_part->count() > 0;
    m_part->setVisible(hasPart);
    m_partLabel->setVisible(hasPart);
    // Only what applies is shown: a custom period has no year and no cut-off dates, and leaving them out
    // keeps the bar inside the page at 1366×768 in Vietnamese (the dates and the cut-off would not both fit).
    for (QWidget* widget : std::initializer_list<QWidget*>{m_yearLabel, m_year, m_cutoffLabel, m_cutoff})
        widget->setVisible(!custom);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_fromLabel, m_from, m_toLabel, m_to})
        widget->setVisible(custom);
}

Result<ReportPeriod> ReportsPage::chosenPeriod() const {
    const auto kind = static_cast<PeriodKind>(m_kind->currentData().toInt());
    auto cutoff = reports::cutoffFromCode(m_cutoff->currentData().toString());
    if (!cutoff)
        return cutoff.error();
    const int year = m_year->value();
    switch (kind) {
    case PeriodKind::Quarter:
        return reports::quarterPeriod(year, std::max(1, m_part->currentData().toInt()), *cutoff);
    case PeriodKind::HalfYear:
        return reports::halfYearPeriod(year, std::max(1, m_part->currentData().toInt()), *cutoff);
    case PeriodKind::Year:
        return reports::yearPeriod(year, *cutoff);
    case PeriodKind::Custom:
    case PeriodKind::AdHoc:
        break;
    }
    return reports::customPeriod(m_from->date(), m_to->date());
}

QString ReportsPage::title() const {
    return tr("Reports");
}

bool ReportsPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ViewAggregates);
}

void ReportsPage::attach(Session& session) {
    m_session = &session;
    m_recordsBehind->attach(session);
    m_error->clearError();
    m_status->clear();
    // The lock cancelled an export: say so now that the user is back.
    if (!m_exportCancelledByLock.isEmpty())
        m_status->setText(std::exchange(m_exportCancelledByLock, {}));
    if (!m_printCancelledByLock.isEmpty())
        m_status->setText(std::exchange(m_printCancelledByLock, {}));
    loadUnits();
    updateActions();
}

void ReportsPage::detach() {
    finishWorker();
    // Before the session goes: the worker's connection is closed and nothing it wrote stays on disk.
    if (cancelRunningExport())
        m_exportCancelledByLock =
            tr("The export was cancelled because the desk locked; no file was written.");
    if (m_printJob) { // joined here: a PDF is not written; pages already sent to a printer are audited
        const bool toPrinter = m_printJob->isPrinterJob();
        const Status audited = m_session ? m_printJob->abandonAudited(*m_session) : Status{};
        m_printing = false;
        m_printCancelledByLock =
            toPrinter
                ? tr("Printing was cancelled because the desk locked; pages already sent to the printer "
                     "were recorded in the audit log.")
                : tr("Saving the PDF was cancelled because the desk locked; no file was written.");
        if (!audited)
            m_printCancelledByLock += QLatin1Char(' ') + audited.error().message;
    }
    m_recordsBehind->detach();
    m_session = nullptr;
    clearReport();
    m_unit->clear(); // unit names come from the database
    m_status->clear();
    m_error->clearError();
    updateActions();
}

void ReportsPage::finishWorker() {
    // A newer generation turns the finished handlers of running workers into no-ops; waiting here means their
    // connections are closed before the session (and its key) goes away.
    ++m_generation;
    m_computing = false;
    if (m_cancel)
        m_cancel->store(true);
    const QList<QThread*> workers = std::exchange(m_workers, {});
    for (QThread* worker : workers) {
        worker->wait();
        delete worker;
    }
    if (m_busy)
        m_busy->hide();
}

void ReportsPage::compute() {
    if (!m_session)
        return;
    auto period = chosenPeriod();
    if (!period) {
        m_error->showError(period.error().message);
        return;
    }
    m_error->clearError();
    const quint64 generation = ++m_generation;
    reports::ReportOptions options;
    options.language = languageFromLocale();
    options.comparePrevious = true;
    // An older computation still running is stopped at its next pass; this one shows how far it got.
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    QProgressBar* busy = m_busy;
    options.progress = [cancel, busy](int done, int total) {
        QMetaObject::invokeMethod(
            busy,
            [busy, done, total] {
                busy->setRange(0, total);
                busy->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    auto result = std::make_shared<std::optional<Result<Report>>>();
    const ReaderAccess access(*m_session);
    const Role role = m_session->user().role;
    QThread* worker = QThread::create([access, role, period = *period, options, result] {
        auto database = access.open();
        if (!database) {
            result->emplace(database.error());
            return;
        }
        {
            const reports::ReportService service((*database)->connection(), role, access);
            result->emplace(service.compute(period, options));
        }
        // `database` closes here, in the thread that opened it.
    });
    worker->setObjectName(QStringLiteral("reportWorker"));
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, generation, result] {
        if (!m_workers.contains(worker))
            return; // reaped by finishWorker already
        m_workers.removeOne(worker);
        worker->deleteLater();
        if (generation != m_generation || !m_session)
            return; // a newer Compute or a detach made this result stale
        m_computing = false;
        m_busy->hide();
        if (!result->has_value())
            m_error->showError(tr("The report could not be computed."));
        else if (!result->value())
            m_error->showError(result->value().error().message);
        else
            showReport(*result->value());
        updateActions();
        emit computeFinished();
    });
    m_computing = true;
    m_busy->setRange(0, 0); // indeterminate until the first pass reports
    m_busy->show();
    m_status->setText(tr("Computing %1…").arg(period->label(languageFromLocale())));
    worker->start(QThread::LowPriority);
}

void ReportsPage::showReport(const Report& report) {
    m_model->setReport(report);
    m_tree->expandToDepth(0);
    m_periodTitle->setText(report.period.label(report.language));
    const QLocale locale;
    m_status->setText(
        tr("Computed at %1.").arg(locale.toString(report.computedAt.time(), QLocale::ShortFormat)) +
        (report.previousPeriod
             ? QLatin1Char(' ') + tr("Compared with %1.").arg(report.previousPeriod->label(report.language))
             : QString()));
    const auto value = [&](const char* code) {
        const reports::ReportRow* row = report.find(QString::fromLatin1(code));
        return row ? row->value : 0.0;
    };
    const double percent = value("coverage_percent");
    const auto known = static_cast<qint64>(value("coverage_known"));
    const auto aided = static_cast<qint64>(value("coverage_aided"));
    m_coveragePercent->setText(ReportTreeModel::formatValue(percent, QStringLiteral("percent")));
    m_coverageText->setText(tr("Coverage: %1 of %2 people in the three categories (victims, people being "
                               "identified, accompanying minors) known in the period received legal aid.")
                                .arg(locale.toString(aided), locale.toString(known)));
    m_coverageBar->setValue(static_cast<int>(percent * 10));
    // Start on the first breakdown (people aided by beneficiary group), so the chart says something.
    QModelIndex start = m_model->index(0, 0);
    for (int i = 0; start.isValid() && i < m_model->rowCount(m_model->index(0, 0)); ++i) {
        const QModelIndex indicator = m_model->index(i, 0, m_model->index(0, 0));
        if (m_model->rowCount(indicator) > 0) {
            start = indicator;
            break;
        }
    }
    if (start.isValid())
        m_tree->setCurrentIndex(start);
}

void ReportsPage::clearReport() {
    m_model->clear();
    replaceChart(m_chart, new QChart);
    m_periodTitle->clear();
    m_coveragePercent->setText(QStringLiteral("–"));
    m_coverageText->setText(tr("Coverage: compute a report to see how many people in the three categories "
                               "received legal aid."));
    m_coverageBar->setValue(0);
}

void ReportsPage::showChartFor(const QString& code) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto rows = m_model->rowsOf(code);
    if (rows.empty()) {
        replaceChart(m_chart, chart);
        return;
    }
    // A long Vietnamese label breaks over lines instead of being cut short (the title is rich text).
    QStringList titleLines;
    for (const QString& word : rows.front()->label.toHtmlEscaped().split(QLatin1Char(' '))) {
        if (!titleLines.isEmpty() && titleLines.last().size() + 1 + word.size() <= 40)
            titleLines.last() += QLatin1Char(' ') + word;
        else
            titleLines << word;
    }
    chart->setTitle(titleLines.join(QStringLiteral("<br>")));
    const bool hasPrevious = rows.front()->previous.has_value();
    auto* current = new QBarSet(tr("This period"));
    auto* previous = hasPrevious ? new QBarSet(tr("Previous period")) : nullptr;
    QStringList categories;
    double largest = 0;
    // Horizontal bars read top to bottom with the largest first; the axis draws its first category lowest.
    constexpr size_t kMostBars = 12;
    const size_t shown = std::min(rows.size(), kMostBars);
    for (size_t i = shown; i-- > 0;) {
        const reports::ReportRow* row = rows[i];
        QString label = row->dimension == QLatin1String("total") ? tr("Total") : row->keyLabel;
        if (label.isEmpty())
            label = row->key;
        // Axis labels are rich text: long keys break over lines instead of being cut short.
        QStringList lines;
        for (const QString& word : label.toHtmlEscaped().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 18)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines << word;
        }
        if (lines.size() > 3) {
            lines.resize(3);
            lines.last() += QStringLiteral("…");
        }
        categories << lines.join(QStringLiteral("<br>"));
        *current << row->value;
        largest = std::max(largest, row->value);
        if (previous) {
            *previous << row->previous.value_or(0);
            largest = std::max(largest, row->previous.value_or(0));
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->append(current);
    if (previous)
        series->append(previous);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // the labels are already wrapped to a few short lines
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(rows.front()->unit == QLatin1String("count") ? QStringLiteral("%d")
                                                                       : QStringLiteral("%.1f"));
    axisX->setRange(0, std::max(largest, 1.0)); // an all-zero breakdown would leave an empty range
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    axisX->applyNiceNumbers();
    chart->legend()->setVisible(hasPrevious);
    replaceChart(m_chart, chart);
}

void ReportsPage::updateActions() {
    const bool hasReport = !m_model->isEmpty();
    m_compute->setEnabled(m_session != nullptr);
    const std::optional<Role> role =
        m_session ? std::optional<Role>(m_session->user().role) : std::optional<Role>();
    const QString noReport = tr("Compute a report first.");
    const auto gate = [&](QAbstractButton* button, std::optional<Operation> operation, bool needsReport,
                          const QString& tip) {
        QString why;
        if (!role)
            why = tr("Sign in to use the reports.");
        else if (operation)
            why = refusal(*role, *operation);
        if (why.isEmpty() && needsReport && !hasReport)
            why = noReport;
        button->setEnabled(why.isEmpty());
        button->setToolTip(why.isEmpty() ? tip : why);
    };
    gate(m_exportCsv, Operation::ExportAnonymised, true,
         tr("Save the figures as CSV (UTF-8, opens in Excel) with a data dictionary beside it."));
    gate(m_exportJson, Operation::ExportAnonymised, true, tr("Save the figures as JSON."));
    gate(m_print, Operation::ViewAggregates, true, tr("Print the report to a PDF file."));
    gate(m_exportRecords, Operation::ExportAnonymised, false,
         tr("Record-level CSV for the chosen period, without names, ID numbers, phones or addresses."));
    gate(m_exportIdentified, Operation::ExportIdentified, false,
         tr("Record-level CSV WITH names and contact details. Keep such a file confidential."));
    if (m_exporting) { // one export at a time; its progress dialog has the Cancel
        for (QAbstractButton* button : {static_cast<QAbstractButton*>(m_exportRecords),
                                        static_cast<QAbstractButton*>(m_exportIdentified)}) {
            button->setEnabled(false);
            button->setToolTip(tr("An export is running; wait for it to end or cancel it."));
        }
    }
    m_smallCellK->setEnabled(m_exportRecords->isEnabled() && !m_exporting);
    m_smallCellKLabel->setEnabled(m_smallCellK->isEnabled());
    gate(m_coverageGaps, Operation::ViewCoverageGaps, true,
         tr("The people of the three categories who have not received legal aid, for follow-up."));
    // The centre's documents: each entry follows the operation the core checks when it builds the document
    // (the register reads cases; the list of beneficiaries has its own, director and admin only).
    const auto gateAction = [&](QAction* action, Operation operation, const QString& tip) {
        QString why;
        if (!role)
            why = tr("Sign in to use the reports.");
        else
            why = refusal(*role, operation);
        action->setEnabled(why.isEmpty() && !m_printing);
        action->setToolTip(why.isEmpty() ? tip : why);
        return why;
    };
    const QString registerRefused = gateAction(
        m_printRegister, Operation::CaseView,
        tr("Print the register of cases (Sổ thụ lý, Form 01) of the chosen unit for the chosen period."));
    gateAction(
        m_previewRegister, Operation::CaseView,
        tr("See the register of cases of the chosen unit and period page by page before printing it."));
    gateAction(m_pdfRegister, Operation::CaseView,
               tr("Save the register of cases of the chosen unit and period as a PDF file."));
    const QString listRefused =
        gateAction(m_printBeneficiaries, Operation::PrintBeneficiaryList,
                   tr("Print the list of people given legal aid in the chosen period. Confidential."));
    gateAction(m_previewBeneficiaries, Operation::PrintBeneficiaryList,
               tr("See the list of people given legal aid in the chosen period page by page before printing "
                  "it. Confidential."));
    gateAction(m_pdfBeneficiaries, Operation::PrintBeneficiaryList,
               tr("Save the list of people given legal aid in the chosen period as a PDF file. Keep the "
                  "file confidential."));
    const bool anyDocument = registerRefused.isEmpty() || listRefused.isEmpty();
    m_printDocuments->setEnabled(anyDocument && !m_printing);
    m_printDocuments->setToolTip(
        anyDocument ? tr("Print the register of cases or the list of people given legal aid for the chosen "
                         "period, or save them as PDF.")
                    : (registerRefused == listRefused ? registerRefused
                                                      : registerRefused + QLatin1Char(' ') + listRefused));
    m_unit->setEnabled(registerRefused.isEmpty() && !m_printing);
    m_unitLabel->setEnabled(m_unit->isEnabled());
    // What a role may not see is not offered at all.
    m_exportIdentified->setVisible(role && isAllowed(*role, Operation::ExportIdentified));
    m_coverageGaps->setVisible(role && isAllowed(*role, Operation::ViewCoverageGaps));
}

namespace {

QString chooseFile(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter) {
    return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggested), filter);
}

} // namespace

void ReportsPage::exportReportCsv() {
    if (!m_session || m_model->isEmpty())
        return;
    const QString path = chooseFile(this, tr("Export the report as CSV"),
                                    QStringLiteral("bao-cao-%1.csv").arg(m_model->report().period.code()),
                                    tr("CSV files (*.csv)"));
    if (path.isEmpty() || !m_session) // the lock may have closed the dialog
        return;
    if (auto written = reports::exportReportCsv(*m_session, m_model->report(), path); !written) {
        m_error->showError(written.error().message);
        return;
    }
    m_error->clearError();
    m_status->setText(
        tr("Saved the report to %1 (with its data dictionary).").arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::exportReportJson() {
    if (!m_session || m_model->isEmpty())
        return;
    const QString path = chooseFile(this, tr("Export the report as JSON"),
                                    QStringLiteral("bao-cao-%1.json").arg(m_model->report().period.code()),
                                    tr("JSON files (*.json)"));
    if (path.isEmpty() || !m_session)
        return;
    const Status done = reports::exportReportJson(*m_session, m_model->report(), path);
    if (!done) {
        m_error->showError(done.error().message);
        return;
    }
    m_error->clearError();
    m_status->setText(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::printReport() {
    if (!m_session || m_model->isEmpty())
        return;
    const QString path = chooseFile(this, tr("Print the report to PDF"),
                                    QStringLiteral("bao-cao-%1.pdf").arg(m_model->report().period.code()),
                                    tr("PDF files (*.pdf)"));
    if (path.isEmpty() || !m_session)
        return;
    auto pages = reports::printReportPdf(*m_session, m_model->report(), path);
    if (!pages) {
        m_error->showError(pages.error().message);
        return;
    }
    m_error->clearError();
    m_status->setText(
        tr("Printed the report to %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(*pages));
}

// What the GUI thread and the export worker share. The worker writes `result` before it finishes; the GUI
// thread reads it only after joining the worker (QThread::finished, or wait() in detach).
struct ReportsPage::ExportRun {
    std::atomic_bool cancel = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;
    std::optional<Result<exchange::StagedExport>> result;
};

namespace {

std::atomic_int exportPauseForTests = 0;

} // namespace

void ReportsPage::setExportPauseForTests(int milliseconds) {
    exportPauseForTests.store(milliseconds);
}

void ReportsPage::exportRecords(exchange::ExportKind kind, bool identified, const QString& chosenPath) {
    if (!m_session || m_exporting)
        return;
    auto period = chosenPeriod();
    if (!period) {
        m_error->showError(period.error().message);
        return;
    }
    if (identified &&
        QMessageBox::warning(this, tr("Export with names"),
                             tr("This file will contain names, ID numbers, phones and addresses of crime "
                                "victims. Disclosure without consent is prohibited by law. Export anyway?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (!m_session)
        return;
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QString code = exchange::exportKindCode(kind);
        path = chooseFile(this, tr("Export records"), QStringLiteral("%1-%2.csv").arg(code, period->code()),
                          tr("CSV files (*.csv)"));
    }
    if (path.isEmpty() || !m_session) // cancelled, or the lock closed the dialog
        return;
    exchange::ExportRequest request{kind, *period, path, {}};
    request.options.identified = identified;
    request.options.k = m_smallCellK->value();
    // On the GUI thread, where the session is: the role and the options are checked and the pseudonym secret
    // is read, or created the first time (an audited write).
    auto pseudonyms = exchange::ExportService(*m_session).prepare(request);
    if (!pseudonyms) {
        m_status->clear();
        m_error->showError(pseudonyms.error().message);
        return;
    }
    auto run = std::make_shared<ExportRun>();
    request.options.progress = [run, paused = false](qint64 done, qint64 total) mutable {
        run->total.store(total);
        run->done.store(done);
        if (!std::exchange(paused, true)) {
            for (int waited = 0; waited < exportPauseForTests.load() && !run->cancel.load(); waited += 10)
                QThread::msleep(10);
        }
        return !run->cancel.load();
    };
    const ReaderAccess access(*m_session);
    const Role role = m_session->user().role;
    auto secret = std::make_shared<const exchange::Pseudonymiser>(std::move(pseudonyms).value());
    QThread* worker = QThread::create([run, access, role, request, secret] {
        auto database = access.open();
        if (!database) {
            run->result.emplace(database.error());
            return;
        }
        // The worker checks the role again: permissions stay enforced in the core on this path too.
        run->result.emplace(exchange::ExportWorker((*database)->connection(), role).write(request, *secret));
        // `database` closes here, in the thread that opened it.
    });
    worker->setObjectName(QStringLiteral("exportWorker"));
    const quint64 generation = ++m_exportGeneration;
    connect(worker, &QThread::finished, this, [this, generation] {
        if (generation == m_exportGeneration && m_exportWorker)
            exportWorkerFinished();
    });
    m_exportWorker = worker;
    m_exportRun = run;

    // Not modal: the page stays usable (and the desk lockable) while the worker exports.
    m_exportProgress = new QProgressDialog(tr("Exporting records…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowTitle(tr("Export records"));
    m_exportProgress->setMinimumWidth(420);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setMinimumDuration(300); // a small export ends before the dialog would flash
    m_exportProgress->setValue(0);
    connect(m_exportProgress, &QProgressDialog::canceled, this, [this, run] {
        run->cancel.store(true);
        if (m_exportProgress)
            m_exportProgress->setLabelText(tr("Cancelling the export…"));
    });
    auto* poll = new QTimer(m_exportProgress);
    connect(poll, &QTimer::timeout, m_exportProgress, [dialog = m_exportProgress, run] {
        if (run->cancel.load())
            return;
        const qint64 total = run->total.load();
        const qint64 done = run->done.load();
        if (total <= 0)
            return;
        dialog->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
        dialog->setValue(static_cast<int>(std::min<qint64>(done, total - 1))); // full only when published
        dialog->setLabelText(
            tr("Exporting records: %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    poll->start(100);

    m_exporting = true;
    updateActions();
    m_error->clearError();
    m_status->setText(tr("Exporting records…"));
    worker->start(QThread::LowPriority);
}

void ReportsPage::closeExportProgress() {
    if (!m_exportProgress)
        return;
    QProgressDialog* dialog = std::exchange(m_exportProgress, nullptr);
    dialog->disconnect(this); // its canceled() while closing must not touch the next export
    dialog->hide();
    dialog->deleteLater();
}

bool ReportsPage::cancelRunningExport() {
    if (!m_exportWorker)
        return false;
    ++m_exportGeneration; // its queued "finished" is stale now
    m_exportRun->cancel.store(true);
    QThread* worker = std::exchange(m_exportWorker, nullptr);
    worker->wait(); // the worker stops at its next batch of rows and closes its connection
    delete worker;
    // Dropping the result removes whatever the worker staged (a finished export is never published now).
    std::exchange(m_exportRun, {})->result.reset();
    closeExportProgress();
    m_exporting = false;
    emit exportFinished();
    return true;
}

void ReportsPage::exportWorkerFinished() {
    QThread* worker = std::exchange(m_exportWorker, nullptr);
    worker->wait();
    worker->deleteLater();
    const std::shared_ptr<ExportRun> run = std::exchange(m_exportRun, {});
    closeExportProgress();
    m_exporting = false;
    updateActions();
    const auto done = qScopeGuard([this] { emit exportFinished(); });
    if (!run->result.has_value() || !m_session) {
        m_status->clear();
        m_error->showError(tr("The export did not finish; no file was written. Try again."));
        return;
    }
    Result<exchange::StagedExport>& staged = *run->result;
    // Back on the GUI thread: the audit entry through the session, then the files into place.
    auto summary = staged ? exchange::ExportService(*m_session).publish(std::move(staged).value())
                          : Result<exchange::ExportSummary>(staged.error());
    if (!summary) {
        if (summary.error().code == ErrorCode::Cancelled) {
            m_status->setText(summary.error().message); // a choice the user made, not a failure
            return;
        }
        m_status->clear();
        m_error->showError(summary.error().message);
        return;
    }
    const QString written =
        (summary->anonymised ? tr("Exported %1 anonymised rows to %2 (data dictionary: %3).")
                             : tr("Exported %1 rows WITH NAMES to %2 (data dictionary: %3). Keep "
                                  "this file confidential."))
            .arg(QLocale().toString(summary->rows))
            .arg(QDir::toNativeSeparators(summary->path), QDir::toNativeSeparators(summary->dictionaryPath));
    // What small-cell protection generalised or suppressed, in the core's words (anonymised exports only).
    const QString protection = summary->smallCell.applied ? summary->smallCell.sentence() : QString();
    m_status->setText(protection.isEmpty() ? written : written + QLatin1Char(' ') + protection);
    // Not exec(): the box must not hold the page in a nested event loop (the lock closes it like any dialog).
    auto* box = new QMessageBox(summary->anonymised ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Export records"), written, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!protection.isEmpty())
        box->setInformativeText(protection);
    box->open();
}

void ReportsPage::showCoverageGaps() {
    if (!m_session || m_model->isEmpty())
        return;
    const ReportPeriod period = m_model->report().period;
    auto gaps = reports::ReportService(*m_session).coverageGaps(period);
    if (!gaps) {
        m_error->showError(gaps.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("coverageGapsDialog"));
    dialog.setWindowTitle(tr("People not yet helped"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro =
        new QLabel(tr("%n person(s) of the three categories known in %1 had no accepted case by its "
                      "end. Confidential: for follow-up only.",
                      nullptr, static_cast<int>(gaps->size()))
                       .arg(period.label(languageFromLocale())));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* table = new QTableWidget(static_cast<int>(gaps->size()), 3);
    table->setObjectName(QStringLiteral("coverageGapsTable"));
    table->setAccessibleName(tr("People not yet helped"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Category"), tr("Known on")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    for (int i = 0; i < static_cast<int>(gaps->size()); ++i) {
        const reports::CoverageGap& gap = (*gaps)[static_cast<size_t>(i)];
        table->setItem(i, 0, new QTableWidgetItem(gap.fullName));
        table->setItem(i, 1,
                       new QTableWidgetItem(personCatalogueLabel(PersonCatalogue::Category, gap.category)));
        table->setItem(i, 2, new QTableWidgetItem(locale.toString(gap.knownOn, QLocale::ShortFormat)));
    }
    layout->addWidget(table);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(640, 420);
    dialog.exec();
}

void ReportsPage::showEvent(QShowEvent* event) {
    DeskPage::showEvent(event);
    if (m_session && !m_printing)
        loadUnits();
}

void ReportsPage::loadUnits() {
    const QString kept = m_unit->currentData().toString();
    m_unit->clear();
    m_unit->addItem(tr("Every unit"), QString());
    m_unit->setItemData(0, tr("The registers of the centre and of every branch, one after the other."),
                        Qt::ToolTipRole);
    if (!m_session)
        return;
    const CentreSettings& centre = m_session->centre();
    const auto addUnit = [this](const QString& code, const QString& name) {
        m_unit->addItem(QStringLiteral("%1 – %2").arg(code, name), code);
        m_unit->setItemData(m_unit->count() - 1, name, Qt::ToolTipRole);
    };
    addUnit(centre.code, centre.name);
    // The branches: the units of the directory that keep a register. Without them (a directory the role may
    // not read, a centre without branches) the centre and "every unit" are still offered.
    auto organisations = DirectoryService(*m_session).listOrganisations({});
    if (organisations) {
        for (const Organisation& organisation : *organisations) {
            if (!isLegalAidUnitKind(organisation.kind) || organisation.code.isEmpty() ||
                organisation.code == centre.code || m_unit->findData(organisation.code) >= 0)
                continue;
            addUnit(organisation.code,
                    organisation.shortName.isEmpty() ? organisation.name : organisation.shortName);
        }
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(kept)));
}

Result<documents::PrintRequest> ReportsPage::centreDocumentRequest(const QString& code) const {
    const documents::PrintableDocument* kind = documents::printableDocument(code);
    if (!kind || kind->context != documents::PrintContext::Centre || !kind->needsPeriod)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a register or list of a period.").arg(code));
    auto period = chosenPeriod();
    if (!period)
        return period.error();
    documents::PrintRequest request;
    request.code = code;
    request.from = period->from;
    request.to = period->to;
    // Printed in the document's Vietnamese wording, as the CLI does.
    request.periodLabel = period->label(QStringLiteral("vi"));
    if (code == QLatin1String("register"))
        request.unitCode = m_unit->currentData().toString();
    return request;
}

void ReportsPage::printCentreDocument(const QString& code, std::unique_ptr<QPrinter> printer) {
    if (!m_session || m_printing || m_exporting)
        return;
    auto request = centreDocumentRequest(code);
    if (!request) {
        m_error->showError(request.error().message);
        return;
    }
    const documents::PrintableDocument* kind = documents::printableDocument(code);
    // Refused before the print dialog: the user should not choose a printer for nothing.
    if (const Status allowed = requirePermission(
            m_session->user().role,
            code == QLatin1String("register") ? Operation::CaseView : Operation::PrintBeneficiaryList);
        !allowed) {
        m_error->showError(allowed.error().message);
        return;
    }
    m_error->clearError();
    if (!printer) {
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setDocName(kind->title);
        QPrintDialog dialog(printer.get(), this);
        dialog.setObjectName(QStringLiteral("centreDocumentPrintDialog"));
        dialog.setWindowTitle(tr("Print: %1").arg(kind->title));
        if (dialog.exec() != QDialog::Accepted || !m_session) // cancelled, or the lock closed the dialog
            return;
    }
    // Built here, on the GUI thread (it reads the session); only the drawing runs on the print worker.
    auto document = documents::buildDocument(*m_session, *request);
    if (!document) {
        m_error->showError(document.error().message);
        return;
    }
    auto started = PrintJob::startPrinter(std::move(document).value(), *request, std::move(printer), this);
    if (!started) {
        m_error->showError(started.error().message);
        return;
    }
    const std::unique_ptr<PrintJob> job = std::move(started).value();
    m_printing = true;
    updateActions();
    m_status->setText(tr("Drawing the pages…"));
    // The event loop runs while the pages are drawn; a lock meanwhile abandons the job in detach().
    m_printJob = job.get();
    job->waitForFinished();
    m_printJob = nullptr;
    m_printing = false;
    updateActions();
    if (!m_session || job->wasAbandoned())
        return; // locked: detach() audited what went out, attach() tells the user
    const auto printed = job->finishAudited(*m_session);
    m_status->clear();
    if (!printed) {
        if (printed.error().code == ErrorCode::Cancelled) {
            // The user's choice, not an error; pages already sent were audited.
            m_status->setText(printed.error().message);
            showPrintNote(this, printed.error().message);
            return;
        }
        m_error->showError(printed.error().message);
        return;
    }
    m_status->setText(
        tr("Sent %1 to the printer (%n page(s)).", nullptr, printed->pageCount).arg(kind->title));
}

void ReportsPage::previewCentreDocument(const QString& code) {
    if (!m_session || m_printing || m_exporting)
        return;
    auto request = centreDocumentRequest(code);
    if (!request) {
        m_error->showError(request.error().message);
        return;
    }
    m_error->clearError();
    const documents::PrintableDocument* kind = documents::printableDocument(code);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(kind->title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("centreDocumentPreview"));
    preview.setWindowTitle(tr("Print: %1").arg(kind->title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, request = *request, previewDialog = &preview](QPrinter* device) {
                if (!m_session)
                    return;
                const auto printed = printWithProgress(m_session, request, *device, previewDialog);
                if (printed)
                    return;
                if (printed.error().code == ErrorCode::Cancelled)
                    showPrintNote(this, printed.error().message); // the user's choice, not an error
                else
                    m_error->showError(printed.error().message);
            });
    preview.exec();
}

void ReportsPage::saveCentreDocumentPdf(const QString& code, const QString& chosenPath) {
    if (!m_session || m_printing || m_exporting)
        return;
    auto request = centreDocumentRequest(code);
    if (!request) {
        m_error->showError(request.error().message);
        return;
    }
    const bool isRegister = code == QLatin1String("register");
    // Refused before the file dialog: the user should not choose a file for nothing.
    if (const Status allowed = requirePermission(
            m_session->user().role, isRegister ? Operation::CaseView : Operation::PrintBeneficiaryList);
        !allowed) {
        m_error->showError(allowed.error().message);
        return;
    }
    QString path = chosenPath;
    if (path.isEmpty()) {
        auto period = chosenPeriod();
        const QString periodCode =
            period ? period->code().replace(QStringLiteral(".."), QStringLiteral("_")) : QString();
        path = isRegister
                   ? chooseFile(this, tr("Save the register as PDF"),
                                QStringLiteral("so-thu-ly-%1.pdf").arg(periodCode), tr("PDF files (*.pdf)"))
                   : chooseFile(this, tr("Save the list of people given legal aid as PDF"),
                                QStringLiteral("danh-sach-nguoi-duoc-tgpl-%1.pdf").arg(periodCode),
                                tr("PDF files (*.pdf)"));
    }
    if (path.isEmpty() || !m_session) // cancelled, or the lock closed the dialog
        return;
    // Built here, on the GUI thread (it reads the session); only the drawing runs on the print worker.
    auto document = documents::buildDocument(*m_session, *request);
    if (!document) {
        m_error->showError(document.error().message);
        return;
    }
    m_printing = true;
    updateActions();
    m_error->clearError();
    m_status->setText(tr("Drawing the pages…"));
    // The event loop runs while the pages are drawn; a lock meanwhile abandons the job in detach().
    const std::unique_ptr<PrintJob> job = PrintJob::startPdf(std::move(document).value(), *request, this);
    m_printJob = job.get();
    job->waitForFinished();
    m_printJob = nullptr;
    m_printing = false;
    updateActions();
    if (!m_session || job->wasAbandoned())
        return; // locked: detach() abandoned the drawing, attach() tells the user
    auto pdf = job->finishAudited(*m_session); // audited only when the whole PDF was drawn
    if (!pdf) {
        m_status->clear();
        if (pdf.error().code == ErrorCode::Cancelled) {
            // The user's choice, not an error: no file was written.
            m_status->setText(pdf.error().message);
            showPrintNote(this, pdf.error().message);
            return;
        }
        m_error->showError(pdf.error().message);
        return;
    }
    const QByteArray bytes = job->takePdf();
    if (const Status written = writeFileAtomically(path, bytes); !written) {
        m_status->clear();
        m_error->showError(written.error().message);
        return;
    }
    m_status->setText((isRegister ? tr("Saved the register (%n page(s)) to %1.", nullptr, pdf->pageCount)
                                  : tr("Saved the list of people given legal aid (%n page(s)) to %1. Keep "
                                       "the file confidential.",
                                       nullptr, pdf->pageCount))
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace legalaid::ui

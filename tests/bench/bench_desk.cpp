// legalaid-bench-desk: the desk's own figures. (a) Cold start to the login window: the desk binary started
// with --report-first-window against the database, several times. (b) Resident memory with the unfiltered
// case list (newest first) open in a 1366×768 table and scrolled from top to bottom one page at a time,
// waiting for every page's rows to arrive. Prints BENCH/INFO lines like legalaid-bench.
#include "bench_support.h"
#include "lists/case_list_source.h"
#include "models/windowed_list_model.h"
#include "records/reader_access.h"
#include "storage/sqlcipher_driver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <chrono>
#include <cstdio>
#include <sodium.h>

namespace legalaid::bench {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point started) {
    return std::chrono::duration<double, std::milli>(Clock::now() - started).count();
}

// Starts the desk binary `runs` + 1 times (the first is a warm-up) with its settings pointing at the database
// (a settings folder of its own in the work folder, through XDG_CONFIG_HOME).
void measureColdStart(const QString& deskBinary, const QString& databasePath, const QString& work, int runs) {
    progress(QStringLiteral("desk cold start (%1 runs)").arg(runs));
    const QString configHome = QDir(work).filePath(QStringLiteral("desk-config"));
    {
        QSettings settings(QDir(configHome).filePath(QStringLiteral("legalaid-desk/legalaid-desk.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("database/path"), QFileInfo(databasePath).absoluteFilePath());
        settings.sync();
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);

    static const QRegularExpression reported(QStringLiteral("^first-window (\\S+) (\\d+) ms"),
                                             QRegularExpression::MultilineOption);
    std::vector<double> reportedMs;
    std::vector<double> wallMs;
    QString window;
    QString failure;
    for (int run = 0; run <= runs; ++run) {
        QProcess desk;
        desk.setProcessEnvironment(environment);
        const auto started = Clock::now();
        desk.start(deskBinary, {QStringLiteral("--report-first-window")});
        if (!desk.waitForFinished(60000)) {
            desk.kill();
            desk.waitForFinished(5000);
            failure = QStringLiteral("the desk did not show a window within 60 s");
            break;
        }
        const double wall = millisecondsSince(started);
        const auto match = reported.match(QString::fromUtf8(desk.readAllStandardOutput()));
        if (!match.hasMatch()) {
            failure =
                QStringLiteral("no first-window line (exit %1): %2")
                    .arg(desk.exitCode())
                    .arg(QString::fromUtf8(desk.readAllStandardError()).section(QLatin1Char('\n'), 0, 0));
            break;
        }
        window = match.captured(1);
        if (run == 0)
            continue; // warm-up: loads the libraries and fonts into the page cache
        reportedMs.push_back(match.captured(2).toDouble());
        wallMs.push_back(wall);
    }
    for (const bool own : {true, false}) {
        ResultLine line;
        line.operation = own ? QStringLiteral("desk cold start to the login window (desk's own ms)")
                             : QStringLiteral("desk cold start to the login window (process wall time)");
        line.target = QStringLiteral("≤ 500 ms");
        if (!failure.isEmpty()) {
            line.met = QStringLiteral("error");
            line.note = failure;
        } else {
            const auto& values = own ? reportedMs : wallMs;
            line.oursMedian = median(values);
            line.oursP95 = percentile95(values);
            line.met = line.oursMedian <= 500 ? QStringLiteral("yes") : QStringLiteral("no");
            line.note =
                QStringLiteral("window=%1; runs=%2; wall time includes process exit").arg(window).arg(runs);
        }
        printResult(line);
    }
    printInfo(QStringLiteral("desk.maxrss.children_kb"), QString::number(maxRssChildrenKb()));
}

// Opens the case list in a table and scrolls it end to end.
int measureScroll(Session& session, int stepRows, int maxSeconds) {
    progress(QStringLiteral("desk case list scroll, end to end"));
    QTableView view;
    view.resize(1366, 768);
    ui::WindowedListModel model;
    model.attach(ReaderAccess(session));
    auto source = lists::CaseListSource::create(session.db(), lists::CaseListFilter{},
                                                lists::CaseListOrder::NewestFirst);
    if (!source) {
        std::fprintf(stderr, "%s\n", source.error().message.toUtf8().constData());
        return 1;
    }
    QString loadError;
    QObject::connect(&model, &ui::WindowedListModel::loadFailed, &model,
                     [&loadError](const QString& message) { loadError = message; });
    bool firstWindow = false;
    QObject::connect(&model, &ui::WindowedListModel::firstWindowReady, &model,
                     [&firstWindow] { firstWindow = true; });
    const auto opened = Clock::now();
    model.setSource(*source);
    view.setModel(&model);
    view.show();

    // The first window and the count, as a user opening the page sees them.
    double firstWindowMs = -1;
    while ((model.isCounting() || !firstWindow) && loadError.isEmpty() &&
           millisecondsSince(opened) < 600000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (firstWindow && firstWindowMs < 0)
            firstWindowMs = millisecondsSince(opened);
    }
    const double countMs = millisecondsSince(opened);
    const int rows = model.rowCount();
    printInfo(QStringLiteral("desk.case_list.rows"), QString::number(rows));
    printInfo(QStringLiteral("desk.case_list.first_window_ms"), QString::number(firstWindowMs, 'f', 1));
    printInfo(QStringLiteral("desk.case_list.count_ms"), QString::number(countMs, 'f', 1));

    QScrollBar* bar = view.verticalScrollBar();
    // One page: the rows the viewport shows (the scroll bar's pageStep is only right once the view has laid
    // itself out, which the offscreen platform may not have done yet).
    const int pageRows =
        std::max(1, view.viewport()->height() / std::max(1, view.verticalHeader()->defaultSectionSize()));
    const int step = stepRows > 0 ? stepRows : pageRows;
    printInfo(QStringLiteral("desk.case_list.page_rows"), QString::number(pageRows));
    std::vector<double> stepMs;
    const auto scrolling = Clock::now();
    bool complete = true;
    int lastRowSeen = 0;
    for (int value = 0; loadError.isEmpty(); value = std::min(value + step, bar->maximum())) {
        const auto stepStarted = Clock::now();
        bar->setValue(value);
        QCoreApplication::processEvents();
        const int first = std::max(0, view.rowAt(0));
        int last = view.rowAt(view.viewport()->height() - 1);
        if (last < 0)
            last = rows - 1;
        // Asking for the cells is what painting does; the model then loads their window in the background.
        while ((model.idAt(first) == 0 || model.idAt(last) == 0) && loadError.isEmpty()) {
            (void)model.data(model.index(first, 0));
            (void)model.data(model.index(last, 0));
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (millisecondsSince(stepStarted) > 30000) {
                loadError = QStringLiteral("rows %1–%2 did not load within 30 s").arg(first).arg(last);
                break;
            }
        }
        stepMs.push_back(millisecondsSince(stepStarted));
        lastRowSeen = last;
        if (value >= bar->maximum())
            break;
        if (millisecondsSince(scrolling) > maxSeconds * 1000.0) {
            complete = false;
            break;
        }
    }
    const double scrollSeconds = millisecondsSince(scrolling) / 1000.0;

    ResultLine memory;
    memory.operation = QStringLiteral("desk with the whole case list scrolled end to end (VmHWM)");
    memory.unit = QStringLiteral("MB");
    memory.target = QStringLiteral("≤ 250 MB resident");
    const qint64 peakKb = procStatusKb("VmHWM");
    memory.oursMedian = static_cast<double>(peakKb) / 1024.0;
    memory.oursPeakKb = peakKb;
    memory.met = !loadError.isEmpty()       ? QStringLiteral("error")
                 : !complete                ? QStringLiteral("partial")
                 : memory.oursMedian <= 250 ? QStringLiteral("yes")
                                            : QStringLiteral("no");
    memory.note =
        QStringLiteral("rows=%1; last row reached=%2; VmRSS at end=%3 MB; ru_maxrss=%4 MB; %5 steps "
                       "of %6 rows in %7 s%8")
            .arg(rows)
            .arg(lastRowSeen)
            .arg(static_cast<double>(procStatusKb("VmRSS")) / 1024.0, 0, 'f', 1)
            .arg(static_cast<double>(maxRssSelfKb()) / 1024.0, 0, 'f', 1)
            .arg(stepMs.size())
            .arg(step)
            .arg(scrollSeconds, 0, 'f', 1)
            .arg(loadError.isEmpty() ? QString() : QStringLiteral("; ") + loadError);
    printResult(memory);

    ResultLine steps;
    steps.operation = QStringLiteral("desk case list: one page step, rows shown");
    steps.oursMedian = median(stepMs);
    steps.oursP95 = percentile95(stepMs);
    steps.oursPeakKb = peakKb;
    steps.note = QStringLiteral("scroll bar moved, then events processed until the page's rows arrived");
    printResult(steps);
    model.detach();
    return loadError.isEmpty() ? 0 : 1;
}

} // namespace

} // namespace legalaid::bench

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (sodium_init() < 0) {
        std::fputs("libsodium could not be initialised.\n", stderr);
        return 1;
    }
    legalaid::storage::registerSqlCipherDriver();
    using namespace legalaid::bench;
    const Options options(
        QCoreApplication::arguments(),
        {QStringLiteral("allow-migrate"), QStringLiteral("skip-start"), QStringLiteral("skip-scroll")});
    if (!options.error().isEmpty() || !options.has(QStringLiteral("db")) ||
        !options.has(QStringLiteral("password-file"))) {
        std::fprintf(
            stderr,
            "%s\nusage: legalaid-bench-desk --db FILE --password-file PW [--user admin] [--work DIR] "
            "[--desk PATH/legalaid-desk] [--start-runs N] [--step-rows N] [--max-seconds N] "
            "[--skip-start] [--skip-scroll] [--allow-migrate]\n",
            options.error().toUtf8().constData());
        return 2;
    }
    const QString database = options.value(QStringLiteral("db"));
    const QString work = options.value(QStringLiteral("work"), QStringLiteral("/var/tmp/legalaid-bench"));
    QDir().mkpath(work);
    if (!options.has(QStringLiteral("skip-start")) && options.has(QStringLiteral("desk")))
        measureColdStart(options.value(QStringLiteral("desk")), database, work,
                         std::max(1, options.integer(QStringLiteral("start-runs"), 7)));
    if (options.has(QStringLiteral("skip-scroll")))
        return 0;
    auto session =
        signIn(database, options.value(QStringLiteral("user"), QStringLiteral("admin")),
               options.value(QStringLiteral("password-file")), options.has(QStringLiteral("allow-migrate")));
    if (!session) {
        std::fprintf(stderr, "%s\n", session.error().message.toUtf8().constData());
        return 1;
    }
    return measureScroll(**session, options.integer(QStringLiteral("step-rows"), 0),
                         options.integer(QStringLiteral("max-seconds"), 1800));
}

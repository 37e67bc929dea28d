// legalaid-bench: times the core's search, lists, report, export and open on a database, and the stock
// sqlcipher shell running the same SQL on the same file (and on an unencrypted copy). Run by
// tests/bench/run.sh; see tests/bench/README.md for what each line means. Prints one BENCH line per
// operation (tab-separated) and INFO lines on standard output, progress on standard error.
#include "bench_support.h"
#include "exchange/export_service.h"
#include "lists/case_list_source.h"
#include "lists/people_list_source.h"
#include "records/people/person_service.h"
#include "records/user_repository.h"
#include "reports/report_period.h"
#include "reports/report_service.h"
#include "storage/encrypted_database.h"
#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <sodium.h>

namespace legalaid::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Operations whose first run takes longer than this are measured kSlowRuns times.
constexpr double kSlowRunMs = 3000;
constexpr int kSlowRuns = 3;

enum class ShellMode {
    None,    // no shell equivalent
    Queries, // the statements the core ran, results to /dev/null
    Export,  // the statements the core ran, .mode csv into a file
    Open,    // .open + key + the first statements, every run
};

// What the table needs from one measured operation to decide "met?".
struct Figures {
    double medianMs = -1;
    double p95Ms = -1;
    double ratio = -1; // ours / shell, like for like; -1 when there is no shell figure
    double rowsPerSecond = -1;
};

struct Operation {
    QString name;
    QString target = QStringLiteral("-");
    int runs = 20;
    int warmups = 2;
    ShellMode shellMode = ShellMode::Queries;
    // Each run runs different SQL (random offsets): record every run's statements, not only the first.
    bool statementsPerRun = false;
    // One run; returns how many rows it produced (shown in the note, used for rows/s).
    std::function<Result<qint64>(int run)> body;
    std::function<bool(const Figures&)> met; // empty: no target
    bool rate = false;                       // report rows/s instead of milliseconds
};

class Bench {
public:
    Bench(Session& session, const Options& options)
        : m_session(session)
        , m_work(options.value(QStringLiteral("work"), QStringLiteral("/var/tmp/legalaid-bench")))
        , m_runs(std::max(3, options.integer(QStringLiteral("runs"), 20)))
        , m_reportRuns(std::max(1, options.integer(QStringLiteral("report-runs"), 5)))
        , m_exportRuns(std::max(1, options.integer(QStringLiteral("export-runs"), 3)))
        , m_only(options.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        , m_shellProgram(options.value(QStringLiteral("shell"), QStringLiteral("/usr/bin/sqlcipher")))
        , m_plainPath(options.value(QStringLiteral("plain")))
        , m_refreshPlain(options.has(QStringLiteral("refresh-plain")))
        , m_yearOption(options.integer(QStringLiteral("year"), 0)) {}

    int run();

private:
    [[nodiscard]] Status prepare();
    [[nodiscard]] Status preparePlainCopy();
    [[nodiscard]] Result<qint64> scalar(const QString& sql) const;
    [[nodiscard]] Result<QString> text(const QString& sql) const;
    [[nodiscard]] std::vector<Operation> operations();
    void measure(const Operation& op);
    void dumpStatements(const QString& operation, const std::vector<QStringList>& recorded);
    [[nodiscard]] bool wanted(const QString& key) const { return m_only.isEmpty() || m_only.contains(key); }

    Session& m_session;
    QString m_work;
    int m_runs;
    int m_reportRuns;
    int m_exportRuns;
    QStringList m_only;
    QString m_shellProgram;
    QString m_plainPath;
    bool m_refreshPlain;
    int m_yearOption;

    std::optional<Shell> m_encryptedShell;
    std::optional<Shell> m_plainShell;
    // Data drawn from the database once, before anything is timed.
    qint64 m_caseCount = 0;
    int m_year = 0;
    QString m_province;
    QString m_drawnName;
    // The first statements the open-and-unlock run made (recorded once).
    QStringList m_openStatements;
    bool m_recordOpen = false;
    bool m_recording = false; // the run whose statements the shell replays
    int m_dumped = 0;
};

Result<qint64> Bench::scalar(const QString& sql) const {
    QSqlQuery query(m_session.db());
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        return makeError(ErrorCode::Sql, QStringLiteral("Setup query failed: %1").arg(sql));
    return query.value(0).toLongLong();
}

Result<QString> Bench::text(const QString& sql) const {
    QSqlQuery query(m_session.db());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return makeError(ErrorCode::Sql, QStringLiteral("Setup query failed: %1").arg(sql));
    return query.next() ? query.value(0).toString() : QString();
}

Status Bench::prepare() {
    if (!QDir().mkpath(m_work))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create the work folder %1.").arg(m_work));
    progress(QStringLiteral("drawing the parameters from %1").arg(m_session.files().database));
    for (const char* table : {"people", "cases", "case_events", "referrals"}) {
        auto count = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!count)
            return count.error();
        printInfo(QStringLiteral("rows.%1").arg(QLatin1String(table)), QString::number(*count));
        if (qstrcmp(table, "cases") == 0)
            m_caseCount = *count;
    }
    if (m_yearOption > 0) {
        m_year = m_yearOption;
    } else {
        auto year = text(QStringLiteral("SELECT substr(received_on, 1, 4) FROM cases GROUP BY 1 "
                                        "ORDER BY count(*) DESC, 1 LIMIT 1"));
        if (!year)
            return year.error();
        m_year = year->isEmpty() ? 2027 : year->toInt();
    }
    printInfo(QStringLiteral("report.year"), QString::number(m_year));
    auto province = text(QStringLiteral("SELECT province_code FROM people WHERE province_code <> '' "
                                        "GROUP BY province_code ORDER BY count(*) DESC, 1 LIMIT 1"));
    if (!province)
        return province.error();
    m_province = *province;
    printInfo(QStringLiteral("people.province"), m_province);
    // A three-word name from the middle of the table: realistic, and rarer than "nguyen thi".
    auto drawn =
        text(QStringLiteral("SELECT name_folded FROM people WHERE id >= (SELECT max(id) / 2 FROM people) "
                            "AND length(name_folded) - length(replace(name_folded, ' ', '')) >= 2 "
                            "ORDER BY id LIMIT 1"));
    if (!drawn)
        return drawn.error();
    m_drawnName = drawn->section(QLatin1Char(' '), 0, 2);
    if (m_drawnName.isEmpty())
        m_drawnName = QStringLiteral("le thi hoa");
    m_encryptedShell.emplace(m_shellProgram, m_session.files().database, &m_session.databaseKey());
    return preparePlainCopy();
}

Status Bench::preparePlainCopy() {
    if (m_plainPath.isEmpty() || m_plainPath == QLatin1String("none"))
        return {};
    // The copy is made once per source database and schema version (recorded beside it); the rows the bench
    // reads do not change between runs (only audit entries are added), so it stays comparable.
    const QString stampPath = m_plainPath + QStringLiteral(".source");
    QFile stamp(stampPath);
    // The source and its schema version: a migration (new indexes) makes the copy stale.
    auto version = m_session.database().schemaVersion();
    if (!version)
        return version.error();
    const QByteArray source = QFileInfo(m_session.files().database).absoluteFilePath().toUtf8() + " schema " +
                              QByteArray::number(*version);
    const bool current = QFileInfo::exists(m_plainPath) && stamp.open(QIODevice::ReadOnly) &&
                         stamp.readAll().trimmed() == source;
    stamp.close();
    if (!current || m_refreshPlain) {
        progress(QStringLiteral("making the unencrypted copy %1 (sqlcipher_export)").arg(m_plainPath));
        const auto started = Clock::now();
        if (auto made = m_encryptedShell->exportPlainCopy(m_plainPath); !made)
            return made.error();
        printInfo(QStringLiteral("plain.copy_seconds"),
                  QString::number(std::chrono::duration<double>(Clock::now() - started).count(), 'f', 1));
        QFile written(stampPath);
        if (!written.open(QIODevice::WriteOnly | QIODevice::Truncate) || written.write(source + '\n') < 0)
            return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1.").arg(stampPath));
    }
    m_plainShell.emplace(m_shellProgram, m_plainPath, nullptr);
    return {};
}

std::vector<Operation> Bench::operations() {
    std::vector<Operation> ops;
    QSqlDatabase db = m_session.db();
    const QString user = m_session.user().name;

    if (wanted(QStringLiteral("open"))) {
        Operation op;
        op.name = QStringLiteral("open and unlock, KDF excluded (+ first query)");
        op.target = QStringLiteral("≤ 150 ms");
        op.runs = m_runs;
        op.shellMode = ShellMode::Open;
        op.body = [this, user](int) -> Result<qint64> {
            auto opened =
                storage::EncryptedDatabase::open(m_session.files().database, m_session.databaseKey(),
                                                 storage::EncryptedDatabase::OpenMode::OpenExisting);
            if (!opened)
                return opened.error();
            // The first query after unlocking: the signed-in user's record, as Session::open reads it.
            std::optional<StatementRecorder> recorder;
            if (m_recordOpen)
                recorder.emplace((*opened)->connection());
            auto found = UserRepository((*opened)->connection()).findByName(user);
            if (!found)
                return found.error();
            if (recorder)
                m_openStatements =
                    QStringList{QStringLiteral("SELECT count(*) FROM sqlite_master")} + recorder->take();
            return qint64{found->has_value() ? 1 : 0};
        };
        op.met = [](const Figures& f) { return f.medianMs <= 150; };
        ops.push_back(op);
    }

    if (wanted(QStringLiteral("search"))) {
        for (const QString& words :
             {QStringLiteral("nguyen thi"), QStringLiteral("tran van hung"), m_drawnName}) {
            Operation op;
            op.name = QStringLiteral("search \"%1\", first 50").arg(words);
            op.target = QStringLiteral("p95 ≤ 30 ms, ≤ 2× shell");
            op.runs = m_runs;
            op.body = [this, words](int) -> Result<qint64> {
                auto found = PersonService(m_session).search(words, 50);
                if (!found)
                    return found.error();
                return static_cast<qint64>(found->size());
            };
            op.met = [](const Figures& f) { return f.p95Ms <= 30 && f.ratio >= 0 && f.ratio <= 2; };
            ops.push_back(op);
        }
    }

    lists::CaseListFilter inProgress;
    inProgress.status = QStringLiteral("in_progress");
    if (wanted(QStringLiteral("cases"))) {
        Operation first;
        first.name = QStringLiteral("case list first window (200), status in_progress, newest first");
        first.target = QStringLiteral("≤ 100 ms");
        first.runs = m_runs;
        first.body = [db, inProgress](int) -> Result<qint64> {
            auto source = lists::CaseListSource::create(db, inProgress, lists::CaseListOrder::NewestFirst);
            if (!source)
                return source.error();
            auto rows = (*source)->fetch(db, 0, 200);
            if (!rows)
                return rows.error();
            return static_cast<qint64>(rows->size());
        };
        first.met = [](const Figures& f) { return f.medianMs <= 100; };
        ops.push_back(first);

        for (const bool filtered : {false, true}) {
            auto source = lists::CaseListSource::create(db, filtered ? inProgress : lists::CaseListFilter{},
                                                        lists::CaseListOrder::NewestFirst);
            if (!source) {
                progress(source.error().message);
                continue;
            }
            std::shared_ptr<const lists::CaseListSource> shared = *source;
            auto total = shared->count(db);
            const qint64 rows = total ? *total : 0;
            // The same offsets on every run of the bench (and for the shell), spread over the whole list.
            std::mt19937_64 random(20261123);
            std::uniform_int_distribution<qint64> spread(0, std::max<qint64>(0, rows - 200));
            auto offsets = std::make_shared<std::vector<qint64>>();
            for (int i = 0; i < m_runs; ++i)
                offsets->push_back(spread(random));

            Operation jump;
            jump.name = filtered ? QStringLiteral("case list jump to a random offset, status in_progress")
                                 : QStringLiteral("case list jump to a random offset, no filter");
            jump.target = QStringLiteral("p95 ≤ 50 ms");
            jump.runs = m_runs;
            jump.statementsPerRun = true;
            jump.body = [db, shared, offsets](int run) -> Result<qint64> {
                auto page = shared->fetch(db, offsets->at(static_cast<std::size_t>(run)), 200);
                if (!page)
                    return page.error();
                return static_cast<qint64>(page->size());
            };
            jump.met = [](const Figures& f) { return f.p95Ms <= 50; };
            ops.push_back(jump);

            Operation count;
            count.name = filtered ? QStringLiteral("case list count, status in_progress")
                                  : QStringLiteral("case list count, no filter");
            count.target = QStringLiteral("- (counted in the background)");
            count.runs = std::max(3, m_runs / 2);
            count.body = [db, shared](int) -> Result<qint64> { return shared->count(db); };
            ops.push_back(count);
        }
    }

    if (wanted(QStringLiteral("people"))) {
        lists::PeopleListFilter filter;
        filter.category = QStringLiteral("victim");
        filter.sex = QStringLiteral("f");
        filter.province = m_province;
        const QString filters = QStringLiteral("victim, f, province %1").arg(m_province);
        Operation first;
        first.name = QStringLiteral("people list first window (200), %1").arg(filters);
        first.target = QStringLiteral("≤ 100 ms");
        first.runs = m_runs;
        first.body = [db, filter](int) -> Result<qint64> {
            auto rows = lists::PeopleListSource(filter).fetch(db, 0, 200);
            if (!rows)
                return rows.error();
            return static_cast<qint64>(rows->size());
        };
        first.met = [](const Figures& f) { return f.medianMs <= 100; };
        ops.push_back(first);

        Operation count;
        count.name = QStringLiteral("people list count, %1").arg(filters);
        count.target = QStringLiteral("- (counted in the background)");
        count.runs = std::max(3, m_runs / 2);
        count.body = [db, filter](int) -> Result<qint64> {
            return lists::PeopleListSource(filter).count(db);
        };
        ops.push_back(count);
    }

    if (wanted(QStringLiteral("report"))) {
        Operation op;
        op.name = QStringLiteral("yearly report %1, every indicator (+ previous year)").arg(m_year);
        op.target = QStringLiteral("≤ 2 s");
        op.runs = m_reportRuns;
        op.warmups = 1;
        op.body = [this](int) -> Result<qint64> {
            // The recorded run keeps every pass on the session's connection, where the recorder listens;
            // the measured runs use the report's second connection as the CLI and the desk do.
            const reports::ReportService service =
                m_recording ? reports::ReportService(m_session.db(), m_session.user().role)
                            : reports::ReportService(m_session);
            auto report = service.compute(reports::yearPeriod(m_year, reports::Cutoff::Calendar),
                                          reports::ReportOptions{});
            if (!report)
                return report.error();
            // Where the time goes, for whoever reads the table: the last run's passes.
            for (const auto& [pass, millis] : report->millisByPass)
                printInfo(QStringLiteral("report.pass_ms.%1").arg(pass), QString::number(millis));
            return static_cast<qint64>(report->rows.size());
        };
        op.met = [](const Figures& f) { return f.medianMs <= 2000; };
        ops.push_back(op);
    }

    if (wanted(QStringLiteral("export"))) {
        Operation op;
        op.name = QStringLiteral("anonymised CSV export, all cases");
        op.target = QStringLiteral("≥ 200,000 rows/s, ≤ 2× shell");
        op.runs = m_exportRuns;
        op.warmups = 1;
        op.rate = true;
        op.shellMode = ShellMode::Export;
        const QString path = QDir(m_work).filePath(QStringLiteral("ours-export-cases.csv"));
        op.body = [this, path](int) -> Result<qint64> {
            auto everything = reports::customPeriod(QDate(2000, 1, 1), QDate(2100, 12, 31));
            if (!everything)
                return everything.error();
            auto summary = exchange::ExportService(m_session).exportRecords(exchange::ExportKind::Cases,
                                                                            *everything, path);
            if (!summary)
                return summary.error();
            return summary->rows;
        };
        op.met = [](const Figures& f) { return f.rowsPerSecond >= 200000 && f.ratio >= 0 && f.ratio <= 2; };
        ops.push_back(op);
    }
    return ops;
}

void Bench::dumpStatements(const QString& operation, const std::vector<QStringList>& recorded) {
    // WORK/sql/NN.sql: the SQL the shell runs for each operation (run 1), for reading and re-running by hand.
    const QDir folder(QDir(m_work).filePath(QStringLiteral("sql")));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return;
    QFile file(folder.filePath(QStringLiteral("%1.sql").arg(++m_dumped, 2, 10, QLatin1Char('0'))));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write("-- " + operation.toUtf8() + "\n");
    for (const QString& statement : recorded.front())
        file.write(statement.toUtf8() + (statement.endsWith(QLatin1Char(';')) ? "\n" : ";\n"));
}

void Bench::measure(const Operation& op) {
    progress(QStringLiteral("%1 (%2 runs)").arg(op.name).arg(op.runs));
    ResultLine line;
    line.operation = op.name;
    line.target = op.target;
    const auto fail = [&line](const QString& message) {
        line.met = QStringLiteral("error");
        line.note = message;
        printResult(line);
    };

    resetPeakRss();
    // Warm-up, recording the SQL the core runs for the shell to run the same.
    std::vector<QStringList> recorded;
    qint64 rows = 0;
    // A run that takes seconds (a missing index on a million rows) is measured fewer times, or the suite
    // would take hours; the note says so.
    int runs = op.runs;
    int warmups = op.warmups;
    QString reducedNote;
    int recordedRuns = op.statementsPerRun ? runs : 1;
    for (int run = 0; run < recordedRuns; ++run) {
        StatementRecorder recorder(m_session.db());
        m_recordOpen = op.shellMode == ShellMode::Open && run == 0;
        m_recording = true;
        const auto started = Clock::now();
        auto produced = op.body(run);
        const double firstMs = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        m_recordOpen = false;
        m_recording = false;
        if (!produced)
            return fail(produced.error().message);
        rows = *produced;
        recorded.push_back(op.shellMode == ShellMode::Open ? m_openStatements : recorder.take());
        if (run == 0 && firstMs > kSlowRunMs && runs > kSlowRuns) {
            runs = kSlowRuns;
            warmups = 1;
            reducedNote = QStringLiteral("runs reduced from %1 to %2 (first run %3 s)")
                              .arg(op.runs)
                              .arg(runs)
                              .arg(firstMs / 1000.0, 0, 'f', 1);
            if (op.statementsPerRun)
                recordedRuns = runs;
        }
    }
    for (int warm = recordedRuns; warm < warmups; ++warm) {
        if (auto produced = op.body(0); !produced)
            return fail(produced.error().message);
    }

    dumpStatements(op.name, recorded);

    std::vector<double> wallMs;
    std::vector<double> cpuMs;
    const qint64 missesBefore = pageCacheMisses(m_session.db());
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = processCpuMs();
        const auto started = Clock::now();
        auto produced = op.body(run);
        const auto ended = Clock::now();
        const double cpuAfter = processCpuMs();
        if (!produced)
            return fail(produced.error().message);
        rows = *produced;
        wallMs.push_back(std::chrono::duration<double, std::milli>(ended - started).count());
        cpuMs.push_back(cpuAfter - cpuBefore);
    }
    line.oursPeakKb = procStatusKb("VmHWM");
    const qint64 misses = pageCacheMisses(m_session.db()) - missesBefore;

    Figures figures;
    figures.medianMs = median(wallMs);
    figures.p95Ms = percentile95(wallMs);
    std::optional<ShellTiming> encrypted;
    QString basis;
    double shellMs = -1;
    QStringList notes{QStringLiteral("rows=%1").arg(rows)};
    if (op.shellMode != ShellMode::Open)
        notes
            << QStringLiteral("page cache misses/run=%1").arg(static_cast<double>(misses) / runs, 0, 'f', 0);
    if (!reducedNote.isEmpty())
        notes << reducedNote;
    if (op.shellMode != ShellMode::None) {
        ShellScript script;
        script.warmupGroups = warmups;
        for (int i = 0; i < warmups; ++i)
            script.groups.push_back(recorded[static_cast<std::size_t>(i) % recorded.size()]);
        for (int i = 0; i < runs; ++i)
            script.groups.push_back(recorded[op.statementsPerRun ? static_cast<std::size_t>(i) : 0]);
        if (op.shellMode == ShellMode::Export) {
            script.csv = true;
            script.output = QDir(m_work).filePath(QStringLiteral("shell-export-cases.csv"));
        }
        script.reopenEachGroup = op.shellMode == ShellMode::Open;
        notes << QStringLiteral("statements/run=%1").arg(recorded.front().size());
        auto timed = m_encryptedShell->run(script);
        if (!timed) {
            notes << QStringLiteral("shell: ") + timed.error().message;
        } else {
            encrypted = *timed;
            line.shellPeakKb = timed->peakKb;
            // The shell's wall clock has 1 ms steps: below 20 ms its CPU time (user + sys, exact) is the
            // figure, compared with our own CPU time.
            basis = median(timed->realMs) >= 20 ? QStringLiteral("real") : QStringLiteral("cpu");
            shellMs = median(basis == QLatin1String("real") ? timed->realMs : timed->cpuMs);
            const double ours = basis == QLatin1String("real") ? figures.medianMs : median(cpuMs);
            line.shellBasis = basis;
            if (shellMs > 0)
                figures.ratio = ours / shellMs;
            if (basis == QLatin1String("cpu"))
                notes << QStringLiteral("ours cpu median=%1 ms").arg(median(cpuMs), 0, 'f', 3);
        }
    }
    line.ratio = figures.ratio;
    if (op.rate) {
        const auto perSecond = [rows](double ms) {
            return ms > 0 ? static_cast<double>(rows) * 1000.0 / ms : -1;
        };
        line.unit = QStringLiteral("rows/s");
        figures.rowsPerSecond = perSecond(figures.medianMs);
        line.oursMedian = figures.rowsPerSecond;
        line.oursP95 = perSecond(figures.p95Ms);
        line.shellMedian = perSecond(shellMs);
        notes << QStringLiteral("ours median=%1 ms").arg(figures.medianMs, 0, 'f', 1);
    } else {
        line.oursMedian = figures.medianMs;
        line.oursP95 = figures.p95Ms;
        line.shellMedian = shellMs;
    }
    if (op.met)
        line.met = op.met(figures) ? QStringLiteral("yes") : QStringLiteral("no");
    line.note = notes.join(QStringLiteral("; "));
    printResult(line);

    // The same statements on the unencrypted copy: what the encryption itself costs.
    if (encrypted && m_plainShell) {
        ShellScript script;
        script.warmupGroups = warmups;
        for (int i = 0; i < warmups; ++i)
            script.groups.push_back(recorded[static_cast<std::size_t>(i) % recorded.size()]);
        for (int i = 0; i < runs; ++i)
            script.groups.push_back(recorded[op.statementsPerRun ? static_cast<std::size_t>(i) : 0]);
        if (op.shellMode == ShellMode::Export) {
            script.csv = true;
            script.output = QDir(m_work).filePath(QStringLiteral("shell-export-cases-plain.csv"));
        }
        script.reopenEachGroup = op.shellMode == ShellMode::Open;
        ResultLine plainLine;
        plainLine.operation = QStringLiteral("shell encrypted ÷ plain: ") + op.name;
        plainLine.target = QStringLiteral("≤ 1.3×");
        plainLine.shellBasis = basis;
        auto timed = m_plainShell->run(script);
        if (!timed) {
            plainLine.met = QStringLiteral("error");
            plainLine.note = timed.error().message;
        } else {
            const auto& encryptedValues =
                basis == QLatin1String("real") ? encrypted->realMs : encrypted->cpuMs;
            const auto& plainValues = basis == QLatin1String("real") ? timed->realMs : timed->cpuMs;
            plainLine.oursMedian = median(encryptedValues);
            plainLine.oursP95 = percentile95(encryptedValues);
            plainLine.shellMedian = median(plainValues);
            plainLine.oursPeakKb = encrypted->peakKb;
            plainLine.shellPeakKb = timed->peakKb;
            if (plainLine.shellMedian > 0) {
                plainLine.ratio = plainLine.oursMedian / plainLine.shellMedian;
                plainLine.met = plainLine.ratio <= 1.3 ? QStringLiteral("yes") : QStringLiteral("no");
            }
            plainLine.note = QStringLiteral("ours = shell on the encrypted file, shell = on the plain copy");
        }
        printResult(plainLine);
    }
    if (op.shellMode == ShellMode::Export) {
        // The shell's CSV holds names in clear (synthetic, but still): nothing of it is kept.
        for (const char* name : {"shell-export-cases.csv", "shell-export-cases-plain.csv"})
            QFile::remove(QDir(m_work).filePath(QLatin1String(name)));
    }
}

int Bench::run() {
    if (auto prepared = prepare(); !prepared) {
        std::fprintf(stderr, "%s\n", prepared.error().message.toUtf8().constData());
        return 1;
    }
    for (const Operation& op : operations())
        measure(op);
    printInfo(QStringLiteral("maxrss.self_kb"), QString::number(maxRssSelfKb()));
    printInfo(QStringLiteral("maxrss.children_kb"), QString::number(maxRssChildrenKb()));
    return 0;
}

} // namespace

} // namespace legalaid::bench

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0) {
        std::fputs("libsodium could not be initialised.\n", stderr);
        return 1;
    }
    legalaid::storage::registerSqlCipherDriver();
    using legalaid::bench::Options;
    const Options options(QCoreApplication::arguments(),
                          {QStringLiteral("allow-migrate"), QStringLiteral("refresh-plain")});
    if (!options.error().isEmpty() || !options.has(QStringLiteral("db")) ||
        !options.has(QStringLiteral("password-file"))) {
        std::fprintf(
            stderr,
            "%s\nusage: legalaid-bench --db FILE --password-file PW [--user admin] [--work DIR] "
            "[--runs N] [--report-runs N] [--export-runs N] [--plain FILE|none] [--refresh-plain] "
            "[--shell /usr/bin/sqlcipher] [--year YYYY] [--only open,search,cases,people,report,export] "
            "[--allow-migrate]\n",
            options.error().toUtf8().constData());
        return 2;
    }
    auto session = legalaid::bench::signIn(
        options.value(QStringLiteral("db")), options.value(QStringLiteral("user"), QStringLiteral("admin")),
        options.value(QStringLiteral("password-file")), options.has(QStringLiteral("allow-migrate")));
    if (!session) {
        std::fprintf(stderr, "%s\n", session.error().message.toUtf8().constData());
        return 1;
    }
    return legalaid::bench::Bench(**session, options).run();
}

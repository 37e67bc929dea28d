#pragma once

// What the benchmark programs share: the command line, signing in like the CLI, statistics, peak memory,
// recording the SQL the core runs, and timing the stock sqlcipher shell on the same statements.
// Synthetic data only: nothing here is meant for a real centre's database.

#include "common/result.h"
#include "records/session.h"
#include "storage/secure_bytes.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace legalaid::bench {

// "--name value" pairs and bare "--flag"s; anything else is an error.
class Options {
public:
    Options(const QStringList& arguments, const QStringList& flagNames);

    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] bool has(const QString& name) const { return m_values.contains(name); }
    [[nodiscard]] QString value(const QString& name, const QString& fallback = {}) const;
    [[nodiscard]] int integer(const QString& name, int fallback) const;

private:
    QMap<QString, QString> m_values;
    QString m_error;
};

// Signs in as the CLI does (user + password file, Session::open). Session::open migrates an older database
// and backs it up first; on a database the bench did not make itself that is a write nobody asked for, so
// unless `allowMigrate` the schema version is checked first (with the key, no migration) and an older file
// is refused.
[[nodiscard]] Result<std::unique_ptr<Session>> signIn(const QString& databasePath, const QString& user,
                                                      const QString& passwordFile, bool allowMigrate);

// Nearest-rank statistics over milliseconds.
[[nodiscard]] double median(std::vector<double> values);
[[nodiscard]] double percentile95(std::vector<double> values);

// Peak resident memory. resetPeakRss() restarts VmHWM (Linux: "5" into /proc/self/clear_refs) so that the
// peak of one operation can be read afterwards; false when the kernel does not allow it.
bool resetPeakRss();
// A "VmHWM"/"VmRSS" line of /proc/<pid>/status in KiB (pid 0: this process); -1 when unreadable.
[[nodiscard]] qint64 procStatusKb(const char* field, qint64 pid = 0);
// getrusage ru_maxrss in KiB for this process and for the children it has waited for.
[[nodiscard]] qint64 maxRssSelfKb();
[[nodiscard]] qint64 maxRssChildrenKb();
// Process CPU time (user + system) in milliseconds.
[[nodiscard]] double processCpuMs();

// SQLite's page-cache misses on a connection so far (sqlite3_db_status SQLITE_DBSTATUS_CACHE_MISS): pages it
// had to read (and decrypt) because they were not in its cache.
[[nodiscard]] qint64 pageCacheMisses(const QSqlDatabase& db);

// Records the read-only statements a connection runs (sqlite3_trace_v2 + sqlite3_expanded_sql), with their
// bound values written in, so that the shell can run exactly the SQL the core ran. Transaction control and
// PRAGMAs are left out; writes (the audit entry of an export) are left out.
class StatementRecorder {
public:
    explicit StatementRecorder(const QSqlDatabase& db);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    [[nodiscard]] QStringList take();

private:
    static int traceCallback(unsigned int type, void* context, void* statement, void* text);
    void* m_handle = nullptr;
    QStringList m_statements;
};

// What one sqlcipher shell process runs: groups of statements, each group timed as one run.
struct ShellScript {
    std::vector<QStringList> groups; // the warm-up groups first, then the measured ones
    int warmupGroups = 0;
    QString output = QStringLiteral("/dev/null"); // where query results go (.output)
    bool csv = false;                             // .mode csv (else .mode list)
    bool reopenEachGroup = false;                 // .open + key before each group (open-and-unlock)
};

struct ShellTiming {
    std::vector<double> realMs; // the shell's "Run Time: real" summed over a group (1 ms resolution)
    std::vector<double> cpuMs;  // its "user" + "sys" summed over a group (microseconds)
    qint64 peakKb = -1;         // VmHWM of the shell process just before it quit
};

// The stock sqlcipher shell on one database file. `key` (the raw database key) goes to the shell on its
// standard input only, as PRAGMA key = "x'…'", never in its arguments or a file; null for a plain copy.
class Shell {
public:
    Shell(QString program, QString databasePath, const storage::SecureBytes* key);

    [[nodiscard]] Result<ShellTiming> run(const ShellScript& script, int timeoutSeconds = 3600) const;
    // Makes an unencrypted copy with sqlcipher_export (the shell must have the key).
    [[nodiscard]] Status exportPlainCopy(const QString& plainPath) const;
    [[nodiscard]] const QString& databasePath() const { return m_databasePath; }

private:
    [[nodiscard]] QByteArray keyLines() const; // the caller wipes it
    QString m_program;
    QString m_databasePath;
    const storage::SecureBytes* m_key = nullptr;
};

// A single-quoted SQL string literal.
[[nodiscard]] QString sqlText(const QString& text);

// One result line on standard output, tab-separated, for run.sh:
// BENCH op unit ours_median ours_p95 shell_median shell_basis ratio ours_peak_kb shell_peak_kb target met
// note
struct ResultLine {
    QString operation;
    QString unit = QStringLiteral("ms"); // ms, rows/s or MB
    double oursMedian = -1;
    double oursP95 = -1;
    double shellMedian = -1;
    QString shellBasis = QStringLiteral("-"); // real, cpu or -
    double ratio = -1;
    qint64 oursPeakKb = -1;
    qint64 shellPeakKb = -1;
    QString target = QStringLiteral("-");
    QString met = QStringLiteral("-"); // yes, no or -
    QString note;
};
void printResult(const ResultLine& line);
// INFO key value, for run.sh to show under the table.
void printInfo(const QString& key, const QString& value);
// Progress for the person running the bench (stderr).
void progress(const QString& text);

} // namespace legalaid::bench

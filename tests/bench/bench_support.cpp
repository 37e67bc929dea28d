#include "bench_support.h"

#include "storage/database_files.h"
#include "storage/encrypted_database.h"
#include "storage/keyring.h"
#include "storage/migrator.h"
#include "storage/sqlcipher_driver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/resource.h>

namespace legalaid::bench {

namespace {

Error benchError(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

// The password is the file's first line, as legalaid-cli --password-file reads it.
Result<QString> readPasswordFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return benchError(
            QStringLiteral("Cannot read the password file %1: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    const qsizetype end = bytes.indexOf('\n');
    QString password = QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    if (password.isEmpty())
        return benchError(QStringLiteral("The password file %1 is empty.").arg(path));
    return password;
}

// Refuses a database whose schema is older than this build's, before Session::open would migrate it.
Status checkNoPendingMigration(const QString& databasePath, const QString& user, const QString& password) {
    const auto files = storage::DatabaseFiles::forDatabase(databasePath);
    auto keyring = storage::Keyring::load(files.keyring);
    if (!keyring)
        return keyring.error();
    auto unwrapped = keyring->unwrap(user, password);
    if (!unwrapped)
        return unwrapped.error();
    auto database = storage::EncryptedDatabase::open(databasePath, unwrapped->key,
                                                     storage::EncryptedDatabase::OpenMode::OpenExisting);
    if (!database)
        return database.error();
    auto version = (*database)->schemaVersion();
    if (!version)
        return version.error();
    const int latest = storage::Migrator(storage::Migrator::builtin()).latestVersion();
    if (*version < latest)
        return benchError(QStringLiteral("%1 is at schema version %2 and this build at %3: opening it would "
                                         "migrate it (and copy it into a backup). Pass --allow-migrate if "
                                         "that database may be changed, or use a build of the same version.")
                              .arg(databasePath)
                              .arg(*version)
                              .arg(latest));
    return {};
}

} // namespace

Options::Options(const QStringList& arguments, const QStringList& flagNames) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (!word.startsWith(QLatin1String("--"))) {
            m_error = QStringLiteral("Unexpected argument \"%1\".").arg(word);
            return;
        }
        const QString name = word.mid(2);
        if (flagNames.contains(name)) {
            m_values.insert(name, QStringLiteral("1"));
            continue;
        }
        if (i + 1 >= arguments.size()) {
            m_error = QStringLiteral("--%1 needs a value.").arg(name);
            return;
        }
        m_values.insert(name, arguments.at(++i));
    }
}

QString Options::value(const QString& name, const QString& fallback) const {
    return m_values.value(name, fallback);
}

int Options::integer(const QString& name, int fallback) const {
    bool ok = false;
    const int number = m_values.value(name).toInt(&ok);
    return ok ? number : fallback;
}

Result<std::unique_ptr<Session>> signIn(const QString& databasePath, const QString& user,
                                        const QString& passwordFile, bool allowMigrate) {
    auto password = readPasswordFile(passwordFile);
    if (!password)
        return password.error();
    if (!allowMigrate) {
        if (auto current = checkNoPendingMigration(databasePath, user, *password); !current)
            return current.error();
    }
    return Session::open(databasePath, user, *password);
}

double median(std::vector<double> values) {
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double percentile95(std::vector<double> values) {
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

bool resetPeakRss() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (!clearRefs.open(QIODevice::WriteOnly))
        return false;
    return clearRefs.write("5") == 1;
}

qint64 procStatusKb(const char* field, qint64 pid) {
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toLongLong();
        }
    }
    return -1;
}

qint64 maxRssSelfKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 maxRssChildrenKb() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

qint64 pageCacheMisses(const QSqlDatabase& db) {
    auto* handle = static_cast<storage::SqlCipherDriver*>(db.driver())->sqliteHandle();
    int current = 0;
    int highest = 0;
    if (!handle || sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 0) != SQLITE_OK)
        return -1;
    return current;
}

StatementRecorder::StatementRecorder(const QSqlDatabase& db) {
    // Every connection of the core is a QSQLCIPHER one (EncryptedDatabase::driver() casts the same way).
    m_handle = static_cast<storage::SqlCipherDriver*>(db.driver())->sqliteHandle();
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), SQLITE_TRACE_STMT, &traceCallback, this);
}

StatementRecorder::~StatementRecorder() {
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

QStringList StatementRecorder::take() {
    return std::exchange(m_statements, {});
}

int StatementRecorder::traceCallback(unsigned int type, void* context, void* statement, void* text) {
    if (type != SQLITE_TRACE_STMT)
        return 0;
    // A trigger's start is reported with a comment in place of the statement's text.
    if (text && qstrncmp(static_cast<const char*>(text), "--", 2) == 0)
        return 0;
    auto* stmt = static_cast<sqlite3_stmt*>(statement);
    if (!sqlite3_stmt_readonly(stmt))
        return 0;
    char* expanded = sqlite3_expanded_sql(stmt);
    if (!expanded)
        return 0;
    const QString sql = QString::fromUtf8(expanded).trimmed();
    sqlite3_free(expanded);
    // Statements a virtual table (FTS4) runs inside the outer one come as "-- …": the shell runs them too.
    if (sql.startsWith(QLatin1String("--")))
        return 0;
    static const QRegularExpression control(
        QStringLiteral("^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (control.match(sql).hasMatch())
        return 0;
    static_cast<StatementRecorder*>(context)->m_statements << sql;
    return 0;
}

Shell::Shell(QString program, QString databasePath, const storage::SecureBytes* key)
    : m_program(std::move(program))
    , m_databasePath(std::move(databasePath))
    , m_key(key) {}

QByteArray Shell::keyLines() const {
    QByteArray lines;
    if (!m_key)
        return lines;
    const storage::SecureBytes spec = m_key->toSqlCipherKeySpec();
    lines.reserve(static_cast<qsizetype>(spec.size()) + 256);
    lines.append("PRAGMA key = \"");
    lines.append(spec.chars(), static_cast<qsizetype>(spec.size()));
    lines.append("\";\n");
    for (const QString& pragma : storage::pinnedCipherPragmas())
        lines.append(pragma.toUtf8() + ";\n");
    return lines;
}

QString sqlText(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

namespace {

// The text after the key: one statement per line group, each ending in a semicolon.
QByteArray statementsText(const QStringList& statements) {
    QByteArray text;
    for (const QString& statement : statements) {
        text.append(statement.toUtf8());
        if (!statement.endsWith(QLatin1Char(';')))
            text.append(';');
        text.append('\n');
    }
    return text;
}

} // namespace

Result<ShellTiming> Shell::run(const ShellScript& script, int timeoutSeconds) const {
    if (m_databasePath.contains(QLatin1Char('\'')) || m_databasePath.contains(QLatin1Char('\n')) ||
        script.output.contains(QLatin1Char('\n')))
        return benchError(QStringLiteral("Paths with quotes or line breaks are not supported."));

    QByteArray input = keyLines();
    // The first read fails here (and not inside a timed group) when the key is wrong.
    input.append("SELECT count(*) FROM sqlite_master;\n");
    input.append(script.csv ? ".mode csv\n" : ".mode list\n");
    input.append(".headers off\n.timer on\n");
    for (std::size_t group = 0; group < script.groups.size(); ++group) {
        input.append(".output stdout\n");
        input.append(QStringLiteral(".print @@GROUP %1\n").arg(group).toUtf8());
        if (script.reopenEachGroup) {
            input.append(".open " + m_databasePath.toUtf8() + "\n");
            input.append(keyLines());
        }
        input.append(".output " + script.output.toUtf8() + "\n");
        input.append(statementsText(script.groups[group]));
    }
    input.append(".output stdout\n.print @@END\n");

    QProcess shell;
    shell.setProgram(m_program);
    shell.setArguments({QStringLiteral("-batch"), m_databasePath});
    shell.start();
    if (!shell.waitForStarted(10000)) {
        sodium_memzero(input.data(), static_cast<std::size_t>(input.size()));
        return benchError(QStringLiteral("Cannot start %1: %2").arg(m_program, shell.errorString()));
    }
    shell.write(input);
    sodium_memzero(input.data(), static_cast<std::size_t>(input.size()));

    static const QRegularExpression runTime(
        QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    ShellTiming timing;
    std::vector<double> realSums(script.groups.size(), 0.0);
    std::vector<double> cpuSums(script.groups.size(), 0.0);
    long long group = -1;
    bool finished = false;
    QByteArray pending;
    QByteArray errors;
    QElapsedTimer clock;
    clock.start();
    while (!finished && clock.elapsed() < qint64{timeoutSeconds} * 1000) {
        if (!shell.waitForReadyRead(1000) && shell.state() != QProcess::Running)
            break;
        errors += shell.readAllStandardError();
        pending += shell.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (line.startsWith(QLatin1String("@@GROUP "))) {
                group = line.mid(8).toLongLong();
            } else if (line == QLatin1String("@@END")) {
                finished = true;
            } else if (const auto match = runTime.match(line);
                       match.hasMatch() && group >= 0 && group < static_cast<long long>(realSums.size())) {
                realSums[static_cast<std::size_t>(group)] += match.captured(1).toDouble() * 1000.0;
                cpuSums[static_cast<std::size_t>(group)] +=
                    (match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0;
            }
        }
        if (!errors.isEmpty())
            break;
    }
    // VmHWM is read while the process is still there (it waits for the end of its input).
    timing.peakKb = procStatusKb("VmHWM", shell.processId());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(60000))
        shell.kill();
    errors += shell.readAllStandardError();
    if (!errors.isEmpty())
        return benchError(QStringLiteral("The sqlcipher shell failed: %1")
                              .arg(QString::fromUtf8(errors).section(QLatin1Char('\n'), 0, 0)));
    if (!finished)
        return benchError(
            QStringLiteral("The sqlcipher shell did not finish within %1 s.").arg(timeoutSeconds));
    for (std::size_t i = static_cast<std::size_t>(script.warmupGroups); i < script.groups.size(); ++i) {
        timing.realMs.push_back(realSums[i]);
        timing.cpuMs.push_back(cpuSums[i]);
    }
    return timing;
}

Status Shell::exportPlainCopy(const QString& plainPath) const {
    if (!m_key)
        return benchError(QStringLiteral("A plain copy needs the database key."));
    if (plainPath.contains(QLatin1Char('\'')) || m_databasePath.contains(QLatin1Char('\'')))
        return benchError(QStringLiteral("Paths with quotes are not supported."));
    const QString partial = plainPath + QStringLiteral(".partial");
    QFile::remove(partial);
    QByteArray input = keyLines();
    input.append("ATTACH " + sqlText(partial).toUtf8() + " AS plain KEY '';\n");
    input.append("SELECT sqlcipher_export('plain');\nDETACH plain;\n");

    QProcess shell;
    shell.start(m_program, {QStringLiteral("-batch"), m_databasePath});
    if (!shell.waitForStarted(10000)) {
        sodium_memzero(input.data(), static_cast<std::size_t>(input.size()));
        return benchError(QStringLiteral("Cannot start %1: %2").arg(m_program, shell.errorString()));
    }
    shell.write(input);
    sodium_memzero(input.data(), static_cast<std::size_t>(input.size()));
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return benchError(QStringLiteral("sqlcipher_export failed: %1")
                              .arg(QString::fromUtf8(shell.readAllStandardError()).trimmed()));
    const QByteArray errors = shell.readAllStandardError();
    if (!errors.trimmed().isEmpty())
        return benchError(
            QStringLiteral("sqlcipher_export failed: %1").arg(QString::fromUtf8(errors).trimmed()));
    QFile::remove(plainPath);
    if (!QFile::rename(partial, plainPath))
        return benchError(QStringLiteral("Cannot rename %1 to %2.").arg(partial, plainPath));
    return {};
}

void printResult(const ResultLine& line) {
    const auto number = [](double value) {
        return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 3);
    };
    const auto kb = [](qint64 value) { return value < 0 ? QStringLiteral("-") : QString::number(value); };
    const QStringList cells{QStringLiteral("BENCH"),
                            line.operation,
                            line.unit,
                            number(line.oursMedian),
                            number(line.oursP95),
                            number(line.shellMedian),
                            line.shellBasis,
                            number(line.ratio),
                            kb(line.oursPeakKb),
                            kb(line.shellPeakKb),
                            line.target,
                            line.met,
                            line.note.isEmpty() ? QStringLiteral("-") : line.note};
    std::printf("%s\n", cells.join(QLatin1Char('\t')).toUtf8().constData());
    std::fflush(stdout);
}

void printInfo(const QString& key, const QString& value) {
    std::printf("INFO\t%s\t%s\n", key.toUtf8().constData(), value.toUtf8().constData());
    std::fflush(stdout);
}

void progress(const QString& text) {
    std::fprintf(stderr, "[bench] %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace legalaid::bench

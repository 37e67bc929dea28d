// Exports off the session's thread (issue 4): ExportService::prepare on the session's thread, ExportWorker on
// a worker thread with its own connection, ExportService::publish back on the session's thread. The worker
// path writes what the session path writes, nothing reaches the target before its audit entry, a cancel
// leaves nothing behind, and the worker checks the role it is given.
#include "exchange/export_service.h"
#include "records/reader_access.h"
#include "reports/report_period.h"
#include "seed/seeder.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <optional>

using namespace legalaid;
using namespace legalaid::exchange;
using namespace legalaid::test;

namespace {

qint64 exportAudits(const Session& session, ExportKind kind) {
    return scalar(session.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                  {QStringLiteral("export.") + exportKindCode(kind)});
}

// Every file in the folder but the database's own, hidden ones included.
QStringList exportFiles(const TempWorkspace& ws) {
    QStringList files;
    for (const QString& name : QDir(ws.dir()).entryList(QDir::Files | QDir::Hidden)) {
        if (!name.startsWith(QLatin1String("centre.db")))
            files << name;
    }
    return files;
}

// The worker half on a thread of its own, with its own connection, as the desk runs it.
Result<StagedExport> writeOnWorker(const Session& session, Role role, const ExportRequest& request,
                                   const Pseudonymiser& pseudonyms) {
    const ReaderAccess access(session);
    std::optional<Result<StagedExport>> result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto database = access.open();
        if (!database) {
            result.emplace(database.error());
            return;
        }
        result.emplace(ExportWorker((*database)->connection(), role).write(request, pseudonyms));
        // `database` closes here, in the thread that opened it.
    }));
    worker->start();
    REQUIRE(worker->wait(30000));
    REQUIRE(result.has_value());
    return std::move(*result);
}

struct SeededExports {
    TempWorkspace ws;
    QString database;
    std::unique_ptr<Session> admin;

    SeededExports() {
        database = createTestDatabase(ws).files.database;
        admin = openAsAdmin(database);
        seed::SeedOptions options;
        options.people = 80;
        options.cases = 60;
        options.referrals = 15;
        options.until = QDate(2026, 11, 20);
        REQUIRE(seed::seedDatabase(*admin, options).ok());
    }
};

} // namespace

TEST_CASE("the worker path writes the same bytes as the session path, and only after the audit entry",
          "[exchange][export-worker]") {
    SeededExports f;
    Session& admin = *f.admin;
    const reports::ReportPeriod everything = wholeHistory();
    struct Case {
        ExportKind kind;
        bool identified;
    };
    SECTION("every kind, anonymised and with names") {
        for (const Case& each : {Case{ExportKind::Cases, false}, Case{ExportKind::People, false},
                                 Case{ExportKind::Referrals, false}, Case{ExportKind::Activities, false},
                                 Case{ExportKind::Htcds, false}, Case{ExportKind::People, true}}) {
            const QString code =
                exportKindCode(each.kind) + (each.identified ? QStringLiteral("-full") : QString());
            INFO(code.toStdString());
            ExportOptions options;
            options.identified = each.identified;
            options.k = 3; // small enough to keep rows, large enough to act on 80 people
            const QString bySession = f.ws.path(code + QStringLiteral("-session.csv"));
            auto sessionSummary =
                ExportService(admin).exportRecords(each.kind, everything, bySession, options);
            REQUIRE(sessionSummary.ok());
            REQUIRE(sessionSummary->rowsRead > 0);

            const QString target = f.ws.path(code + QStringLiteral("-worker.csv"));
            const ExportRequest request{each.kind, everything, target, options};
            auto pseudonyms = ExportService(admin).prepare(request);
            REQUIRE(pseudonyms.ok());
            const qint64 auditsBefore = exportAudits(admin, each.kind);
            auto staged = writeOnWorker(admin, Role::Admin, request, *pseudonyms);
            REQUIRE(staged.ok());
            // Written but not in place: hidden files beside the target, and no audit entry yet.
            CHECK_FALSE(QFile::exists(target));
            CHECK_FALSE(QFile::exists(dataDictionaryPath(target)));
            CHECK(QFile::exists(staged->stagedPath()));
            CHECK(QFile::exists(staged->stagedDictionaryPath()));
            CHECK(QFileInfo(staged->stagedPath()).absolutePath() == QFileInfo(target).absolutePath());
            CHECK(exportAudits(admin, each.kind) == auditsBefore);
            CHECK(staged->summary().path == target);
            const QString stagedPath = staged->stagedPath();
            const QString stagedDictionary = staged->stagedDictionaryPath();

            auto published = ExportService(admin).publish(std::move(staged).value());
            REQUIRE(published.ok());
            CHECK(exportAudits(admin, each.kind) == auditsBefore + 1);
            CHECK_FALSE(QFile::exists(stagedPath));
            CHECK_FALSE(QFile::exists(stagedDictionary));
            CHECK(published->rows == sessionSummary->rows);
            CHECK(published->rowsRead == sessionSummary->rowsRead);
            CHECK(published->smallCell.auditText() == sessionSummary->smallCell.auditText());
            CHECK(published->dictionaryPath == dataDictionaryPath(target));
            CHECK(readAll(target) == readAll(bySession));
            CHECK(readAll(dataDictionaryPath(target)) == readAll(dataDictionaryPath(bySession)));
            CHECK((QFile::permissions(target) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
            // The two audit entries say the same.
            QSqlQuery details =
                execute(admin.db(),
                        QStringLiteral("SELECT target_id, details FROM audit_log WHERE action = ? "
                                       "ORDER BY id DESC LIMIT 2"),
                        {QStringLiteral("export.") + exportKindCode(each.kind)});
            REQUIRE(details.next());
            const QString workerDetails = details.value(1).toString();
            const QString workerTarget = details.value(0).toString();
            REQUIRE(details.next());
            CHECK(workerDetails == details.value(1).toString());
            CHECK(workerTarget == details.value(0).toString());
        }
    }

    SECTION("an export whose audit entry cannot be written leaves nothing at the target") {
        const QString target = f.ws.path(QStringLiteral("unaudited.csv"));
        const ExportRequest request{ExportKind::Cases, everything, target, {}};
        auto pseudonyms = ExportService(admin).prepare(request);
        REQUIRE(pseudonyms.ok());
        auto staged = writeOnWorker(admin, Role::Admin, request, *pseudonyms);
        REQUIRE(staged.ok());
        const QString stagedPath = staged->stagedPath();
        const QString stagedDictionary = staged->stagedDictionaryPath();
        REQUIRE(QFile::exists(stagedPath));
        const qint64 before = exportAudits(admin, ExportKind::Cases);
        execute(admin.db(), QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                           "BEGIN SELECT RAISE(ABORT, 'audit refused by the test'); END"));
        auto published = ExportService(admin).publish(std::move(staged).value());
        execute(admin.db(), QStringLiteral("DROP TRIGGER temp.refuse_audit"));
        REQUIRE_FALSE(published.ok());
        CHECK_FALSE(QFile::exists(target));
        CHECK_FALSE(QFile::exists(dataDictionaryPath(target)));
        CHECK_FALSE(QFile::exists(stagedPath));
        CHECK_FALSE(QFile::exists(stagedDictionary));
        CHECK(exportAudits(admin, ExportKind::Cases) == before);
    }

    SECTION("a staged export dropped without publishing (the desk locked) removes its files") {
        const QString target = f.ws.path(QStringLiteral("dropped.csv"));
        const ExportRequest request{ExportKind::People, everything, target, {}};
        auto pseudonyms = ExportService(admin).prepare(request);
        REQUIRE(pseudonyms.ok());
        const QStringList before = exportFiles(f.ws);
        {
            auto staged = writeOnWorker(admin, Role::Admin, request, *pseudonyms);
            REQUIRE(staged.ok());
            CHECK(exportFiles(f.ws).size() == before.size() + 2);
        }
        CHECK(exportFiles(f.ws) == before);
        CHECK_FALSE(QFile::exists(target));
    }
}

TEST_CASE("a cancelled worker export leaves no file and no temporary file", "[exchange][export-worker]") {
    SeededExports f;
    const QString target = f.ws.path(QStringLiteral("cancelled.csv"));
    for (const ExportKind kind : {ExportKind::Cases, ExportKind::Htcds}) {
        for (const int cancelAt : {0, 1}) { // at the start, and after the last row (the guard has finished)
            INFO(exportKindCode(kind).toStdString() << " cancelled at call " << cancelAt);
            ExportRequest request{kind, wholeHistory(), target, {}};
            int calls = 0;
            request.options.progress = [&calls, cancelAt](qint64, qint64) { return calls++ < cancelAt; };
            auto pseudonyms = ExportService(*f.admin).prepare(request);
            REQUIRE(pseudonyms.ok());
            auto staged = writeOnWorker(*f.admin, Role::Admin, request, *pseudonyms);
            REQUIRE_FALSE(staged.ok());
            CHECK(staged.error().code == ErrorCode::Cancelled);
            CHECK(exportFiles(f.ws).isEmpty());
            CHECK(exportAudits(*f.admin, kind) == 0);
        }
    }
}

TEST_CASE("the worker refuses a role without the export permission", "[exchange][export-worker]") {
    SeededExports f;
    const QString target = f.ws.path(QStringLiteral("refused.csv"));
    // The secret exists (an administrator prepared an export before); the worker must still say no.
    auto pseudonyms = ExportService(*f.admin).prepare({ExportKind::Cases, wholeHistory(), target, {}});
    REQUIRE(pseudonyms.ok());
    ExportOptions identified;
    identified.identified = true;
    struct Refusal {
        Role role;
        ExportKind kind;
        bool identified;
    };
    for (const Refusal& each : {Refusal{Role::IntakeClerk, ExportKind::Cases, false},
                                Refusal{Role::IntakeClerk, ExportKind::Htcds, false},
                                Refusal{Role::StatisticsOfficer, ExportKind::People, true},
                                Refusal{Role::LegalAidOfficer, ExportKind::People, true}}) {
        INFO(roleCode(each.role).toStdString() << " " << exportKindCode(each.kind).toStdString());
        ExportRequest request{each.kind, wholeHistory(), target, {}};
        request.options.identified = each.identified;
        auto staged = writeOnWorker(*f.admin, each.role, request, *pseudonyms);
        REQUIRE_FALSE(staged.ok());
        CHECK(staged.error().code == ErrorCode::PermissionDenied);
        CHECK(exportFiles(f.ws).isEmpty());
    }
    // And prepare, on the session's thread, refuses it before anything runs.
    auto clerk = sessionWithRole(f.database, Role::IntakeClerk);
    auto refused = ExportService(*clerk).prepare({ExportKind::Cases, wholeHistory(), target, {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    // The HTCDS export is never identified, on the worker either.
    ExportRequest htcdsWithNames{ExportKind::Htcds, wholeHistory(), target, identified};
    auto htcds = writeOnWorker(*f.admin, Role::Admin, htcdsWithNames, *pseudonyms);
    REQUIRE_FALSE(htcds.ok());
    CHECK(htcds.error().code == ErrorCode::InvalidArgument);
    CHECK(exportFiles(f.ws).isEmpty());
}

// Hidden (run on demand): the whole case export through the worker path on a large database, timed. Reads
// LEGALAID_EXPORT_BENCH_DB (a COPY: opening migrates), LEGALAID_EXPORT_BENCH_PASSWORD_FILE, user admin, and
// writes next to the database.
TEST_CASE("worker export of every case, timed", "[.export-worker-bench]") {
    const QString database = qEnvironmentVariable("LEGALAID_EXPORT_BENCH_DB");
    QFile passwordFile(qEnvironmentVariable("LEGALAID_EXPORT_BENCH_PASSWORD_FILE"));
    REQUIRE(!database.isEmpty());
    REQUIRE(passwordFile.open(QIODevice::ReadOnly));
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();
    auto opened = Session::open(database, QStringLiteral("admin"), password);
    REQUIRE(opened.ok());
    Session& session = **opened;
    for (const ExportKind kind : {ExportKind::Cases, ExportKind::People, ExportKind::Htcds}) {
        const QString target =
            QFileInfo(database).dir().filePath(QStringLiteral("worker-%1.csv").arg(exportKindCode(kind)));
        ExportRequest request{kind, wholeHistory(), target, {}};
        QElapsedTimer wall;
        wall.start();
        auto pseudonyms = ExportService(session).prepare(request);
        REQUIRE(pseudonyms.ok());
        auto staged = writeOnWorker(session, Role::Admin, request, *pseudonyms);
        REQUIRE(staged.ok());
        const double worker = staged->summary().seconds;
        auto published = ExportService(session).publish(std::move(staged).value());
        REQUIRE(published.ok());
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        WARN(exportKindCode(kind).toStdString()
             << ": " << published->rowsRead << " rows read, " << published->rows << " written; worker "
             << worker << " s, total (prepare, open, write, audit, move) " << seconds << " s = "
             << static_cast<qint64>(static_cast<double>(published->rowsRead) / seconds) << " rows/s");
    }
}

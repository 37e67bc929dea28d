// Backups that restore (issue 8): one encrypted file, checked before it counts; restore with a password or
// the recovery code; the automatic policy with N generations and the "last good backup" age.
#include "records/backup/backup_policy.h"
#include "records/backup/backup_service.h"
#include "records/people/person_service.h"
#include "records/verification.h"
#include "storage/backup_file.h"
#include "storage/migrator.h"
#include "storage/recovery_code.h"
#include "test_database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::test;

namespace {

const QString kVictimName = QStringLiteral("Lò Thị Bích Ngọc Sao Mai");

qint64 addVictim(Session& session, const QString& name) {
    PersonDetails details;
    details.category = PersonCategory::Victim;
    details.fullName = name;
    auto saved = PersonService(session).create(details);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    return saved->id;
}

qint64 peopleNamed(Session& session, const QString& name) {
    QSqlQuery query(session.db());
    query.prepare(QStringLiteral("SELECT count(*) FROM people WHERE full_name = ?"));
    query.addBindValue(name);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("A backup is one encrypted file that restores with a password or the recovery code", "[backup]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    QDir(ws.dir()).mkdir(QStringLiteral("usb"));
    const QString backupPath = ws.path(QStringLiteral("usb/centre.labak"));
    {
        auto session = openAsAdmin(created.files.database);
        addVictim(*session, kVictimName);
        auto written = BackupService(*session).backupTo(backupPath);
        INFO((written ? QString() : written.error().message).toStdString());
        REQUIRE(written.ok());
        CHECK(written->bytes == QFileInfo(backupPath).size());
        CHECK(filesIn(ws.path(QStringLiteral("usb"))) == QStringList{QStringLiteral("centre.labak")});
        auto last = BackupService(*session).lastGoodBackup();
        REQUIRE(last.ok());
        REQUIRE(last->has_value());
        CHECK(**last == written->createdAt);
        CHECK_FALSE(*BackupService(*session).isOverdue(1));
        CHECK(*BackupService(*session).isOverdue(1, written->createdAt.addDays(2)));
    }
    const QByteArray bytes = readAll(backupPath);
    CHECK_FALSE(bytes.contains(kVictimName.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("Sao Mai")));
    CHECK_FALSE(bytes.contains(kCentreName.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("SQLite format 3")));

    SECTION("with the administrator's password") {
        auto restored = restoreBackup({backupPath,
                                       ws.path(QStringLiteral("restored/centre.db")),
                                       false,
                                       QStringLiteral("admin"),
                                       kAdminPassword,
                                       {}});
        CHECK_FALSE(restored.ok()); // the folder does not exist
        QDir(ws.dir()).mkdir(QStringLiteral("restored"));
        restored = restoreBackup({backupPath,
                                  ws.path(QStringLiteral("restored/centre.db")),
                                  false,
                                  QStringLiteral("admin"),
                                  kAdminPassword,
                                  {}});
        INFO((restored ? QString() : restored.error().message).toStdString());
        REQUIRE(restored.ok());
        CHECK(restored->keptAside.isEmpty());
        auto session = openAsAdmin(ws.path(QStringLiteral("restored/centre.db")));
        CHECK(peopleNamed(*session, kVictimName) == 1);
        auto report = verifyDatabase(*session);
        REQUIRE(report.ok());
        CHECK(report->ok());
        auto entries = AuditLog(session->db()).latest(5);
        REQUIRE(entries.ok());
        CHECK(std::any_of(entries->begin(), entries->end(), [](const AuditEntry& e) {
            return e.action == QStringLiteral("database.restore");
        }));
    }
    SECTION("with the recovery code, replacing the database and keeping the old one aside") {
        {
            auto session = openAsAdmin(created.files.database);
            addVictim(*session, QStringLiteral("Người thêm sau bản sao"));
        }
        const QByteArray before = readAll(created.files.database);
        auto refused =
            restoreBackup({backupPath, created.files.database, false, {}, {}, created.recoveryCode});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::DatabaseExists);
        CHECK(readAll(created.files.database) == before);

        auto restored =
            restoreBackup({backupPath, created.files.database, true, {}, {}, created.recoveryCode});
        INFO((restored ? QString() : restored.error().message).toStdString());
        REQUIRE(restored.ok());
        REQUIRE_FALSE(restored->keptAside.isEmpty());
        CHECK(QFile::exists(restored->keptAside));
        CHECK(QFile::exists(restored->keptAside + QStringLiteral(".keyring")));
        {
            auto session = openAsAdmin(created.files.database);
            CHECK(peopleNamed(*session, kVictimName) == 1);
            CHECK(peopleNamed(*session, QStringLiteral("Người thêm sau bản sao")) == 0);
        }
        // The set kept aside still opens, with the later record in it.
        auto aside = openAsAdmin(restored->keptAside);
        CHECK(peopleNamed(*aside, QStringLiteral("Người thêm sau bản sao")) == 1);
    }
    SECTION("a wrong password or a foreign recovery code restores nothing") {
        TempWorkspace other;
        const auto foreign = createTestDatabase(other);
        const QString target = ws.path(QStringLiteral("elsewhere.db"));
        auto wrong = restoreBackup(
            {backupPath, target, false, QStringLiteral("admin"), QStringLiteral("not the password 1"), {}});
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == ErrorCode::WrongPassword);
        auto code = restoreBackup({backupPath, target, false, {}, {}, foreign.recoveryCode});
        REQUIRE_FALSE(code.ok());
        CHECK(code.error().code == ErrorCode::RecoveryCodeWrong);
        CHECK_FALSE(QFile::exists(target));
        CHECK(filesIn(ws.dir()).filter(QStringLiteral("elsewhere")).isEmpty());
    }
}

TEST_CASE("Damaged, truncated and foreign backup files are refused as invalid, never crash",
          "[backup][damage]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString backupPath = ws.path(QStringLiteral("centre.labak"));
    {
        auto session = openAsAdmin(created.files.database);
        REQUIRE(BackupService(*session).backupTo(backupPath).ok());
    }
    const QByteArray good = readAll(backupPath);
    std::vector<std::pair<const char*, QByteArray>> cases;
    for (const qsizetype at : {qsizetype(3), qsizetype(40), good.size() / 2, good.size() - 5}) {
        QByteArray flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x20);
        cases.emplace_back("a flipped byte", flipped);
    }
    cases.emplace_back("truncated by half", good.left(good.size() / 2));
    cases.emplace_back("truncated by one byte", good.left(good.size() - 1));
    cases.emplace_back("empty", QByteArray());
    cases.emplace_back("a database, not a backup", readAll(created.files.database));
    cases.emplace_back("the keyring, not a backup", readAll(created.files.keyring));
    for (const auto& [what, bytes] : cases) {
        INFO(what);
        const QString path = ws.writeFile(QStringLiteral("bad.labak"), bytes);
        auto inspected = inspectBackup(path);
        REQUIRE_FALSE(inspected.ok());
        CHECK(inspected.error().code == ErrorCode::BackupInvalid);
        auto restored =
            restoreBackup({path, ws.path(QStringLiteral("new.db")), false, {}, {}, created.recoveryCode});
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().code == ErrorCode::BackupInvalid);
        CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("new.db"))));
    }
    // A well-formed container whose parts come from two different databases.
    TempWorkspace other;
    const auto foreign = createTestDatabase(other);
    auto contents = storage::decodeBackup(good, backupPath);
    REQUIRE(contents.ok());
    contents->keyring = readAll(foreign.files.keyring);
    const QString mixed = ws.writeFile(QStringLiteral("mixed.labak"), storage::encodeBackup(*contents));
    auto restored =
        restoreBackup({mixed, ws.path(QStringLiteral("new.db")), false, {}, {}, created.recoveryCode});
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().code == ErrorCode::BackupInvalid);
    CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("new.db"))));
}

TEST_CASE("Only roles allowed to back up can, and a backup never overwrites the database", "[backup]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto clerk = sessionWithRole(created.files.database, Role::IntakeClerk);
    auto refused = BackupService(*clerk).backupTo(ws.path(QStringLiteral("clerk.labak")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("clerk.labak"))));
    auto admin = openAsAdmin(created.files.database);
    auto over = BackupService(*admin).backupTo(created.files.database);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Automatic backups: daily at first unlock, N generations, overdue warning", "[backup][policy]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString folder = ws.path(QStringLiteral("usb"));
    QDir(ws.dir()).mkdir(QStringLiteral("usb"));
    ws.writeFile(QStringLiteral("usb/notes.txt"), "not a backup");
    auto session = openAsAdmin(created.files.database);
    AutomaticBackups backups(*session);

    auto initial = backups.overview();
    REQUIRE(initial.ok());
    CHECK(initial->overdue);
    CHECK_FALSE(initial->lastGood.has_value());
    auto nothing = backups.runIfDue();
    REQUIRE(nothing.ok());
    CHECK_FALSE(nothing->has_value()); // no folder set: off

    CHECK(backups.setPolicy({QStringLiteral("relative/path"), 3, true, true, 7}).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(backups.setPolicy({folder, 0, true, true, 7}).error().code == ErrorCode::InvalidArgument);
    REQUIRE(backups.setPolicy({folder, 3, true, true, 7}).ok());
    CHECK(*backups.policy() == BackupPolicy{folder, 3, true, true, 7});

    auto clerk = sessionWithRole(created.files.database, Role::IntakeClerk);
    CHECK(AutomaticBackups(*clerk).setPolicy({folder, 9, true, true, 7}).error().code ==
          ErrorCode::PermissionDenied);

    const QDateTime day = QDateTime::currentDateTime();
    auto first = backups.runIfDue(day);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    auto again = backups.runIfDue(day);
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value()); // once a day
    for (int i = 1; i <= 4; ++i) {
        auto next = backups.runIfDue(day.addDays(i));
        REQUIRE(next.ok());
        CHECK(next->has_value());
    }
    const QStringList kept = generationsIn(folder, created.files.database);
    CHECK(kept.size() == 3);
    CHECK(QFile::exists(ws.path(QStringLiteral("usb/notes.txt"))));
    auto now = backups.runNow();
    REQUIRE(now.ok());
    CHECK(generationsIn(folder, created.files.database).size() == 3);
    CHECK_FALSE(generationsIn(folder, created.files.database).contains(kept.first()));
    auto overview = backups.overview();
    REQUIRE(overview.ok());
    CHECK_FALSE(overview->overdue);
    CHECK(*overview->lastGood == now->createdAt);
    CHECK(backups.overview(now->createdAt.addDays(8)).value().overdue);
    // The newest generation restores.
    auto restored = restoreBackup({generationsIn(folder, created.files.database).last(),
                                   ws.path(QStringLiteral("from-usb.db")),
                                   false,
                                   QStringLiteral("admin"),
                                   kAdminPassword,
                                   {}});
    INFO((restored ? QString() : restored.error().message).toStdString());
    CHECK(restored.ok());
}

TEST_CASE("An upgrade of the schema first takes a full backup into the policy folder", "[backup][policy]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString folder = ws.path(QStringLiteral("usb"));
    QDir(ws.dir()).mkdir(QStringLiteral("usb"));
    {
        auto session = openAsAdmin(created.files.database);
        REQUIRE(AutomaticBackups(*session).setPolicy({folder, 2, false, true, 7}).ok());
        addVictim(*session, kVictimName);
    }
    auto key = storage::RecoveryCode::decode(created.recoveryCode);
    REQUIRE(key.ok());
    auto database = storage::EncryptedDatabase::open(created.files.database, *key,
                                                     storage::EncryptedDatabase::OpenMode::OpenExisting);
    REQUIRE(database.ok());
    auto migrations = storage::Migrator::builtin();
    const int next = storage::Migrator(migrations).latestVersion() + 1;
    migrations.push_back(
        {next, QStringLiteral("test_upgrade"), QStringLiteral("CREATE TABLE test_upgrade (x);")});
    REQUIRE(storage::Migrator(migrations).migrate(**database, backupBeforeMigration(**database, *key)).ok());
    const QStringList taken = generationsIn(folder, created.files.database);
    REQUIRE(taken.size() == 1);
    auto header = inspectBackup(taken.first());
    REQUIRE(header.ok());
    CHECK(header->schemaVersion == next - 1);
    CHECK_FALSE(readAll(taken.first()).contains(kVictimName.toUtf8()));
    database->reset();

    // The path sign-in, recovery and set-up take (openAndMigrate) uses the same hook; opening again without
    // an upgrade takes no backup.
    migrations.push_back(
        {next + 1, QStringLiteral("test_upgrade_2"), QStringLiteral("CREATE TABLE test_upgrade_2 (x);")});
    REQUIRE(openAndMigrate(created.files.database, *key, migrations).ok());
    CHECK(generationsIn(folder, created.files.database).size() == 2);
    REQUIRE(openAndMigrate(created.files.database, *key, migrations).ok());
    CHECK(generationsIn(folder, created.files.database).size() == 2);
}

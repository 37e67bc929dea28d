#include "storage/encrypted_database.h"
#include "storage/migrator.h"
#include "test_database.h"

#include <QDir>
#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::storage;
using namespace legalaid::test;

namespace {

std::unique_ptr<EncryptedDatabase>
openWithKey(const QString& path, const SecureBytes& key,
            EncryptedDatabase::OpenMode mode = EncryptedDatabase::OpenMode::OpenExisting) {
    auto opened = EncryptedDatabase::open(path, key, mode);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

bool tableExists(EncryptedDatabase& db, const QString& name) {
    return db.connection().tables().contains(name);
}

} // namespace

TEST_CASE("The built-in migrations bring an empty file to the newest version", "[migrations]") {
    TempWorkspace ws;
    const SecureBytes key = SecureBytes::random(32);
    auto db = openWithKey(ws.path(QStringLiteral("m.db")), key, EncryptedDatabase::OpenMode::CreateNew);
    const Migrator migrator(Migrator::builtin());
    REQUIRE(migrator.latestVersion() >= 1);
    REQUIRE(migrator.migrate(*db, {}).ok());
    CHECK(*db->schemaVersion() == migrator.latestVersion());
    for (const char* table : {"settings", "users", "audit_log"})
        CHECK(tableExists(*db, QLatin1String(table)));
    // Running again is a no-op.
    REQUIRE(migrator.migrate(*db, {}).ok());
    CHECK(*db->schemaVersion() == migrator.latestVersion());
}

TEST_CASE("A later migration is backed up first and applied in one transaction", "[migrations]") {
    TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("m.db"));
    const SecureBytes key = SecureBytes::random(32);
    std::vector<Migration> migrations = Migrator::builtin();
    const int base = Migrator(migrations).latestVersion();
    {
        auto db = openWithKey(path, key, EncryptedDatabase::OpenMode::CreateNew);
        REQUIRE(Migrator(migrations).migrate(*db, {}).ok());
    }
    migrations.push_back({base + 1, QStringLiteral("add_notes"),
                          QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                                         "INSERT INTO notes (body) VALUES ('ghi chú đầu tiên');")});
    auto db = openWithKey(path, key);
    REQUIRE(Migrator(migrations).migrate(*db, backupBesideDatabase(*db)).ok());
    CHECK(*db->schemaVersion() == base + 1);
    CHECK(tableExists(*db, QStringLiteral("notes")));

    const QStringList backups = QDir(ws.path(QStringLiteral("backups"))).entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("v%1-before-v%2").arg(base).arg(base + 1)));
    // The backup is the encrypted file at the old version: it opens with the same key.
    auto backup = openWithKey(ws.path(QStringLiteral("backups/") + backups.first()), key);
    CHECK(*backup->schemaVersion() == base);
    CHECK_FALSE(tableExists(*backup, QStringLiteral("notes")));
}

TEST_CASE("A failing migration rolls back and leaves the file usable at the previous version",
          "[migrations]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto key = openAsAdmin(created.files.database);
    const SecureBytes keyCopy = SecureBytes::copyOf(key->databaseKey().data(), key->databaseKey().size());
    key.reset();

    std::vector<Migration> migrations = Migrator::builtin();
    const int base = Migrator(migrations).latestVersion();
    // The first statement succeeds, the second fails: neither may remain.
    migrations.push_back({base + 1, QStringLiteral("broken"),
                          QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
                                         "INSERT INTO table_that_does_not_exist VALUES (1);")});
    {
        auto db = openWithKey(created.files.database, keyCopy);
        const auto result = Migrator(migrations).migrate(*db, backupBesideDatabase(*db));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::MigrationFailed);
        CHECK(result.error().message.contains(QStringLiteral("version %1").arg(base)));
        CHECK(result.error().message.contains(QStringLiteral("table_that_does_not_exist")));
        CHECK(*db->schemaVersion() == base);
        CHECK_FALSE(tableExists(*db, QStringLiteral("half_done")));
    }
    // Still usable: the administrator signs in as before.
    auto session = openAsAdmin(created.files.database);
    CHECK(session->centre().code == QStringLiteral("TT"));
}

TEST_CASE("A database newer than the application is refused, not downgraded", "[migrations]") {
    TempWorkspace ws;
    const SecureBytes key = SecureBytes::random(32);
    auto db = openWithKey(ws.path(QStringLiteral("m.db")), key, EncryptedDatabase::OpenMode::CreateNew);
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    const auto result = Migrator(Migrator::builtin()).migrate(*db, {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::SchemaTooNew);
    CHECK(*db->schemaVersion() == 999);
}

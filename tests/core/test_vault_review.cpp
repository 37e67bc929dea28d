// Regression tests for defects found in review: each failed before its fix.
#include "records/account_service.h"
#include "records/audit_log.h"
#include "storage/keyring.h"
#include "storage/pending_audit_journal.h"
#include "storage/recovery_code.h"
#include "test_database.h"

#include <QFile>
#include <QJsonObject>
#include <thread>

using namespace legalaid;
using namespace legalaid::test;

TEST_CASE("Two administrators adding users at once both keep their keyring slot", "[vault][review]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    {
        auto admin = openAsAdmin(path);
        REQUIRE(AccountService(*admin)
                    .addUser({QStringLiteral("second.admin"), QStringLiteral("Quản trị 2"), Role::Admin,
                              kUserPassword})
                    .ok());
    }
    for (int round = 0; round < 3; ++round) {
        const QString first = QStringLiteral("user.a%1").arg(round);
        const QString second = QStringLiteral("user.b%1").arg(round);
        Status firstResult, secondResult;
        // Each thread has its own session: a session belongs to the thread that opened it.
        std::thread a([&] {
            auto session = Session::open(path, QStringLiteral("admin"), kAdminPassword);
            if (session)
                firstResult = AccountService(**session).addUser(
                    {first, QStringLiteral("A"), Role::IntakeClerk, kUserPassword});
        });
        std::thread b([&] {
            auto session = Session::open(path, QStringLiteral("second.admin"), kUserPassword);
            if (session)
                secondResult = AccountService(**session).addUser(
                    {second, QStringLiteral("B"), Role::IntakeClerk, kUserPassword});
        });
        a.join();
        b.join();
        REQUIRE(firstResult.ok());
        REQUIRE(secondResult.ok());
        auto keyring = storage::Keyring::load(path + QStringLiteral(".keyring"));
        REQUIRE(keyring.ok());
        CHECK(keyring->hasSlot(first));
        CHECK(keyring->hasSlot(second));
        CHECK(Session::open(path, first, kUserPassword).ok());
        CHECK(Session::open(path, second, kUserPassword).ok());
    }
}

TEST_CASE("A journal entry forged with the public audit key cannot pose as anything but a failed login",
          "[vault][review][audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto keyring = storage::Keyring::load(created.files.keyring);
    REQUIRE(keyring.ok());
    const storage::PendingAuditJournal journal(created.files.pendingAudit);
    // Anybody who can write to the folder can seal entries: the public key is in the keyring.
    journal.append(keyring->auditPublicKey(),
                   QJsonObject{{QStringLiteral("action"), QStringLiteral("person.view")},
                               {QStringLiteral("user"), QStringLiteral("director")},
                               {QStringLiteral("reason"), QStringLiteral("E_WRONG_PASSWORD")},
                               {QStringLiteral("at"), QStringLiteral("2026-01-05T08:00:00.000Z")}});
    journal.append(keyring->auditPublicKey(),
                   QJsonObject{{QStringLiteral("action"), QStringLiteral("login.failed")},
                               {QStringLiteral("user"), QStringLiteral("admin")},
                               {QStringLiteral("reason"), QStringLiteral("anything at all")},
                               {QStringLiteral("at"), QStringLiteral("2026-01-05T08:00:00.000Z")}});
    journal.append(keyring->auditPublicKey(),
                   QJsonObject{{QStringLiteral("action"), QStringLiteral("login.failed")},
                               {QStringLiteral("user"), QStringLiteral("admin")},
                               {QStringLiteral("reason"), QStringLiteral("E_WRONG_PASSWORD")},
                               {QStringLiteral("at"), QStringLiteral("2026-01-05T08:00:00.000Z")}});
    auto session = openAsAdmin(created.files.database);
    auto entries = AuditLog(session->db()).latest(20);
    REQUIRE(entries.ok());
    int failedLogins = 0;
    for (const AuditEntry& entry : *entries) {
        CHECK(entry.action != QStringLiteral("person.view"));
        if (entry.action == QStringLiteral("login.failed")) {
            ++failedLogins;
            CHECK(entry.details == QStringLiteral("E_WRONG_PASSWORD (journal)"));
        }
        if (entry.action == QStringLiteral("login.failed.unreadable"))
            CHECK(entry.details == QStringLiteral("2"));
    }
    CHECK(failedLogins == 1);
}

TEST_CASE("An empty file at the database path is refused, not turned into a new database",
          "[vault][review]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    REQUIRE(QFile::resize(created.files.database, 0));
    const auto result = Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotADatabase);
    CHECK(QFileInfo(created.files.database).size() == 0);
    CHECK_FALSE(QFileInfo::exists(ws.path(QStringLiteral("backups"))));
}

TEST_CASE("The recovery code during an interrupted rekey keeps every user's slot", "[vault][review]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    {
        auto admin = openAsAdmin(created.files.database);
        REQUIRE(AccountService(*admin)
                    .addUser({QStringLiteral("thu.ky"), QStringLiteral("Thư ký"), Role::IntakeClerk,
                              kUserPassword})
                    .ok());
    }
    auto oldKey = storage::RecoveryCode::decode(created.recoveryCode);
    REQUIRE(oldKey.ok());
    auto keyring = storage::Keyring::load(created.files.keyring);
    REQUIRE(keyring.ok());
    keyring->beginRekey(*oldKey, storage::SecureBytes::random(32)); // step 1 only; the file keeps the old key
    REQUIRE(keyring->save(created.files.keyring).ok());

    REQUIRE(recoverWithCode(created.files.database, created.recoveryCode, QStringLiteral("admin"),
                            QStringLiteral("một mật khẩu mới hoàn toàn"))
                .ok());
    CHECK(Session::open(created.files.database, QStringLiteral("thu.ky"), kUserPassword).ok());
    CHECK(QDir(ws.dir()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).isEmpty());
}

TEST_CASE("rekey moves failed logins into the audit log before the audit key changes",
          "[vault][review][audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto admin = openAsAdmin(created.files.database);
    REQUIRE_FALSE(
        Session::open(created.files.database, QStringLiteral("admin"), QStringLiteral("wrong guess 99"))
            .ok());
    REQUIRE(QFile::exists(created.files.pendingAudit));
    auto rekeyed = AccountService(*admin).rekey();
    REQUIRE(rekeyed.ok());
    CHECK_FALSE(QFile::exists(created.files.pendingAudit));
    auto entries = AuditLog(admin->db()).latest(10);
    REQUIRE(entries.ok());
    CHECK(std::any_of(entries->begin(), entries->end(),
                      [](const AuditEntry& e) { return e.action == QStringLiteral("login.failed"); }));
}

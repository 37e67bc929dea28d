#include "records/account_service.h"
#include "records/session.h"
#include "records/verification.h"
#include "storage/keyring.h"
#include "storage/recovery_code.h"
#include "test_database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <sodium.h>

using namespace legalaid;
using namespace legalaid::test;

namespace {

const QString kClerkPassword = QStringLiteral("mật khẩu của thư ký 2026");

void addClerk(Session& admin) {
    const auto added = AccountService(admin).addUser(
        {QStringLiteral("thu.ky"), QStringLiteral("Trần Thị Thư"), Role::IntakeClerk, kClerkPassword});
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
}

} // namespace

TEST_CASE("A new database opens with the administrator's password and knows its centre", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    CHECK(QFile::exists(created.files.database));
    CHECK(QFile::exists(created.files.keyring));
    CHECK(created.recoveryCode.count(QLatin1Char('-')) == storage::RecoveryCode::kGroups - 1);

    auto session = openAsAdmin(created.files.database);
    CHECK(session->user().name == QStringLiteral("admin"));
    CHECK(session->user().role == Role::Admin);
    CHECK(session->user().fullName == QStringLiteral("Nguyễn Văn Quản"));
    CHECK(session->centre().name == kCentreName);
    CHECK(session->centre().code == QStringLiteral("TT"));
    CHECK(session->databaseKey().size() == 32);
}

TEST_CASE("init refuses to overwrite an existing database or keyring and leaves them untouched", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const auto before = FileSnapshot::of(created.files);

    SetupRequest again;
    again.databasePath = created.files.database;
    again.centre = {QStringLiteral("Other"), QStringLiteral("OT"), {}, {}};
    again.adminName = QStringLiteral("admin2");
    again.adminPassword = kAdminPassword;
    again.kdf = storage::KdfProfile::Interactive;
    const auto result = createDatabase(again);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::DatabaseExists);
    CHECK(FileSnapshot::of(created.files) == before);

    // A keyring alone (database deleted) also blocks init: it could be the only way into a backup.
    ws.writeFile(QStringLiteral("orphan.db.keyring"), QByteArrayLiteral("{}"));
    again.databasePath = ws.path(QStringLiteral("orphan.db"));
    const auto orphan = createDatabase(again);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().code == ErrorCode::DatabaseExists);
    CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("orphan.db"))));
}

TEST_CASE("Users are added, listed, change password and are removed through the keyring", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    {
        auto admin = openAsAdmin(created.files.database);
        addClerk(*admin);
        auto users = AccountService(*admin).listUsers();
        REQUIRE(users.ok());
        REQUIRE(users->size() == 2);
    }
    auto clerk = Session::open(created.files.database, QStringLiteral("thu.ky"), kClerkPassword);
    REQUIRE(clerk.ok());
    CHECK((*clerk)->user().role == Role::IntakeClerk);

    SECTION("a clerk may change their own password but not manage users") {
        const QString newPassword = QStringLiteral("một mật khẩu mới hơn 77");
        REQUIRE(AccountService(**clerk).changePassword(QStringLiteral("thu.ky"), newPassword).ok());
        const auto denied = AccountService(**clerk).addUser(
            {QStringLiteral("khac"), QStringLiteral("Khác"), Role::Admin, kAdminPassword});
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
        const auto other = AccountService(**clerk).changePassword(QStringLiteral("admin"), newPassword);
        CHECK(other.error().code == ErrorCode::PermissionDenied);
        clerk->reset();
        CHECK(Session::open(created.files.database, QStringLiteral("thu.ky"), kClerkPassword).error().code ==
              ErrorCode::WrongPassword);
        CHECK(Session::open(created.files.database, QStringLiteral("thu.ky"), newPassword).ok());
    }
    SECTION("a removed user can no longer sign in and the last admin cannot be removed") {
        clerk->reset();
        auto admin = openAsAdmin(created.files.database);
        REQUIRE(AccountService(*admin).removeUser(QStringLiteral("thu.ky")).ok());
        const auto gone = Session::open(created.files.database, QStringLiteral("thu.ky"), kClerkPassword);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().code == ErrorCode::UnknownUser);
        const auto last = AccountService(*admin).removeUser(QStringLiteral("admin"));
        REQUIRE_FALSE(last.ok());
        CHECK(last.error().code == ErrorCode::LastAdmin);
        const auto duplicate = AccountService(*admin).addUser(
            {QStringLiteral("thu.ky"), QStringLiteral("Again"), Role::IntakeClerk, kClerkPassword});
        CHECK(duplicate.error().code == ErrorCode::UserExists);
    }
}

TEST_CASE("The recovery code sets a new password, also when the keyring is lost", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString newPassword = QStringLiteral("quên mật khẩu rồi 2026");

    SECTION("with the keyring in place") {
        REQUIRE(recoverWithCode(created.files.database, created.recoveryCode, QStringLiteral("admin"),
                                newPassword)
                    .ok());
        CHECK(Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword).error().code ==
              ErrorCode::WrongPassword);
    }
    SECTION("with the keyring deleted") {
        REQUIRE(QFile::remove(created.files.keyring));
        CHECK(Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword).error().code ==
              ErrorCode::KeyringMissing);
        REQUIRE(recoverWithCode(created.files.database, created.recoveryCode, QStringLiteral("admin"),
                                newPassword)
                    .ok());
    }
    SECTION("with the keyring damaged, which is kept aside") {
        QFile keyring(created.files.keyring);
        REQUIRE(keyring.resize(keyring.size() / 2));
        REQUIRE(recoverWithCode(created.files.database, created.recoveryCode, QStringLiteral("admin"),
                                newPassword)
                    .ok());
        CHECK(QDir(ws.dir()).entryList({QStringLiteral("*.keyring.damaged-*")}, QDir::Files).size() == 1);
    }
    auto session = Session::open(created.files.database, QStringLiteral("admin"), newPassword);
    REQUIRE(session.ok());
    auto report = verifyDatabase(**session);
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("A mistyped or foreign recovery code is refused and changes nothing", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const auto other = createTestDatabase(ws, QStringLiteral("other.db"));
    const auto before = FileSnapshot::of(created.files);

    QString typo = created.recoveryCode;
    typo[7] = typo[7] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const auto mistyped =
        recoverWithCode(created.files.database, typo, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(mistyped.ok());
    CHECK(mistyped.error().code == ErrorCode::RecoveryCodeTypo);
    CHECK(mistyped.error().message.contains(QStringLiteral("Group 2")));

    const auto foreign = recoverWithCode(created.files.database, other.recoveryCode, QStringLiteral("admin"),
                                         QStringLiteral("another good password 1"));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == ErrorCode::RecoveryCodeWrong);
    CHECK(FileSnapshot::of(created.files) == before);
}

TEST_CASE("rekey changes the key, keeps every user's password and retires the old recovery code", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    QString newCode;
    {
        auto admin = openAsAdmin(created.files.database);
        addClerk(*admin);
        auto rekeyed = AccountService(*admin).rekey();
        REQUIRE(rekeyed.ok());
        CHECK(rekeyed->warning.isEmpty());
        newCode = rekeyed->recoveryCode;
        CHECK(newCode != created.recoveryCode);
    }
    CHECK(Session::open(created.files.database, QStringLiteral("thu.ky"), kClerkPassword).ok());
    auto admin = openAsAdmin(created.files.database);
    admin.reset();
    CHECK(rawKeyFromRecoveryCode(created.files.database, created.recoveryCode).error().code ==
          ErrorCode::RecoveryCodeWrong);
    CHECK(rawKeyFromRecoveryCode(created.files.database, newCode).ok());
    auto keyring = storage::Keyring::load(created.files.keyring);
    REQUIRE(keyring.ok());
    CHECK_FALSE(keyring->rekeyPending());
}

TEST_CASE("An interrupted rekey still opens with whichever key the file has", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto oldKey = storage::RecoveryCode::decode(created.recoveryCode);
    REQUIRE(oldKey.ok());
    const auto newKey = storage::SecureBytes::random(32);

    // Step 1 of rekey happened (keyring holds both keys) but the file was never re-encrypted.
    auto keyring = storage::Keyring::load(created.files.keyring);
    REQUIRE(keyring.ok());
    keyring->beginRekey(*oldKey, newKey);
    REQUIRE(keyring->save(created.files.keyring).ok());

    auto session = openAsAdmin(created.files.database);
    CHECK(session->databaseKey().equals(*oldKey));
    session.reset();
    auto repaired = storage::Keyring::load(created.files.keyring);
    REQUIRE(repaired.ok());
    CHECK_FALSE(repaired->rekeyPending());
}

TEST_CASE("Bad unlock attempts get a clear error and leave every file byte-identical", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const auto before = FileSnapshot::of(created.files);

    SECTION("wrong password") {
        const auto result = Session::open(created.files.database, QStringLiteral("admin"),
                                          QStringLiteral("not the password at all"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::WrongPassword);
        CHECK(result.error().message.contains(QStringLiteral("admin")));
    }
    SECTION("unknown user") {
        const auto result = Session::open(created.files.database, QStringLiteral("nobody"), kAdminPassword);
        CHECK(result.error().code == ErrorCode::UnknownUser);
    }
    SECTION("empty password") {
        CHECK(Session::open(created.files.database, QStringLiteral("admin"), QString()).error().code ==
              ErrorCode::EmptyPassword);
    }
    SECTION("missing database") {
        CHECK(Session::open(ws.path(QStringLiteral("absent.db")), QStringLiteral("admin"), kAdminPassword)
                  .error()
                  .code == ErrorCode::DatabaseMissing);
        CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("absent.db"))));
    }
    CHECK(FileSnapshot::of(created.files) == before);
}

TEST_CASE("A missing, truncated or edited keyring is reported as such, never repaired silently", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    QByteArray keyringBytes = readAll(created.files.keyring);

    SECTION("missing") {
        REQUIRE(QFile::remove(created.files.keyring));
        CHECK(Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword).error().code ==
              ErrorCode::KeyringMissing);
        CHECK_FALSE(QFile::exists(created.files.keyring));
        return;
    }
    SECTION("truncated") {
        keyringBytes.truncate(keyringBytes.size() - 40);
    }
    SECTION("a character edited") {
        const qsizetype at = keyringBytes.indexOf("wrapped_secret_key") + 30;
        keyringBytes[at] = keyringBytes[at] == 'A' ? 'B' : 'A';
    }
    SECTION("a slot renamed with the checksum recomputed, as a deliberate edit would") {
        QJsonObject root = QJsonDocument::fromJson(keyringBytes).object();
        root.remove(QStringLiteral("checksum"));
        QString text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
        text.replace(QStringLiteral("\"user\":\"admin\""), QStringLiteral("\"user\":\"mallory\""));
        root = QJsonDocument::fromJson(text.toUtf8()).object();
        QByteArray hash(32, '\0');
        const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), 32,
                           reinterpret_cast<const unsigned char*>(body.constData()),
                           static_cast<unsigned long long>(body.size()), nullptr, 0);
        root.insert(QStringLiteral("checksum"), QString::fromLatin1(hash.toHex()));
        keyringBytes = QJsonDocument(root).toJson();
        // The renamed slot's metadata no longer authenticates: it cannot be opened as "mallory".
        ws.writeFile(QStringLiteral("centre.db.keyring"), keyringBytes);
        const auto renamed = Session::open(created.files.database, QStringLiteral("mallory"), kAdminPassword);
        REQUIRE_FALSE(renamed.ok());
        CHECK(renamed.error().code == ErrorCode::WrongPassword);
        CHECK(readAll(created.files.keyring) == keyringBytes);
        return;
    }
    ws.writeFile(QStringLiteral("centre.db.keyring"), keyringBytes);
    const auto result = Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::KeyringDamaged);
    CHECK(result.error().message.contains(QStringLiteral("recovery code")));
    CHECK(readAll(created.files.keyring) == keyringBytes);
}

TEST_CASE("A file that is not ours is refused without being changed", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QByteArray keyring = readAll(created.files.keyring);

    SECTION("plain text") {
        ws.writeFile(QStringLiteral("centre.db"), QByteArrayLiteral("Đây không phải là cơ sở dữ liệu.\n"));
    }
    SECTION("an unencrypted SQLite database") {
        QByteArray plain(4096, '\0');
        plain.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        ws.writeFile(QStringLiteral("centre.db"), plain);
    }
    SECTION("another encrypted database (the keyring belongs to a different file)") {
        const auto other = createTestDatabase(ws, QStringLiteral("other.db"));
        QFile::remove(created.files.database);
        REQUIRE(QFile::copy(other.files.database, created.files.database));
    }
    const QByteArray database = readAll(created.files.database);
    const auto result = Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotADatabase);
    CHECK(readAll(created.files.database) == database);
    CHECK(readAll(created.files.keyring) == keyring);
}

TEST_CASE("A read-only folder is refused with a clear error", "[vault]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const auto before = FileSnapshot::of(created.files);
    QFile folder(ws.dir());
    const auto permissions = folder.permissions();
    REQUIRE(folder.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ExeGroup));

    const auto unlock = Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword);
    SetupRequest request;
    request.databasePath = ws.path(QStringLiteral("new.db"));
    request.centre = {kCentreName, QStringLiteral("TT"), {}, {}};
    request.adminName = QStringLiteral("admin");
    request.adminPassword = kAdminPassword;
    request.kdf = storage::KdfProfile::Interactive;
    const auto init = createDatabase(request);
    REQUIRE(folder.setPermissions(permissions));

    REQUIRE_FALSE(unlock.ok());
    CHECK(unlock.error().code == ErrorCode::ReadOnlyLocation);
    REQUIRE_FALSE(init.ok());
    CHECK(init.error().code == ErrorCode::ReadOnlyLocation);
    CHECK_FALSE(QFile::exists(request.databasePath));
    CHECK(FileSnapshot::of(created.files) == before);
}

TEST_CASE("Failed logins are sealed while locked and enter the audit log at the next login",
          "[vault][audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    REQUIRE_FALSE(
        Session::open(created.files.database, QStringLiteral("admin"), QStringLiteral("wrong guess 1234"))
            .ok());
    REQUIRE(QFile::exists(created.files.pendingAudit));
    CHECK_FALSE(readAll(created.files.pendingAudit).contains("admin"));

    auto session = openAsAdmin(created.files.database);
    CHECK_FALSE(QFile::exists(created.files.pendingAudit));
    auto entries = AuditLog(session->db()).latest(10);
    REQUIRE(entries.ok());
    const auto failed = std::find_if(entries->begin(), entries->end(), [](const AuditEntry& e) {
        return e.action == QStringLiteral("login.failed");
    });
    REQUIRE(failed != entries->end());
    CHECK(failed->actor == QStringLiteral("admin"));
    CHECK(failed->details == QStringLiteral("E_WRONG_PASSWORD (journal)"));
}

TEST_CASE("An administrator changes a user's role; the last administrator keeps theirs", "[vault][roles]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    {
        auto admin = openAsAdmin(created.files.database);
        addClerk(*admin);
        REQUIRE(AccountService(*admin).changeRole(QStringLiteral("thu.ky"), Role::StatisticsOfficer).ok());
        const auto last = AccountService(*admin).changeRole(admin->user().name, Role::Director);
        REQUIRE_FALSE(last.ok());
        CHECK(last.error().code == ErrorCode::LastAdmin);
        CHECK(AccountService(*admin).changeRole(QStringLiteral("nobody"), Role::Auditor).error().code ==
              ErrorCode::UnknownUser);
    }
    // The new role holds from the next sign-in, and only an administrator may change roles.
    auto clerk = Session::open(created.files.database, QStringLiteral("thu.ky"), kClerkPassword);
    REQUIRE(clerk.ok());
    CHECK((*clerk)->user().role == Role::StatisticsOfficer);
    const auto denied = AccountService(**clerk).changeRole(QStringLiteral("thu.ky"), Role::Admin);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    clerk->reset();
    auto admin = openAsAdmin(created.files.database);
    QSqlQuery audit(admin->db());
    REQUIRE(audit.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'user.role'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("intake_clerk -> statistics_officer"));
}

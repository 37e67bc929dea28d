#include "records/account_service.h"
#include "storage/encrypted_database.h"
#include "test_database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace legalaid;
using namespace legalaid::test;

namespace {

// Written through the application; must never appear in clear in any file it leaves on disk.
const QString kSecretName = QStringLiteral("Lò Thị Bí Mật Nạn Nhân");
const QByteArray kSecretAscii = QByteArrayLiteral("SECRET-079123456789");

struct ShellResult {
    int exitCode = -1;
    QString output;
};

ShellResult runSqlcipherShell(const QString& database, const QString& script) {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    REQUIRE_FALSE(shell.isEmpty()); // packaging/install-deps.sh installs Debian's sqlcipher
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(shell, {database});
    REQUIRE(process.waitForStarted());
    process.write(script.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

void requireAbsent(const QString& path) {
    const QByteArray bytes = readAll(path);
    INFO(path.toStdString());
    CHECK_FALSE(bytes.isEmpty());
    CHECK_FALSE(bytes.contains(kSecretName.toUtf8()));
    CHECK_FALSE(bytes.contains(kSecretName.normalized(QString::NormalizationForm_D).toUtf8()));
    CHECK_FALSE(bytes.contains(kSecretAscii));
    CHECK_FALSE(bytes.contains("Nguy")); // the administrator's full name, Nguyễn …
    CHECK_FALSE(bytes.contains("CREATE TABLE"));
}

} // namespace

TEST_CASE("Known text written through the application is absent from the database, WAL and keyring",
          "[confidentiality]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto session = openAsAdmin(created.files.database);
    REQUIRE(AccountService(*session)
                .addUser({QStringLiteral("secret.user"), kSecretName, Role::LegalAidOfficer,
                          QStringLiteral("another long password 9")})
                .ok());
    for (int i = 0; i < 20; ++i)
        REQUIRE(session
                    ->audit(session->event(QStringLiteral("test.note"), QStringLiteral("person"),
                                           QString::fromLatin1(kSecretAscii), kSecretName))
                    .ok());
    REQUIRE(Session::open(created.files.database, QStringLiteral("secret.user"), QStringLiteral("wrong"))
                .error()
                .code == ErrorCode::WrongPassword);

    // While the session is open, recent pages live in the WAL: it must be encrypted too.
    REQUIRE(QFile::exists(created.files.database + QStringLiteral("-wal")));
    requireAbsent(created.files.database + QStringLiteral("-wal"));
    requireAbsent(created.files.database);
    requireAbsent(created.files.keyring);
    requireAbsent(created.files.pendingAudit);

    REQUIRE(session->database().checkpoint().ok());
    session.reset();
    requireAbsent(created.files.database);
    // Nothing else was left in the folder: no temporary or journal file in clear.
    for (const QString& name : QDir(ws.dir()).entryList(QDir::Files | QDir::Hidden))
        requireAbsent(ws.path(name));
}

TEST_CASE("The stock sqlcipher shell cannot read the file without the key and can with key raw",
          "[confidentiality]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);

    const ShellResult withoutKey =
        runSqlcipherShell(created.files.database, QStringLiteral("SELECT value FROM settings;\n"));
    CHECK(withoutKey.output.contains(QStringLiteral("file is encrypted or is not a database")));
    CHECK_FALSE(withoutKey.output.contains(kCentreName));

    auto raw = rawKeyFromRecoveryCode(created.files.database, created.recoveryCode);
    REQUIRE(raw.ok());
    QString script = QStringLiteral("PRAGMA key = \"%1\";\n").arg(*raw);
    for (const QString& pragma : storage::pinnedCipherPragmas())
        script += pragma + QStringLiteral(";\n");
    script += QStringLiteral("SELECT value FROM settings WHERE key = 'centre.name';\n");
    const ShellResult withKey = runSqlcipherShell(created.files.database, script);
    CHECK(withKey.exitCode == 0);
    CHECK(withKey.output.contains(kCentreName));
}

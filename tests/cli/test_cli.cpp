#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace legalaid::test;

TEST_CASE("init prints the recovery code once and refuses to overwrite", "[cli]") {
    CliFixture f;
    CHECK(QFile::exists(f.db));
    CHECK(QFile::exists(f.db + QStringLiteral(".keyring")));
    const QByteArray before = f.snapshot();
    const Run again = f.cli({QStringLiteral("init"), QStringLiteral("--centre-name"), QStringLiteral("X"),
                             QStringLiteral("--centre-code"), QStringLiteral("X"), QStringLiteral("--admin"),
                             QStringLiteral("other"), QStringLiteral("--password-file"), f.passwordFile});
    requireError(again, "E_DATABASE_EXISTS");
    CHECK(f.snapshot() == before);
}

TEST_CASE("whoami unlocks with a password file or standard input", "[cli]") {
    CliFixture f;
    const Run fromFile = f.asAdmin({QStringLiteral("whoami"), QStringLiteral("--json")});
    REQUIRE(fromFile.exitCode == 0);
    const QJsonObject who = fromFile.json();
    CHECK(who.value(QStringLiteral("user")).toString() == QStringLiteral("admin"));
    CHECK(who.value(QStringLiteral("role")).toString() == QStringLiteral("admin"));
    CHECK(who.value(QStringLiteral("centre_name")).toString() == QStringLiteral("Trung tâm TGPL Hải Phòng"));

    const Run fromStdin = f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin")},
                                kCliAdminPassword + '\n');
    CHECK(fromStdin.exitCode == 0);
    CHECK(fromStdin.out.contains("Nguyễn Văn Quản"));
}

TEST_CASE("bad passwords and inputs get one sentence, a stable code and change nothing", "[cli]") {
    CliFixture f;
    const QByteArray before = f.snapshot();
    const QString wrong = f.ws.writeFile(QStringLiteral("wrong.pw"), "not the right password\n");
    const QString empty = f.ws.writeFile(QStringLiteral("empty.pw"), "");

    requireError(f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password-file"), wrong}),
                 "E_WRONG_PASSWORD");
    requireError(f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("nobody"),
                        QStringLiteral("--password-file"), f.passwordFile}),
                 "E_UNKNOWN_USER");
    requireError(f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password-file"), empty}),
                 "E_EMPTY_PASSWORD");
    requireError(f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password"), QString::fromLatin1(kCliAdminPassword)}),
                 "E_INVALID_ARGUMENT");
    requireError(f.cli({QStringLiteral("frobnicate")}), "E_INVALID_ARGUMENT");
    requireError(f.cli({QStringLiteral("recover"), QStringLiteral("--recovery-code"),
                        QStringLiteral("ABCDE-12345"), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--new-password-file"), f.passwordFile}),
                 "E_RECOVERY_CODE_TYPO");
    // No terminal and no password option: a clear error instead of a hang.
    requireError(f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin")}),
                 "E_INVALID_ARGUMENT");
    CHECK(f.snapshot() == before);

    const Run json = f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--password-file"), wrong, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject error =
        QJsonDocument::fromJson(json.err).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("E_WRONG_PASSWORD"));
}

TEST_CASE("users are added, listed, change password and are removed", "[cli]") {
    CliFixture f;
    const QString clerkPassword = f.ws.writeFile(QStringLiteral("clerk.pw"), "thư ký nhập liệu 2026\n");
    REQUIRE(
        f.asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("thu.ky"),
                   QStringLiteral("--role"), QStringLiteral("intake_clerk"), QStringLiteral("--full-name"),
                   QStringLiteral("Trần Thị Thư"), QStringLiteral("--new-password-file"), clerkPassword})
            .exitCode == 0);
    const Run list = f.asAdmin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.jsonArray().size() == 2);
    CHECK(list.jsonArray().at(1).toObject().value(QStringLiteral("full_name")).toString() ==
          QStringLiteral("Trần Thị Thư"));

    const auto asClerk = [&](QStringList arguments, const QString& passwordFile) {
        arguments << QStringLiteral("--user") << QStringLiteral("thu.ky") << QStringLiteral("--password-file")
                  << passwordFile;
        return f.cli(arguments);
    };
    CHECK(asClerk({QStringLiteral("whoami")}, clerkPassword).exitCode == 0);
    requireError(asClerk({QStringLiteral("user"), QStringLiteral("list")}, clerkPassword),
                 "E_PERMISSION_DENIED");

    const QString newPassword = f.ws.writeFile(QStringLiteral("new.pw"), "mật khẩu mới của thư ký\n");
    REQUIRE(f.asAdmin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("thu.ky"),
                       QStringLiteral("--new-password-file"), newPassword})
                .exitCode == 0);
    requireError(asClerk({QStringLiteral("whoami")}, clerkPassword), "E_WRONG_PASSWORD");
    CHECK(asClerk({QStringLiteral("whoami")}, newPassword).exitCode == 0);

    REQUIRE(
        f.asAdmin({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("thu.ky")}).exitCode ==
        0);
    requireError(asClerk({QStringLiteral("whoami")}, newPassword), "E_UNKNOWN_USER");
    requireError(f.asAdmin({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("admin")}),
                 "E_LAST_ADMIN");
}

TEST_CASE("recover sets a new password with the recovery code", "[cli]") {
    CliFixture f;
    const QString newPassword = f.ws.writeFile(QStringLiteral("new.pw"), "quên mất mật khẩu cũ\n");
    QString typed = f.recoveryCode.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    const Run recovered =
        f.cli({QStringLiteral("recover"), QStringLiteral("--recovery-code"), typed, QStringLiteral("--user"),
               QStringLiteral("admin"), QStringLiteral("--new-password-file"), newPassword});
    INFO(recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    requireError(f.asAdmin({QStringLiteral("whoami")}), "E_WRONG_PASSWORD");
    CHECK(f.cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("--password-file"), newPassword})
              .exitCode == 0);
}

TEST_CASE("key raw opens the file in the stock sqlcipher shell; rekey retires the old code", "[cli]") {
    CliFixture f;
    const Run locked = runShell(f.db, "SELECT count(*) FROM users;\n");
    CHECK(locked.err.contains("file is encrypted or is not a database"));

    const Run key = f.cli(
        {QStringLiteral("key"), QStringLiteral("raw"), QStringLiteral("--recovery-code"), f.recoveryCode});
    REQUIRE(key.exitCode == 0);
    CHECK(key.out.startsWith("PRAGMA key = \"x'"));
    const Run opened = runShell(f.db, key.out + "SELECT name, full_name FROM users;\n");
    CHECK(opened.exitCode == 0);
    CHECK(opened.out.contains("admin|Nguyễn Văn Quản"));

    const Run rekey = f.asAdmin({QStringLiteral("rekey"), QStringLiteral("--json")});
    REQUIRE(rekey.exitCode == 0);
    const QString newCode = rekey.json().value(QStringLiteral("recovery_code")).toString();
    CHECK(newCode != f.recoveryCode);
    requireError(f.cli({QStringLiteral("key"), QStringLiteral("raw"), QStringLiteral("--recovery-code"),
                        f.recoveryCode}),
                 "E_RECOVERY_CODE_WRONG");
    CHECK(runShell(f.db, key.out + "SELECT count(*) FROM users;\n").err.contains("file is encrypted"));
    CHECK(f.asAdmin({QStringLiteral("whoami")}).exitCode == 0);
    const Run newKey =
        f.cli({QStringLiteral("key"), QStringLiteral("raw"), QStringLiteral("--recovery-code"), newCode});
    CHECK(runShell(f.db, newKey.out + "SELECT count(*) FROM users;\n").out.trimmed() == "1");
}

TEST_CASE("verify passes on a sound file and names an audit entry edited in the shell", "[cli]") {
    CliFixture f;
    const Run sound = f.asAdmin({QStringLiteral("verify")});
    INFO(sound.err.toStdString());
    REQUIRE(sound.exitCode == 0);
    CHECK(sound.out.contains("integrity: ok"));
    CHECK(sound.out.contains("audit chain:"));

    const Run key = f.cli(
        {QStringLiteral("key"), QStringLiteral("raw"), QStringLiteral("--recovery-code"), f.recoveryCode});
    REQUIRE(runShell(f.db, key.out + "UPDATE audit_log SET details = 'edited' WHERE id = 2;\n").exitCode ==
            0);
    const Run broken = f.asAdmin({QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(broken.exitCode == 1);
    const QJsonObject audit = broken.json().value(QStringLiteral("audit")).toObject();
    CHECK_FALSE(audit.value(QStringLiteral("ok")).toBool());
    CHECK(audit.value(QStringLiteral("first_broken_id")).toInt() == 2);
    const QJsonObject error =
        QJsonDocument::fromJson(broken.err).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("E_VERIFY_FAILED"));
    const Run text = f.asAdmin({QStringLiteral("verify")});
    CHECK(text.out.contains("audit chain: broken at entry 2"));
    CHECK(text.err.startsWith("E_VERIFY_FAILED: "));
}

TEST_CASE("errors speak Vietnamese when asked and keep the same code", "[cli]") {
    CliFixture f;
    const QString wrong = f.ws.writeFile(QStringLiteral("wrong.pw"), "not the right password\n");
    const Run vietnamese =
        run({QStringLiteral("whoami"), QStringLiteral("--db"), f.db, QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--password-file"), wrong, QStringLiteral("--lang"),
             QStringLiteral("vi")});
    CHECK(vietnamese.exitCode == 1);
    CHECK(vietnamese.err.startsWith("E_WRONG_PASSWORD: "));
    CHECK(QString::fromUtf8(vietnamese.err).contains(QStringLiteral("Mật khẩu của \"admin\" không đúng")));
}

TEST_CASE("the version and the usage are printed without a database", "[cli]") {
    const Run version = run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("legalaid-cli 0."));
    const Run help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("key raw --recovery-code CODE"));
}

#pragma once

// Runs legalaid-cli (or another program) as a user would and keeps what it printed.
#include "temp_workspace.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <catch2/catch.hpp>

namespace legalaid::test {

inline const QByteArray kCliAdminPassword = QByteArrayLiteral("correct horse battery 42");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

inline Run run(const QStringList& arguments, const QByteArray& input = {},
               const QString& program = QStringLiteral(LEGALAID_CLI_PATH)) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A workspace with an initialised database; every run adds --db and --lang en.
struct CliFixture {
    TempWorkspace ws;
    QString db = ws.path(QStringLiteral("centre.db"));
    QString passwordFile = ws.writeFile(QStringLiteral("admin.pw"), kCliAdminPassword + '\n');
    QString recoveryCode;

    CliFixture() {
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--centre-name"),
                              QStringLiteral("Trung tâm TGPL Hải Phòng"), QStringLiteral("--centre-code"),
                              QStringLiteral("TT"), QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--admin-full-name"), QStringLiteral("Nguyễn Văn Quản"),
                              QStringLiteral("--kdf"), QStringLiteral("interactive"),
                              QStringLiteral("--password-file"), passwordFile, QStringLiteral("--json")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        recoveryCode = init.json().value(QStringLiteral("recovery_code")).toString();
        REQUIRE(recoveryCode.size() == 83);
    }

    Run cli(QStringList arguments, const QByteArray& input = {}) const {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--lang") << QStringLiteral("en");
        return run(arguments, input);
    }

    Run asAdmin(QStringList arguments, const QByteArray& input = {}) const {
        arguments << QStringLiteral("--user") << QStringLiteral("admin") << QStringLiteral("--password-file")
                  << passwordFile;
        return cli(arguments, input);
    }

    QByteArray snapshot() const { return readAll(db) + readAll(db + QStringLiteral(".keyring")); }
};

// Errors are one sentence on one line, after a stable code.
inline void requireError(const Run& result, const char* code) {
    INFO(result.err.toStdString());
    CHECK(result.exitCode != 0);
    CHECK(result.err.startsWith(QByteArray(code) + ": "));
    CHECK(result.err.count('\n') == 1);
    CHECK(result.out.isEmpty());
}

// The same, and the sentence says `text`.
inline void requireError(const Run& result, const char* code, const char* text) {
    requireError(result, code);
    INFO(result.err.toStdString());
    CHECK(result.err.contains(text));
}

inline Run runShell(const QString& db, const QByteArray& script) {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    REQUIRE_FALSE(shell.isEmpty());
    return run({db}, script, shell);
}

} // namespace legalaid::test

#include "command.h"
#include "password_input.h"
#include "records/backup/backup_policy.h"
#include "records/backup/backup_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

QJsonObject reportJson(const BackupReport& report) {
    return {{QStringLiteral("path"), report.path},
            {QStringLiteral("bytes"), report.bytes},
            {QStringLiteral("created_at"), report.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("schema_version"), report.schemaVersion},
            {QStringLiteral("verified"), true}};
}

int cmdBackup(const Invocation& call) {
    auto out = requiredOption(call.args, QStringLiteral("out"));
    if (!out)
        return call.console.fail(out.error());
    return withSession(call, [&](Session& session) {
        auto written = BackupService(session).backupTo(*out);
        if (!written)
            return call.console.fail(written.error());
        call.console.text(QCoreApplication::translate("Cli", "Wrote and checked the backup %1 (%2 bytes).")
                              .arg(QDir::toNativeSeparators(written->path))
                              .arg(written->bytes));
        call.console.result(reportJson(*written));
        return 0;
    });
}

int cmdBackupStatus(const Invocation& call) {
    auto maxAge = integerOption(call.args, QStringLiteral("max-age-days"));
    if (!maxAge)
        return call.console.fail(maxAge.error());
    return withSession(call, [&](Session& session) {
        auto overview = AutomaticBackups(session).overview();
        if (!overview)
            return call.console.fail(overview.error());
        const int days = maxAge->has_value() ? static_cast<int>(**maxAge) : overview->maxAgeDays;
        auto overdue = BackupService(session).isOverdue(days);
        if (!overdue)
            return call.console.fail(overdue.error());
        const QString last = overview->lastGood ? overview->lastGood->toString(Qt::ISODateWithMs) : QString();
        call.console.text(overview->lastGood
                              ? QCoreApplication::translate("Cli", "last good backup: %1").arg(last)
                              : QCoreApplication::translate("Cli", "last good backup: none"));
        call.console.text(
            *overdue
                ? QCoreApplication::translate("Cli", "OVERDUE: no good backup in the last %1 days.").arg(days)
                : QCoreApplication::translate("Cli", "up to date (limit %1 days)").arg(days));
        call.console.result(QJsonObject{{QStringLiteral("last_good_at"), last},
                                        {QStringLiteral("overdue"), *overdue},
                                        {QStringLiteral("max_age_days"), days},
                                        {QStringLiteral("folder"), overview->folder}});
        return 0;
    });
}

int cmdRestore(const Invocation& call) {
    const Arguments& args = call.args;
    auto to = requiredOption(args, QStringLiteral("to"));
    if (!to)
        return call.console.fail(to.error());
    RestoreRequest request;
    request.backupPath = call.positional().at(0);
    request.targetPath = *to;
    request.replace = args.has(QStringLiteral("replace"));
    if (args.has(QStringLiteral("recovery-code"))) {
        auto code = requiredOption(args, QStringLiteral("recovery-code"));
        if (!code)
            return call.console.fail(code.error());
        request.recoveryCode = *code;
    } else {
        auto user = userName(args);
        if (!user)
            return call.console.fail(user.error());
        auto secret = signInPassword(args, *user);
        if (!secret)
            return call.console.fail(secret.error());
        request.user = *user;
        request.password = *secret;
    }
    auto restored = restoreBackup(request);
    if (!restored)
        return call.console.fail(restored.error());
    call.console.text(QCoreApplication::translate("Cli", "Restored the backup of %1 to %2.")
                          .arg(restored->header.createdAt.toString(Qt::ISODateWithMs),
                               QDir::toNativeSeparators(restored->files.database)));
    if (!restored->keptAside.isEmpty())
        call.console.text(QCoreApplication::translate("Cli", "The database that was there is kept as %1.")
                              .arg(QDir::toNativeSeparators(restored->keptAside)));
    call.console.result(QJsonObject{
        {QStringLiteral("database"), restored->files.database},
        {QStringLiteral("keyring"), restored->files.keyring},
        {QStringLiteral("kept_aside"), restored->keptAside},
        {QStringLiteral("backup_created_at"), restored->header.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema_version"), restored->header.schemaVersion}});
    return 0;
}

} // namespace

std::vector<CommandSpec> backupCommands() {
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {{s("backup")}, 0, 0, {s("out")}, {}, s("backup --out FILE"), cmdBackup},
        {{s("backup"), s("status")},
         0,
         0,
         {s("max-age-days")},
         {},
         s("backup status [--max-age-days N]"),
         cmdBackupStatus},
        {{s("restore")},
         1,
         1,
         {s("to"), s("recovery-code")},
         {s("replace")},
         s("restore FILE --to PATH [--replace] [--recovery-code CODE | --user NAME]"),
         cmdRestore},
    };
}

} // namespace legalaid::cli

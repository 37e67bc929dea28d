#include "command.h"
#include "records/account_service.h"
#include "records/database_setup.h"
#include "records/session.h"
#include "records/verification.h"
#include "storage/encrypted_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace legalaid::cli {

namespace {

QJsonObject userJson(const UserRecord& user) {
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("full_name"), user.fullName},
            {QStringLiteral("role"), roleCode(user.role)},
            {QStringLiteral("active"), user.active}};
}

void printRecoveryCode(const Console& console, const QString& code) {
    console.text(QCoreApplication::translate(
        "Cli", "Recovery code (shown only this once; print it or write it down and keep it in a safe):"));
    console.text(QStringLiteral("  ") + code);
}

int cmdInit(const Invocation& call) {
    const Arguments& args = call.args;
    const Console& console = call.console;
    auto path = databasePath(args);
    if (!path)
        return console.fail(path.error());
    SetupRequest request;
    request.databasePath = *path;
    request.centre.name = args.option(QStringLiteral("centre-name"));
    request.centre.code = args.option(QStringLiteral("centre-code"));
    request.centre.placeName = args.option(QStringLiteral("place-name"));
    request.centre.parentAgency = args.option(QStringLiteral("parent-agency"));
    request.adminName = args.option(QStringLiteral("admin"));
    request.adminFullName = args.option(QStringLiteral("admin-full-name"));
    if (request.adminName.isEmpty())
        return console.usage(
            QCoreApplication::translate("Cli", "Give the administrator's user name with --admin NAME."));
    if (args.has(QStringLiteral("kdf"))) {
        const auto profile = storage::kdfProfileFromName(args.option(QStringLiteral("kdf")));
        if (!profile)
            return console.usage(
                QCoreApplication::translate(
                    "Cli", "Unknown --kdf profile \"%1\": use interactive, moderate or sensitive.")
                    .arg(args.option(QStringLiteral("kdf"))));
        request.kdf = *profile;
    }
    auto secret = signInPassword(args, request.adminName);
    if (!secret)
        return console.fail(secret.error());
    request.adminPassword = *secret;

    auto created = createDatabase(request);
    if (!created)
        return console.fail(created.error());
    console.text(QCoreApplication::translate("Cli", "Created the database %1 and its keyring %2.")
                     .arg(QDir::toNativeSeparators(created->files.database),
                          QDir::toNativeSeparators(created->files.keyring)));
    printRecoveryCode(console, created->recoveryCode);
    console.result(QJsonObject{{QStringLiteral("database"), created->files.database},
                               {QStringLiteral("keyring"), created->files.keyring},
                               {QStringLiteral("recovery_code"), created->recoveryCode}});
    return 0;
}

int cmdWhoami(const Invocation& call) {
    const Console& console = call.console;
    return withSession(call, [&](Session& session) {
        const UserRecord& user = session.user();
        const CentreSettings& centre = session.centre();
        console.text(QCoreApplication::translate("Cli", "%1 (%2), %3 — %4")
                         .arg(user.name, user.fullName, roleLabel(user.role), centre.name));
        console.result(QJsonObject{{QStringLiteral("user"), user.name},
                                   {QStringLiteral("full_name"), user.fullName},
                                   {QStringLiteral("role"), roleCode(user.role)},
                                   {QStringLiteral("centre_name"), centre.name},
                                   {QStringLiteral("centre_code"), centre.code}});
        return 0;
    });
}

int cmdUserAdd(const Invocation& call) {
    const Arguments& args = call.args;
    const Console& console = call.console;
    const auto role = roleFromCode(args.option(QStringLiteral("role")));
    if (!role)
        return console.usage(QCoreApplication::translate(
            "Cli", "Give a --role: admin, director, legal_aid_officer, intake_clerk, "
                   "statistics_officer or auditor."));
    auto secret = newPasswordFromFile(args);
    if (!secret)
        return console.fail(secret.error());
    return withSession(call, [&](Session& session) {
        NewUser user{call.positional().at(0), args.option(QStringLiteral("full-name")), *role, *secret};
        if (auto added = AccountService(session).addUser(user); !added)
            return console.fail(added.error());
        console.text(QCoreApplication::translate("Cli", "Added the user %1 (%2).")
                         .arg(user.name, roleLabel(user.role)));
        console.result(
            QJsonObject{{QStringLiteral("user"), user.name}, {QStringLiteral("role"), roleCode(user.role)}});
        return 0;
    });
}

int cmdUserList(const Invocation& call) {
    const Console& console = call.console;
    return withSession(call, [&](Session& session) {
        auto users = AccountService(session).listUsers();
        if (!users)
            return console.fail(users.error());
        QJsonArray array;
        for (const UserRecord& user : *users) {
            console.text(QStringLiteral("%1\t%2\t%3\t%4")
                             .arg(user.name, roleCode(user.role), user.fullName,
                                  user.active ? QCoreApplication::translate("Cli", "active")
                                              : QCoreApplication::translate("Cli", "removed")));
            array.append(userJson(user));
        }
        console.result(array);
        return 0;
    });
}

int cmdUserPasswd(const Invocation& call) {
    const Arguments& args = call.args;
    const Console& console = call.console;
    auto secret = newPasswordFromFile(args);
    if (!secret)
        return console.fail(secret.error());
    return withSession(call, [&](Session& session) {
        if (auto changed = AccountService(session).changePassword(call.positional().at(0), *secret); !changed)
            return console.fail(changed.error());
        console.text(QCoreApplication::translate("Cli", "The password of %1 was changed.")
                         .arg(call.positional().at(0)));
        console.result(QJsonObject{{QStringLiteral("user"), call.positional().at(0)},
                                   {QStringLiteral("changed"), true}});
        return 0;
    });
}

int cmdUserRemove(const Invocation& call) {
    const Console& console = call.console;
    return withSession(call, [&](Session& session) {
        if (auto removed = AccountService(session).removeUser(call.positional().at(0)); !removed)
            return console.fail(removed.error());
        console.text(
            QCoreApplication::translate("Cli", "The user %1 was removed; their audit history is kept.")
                .arg(call.positional().at(0)));
        console.result(QJsonObject{{QStringLiteral("user"), call.positional().at(0)},
                                   {QStringLiteral("removed"), true}});
        return 0;
    });
}

int cmdUserRole(const Invocation& call) {
    const Console& console = call.console;
    const auto role = roleFromCode(call.args.option(QStringLiteral("role")));
    if (!role)
        return console.usage(QCoreApplication::translate(
            "Cli", "Give a --role: admin, director, legal_aid_officer, intake_clerk, "
                   "statistics_officer or auditor."));
    const QString name = call.positional().at(0);
    return withSession(call, [&](Session& session) {
        if (auto changed = AccountService(session).changeRole(name, *role); !changed)
            return console.fail(changed.error());
        console.text(QCoreApplication::translate("Cli", "%1 is now %2, from their next sign-in.")
                         .arg(name, roleLabel(*role)));
        console.result(
            QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("role"), roleCode(*role)}});
        return 0;
    });
}

int cmdRecover(const Invocation& call) {
    const Arguments& args = call.args;
    const Console& console = call.console;
    auto path = databasePath(args);
    if (!path)
        return console.fail(path.error());
    auto code = requiredOption(args, QStringLiteral("recovery-code"));
    if (!code)
        return console.fail(code.error());
    auto user = userName(args);
    if (!user)
        return console.fail(user.error());
    auto secret = newPasswordFromFile(args);
    if (!secret)
        return console.fail(secret.error());
    if (auto recovered = recoverWithCode(*path, *code, *user, *secret); !recovered)
        return console.fail(recovered.error());
    console.text(QCoreApplication::translate("Cli", "A new password was set for %1.").arg(*user));
    console.result(QJsonObject{{QStringLiteral("user"), *user}, {QStringLiteral("recovered"), true}});
    return 0;
}

int cmdKeyRaw(const Invocation& call) {
    const Arguments& args = call.args;
    const Console& console = call.console;
    auto path = databasePath(args);
    if (!path)
        return console.fail(path.error());
    auto code = requiredOption(args, QStringLiteral("recovery-code"));
    if (!code)
        return console.fail(code.error());
    auto key = rawKeyFromRecoveryCode(*path, *code);
    if (!key)
        return console.fail(key.error());
    console.text(QStringLiteral("PRAGMA key = \"%1\";").arg(*key));
    QJsonArray pragmas;
    for (const QString& pragma : storage::pinnedCipherPragmas()) {
        console.text(pragma + QLatin1Char(';'));
        pragmas.append(pragma);
    }
    console.result(QJsonObject{{QStringLiteral("key"), *key}, {QStringLiteral("pragmas"), pragmas}});
    return 0;
}

int cmdRekey(const Invocation& call) {
    const Console& console = call.console;
    return withSession(call, [&](Session& session) {
        auto rekeyed = AccountService(session).rekey();
        if (!rekeyed)
            return console.fail(rekeyed.error());
        console.text(QCoreApplication::translate(
            "Cli", "The database key was changed and every user's slot rewrapped. The old recovery code no "
                   "longer works."));
        printRecoveryCode(console, rekeyed->recoveryCode);
        QJsonObject json{{QStringLiteral("recovery_code"), rekeyed->recoveryCode}};
        if (!rekeyed->warning.isEmpty()) {
            // The key did change: the warning goes to stderr, and the new code is still printed above.
            std::fprintf(stderr, "%s\n", rekeyed->warning.toUtf8().constData());
            json.insert(QStringLiteral("warning"), rekeyed->warning);
        }
        console.result(json);
        return 0;
    });
}

int cmdVerify(const Invocation& call) {
    const Console& console = call.console;
    return withSession(call, [&](Session& session) {
        auto report = verifyDatabase(session);
        if (!report)
            return console.fail(report.error());
        const auto okText = [](bool ok) {
            return ok ? QCoreApplication::translate("Cli", "ok")
                      : QCoreApplication::translate("Cli", "FAILED");
        };
        console.text(QCoreApplication::translate("Cli", "integrity: %1")
                         .arg(report->integrityOk() ? QCoreApplication::translate("Cli", "ok")
                                                    : report->integrityProblems.join(QStringLiteral("; "))));
        console.text(QCoreApplication::translate("Cli", "schema: version %1 (expected %2): %3")
                         .arg(report->schemaVersion)
                         .arg(report->expectedSchemaVersion)
                         .arg(okText(report->schemaOk())));
        console.text(report->audit.ok()
                         ? QCoreApplication::translate("Cli", "audit chain: %1 entries: ok")
                               .arg(report->audit.entriesChecked)
                         : QCoreApplication::translate("Cli", "audit chain: broken at entry %1: %2")
                               .arg(*report->audit.firstBrokenId)
                               .arg(report->audit.problem));
        console.text(QCoreApplication::translate("Cli", "keyring: %1").arg(okText(report->keyringSealed)));
        QJsonObject audit{{QStringLiteral("ok"), report->audit.ok()},
                          {QStringLiteral("entries_checked"), report->audit.entriesChecked}};
        if (!report->audit.ok()) {
            audit.insert(QStringLiteral("first_broken_id"), *report->audit.firstBrokenId);
            audit.insert(QStringLiteral("problem"), report->audit.problem);
        }
        console.result(QJsonObject{
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("integrity"),
             QJsonObject{
                 {QStringLiteral("ok"), report->integrityOk()},
                 {QStringLiteral("problems"), QJsonArray::fromStringList(report->integrityProblems)}}},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("ok"), report->schemaOk()},
                         {QStringLiteral("version"), report->schemaVersion},
                         {QStringLiteral("expected"), report->expectedSchemaVersion}}},
            {QStringLiteral("audit"), audit},
            {QStringLiteral("keyring"), QJsonObject{{QStringLiteral("ok"), report->keyringSealed}}}});
        if (!report->ok()) {
            const QString what = !report->audit.ok()
                                     ? report->audit.problem
                                     : QCoreApplication::translate("Cli", "see the lines above");
            return console.fail(
                makeError(ErrorCode::VerifyFailed,
                          QCoreApplication::translate("Cli", "Verification failed: %1.").arg(what)));
        }
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> accountCommands() {
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {{s("init")},
         0,
         0,
         {s("centre-name"), s("centre-code"), s("place-name"), s("parent-agency"), s("admin"),
          s("admin-full-name"), s("kdf")},
         {},
         s("init --centre-name TEXT --centre-code CODE --admin NAME [--admin-full-name TEXT] [--place-name "
           "TEXT] "
           "[--parent-agency TEXT] [--kdf interactive|moderate|sensitive]"),
         cmdInit},
        {{s("whoami")}, 0, 0, {}, {}, s("whoami"), cmdWhoami},
        {{s("user"), s("add")},
         1,
         1,
         {s("role"), s("full-name"), s("new-password-file")},
         {},
         s("user add NAME --role ROLE --full-name TEXT --new-password-file FILE"),
         cmdUserAdd},
        {{s("user"), s("list")}, 0, 0, {}, {}, s("user list"), cmdUserList},
        {{s("user"), s("passwd")},
         1,
         1,
         {s("new-password-file")},
         {},
         s("user passwd NAME --new-password-file FILE"),
         cmdUserPasswd},
        {{s("user"), s("remove")}, 1, 1, {}, {}, s("user remove NAME"), cmdUserRemove},
        {{s("user"), s("role")}, 1, 1, {s("role")}, {}, s("user role NAME --role ROLE"), cmdUserRole},
        {{s("recover")},
         0,
         0,
         {s("recovery-code"), s("new-password-file")},
         {},
         s("recover --recovery-code CODE --user NAME --new-password-file FILE"),
         cmdRecover},
        {{s("key"), s("raw")}, 0, 0, {s("recovery-code")}, {}, s("key raw --recovery-code CODE"), cmdKeyRaw},
        {{s("rekey")}, 0, 0, {}, {}, s("rekey"), cmdRekey},
        {{s("verify")}, 0, 0, {}, {}, s("verify"), cmdVerify},
    };
}

} // namespace legalaid::cli

#include "commands.h"

#include "password_input.h"
#include "records/account_service.h"
#include "records/database_setup.h"
#include "records/session.h"
#include "records/verification.h"
#include "storage/encrypted_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <map>

namespace legalaid::cli {

namespace {

struct CommandSpec {
    QStringList words;   // e.g. {"user", "add"}
    int positionals = 0; // words after the command words
    QStringList allowed; // options and flags besides the global ones
    std::function<int(const Arguments&, const QStringList& positional, const Console&)> run;
};

const QStringList kGlobalOptions{QStringLiteral("db"),
                                 QStringLiteral("user"),
                                 QStringLiteral("password-file"),
                                 QStringLiteral("password-stdin"),
                                 QStringLiteral("json"),
                                 QStringLiteral("lang")};

Result<QString> databasePath(const Arguments& args) {
    QString path = args.option(QStringLiteral("db"));
    if (path.isEmpty())
        path = qEnvironmentVariable("LEGALAID_DB");
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Cli", "Give the database with --db PATH."));
    return path;
}

Result<QString> userName(const Arguments& args) {
    QString user = args.option(QStringLiteral("user"));
    if (user.isEmpty())
        user = qEnvironmentVariable("LEGALAID_USER");
    if (user.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Cli", "Give the user name with --user NAME."));
    return user;
}

// The signed-in user's password: --password-file, --password-stdin or the terminal.
Result<QString> password(const Arguments& args, const QString& user) {
    if (args.has(QStringLiteral("password-file")))
        return readPasswordFile(args.option(QStringLiteral("password-file")));
    if (args.has(QStringLiteral("password-stdin")))
        return readPasswordLineFromStdin();
    return promptPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(user));
}

Result<QString> newPassword(const Arguments& args) {
    if (!args.has(QStringLiteral("new-password-file")))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "Give the new password with --new-password-file FILE."));
    return readPasswordFile(args.option(QStringLiteral("new-password-file")));
}

Result<std::unique_ptr<Session>> unlock(const Arguments& args) {
    auto path = databasePath(args);
    if (!path)
        return path.error();
    auto user = userName(args);
    if (!user)
        return user.error();
    auto secret = password(args, *user);
    if (!secret)
        return secret.error();
    return Session::open(*path, *user, *secret);
}

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

int cmdInit(const Arguments& args, const QStringList&, const Console& console) {
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
    auto secret = password(args, request.adminName);
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

int cmdWhoami(const Arguments& args, const QStringList&, const Console& console) {
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    const UserRecord& user = (*session)->user();
    const CentreSettings& centre = (*session)->centre();
    console.text(QCoreApplication::translate("Cli", "%1 (%2), %3 — %4")
                     .arg(user.name, user.fullName, roleLabel(user.role), centre.name));
    console.result(QJsonObject{{QStringLiteral("user"), user.name},
                               {QStringLiteral("full_name"), user.fullName},
                               {QStringLiteral("role"), roleCode(user.role)},
                               {QStringLiteral("centre_name"), centre.name},
                               {QStringLiteral("centre_code"), centre.code}});
    return 0;
}

int cmdUserAdd(const Arguments& args, const QStringList& positional, const Console& console) {
    const auto role = roleFromCode(args.option(QStringLiteral("role")));
    if (!role)
        return console.usage(QCoreApplication::translate(
            "Cli", "Give a --role: admin, director, legal_aid_officer, intake_clerk, "
                   "statistics_officer or auditor."));
    auto secret = newPassword(args);
    if (!secret)
        return console.fail(secret.error());
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    NewUser user{positional.at(0), args.option(QStringLiteral("full-name")), *role, *secret};
    if (auto added = AccountService(**session).addUser(user); !added)
        return console.fail(added.error());
    console.text(
        QCoreApplication::translate("Cli", "Added the user %1 (%2).").arg(user.name, roleLabel(user.role)));
    console.result(
        QJsonObject{{QStringLiteral("user"), user.name}, {QStringLiteral("role"), roleCode(user.role)}});
    return 0;
}

int cmdUserList(const Arguments& args, const QStringList&, const Console& console) {
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    auto users = AccountService(**session).listUsers();
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
}

int cmdUserPasswd(const Arguments& args, const QStringList& positional, const Console& console) {
    auto secret = newPassword(args);
    if (!secret)
        return console.fail(secret.error());
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    if (auto changed = AccountService(**session).changePassword(positional.at(0), *secret); !changed)
        return console.fail(changed.error());
    console.text(QCoreApplication::translate("Cli", "The password of %1 was changed.").arg(positional.at(0)));
    console.result(
        QJsonObject{{QStringLiteral("user"), positional.at(0)}, {QStringLiteral("changed"), true}});
    return 0;
}

int cmdUserRemove(const Arguments& args, const QStringList& positional, const Console& console) {
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    if (auto removed = AccountService(**session).removeUser(positional.at(0)); !removed)
        return console.fail(removed.error());
    console.text(QCoreApplication::translate("Cli", "The user %1 was removed; their audit history is kept.")
                     .arg(positional.at(0)));
    console.result(
        QJsonObject{{QStringLiteral("user"), positional.at(0)}, {QStringLiteral("removed"), true}});
    return 0;
}

int cmdRecover(const Arguments& args, const QStringList&, const Console& console) {
    auto path = databasePath(args);
    if (!path)
        return console.fail(path.error());
    const QString code = args.option(QStringLiteral("recovery-code"));
    if (code.isEmpty())
        return console.usage(
            QCoreApplication::translate("Cli", "Give the recovery code with --recovery-code CODE."));
    auto user = userName(args);
    if (!user)
        return console.fail(user.error());
    auto secret = newPassword(args);
    if (!secret)
        return console.fail(secret.error());
    if (auto recovered = recoverWithCode(*path, code, *user, *secret); !recovered)
        return console.fail(recovered.error());
    console.text(QCoreApplication::translate("Cli", "A new password was set for %1.").arg(*user));
    console.result(QJsonObject{{QStringLiteral("user"), *user}, {QStringLiteral("recovered"), true}});
    return 0;
}

int cmdKeyRaw(const Arguments& args, const QStringList&, const Console& console) {
    auto path = databasePath(args);
    if (!path)
        return console.fail(path.error());
    const QString code = args.option(QStringLiteral("recovery-code"));
    if (code.isEmpty())
        return console.usage(
            QCoreApplication::translate("Cli", "Give the recovery code with --recovery-code CODE."));
    auto key = rawKeyFromRecoveryCode(*path, code);
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

int cmdRekey(const Arguments& args, const QStringList&, const Console& console) {
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    auto code = AccountService(**session).rekey();
    if (!code)
        return console.fail(code.error());
    console.text(QCoreApplication::translate(
        "Cli", "The database key was changed and every user's slot rewrapped. The old recovery code no "
               "longer works."));
    printRecoveryCode(console, *code);
    console.result(QJsonObject{{QStringLiteral("recovery_code"), *code}});
    return 0;
}

int cmdVerify(const Arguments& args, const QStringList&, const Console& console) {
    auto session = unlock(args);
    if (!session)
        return console.fail(session.error());
    auto report = verifyDatabase(**session);
    if (!report)
        return console.fail(report.error());
    const auto okText = [](bool ok) {
        return ok ? QCoreApplication::translate("Cli", "ok") : QCoreApplication::translate("Cli", "FAILED");
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
         QJsonObject{{QStringLiteral("ok"), report->integrityOk()},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(report->integrityProblems)}}},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("ok"), report->schemaOk()},
                                               {QStringLiteral("version"), report->schemaVersion},
                                               {QStringLiteral("expected"), report->expectedSchemaVersion}}},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("keyring"), QJsonObject{{QStringLiteral("ok"), report->keyringSealed}}}});
    if (!report->ok()) {
        const QString what = !report->audit.ok() ? report->audit.problem
                                                 : QCoreApplication::translate("Cli", "see the lines above");
        return console.fail(
            makeError(ErrorCode::VerifyFailed,
                      QCoreApplication::translate("Cli", "Verification failed: %1.").arg(what)));
    }
    return 0;
}

const std::vector<CommandSpec>& commands() {
    const QString centre = QStringLiteral("centre-name"), code = QStringLiteral("centre-code");
    static const std::vector<CommandSpec> specs{
        {{QStringLiteral("init")},
         0,
         {centre, code, QStringLiteral("place-name"), QStringLiteral("parent-agency"),
          QStringLiteral("admin"), QStringLiteral("admin-full-name"), QStringLiteral("kdf")},
         cmdInit},
        {{QStringLiteral("whoami")}, 0, {}, cmdWhoami},
        {{QStringLiteral("user"), QStringLiteral("add")},
         1,
         {QStringLiteral("role"), QStringLiteral("full-name"), QStringLiteral("new-password-file")},
         cmdUserAdd},
        {{QStringLiteral("user"), QStringLiteral("list")}, 0, {}, cmdUserList},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         1,
         {QStringLiteral("new-password-file")},
         cmdUserPasswd},
        {{QStringLiteral("user"), QStringLiteral("remove")}, 1, {}, cmdUserRemove},
        {{QStringLiteral("recover")},
         0,
         {QStringLiteral("recovery-code"), QStringLiteral("new-password-file")},
         cmdRecover},
        {{QStringLiteral("key"), QStringLiteral("raw")}, 0, {QStringLiteral("recovery-code")}, cmdKeyRaw},
        {{QStringLiteral("rekey")}, 0, {}, cmdRekey},
        {{QStringLiteral("verify")}, 0, {}, cmdVerify},
    };
    return specs;
}

} // namespace

QString helpText() {
    return QCoreApplication::translate(
        "Cli",
        "Usage: legalaid-cli [--db PATH] [--user NAME] [--password-file FILE | --password-stdin] [--json] "
        "[--lang vi|en] COMMAND\n"
        "\n"
        "Commands:\n"
        "  init --centre-name TEXT --centre-code CODE --admin NAME [--admin-full-name TEXT]\n"
        "       [--place-name TEXT] [--parent-agency TEXT] [--kdf interactive|moderate|sensitive]\n"
        "  whoami\n"
        "  user add NAME --role ROLE --full-name TEXT --new-password-file FILE\n"
        "  user list\n"
        "  user passwd NAME --new-password-file FILE\n"
        "  user remove NAME\n"
        "  recover --recovery-code CODE --user NAME --new-password-file FILE\n"
        "  key raw --recovery-code CODE\n"
        "  rekey\n"
        "  verify\n"
        "\n"
        "Exit status is 0 only on success. Errors are one sentence on standard error after a stable code.");
}

int runCommand(const Arguments& arguments, const Console& console) {
    for (const CommandSpec& spec : commands()) {
        if (arguments.words.size() < spec.words.size() ||
            arguments.words.mid(0, spec.words.size()) != spec.words)
            continue;
        const QStringList positional = arguments.words.mid(spec.words.size());
        if (positional.size() != spec.positionals)
            return console.usage(QCoreApplication::translate(
                                     "Cli", "\"%1\" takes %2 name(s) after it; see legalaid-cli --help.")
                                     .arg(spec.words.join(QLatin1Char(' ')))
                                     .arg(spec.positionals));
        QStringList given = arguments.options.keys();
        given += QStringList(arguments.flags.begin(), arguments.flags.end());
        for (const QString& name : given) {
            if (!kGlobalOptions.contains(name) && !spec.allowed.contains(name))
                return console.usage(
                    QCoreApplication::translate("Cli", "The option --%1 does not apply to \"%2\".")
                        .arg(name, spec.words.join(QLatin1Char(' '))));
        }
        return spec.run(arguments, positional, console);
    }
    if (arguments.words.isEmpty())
        return console.usage(QCoreApplication::translate("Cli", "Give a command; see legalaid-cli --help."));
    return console.usage(
        QCoreApplication::translate("Cli", "Unknown command \"%1\"; see legalaid-cli --help.")
            .arg(arguments.words.join(QLatin1Char(' '))));
}

} // namespace legalaid::cli

#include "command.h"

#include "password_input.h"

#include <QCoreApplication>

namespace legalaid::cli {

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

Result<QString> signInPassword(const Arguments& args, const QString& user) {
    if (args.has(QStringLiteral("password-file")))
        return readPasswordFile(args.option(QStringLiteral("password-file")));
    if (args.has(QStringLiteral("password-stdin")))
        return readPasswordLineFromStdin();
    return promptPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(user));
}

Result<QString> newPasswordFromFile(const Arguments& args) {
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
    auto secret = signInPassword(args, *user);
    if (!secret)
        return secret.error();
    return Session::open(*path, *user, *secret);
}

Result<std::optional<QDate>> dateOption(const Arguments& args, const QString& name) {
    if (!args.options.contains(name))
        return std::optional<QDate>();
    const QString text = args.option(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Cli", "--%1 \"%2\" is not a valid date: write it as YYYY-MM-DD, "
                                               "for example 2026-06-05.")
                .arg(name, text));
    return std::optional<QDate>(date);
}

Result<std::optional<qint64>> integerOption(const Arguments& args, const QString& name) {
    if (!args.options.contains(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = args.option(name).toLongLong(&ok);
    if (!ok)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Cli", "--%1 \"%2\" is not a whole number.")
                             .arg(name, args.option(name)));
    return std::optional<qint64>(value);
}

Result<QString> requiredOption(const Arguments& args, const QString& name) {
    if (!args.options.contains(name) || args.option(name).trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Cli", "Give --%1; see legalaid-cli --help.").arg(name));
    return args.option(name);
}

Result<qint64> idArgument(const QString& text, const QString& what) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Cli",
                                                     "\"%1\" is not a valid %2 id: give the number that was "
                                                     "printed when it was created.")
                             .arg(text, what));
    return id;
}

int withSession(const Invocation& call, const std::function<int(Session&)>& body) {
    auto session = unlock(call.args);
    if (!session)
        return call.console.fail(session.error());
    return body(**session);
}

} // namespace legalaid::cli

#include "arguments.h"

#include <QCoreApplication>

namespace legalaid::cli {

namespace {

// Every option that takes a value, across all commands; anything else starting with -- is a flag.
const QSet<QString>& valueOptions() {
    static const QSet<QString> names{QStringLiteral("db"),
                                     QStringLiteral("user"),
                                     QStringLiteral("password-file"),
                                     QStringLiteral("lang"),
                                     QStringLiteral("centre-name"),
                                     QStringLiteral("centre-code"),
                                     QStringLiteral("place-name"),
                                     QStringLiteral("parent-agency"),
                                     QStringLiteral("admin"),
                                     QStringLiteral("admin-full-name"),
                                     QStringLiteral("kdf"),
                                     QStringLiteral("role"),
                                     QStringLiteral("full-name"),
                                     QStringLiteral("new-password-file"),
                                     QStringLiteral("recovery-code"),
                                     QStringLiteral("limit")};
    return names;
}

const QSet<QString>& flagOptions() {
    static const QSet<QString> names{QStringLiteral("json"), QStringLiteral("password-stdin"),
                                     QStringLiteral("help"), QStringLiteral("version")};
    return names;
}

} // namespace

ParseResult parseArguments(const QStringList& argv) {
    ParseResult result;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString& token = argv.at(i);
        if (!token.startsWith(QLatin1String("--")) || token.size() == 2) {
            result.arguments.words << token;
            continue;
        }
        QString name = token.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions().contains(name)) {
            if (inlineValue) {
                result.arguments.options.insert(name, *inlineValue);
            } else if (i + 1 < argv.size()) {
                result.arguments.options.insert(name, argv.at(++i));
            } else {
                result.error = QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
                return result;
            }
        } else if (flagOptions().contains(name) && !inlineValue) {
            result.arguments.flags.insert(name);
        } else if (name == QLatin1String("password")) {
            result.error = QCoreApplication::translate(
                "Cli", "Passwords are never taken from the command line: use --password-file FILE, "
                       "--password-stdin or type it when asked.");
            return result;
        } else {
            result.error =
                QCoreApplication::translate("Cli", "Unknown option --%1. See legalaid-cli --help.").arg(name);
            return result;
        }
    }
    return result;
}

} // namespace legalaid::cli

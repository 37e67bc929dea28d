#include "arguments.h"

#include "command.h"

#include <QCoreApplication>
#include <optional>

namespace legalaid::cli {

namespace {

struct Token {
    QString name;                 // option name without dashes; empty for a word
    std::optional<QString> value; // --name=value
    QString word;
};

Token readToken(const QString& text) {
    if (!text.startsWith(QLatin1String("--")) || text.size() == 2)
        return {{}, std::nullopt, text};
    QString name = text.mid(2);
    std::optional<QString> value;
    if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
        value = name.mid(eq + 1);
        name = name.left(eq);
    }
    return {name, value, {}};
}

QString unknownOption(const QString& name, const CommandSpec* command) {
    if (name == QLatin1String("password"))
        return QCoreApplication::translate("Cli",
                                           "Passwords are never taken from the command line: use "
                                           "--password-file FILE, --password-stdin or type it when asked.");
    if (command)
        return QCoreApplication::translate(
                   "Cli", "The option --%1 does not apply to \"%2\"; see legalaid-cli --help.")
            .arg(name, command->words.join(QLatin1Char(' ')));
    return QCoreApplication::translate("Cli", "Unknown option --%1. See legalaid-cli --help.").arg(name);
}

} // namespace

const QStringList& globalValueOptions() {
    static const QStringList names{QStringLiteral("db"), QStringLiteral("user"),
                                   QStringLiteral("password-file"), QStringLiteral("lang")};
    return names;
}

const QStringList& globalFlags() {
    static const QStringList names{QStringLiteral("json"), QStringLiteral("password-stdin"),
                                   QStringLiteral("help"), QStringLiteral("version")};
    return names;
}

ParseResult parseArguments(const QStringList& argv, const std::vector<CommandSpec>& commands) {
    ParseResult result;
    const QStringList tokens = argv.mid(1);

    // Pass 1: the leading words (skipping global options) up to the first command-specific option.
    QStringList leading;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token token = readToken(tokens.at(i));
        if (token.name.isEmpty()) {
            leading << token.word;
            continue;
        }
        if (globalValueOptions().contains(token.name)) {
            if (!token.value)
                ++i;
            continue;
        }
        if (globalFlags().contains(token.name))
            continue;
        break;
    }
    qsizetype matchedWords = 0;
    for (const CommandSpec& spec : commands) {
        const qsizetype n = spec.words.size();
        if (n > matchedWords && leading.size() >= n && leading.mid(0, n) == spec.words) {
            result.command = &spec;
            matchedWords = n;
        }
    }

    // Pass 2: every token, with the options of the command that was found.
    qsizetype wordIndex = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token token = readToken(tokens.at(i));
        if (token.name.isEmpty()) {
            if (wordIndex++ < matchedWords)
                result.arguments.words << token.word;
            else
                result.arguments.positional << token.word;
            continue;
        }
        const bool takesValue = globalValueOptions().contains(token.name) ||
                                (result.command && result.command->valueOptions.contains(token.name));
        const bool isFlag = globalFlags().contains(token.name) ||
                            (result.command && result.command->flags.contains(token.name));
        if (takesValue) {
            if (token.value) {
                result.arguments.options.insert(token.name, *token.value);
            } else if (i + 1 < tokens.size()) {
                result.arguments.options.insert(token.name, tokens.at(++i));
            } else {
                result.error =
                    QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(token.name);
                return result;
            }
        } else if (isFlag && !token.value) {
            result.arguments.flags.insert(token.name);
        } else {
            result.error = unknownOption(token.name, result.command);
            return result;
        }
    }
    if (!result.command && !leading.isEmpty())
        result.error = QCoreApplication::translate("Cli", "Unknown command \"%1\"; see legalaid-cli --help.")
                           .arg(leading.join(QLatin1Char(' ')));
    return result;
}

} // namespace legalaid::cli

#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace legalaid::cli {

struct CommandSpec;

// The command line split into command words, positional words, options with values, and flags.
// Options may come before or after the words, as `--name value` or `--name=value`.
struct Arguments {
    QStringList words;              // the command words, e.g. {"user", "add"}
    QStringList positional;         // words after the command, e.g. {"nguyen.an"}
    QMap<QString, QString> options; // without the leading dashes
    QSet<QString> flags;

    [[nodiscard]] bool has(const QString& name) const {
        return options.contains(name) || flags.contains(name);
    }
    [[nodiscard]] QString option(const QString& name) const { return options.value(name); }
};

struct ParseResult {
    Arguments arguments;
    const CommandSpec* command = nullptr; // null when no command matched (see error) or none was given
    QString error;                        // set when the command line cannot be read
};

// Options every command accepts.
[[nodiscard]] const QStringList& globalValueOptions();
[[nodiscard]] const QStringList& globalFlags();

// Finds the command (the longest run of leading words that names one), then reads its options.
[[nodiscard]] ParseResult parseArguments(const QStringList& argv, const std::vector<CommandSpec>& commands);

} // namespace legalaid::cli

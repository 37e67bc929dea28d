#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace legalaid::cli {

// The command line split into command words, options with values, and flags.
// Options may come before or after the command words, as `--name value` or `--name=value`.
struct Arguments {
    QStringList words;              // e.g. {"user", "add", "nguyen.an"}
    QMap<QString, QString> options; // without the leading dashes
    QSet<QString> flags;

    [[nodiscard]] bool has(const QString& name) const {
        return options.contains(name) || flags.contains(name);
    }
    [[nodiscard]] QString option(const QString& name) const { return options.value(name); }
};

struct ParseResult {
    Arguments arguments;
    QString error; // set when the command line cannot be read
};

[[nodiscard]] ParseResult parseArguments(const QStringList& argv);

} // namespace legalaid::cli

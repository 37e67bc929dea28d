#include "commands.h"

#include "command.h"

#include <QCoreApplication>

namespace legalaid::cli {

const std::vector<CommandSpec>& allCommands() {
    static const std::vector<CommandSpec> commands = [] {
        std::vector<CommandSpec> all;
        for (auto group : {accountCommands, auditCommands, calendarCommands, peopleCommands, caseCommands,
                           directoryCommands, printCommands, seedCommands, reportCommands, exportCommands,
                           backupCommands}) {
            auto commands = group();
            all.insert(all.end(), std::make_move_iterator(commands.begin()),
                       std::make_move_iterator(commands.end()));
        }
        return all;
    }();
    return commands;
}

QString helpText() {
    QString text = QCoreApplication::translate(
        "Cli",
        "Usage: legalaid-cli [--db PATH] [--user NAME] [--password-file FILE | --password-stdin] [--json] "
        "[--lang vi|en] COMMAND\n\nCommands:\n");
    for (const CommandSpec& spec : allCommands())
        text += QStringLiteral("  ") + spec.usage + QLatin1Char('\n');
    text += QCoreApplication::translate(
        "Cli",
        "\nExit status is 0 only on success. Errors are one sentence on standard error after a stable code.");
    return text;
}

int runCommand(const ParseResult& parsed, const Console& console) {
    const CommandSpec* spec = parsed.command;
    if (!spec)
        return console.usage(QCoreApplication::translate("Cli", "Give a command; see legalaid-cli --help."));
    const auto count = parsed.arguments.positional.size();
    if (count < spec->minPositionals || count > spec->maxPositionals)
        return console.usage(
            QCoreApplication::translate("Cli", "Wrong number of words after \"%1\"; it is used as: %2")
                .arg(spec->words.join(QLatin1Char(' ')), spec->usage));
    return spec->run(Invocation{parsed.arguments, console});
}

} // namespace legalaid::cli

#pragma once

#include "arguments.h"
#include "common/result.h"
#include "console.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace legalaid::cli {

// What a command receives: the parsed command line and where to print.
struct Invocation {
    const Arguments& args;
    const Console& console;
    [[nodiscard]] const QStringList& positional() const { return args.positional; }
};

// One command: its words, how many positional words follow, its own options, and what it does.
struct CommandSpec {
    QStringList words; // e.g. {"person", "add"}
    int minPositionals = 0;
    int maxPositionals = 0;
    QStringList valueOptions; // options that take a value, besides the global ones
    QStringList flags;        // options without a value, besides the global ones
    QString usage;            // one line for --help, e.g. "person search TEXT [--limit N]"
    std::function<int(const Invocation&)> run;
};

// The command groups, one file each. Each returns its commands; commands.cpp puts them together.
[[nodiscard]] std::vector<CommandSpec> accountCommands();   // account_commands.cpp
[[nodiscard]] std::vector<CommandSpec> auditCommands();     // audit_commands.cpp
[[nodiscard]] std::vector<CommandSpec> calendarCommands();  // calendar_commands.cpp
[[nodiscard]] std::vector<CommandSpec> peopleCommands();    // people_commands.cpp
[[nodiscard]] std::vector<CommandSpec> caseCommands();      // case_commands.cpp
[[nodiscard]] std::vector<CommandSpec> directoryCommands(); // directory_commands.cpp
[[nodiscard]] std::vector<CommandSpec> seedCommands();      // seed_commands.cpp
[[nodiscard]] std::vector<CommandSpec> printCommands();     // print_commands.cpp
[[nodiscard]] std::vector<CommandSpec> reportCommands();    // report_commands.cpp
[[nodiscard]] std::vector<CommandSpec> exportCommands();    // export_commands.cpp
[[nodiscard]] std::vector<CommandSpec> backupCommands();    // backup_commands.cpp
[[nodiscard]] const std::vector<CommandSpec>& allCommands();

// --- Helpers shared by the commands ---

[[nodiscard]] Result<QString> databasePath(const Arguments& args);
[[nodiscard]] Result<QString> userName(const Arguments& args);
// The signed-in user's password from --password-file, --password-stdin or the terminal.
[[nodiscard]] Result<QString> signInPassword(const Arguments& args, const QString& user);
[[nodiscard]] Result<QString> newPasswordFromFile(const Arguments& args);
// Opens a session for --db/--user with the password.
[[nodiscard]] Result<std::unique_ptr<Session>> unlock(const Arguments& args);

// Reads option values; a missing optional option gives std::nullopt, a malformed one an InvalidArgument error
// naming the option and the expected form.
[[nodiscard]] Result<std::optional<QDate>> dateOption(const Arguments& args, const QString& name);
[[nodiscard]] Result<std::optional<qint64>> integerOption(const Arguments& args, const QString& name);
[[nodiscard]] Result<QString> requiredOption(const Arguments& args, const QString& name);
[[nodiscard]] Result<qint64> idArgument(const QString& text, const QString& what);

// Runs `body` with an unlocked session; prints the error and returns its exit code when unlocking fails.
[[nodiscard]] int withSession(const Invocation& call, const std::function<int(Session&)>& body);

} // namespace legalaid::cli

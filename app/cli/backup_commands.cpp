#include "command.h"

namespace legalaid::cli {

std::vector<CommandSpec> backupCommands() {
    return {};
}

} // namespace legalaid::cli

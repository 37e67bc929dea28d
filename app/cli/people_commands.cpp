#include "command.h"

namespace legalaid::cli {

std::vector<CommandSpec> peopleCommands() {
    return {};
}

} // namespace legalaid::cli

#include "command.h"

namespace legalaid::cli {

std::vector<CommandSpec> reportCommands() {
    return {};
}

} // namespace legalaid::cli

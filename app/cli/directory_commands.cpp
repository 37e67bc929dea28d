#include "command.h"

namespace legalaid::cli {

std::vector<CommandSpec> directoryCommands() {
    return {};
}

} // namespace legalaid::cli

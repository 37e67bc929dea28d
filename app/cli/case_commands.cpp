#include "command.h"

namespace legalaid::cli {

std::vector<CommandSpec> caseCommands() {
    return {};
}

} // namespace legalaid::cli

#include "command.h"

namespace legalaid::cli {

std::vector<CommandSpec> exportCommands() {
    return {};
}

} // namespace legalaid::cli

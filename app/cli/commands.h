#pragma once

#include "arguments.h"
#include "console.h"

namespace legalaid::cli {

// Runs the command the parser found; returns the process exit code.
[[nodiscard]] int runCommand(const ParseResult& parsed, const Console& console);
[[nodiscard]] QString helpText();

} // namespace legalaid::cli

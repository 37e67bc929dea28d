#pragma once

#include "arguments.h"
#include "console.h"

namespace legalaid::cli {

// Runs the command named by the words in `arguments`; returns the process exit code.
[[nodiscard]] int runCommand(const Arguments& arguments, const Console& console);
[[nodiscard]] QString helpText();

} // namespace legalaid::cli

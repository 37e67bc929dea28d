#pragma once

#include "common/result.h"

#include <QString>

namespace legalaid::cli {

// Reads a password from a file (first line), from standard input, or from the terminal without echo.
// Never from the command line, where other users and shell history could see it.
[[nodiscard]] Result<QString> readPasswordFile(const QString& path);
[[nodiscard]] Result<QString> readPasswordLineFromStdin();
[[nodiscard]] Result<QString> promptPassword(const QString& prompt);

} // namespace legalaid::cli

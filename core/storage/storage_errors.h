#pragma once

#include "common/result.h"

#include <QSqlError>
#include <optional>

struct sqlite3;

namespace legalaid::storage {

// SQLite reports a full disk as SQLITE_FULL, and a file-size limit (RLIMIT_FSIZE, EFBIG) or ENOSPC during a
// write as an I/O error whose system errno tells the cause. Returns the DiskFull error when `error` (just
// reported on `handle`, before any other call on it) is one of these, so callers can say "the disk is full"
// instead of passing SQLite's text along.
[[nodiscard]] std::optional<Error> diskFullError(const QSqlError& error, sqlite3* handle);
[[nodiscard]] std::optional<Error> diskFullError(int sqliteCode, int systemErrno);

} // namespace legalaid::storage

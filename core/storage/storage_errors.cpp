#include "storage/storage_errors.h"

#include <QCoreApplication>
#include <cerrno>
#include <sqlite3.h>

namespace legalaid::storage {

std::optional<Error> diskFullError(int sqliteCode, int systemErrno) {
    const bool full = (sqliteCode & 0xff) == SQLITE_FULL || ((sqliteCode & 0xff) == SQLITE_IOERR &&
                                                             (systemErrno == ENOSPC || systemErrno == EFBIG));
    if (!full)
        return std::nullopt;
    return makeError(ErrorCode::DiskFull,
                     QCoreApplication::translate(
                         "StorageErrors", "The disk is full, so the change was not saved and nothing was "
                                          "half-written. Free some space and try again."));
}

std::optional<Error> diskFullError(const QSqlError& error, sqlite3* handle) {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return std::nullopt;
    return diskFullError(code, handle ? sqlite3_system_errno(handle) : 0);
}

} // namespace legalaid::storage

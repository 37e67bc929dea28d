#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace legalaid {

// Writes `content` to `path` so that a reader sees either the old file or the new one, never a mix:
// write a temporary file beside it, fsync it, rename it over the target, fsync the folder.
// The new file is readable by its owner only.
[[nodiscard]] Status writeFileAtomically(const QString& path, const QByteArray& content);

// The pieces of writeFileAtomically, for writers that stream a large file into a temporary of their own
// (backups): flush the file to the disk, rename it over the target (replacing it), flush the folder.
[[nodiscard]] bool syncFile(QFile& file);
[[nodiscard]] bool replaceFile(const QString& from, const QString& to);
void syncFolder(const QString& folder);
// The error of a write to `path` that failed with errno `err`: DiskFull for a full disk or a file-size
// limit, ReadOnlyLocation for a folder that may not be written, Io otherwise; one sentence each.
[[nodiscard]] Error fileWriteError(const QString& path, int err);

// True when the folder exists and may be written to. A folder whose permission bits grant nobody write
// access counts as read-only even for root, so a folder marked read-only is respected.
[[nodiscard]] bool isWritableFolder(const QString& folder);

} // namespace legalaid

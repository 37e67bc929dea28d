#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace legalaid {

// Writes `content` to `path` so that a reader sees either the old file or the new one, never a mix:
// write a temporary file beside it, fsync it, rename it over the target, fsync the folder.
// The new file is readable by its owner only.
[[nodiscard]] Status writeFileAtomically(const QString& path, const QByteArray& content);

// True when the folder exists and may be written to. A folder whose permission bits grant nobody write
// access counts as read-only even for root, so a folder marked read-only is respected.
[[nodiscard]] bool isWritableFolder(const QString& folder);

} // namespace legalaid

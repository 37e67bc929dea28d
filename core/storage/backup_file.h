#pragma once

#include "common/result.h"
#include "storage/secure_bytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace legalaid::storage {

class EncryptedDatabase;

// What a backup file says about itself before any key is known. Holds no personal data.
struct BackupHeader {
    static constexpr int kFormatVersion = 1;
    int format = kFormatVersion;
    QString databaseId;
    int schemaVersion = 0;
    QDateTime createdAt;
};

// A backup is one file: the database exported under its own key (already encrypted page by page) and the
// keyring that unwraps that key, so any user's password or the recovery code opens it.
//
// Layout: "LEGALAID-BACKUP\n" | u32 header size | header JSON | u64 keyring size | keyring | u64 database
// size | database | BLAKE2b-256 over everything before it. Sizes are little-endian. The checksum catches
// truncation and damaged bytes before any password is tried; the pages' own HMACs catch deliberate edits.
struct BackupContents {
    BackupHeader header;
    QByteArray keyring;
    QByteArray database;
};

[[nodiscard]] QByteArray encodeBackup(const BackupContents& contents);
// BackupInvalid, naming `pathForMessages`, when the bytes are not a complete, undamaged backup.
[[nodiscard]] Result<BackupContents> decodeBackup(const QByteArray& bytes, const QString& pathForMessages);
[[nodiscard]] Result<BackupContents> readBackupFile(const QString& path);

// Copies a consistent snapshot of `source` into a new file at `targetPath` encrypted under `key` (the
// SQLite online backup API between two keyed connections with the same cipher settings). The new file
// holds no write-ahead log when this returns. On failure nothing is left at `targetPath`.
[[nodiscard]] Status exportDatabase(EncryptedDatabase& source, const SecureBytes& key,
                                    const QString& targetPath);

// Removes a database file and the -wal/-shm files SQLite may have left beside it.
void removeDatabaseFiles(const QString& path);

} // namespace legalaid::storage

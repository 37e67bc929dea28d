#pragma once

#include "common/result.h"
#include "storage/secure_bytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <atomic>

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

// In memory, for small data (tests, the fuzz target): the whole database part is one QByteArray. Backups of a
// real database go through writeBackupStream() / readBackupStream(), which produce and accept the same bytes.
[[nodiscard]] QByteArray encodeBackup(const BackupContents& contents);
// BackupInvalid, naming `pathForMessages`, when the bytes are not a complete, undamaged backup.
[[nodiscard]] Result<BackupContents> decodeBackup(const QByteArray& bytes, const QString& pathForMessages);

// How many bytes a streamed backup reads or writes at a time: memory stays this small whatever the size of
// the database. Tests pass smaller chunks to prove a database larger than one chunk goes through.
inline constexpr qint64 kBackupChunkSize = 1024 * 1024;

// What a backup file holds besides the database part, found while its checksum was checked over the file.
struct BackupFileIndex {
    BackupHeader header;
    QByteArray keyring;      // small (a few KiB); the keyring file as it was
    qint64 databaseSize = 0; // bytes in the database part
    QByteArray checksum;     // the file's BLAKE2b-256 (found matching its contents)
};

// Writes a backup to `path` atomically (a temporary file beside it, fsynced, renamed over `path`, the folder
// fsynced), streaming the encrypted database file at `databasePath` into it `chunkSize` bytes at a time with
// the checksum computed incrementally. The bytes are those encodeBackup() gives for the same contents. On
// failure nothing is left behind; a full disk or a file-size limit is DiskFull. `writtenChecksum`, when
// given, receives the checksum written (what BackupFileIndex::checksum of the file must be: equal, they prove
// the file holds exactly the bytes that were streamed into it).
[[nodiscard]] Status writeBackupStream(const QString& path, const BackupHeader& header,
                                       const QByteArray& keyring, const QString& databasePath,
                                       qint64 chunkSize = kBackupChunkSize,
                                       QByteArray* writtenChecksum = nullptr);

// Reads the backup at `path` `chunkSize` bytes at a time: checks its layout and its checksum over the whole
// file and returns its header and keyring. When `extractDatabaseTo` is given, the database part is copied
// into that new file (owner-only, fsynced) on the way; it is removed again when the backup does not check
// out. BackupInvalid when the file is not a complete, undamaged backup (the same messages as decodeBackup).
// Cancelled, between two chunks, once `cancelled` (when given) turns true.
// Reads only the start of the backup at `path` (its header and keyring, a few KiB) without checking the
// checksum over the whole file: for a quick look before the full check (e.g. whether a password opens the
// keyring). BackupInvalid when the start is not a backup's. BackupFileIndex::checksum stays empty.
[[nodiscard]] Result<BackupFileIndex> readBackupStart(const QString& path);

[[nodiscard]] Result<BackupFileIndex> readBackupStream(const QString& path,
                                                       const QString& extractDatabaseTo = {},
                                                       qint64 chunkSize = kBackupChunkSize,
                                                       const std::atomic_bool* cancelled = nullptr);

// Copies a consistent snapshot of `source` into a new file at `targetPath` encrypted under `key` (the
// SQLite online backup API between two keyed connections with the same cipher settings). The new file
// holds no write-ahead log when this returns. On failure nothing is left at `targetPath`.
[[nodiscard]] Status exportDatabase(EncryptedDatabase& source, const SecureBytes& key,
                                    const QString& targetPath);

// Removes a database file and the -wal/-shm files SQLite may have left beside it.
void removeDatabaseFiles(const QString& path);

} // namespace legalaid::storage

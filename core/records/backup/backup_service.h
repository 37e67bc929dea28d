#pragma once

#include "common/result.h"
#include "records/session.h"
#include "storage/backup_file.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace legalaid {

// A backup that was written, re-opened and found sound.
struct BackupReport {
    QString path;
    qint64 bytes = 0;
    QDateTime createdAt;
    int schemaVersion = 0;
};

// Takes backups of the session's database: one encrypted file with the database and its keyring, written
// atomically (a reader sees the old file or the complete new one), then read back, decrypted into a
// temporary copy and integrity-checked before it counts. Every backup is audited and becomes the "last good
// backup" the overview warns about.
class BackupService {
public:
    explicit BackupService(Session& session);

    // A backup asked for by the user; needs Operation::BackupCreate.
    [[nodiscard]] Result<BackupReport> backupTo(const QString& path);
    // A backup the centre's policy takes (daily, before a migration, on demand into the backup folder); runs
    // for any signed-in user because the administrator configured it. Audited as `action`.
    [[nodiscard]] Result<BackupReport> automaticBackupTo(const QString& path, const QString& action);

    // Records a backup that writeBackupFile() wrote and checked on a worker thread (the desk writes backups
    // off the GUI thread, where this session cannot be used): the audit entry `action` and the "last good
    // backup" time, in one transaction.
    [[nodiscard]] Status recordWritten(const BackupReport& report,
                                       const QString& action = QStringLiteral("backup.create"));

    // When the last backup was written and verified; empty when there has been none.
    [[nodiscard]] Result<std::optional<QDateTime>> lastGoodBackup() const;
    // True when there is no good backup, or the last one is older than `maxAgeDays` days at `now`.
    [[nodiscard]] Result<bool> isOverdue(int maxAgeDays,
                                         const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

private:
    [[nodiscard]] Result<BackupReport> write(const QString& path, const QString& action);
    Session& m_session;
};

// Writes a backup of an open database (any connection, e.g. before a migration when there is no session yet):
// export, check the exported copy, one atomic file streamed from it `chunkSize` bytes at a time, re-read and
// compared. Memory does not grow with the database. Nothing is audited here; nothing is left behind on
// failure.
[[nodiscard]] Result<BackupReport> writeBackupFile(storage::EncryptedDatabase& database,
                                                   const storage::SecureBytes& key,
                                                   const QString& keyringPath, const QString& path,
                                                   qint64 chunkSize = storage::kBackupChunkSize);

// Reads a backup file without any key and checks that it is complete and undamaged (streaming over the whole
// file); for a restore dialog to show what it is about to restore. Cancelled once `cancelled` turns true.
[[nodiscard]] Result<storage::BackupHeader> inspectBackup(const QString& backupPath,
                                                          const std::atomic_bool* cancelled = nullptr);

// Checks a backup's database part, extracted to `databasePath`, and its keyring, written to `keyringPath`,
// where they are (integrity, the keyring and database belong together, `key` opens both). Leaves both files
// in place. BackupInvalid when they do not hold up; `keyDoesNotFit` is set when the cause is that `key` is
// not this backup's key.
[[nodiscard]] Status checkBackupDatabase(const storage::BackupHeader& header, const QString& databasePath,
                                         const QString& keyringPath, const storage::SecureBytes& key,
                                         const QString& backupPathForMessages, bool* keyDoesNotFit = nullptr);

struct RestoreRequest {
    QString backupPath;
    QString targetPath;   // where the database goes; its keyring goes beside it
    bool replace = false; // an existing database there is kept aside (renamed with a time stamp)
    // Either a user's name and password (their slot in the backup's keyring) or the recovery code.
    QString user;
    QString password;
    QString recoveryCode;
};

struct RestoreReport {
    storage::DatabaseFiles files;
    QString keptAside; // where the replaced database went, empty when there was none
    storage::BackupHeader header;
};

// Restores a backup to `targetPath`: checks the file while extracting its database part into a temporary file
// beside the target, opens it with the password or the recovery code, decrypts and integrity-checks it there,
// and only then moves the old database (if `replace`) aside and the restored files into place. Audited in the
// restored database.
// Checks, before anything is replaced, that `user`'s `password` opens their slot in the keyring of the backup
// at `backupPath` (only the start of the file is read; the keyring goes to a work file in `workFolder` for a
// moment). The errors a sign-in gives (WrongPassword, UnknownUser), or BackupInvalid. restoreBackup() checks
// all of it again; this lets the desk say "wrong password" while the user is still signed in.
[[nodiscard]] Status checkRestoreCredentials(const QString& backupPath, const QString& user,
                                             const QString& password, const QString& workFolder);

// The same for a recovery code: well formed, and the key of this backup (its keyring's seal matches);
// RecoveryCodeTypo / RecoveryCodeWrong otherwise. No key derivation: instant.
[[nodiscard]] Status checkRestoreRecoveryCode(const QString& backupPath, const QString& recoveryCode,
                                              const QString& workFolder);

// The backup is streamed `chunkSize` bytes at a time: memory does not grow with the database.
[[nodiscard]] Result<RestoreReport> restoreBackup(const RestoreRequest& request,
                                                  qint64 chunkSize = storage::kBackupChunkSize);

} // namespace legalaid

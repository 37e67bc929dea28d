#include "records/backup/backup_service.h"

#include "common/atomic_file.h"
#include "records/audit_log.h"
#include "records/centre_settings.h"
#include "records/permissions.h"
#include "records/user_repository.h"
#include "storage/encrypted_database.h"
#include "storage/keyring.h"
#include "storage/migrator.h"
#include "storage/recovery_code.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <sodium.h>

namespace legalaid {

using storage::DatabaseFiles;
using storage::EncryptedDatabase;
using storage::Keyring;
using storage::SecureBytes;

namespace {

const QString kLastGoodKey = QStringLiteral("backup.last_good_at");

// A hidden name beside `path`, unique per call, for work files that must end up on the same disk.
QString workFileBeside(const QString& path, const QString& purpose) {
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.') + purpose +
           QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128);
}

// Removes the work files it was given when it goes out of scope, whatever path the code took.
class WorkFiles {
public:
    void addDatabase(const QString& path) { m_databases << path; }
    void addFile(const QString& path) { m_files << path; }
    void release(const QString& path) {
        m_databases.removeAll(path);
        m_files.removeAll(path);
    }
    ~WorkFiles() {
        for (const QString& path : std::as_const(m_databases))
            storage::removeDatabaseFiles(path);
        for (const QString& path : std::as_const(m_files))
            QFile::remove(path);
    }

private:
    QStringList m_databases;
    QStringList m_files;
};

Result<QByteArray> readWholeFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("BackupService", "Cannot read %1: %2.")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

BackupService::BackupService(Session& session)
    : m_session(session) {}

Result<BackupReport> BackupService::backupTo(const QString& path) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::BackupCreate); !allowed)
        return allowed.error();
    return write(path, QStringLiteral("backup.create"));
}

Result<BackupReport> BackupService::automaticBackupTo(const QString& path, const QString& action) {
    return write(path, action);
}

Result<BackupReport> BackupService::write(const QString& path, const QString& action) {
    const QFileInfo target(path);
    if (target.absoluteFilePath() == QFileInfo(m_session.files().database).absoluteFilePath() ||
        target.absoluteFilePath() == QFileInfo(m_session.files().keyring).absoluteFilePath())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "BackupService", "A backup cannot be written over the database itself. Choose "
                                              "another file name."));
    auto written =
        writeBackupFile(m_session.database(), m_session.databaseKey(), m_session.files().keyring, path);
    if (!written)
        return written.error();
    if (auto recorded = recordWritten(*written, action); !recorded)
        return recorded.error();
    return *written;
}

Status BackupService::recordWritten(const BackupReport& report, const QString& action) {
    // The file name may name a folder of the user's; the audit entry keeps only the size.
    return m_session.writeAudited(
        m_session.event(action, QStringLiteral("backup"), {}, QString::number(report.bytes)),
        [&]() -> Status {
            return SettingsRepository(m_session.db())
                .setValue(kLastGoodKey, report.createdAt.toString(Qt::ISODateWithMs));
        });
}

Result<BackupReport> writeBackupFile(EncryptedDatabase& source, const SecureBytes& key,
                                     const QString& keyringPath, const QString& path, qint64 chunkSize) {
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("BackupService", "Choose where to write the backup."));
    const QFileInfo target(path);
    if (target.isDir())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("BackupService",
                                                     "%1 is a folder. Give the backup a file name inside it.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!isWritableFolder(target.absolutePath()))
        return makeError(ErrorCode::ReadOnlyLocation,
                         QCoreApplication::translate(
                             "BackupService", "Cannot write the backup to %1: the folder does not exist "
                                              "or is read-only. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));

    WorkFiles work;
    // 1. A consistent, encrypted copy of the database beside the destination, with the keyring beside it.
    const QString exported = workFileBeside(path, QStringLiteral("export"));
    const QString exportedKeyring = DatabaseFiles::forDatabase(exported).keyring;
    work.addDatabase(exported);
    work.addFile(exportedKeyring);
    if (auto copied = storage::exportDatabase(source, key, exported); !copied)
        return copied.error();
    auto keyring = readWholeFile(keyringPath);
    if (!keyring)
        return keyring.error();
    auto databaseId = SettingsRepository(source.connection()).value(QStringLiteral("database.id"));
    if (!databaseId)
        return databaseId.error();
    auto version = source.schemaVersion();
    if (!version)
        return version.error();
    storage::BackupHeader header;
    header.databaseId = *databaseId;
    header.schemaVersion = *version;
    header.createdAt = QDateTime::currentDateTimeUtc();

    const auto didNotCheckOut = [&path](const Error& error) -> Error {
        QFile::remove(path);
        if (error.code == ErrorCode::DiskFull)
            return error;
        return makeError(ErrorCode::BackupInvalid,
                         QCoreApplication::translate(
                             "BackupService", "The backup was written but did not check out, so it was "
                                              "removed: %1")
                             .arg(error.message));
    };

    // 2. Prove the copy restores: decrypted with the key, integrity-checked, its keyring sealed by that key.
    //    (Before the backup file exists, so that a copy that does not hold up never replaces a good backup.)
    if (auto written = writeFileAtomically(exportedKeyring, *keyring); !written)
        return written.error();
    if (auto checked = checkBackupDatabase(header, exported, exportedKeyring, key, path); !checked) {
        if (checked.error().code == ErrorCode::DiskFull)
            return checked.error();
        return makeError(ErrorCode::BackupInvalid,
                         QCoreApplication::translate("BackupService",
                                                     "The backup did not check out, so none was written: %1")
                             .arg(checked.error().message));
    }

    // 3. One file, streamed from the checked copy and written atomically.
    QByteArray writtenChecksum;
    if (auto written =
            storage::writeBackupStream(path, header, *keyring, exported, chunkSize, &writtenChecksum);
        !written)
        return written.error();
    const qint64 exportedSize = QFileInfo(exported).size();
    storage::removeDatabaseFiles(exported);

    // 4. Read back what is on the disk now. Its contents match its stored checksum, and that is the checksum
    //    computed over the bytes streamed from the copy checked in step 2: the file holds exactly that copy.
    auto reread = storage::readBackupStream(path, {}, chunkSize);
    if (!reread)
        return didNotCheckOut(reread.error());
    if (reread->header.databaseId != *databaseId || reread->keyring != *keyring ||
        reread->databaseSize != exportedSize || reread->checksum.size() != writtenChecksum.size() ||
        sodium_memcmp(reread->checksum.constData(), writtenChecksum.constData(),
                      static_cast<size_t>(writtenChecksum.size())) != 0)
        return didNotCheckOut(
            makeError(ErrorCode::BackupInvalid,
                      QCoreApplication::translate("BackupService", "The backup read back differs from "
                                                                   "what was written.")));
    return BackupReport{QFileInfo(path).absoluteFilePath(), QFileInfo(path).size(), header.createdAt,
                        *version};
}

Result<std::optional<QDateTime>> BackupService::lastGoodBackup() const {
    auto stored = SettingsRepository(m_session.db()).value(kLastGoodKey);
    if (!stored)
        return stored.error();
    const QDateTime at = QDateTime::fromString(*stored, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(at);
}

Result<bool> BackupService::isOverdue(int maxAgeDays, const QDateTime& now) const {
    auto last = lastGoodBackup();
    if (!last)
        return last.error();
    if (!last->has_value())
        return true;
    return (*last)->secsTo(now) > qint64(maxAgeDays) * 24 * 3600;
}

Result<storage::BackupHeader> inspectBackup(const QString& backupPath, const std::atomic_bool* cancelled) {
    auto index = storage::readBackupStream(backupPath, {}, storage::kBackupChunkSize, cancelled);
    if (!index)
        return index.error();
    return index->header;
}

Status checkBackupDatabase(const storage::BackupHeader& header, const QString& databasePath,
                           const QString& keyringPath, const SecureBytes& key, const QString& backupPath,
                           bool* keyDoesNotFit) {
    const auto damaged = [&](const QString& why) {
        return makeError(ErrorCode::BackupInvalid,
                         QCoreApplication::translate(
                             "BackupService", "%1 is not a usable backup (%2). Use another backup file.")
                             .arg(QDir::toNativeSeparators(backupPath), why));
    };
    auto keyring = Keyring::load(keyringPath);
    if (!keyring)
        return damaged(QCoreApplication::translate("BackupService", "its keyring is damaged"));
    if (keyring->databaseId() != header.databaseId)
        return damaged(
            QCoreApplication::translate("BackupService", "its keyring belongs to another database"));
    if (!keyring->sealMatches(key)) {
        if (keyDoesNotFit)
            *keyDoesNotFit = true;
        return damaged(QCoreApplication::translate("BackupService", "its keyring does not match its key"));
    }
    auto database = EncryptedDatabase::open(databasePath, key, EncryptedDatabase::OpenMode::OpenExisting);
    if (!database && database.error().code == ErrorCode::NotADatabase && keyDoesNotFit)
        *keyDoesNotFit = true;
    if (!database)
        return database.error().code == ErrorCode::NotADatabase
                   ? damaged(QCoreApplication::translate("BackupService",
                                                         "its database part does not open with its key"))
                   : database.error();
    auto problems = (*database)->integrityCheck();
    if (!problems)
        return damaged(problems.error().message);
    if (!problems->isEmpty())
        return damaged(
            QCoreApplication::translate("BackupService", "its database fails the integrity check"));
    auto storedId = SettingsRepository((*database)->connection()).value(QStringLiteral("database.id"));
    if (!storedId || *storedId != header.databaseId)
        return damaged(
            QCoreApplication::translate("BackupService", "its parts belong to different databases"));
    return {};
}

namespace {

Error restoreError(ErrorCode code, const QString& text) {
    return makeError(code, text);
}

// Moves the database at `path` and every file that belongs to it aside under one time-stamped name, so the
// set stays openable. Returns the new database path.
Result<QString> moveAside(const QString& path) {
    const QString aside = path + QStringLiteral(".replaced-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    const DatabaseFiles from = DatabaseFiles::forDatabase(path);
    const DatabaseFiles to = DatabaseFiles::forDatabase(aside);
    const std::pair<QString, QString> moves[] = {
        {from.database, to.database},
        {from.database + QStringLiteral("-wal"), to.database + QStringLiteral("-wal")},
        {from.database + QStringLiteral("-shm"), to.database + QStringLiteral("-shm")},
        {from.keyring, to.keyring},
        {from.pendingAudit, to.pendingAudit}};
    for (const auto& [source, destination] : moves) {
        if (!QFileInfo::exists(source))
            continue;
        if (!QFile::rename(source, destination))
            return restoreError(ErrorCode::Io,
                                QCoreApplication::translate("BackupService",
                                                            "Cannot move the existing database aside to %1; "
                                                            "nothing was restored.")
                                    .arg(QDir::toNativeSeparators(destination)));
    }
    return aside;
}

} // namespace

namespace {

Error recoveryCodeDoesNotOpen(const QString& backupPath) {
    return restoreError(ErrorCode::RecoveryCodeWrong,
                        QCoreApplication::translate("BackupService",
                                                    "This recovery code is well formed but does not open "
                                                    "the backup %1: it belongs to another database, or the "
                                                    "key was changed after it was printed.")
                            .arg(QDir::toNativeSeparators(backupPath)));
}

// The keyring at the start of the backup, through a work file in `workFolder` that is removed on return.
Result<Keyring> keyringAtStartOf(const QString& backupPath, const QString& workFolder) {
    auto start = storage::readBackupStart(backupPath);
    if (!start)
        return start.error();
    WorkFiles work;
    const QString keyringPath =
        workFileBeside(QDir(workFolder).filePath(QStringLiteral("backup")), QStringLiteral("keyring-check"));
    work.addFile(keyringPath);
    if (auto written = writeFileAtomically(keyringPath, start->keyring); !written)
        return written.error();
    auto keyring = Keyring::load(keyringPath);
    if (!keyring)
        return restoreError(ErrorCode::BackupInvalid,
                            QCoreApplication::translate(
                                "BackupService", "The keyring inside %1 is damaged. Use another backup, "
                                                 "or restore with the recovery code.")
                                .arg(QDir::toNativeSeparators(backupPath)));
    return keyring;
}

} // namespace

Status checkRestoreCredentials(const QString& backupPath, const QString& user, const QString& password,
                               const QString& workFolder) {
    if (password.isEmpty())
        return restoreError(
            ErrorCode::EmptyPassword,
            QCoreApplication::translate("BackupService", "The password is empty. Enter your password."));
    auto keyring = keyringAtStartOf(backupPath, workFolder);
    if (!keyring)
        return keyring.error();
    auto unwrapped = keyring->unwrap(user, password);
    if (!unwrapped)
        return unwrapped.error();
    return {};
}

Status checkRestoreRecoveryCode(const QString& backupPath, const QString& recoveryCode,
                                const QString& workFolder) {
    auto key = storage::RecoveryCode::decode(recoveryCode);
    if (!key)
        return key.error();
    auto keyring = keyringAtStartOf(backupPath, workFolder);
    if (!keyring)
        return keyring.error();
    // The keyring's seal is a MAC under the database key: it tells whether the code is this backup's key.
    if (!keyring->sealMatches(*key))
        return recoveryCodeDoesNotOpen(backupPath);
    return {};
}

Result<RestoreReport> restoreBackup(const RestoreRequest& request, qint64 chunkSize) {
    if (request.targetPath.trimmed().isEmpty())
        return restoreError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("BackupService", "Choose where to restore the database."));
    const DatabaseFiles files = DatabaseFiles::forDatabase(QFileInfo(request.targetPath).absoluteFilePath());
    const bool exists = QFileInfo::exists(files.database) || QFileInfo::exists(files.keyring);
    if (exists && !request.replace)
        return restoreError(ErrorCode::DatabaseExists,
                            QCoreApplication::translate(
                                "BackupService", "A database already exists at %1; it is left untouched. "
                                                 "Restore to another path, or ask to replace it (the old "
                                                 "one is then kept aside).")
                                .arg(QDir::toNativeSeparators(files.database)));
    const QString folder = QFileInfo(files.database).absolutePath();
    if (!isWritableFolder(folder))
        return restoreError(ErrorCode::ReadOnlyLocation,
                            QCoreApplication::translate(
                                "BackupService", "Cannot restore into %1: the folder does not exist or is "
                                                 "read-only. Choose a folder you can write to.")
                                .arg(QDir::toNativeSeparators(folder)));

    // What needs no file is checked first, so a mistyped code does not wait for a whole extraction.
    SecureBytes key;
    QString actor;
    if (!request.recoveryCode.isEmpty()) {
        auto decoded = storage::RecoveryCode::decode(request.recoveryCode);
        if (!decoded)
            return decoded.error();
        key = std::move(decoded).value();
        actor = QStringLiteral("recovery-code");
    } else if (request.password.isEmpty()) {
        return restoreError(
            ErrorCode::EmptyPassword,
            QCoreApplication::translate("BackupService", "The password is empty. Enter your password."));
    }

    WorkFiles work;
    const QString staged = workFileBeside(files.database, QStringLiteral("restoring"));
    const QString stagedKeyring = DatabaseFiles::forDatabase(staged).keyring;
    work.addDatabase(staged);
    work.addFile(stagedKeyring);

    // One pass over the backup: its checksum over the whole file, its database part streamed into the staged
    // file that becomes the database. Nothing of it is held in memory.
    auto index = storage::readBackupStream(request.backupPath, staged, chunkSize);
    if (!index && index.error().code == ErrorCode::DiskFull)
        return restoreError(ErrorCode::DiskFull,
                            QCoreApplication::translate(
                                "BackupService", "The restored database does not fit on the disk of %1. "
                                                 "Nothing was changed; free some space and try again.")
                                .arg(QDir::toNativeSeparators(folder)));
    if (!index)
        return index.error();
    if (auto written = writeFileAtomically(stagedKeyring, index->keyring); !written)
        return written.error();

    // The key from the user's slot in the backup's own keyring.
    if (request.recoveryCode.isEmpty()) {
        auto keyring = Keyring::load(stagedKeyring);
        if (!keyring)
            return restoreError(ErrorCode::BackupInvalid,
                                QCoreApplication::translate(
                                    "BackupService", "The keyring inside %1 is damaged. Use another backup, "
                                                     "or restore with the recovery code.")
                                    .arg(QDir::toNativeSeparators(request.backupPath)));
        auto unwrapped = keyring->unwrap(request.user, request.password);
        if (!unwrapped)
            return unwrapped.error();
        key = std::move(unwrapped->key);
        actor = request.user;
    }

    bool keyDoesNotFit = false;
    if (auto checked = checkBackupDatabase(index->header, staged, stagedKeyring, key, request.backupPath,
                                           &keyDoesNotFit);
        !checked) {
        if (!request.recoveryCode.isEmpty() && keyDoesNotFit)
            return recoveryCodeDoesNotOpen(request.backupPath);
        return checked.error();
    }

    // Record the restore in the audit log of the staged database, which then becomes the database.
    {
        auto database = EncryptedDatabase::open(staged, key, EncryptedDatabase::OpenMode::OpenExisting);
        if (!database)
            return database.error();
        if (!actor.isEmpty() && actor != QLatin1String("recovery-code")) {
            auto user = UserRepository((*database)->connection()).findByName(actor);
            if (!user)
                return user.error();
            if (!user->has_value() || !(*user)->active)
                return restoreError(ErrorCode::UnknownUser,
                                    QCoreApplication::translate(
                                        "BackupService", "There is no active user \"%1\" in the backup.")
                                        .arg(actor));
            if (auto allowed = requirePermission((*user)->role, Operation::BackupRestore); !allowed)
                return allowed.error();
        }
        QSqlDatabase db = (*database)->connection();
        if (!db.transaction())
            return restoreError(ErrorCode::Sql,
                                QCoreApplication::translate("BackupService", "Cannot record the restore: %1")
                                    .arg(db.lastError().databaseText()));
        const Status logged = AuditLog(db).append({actor,
                                                   QStringLiteral("database.restore"),
                                                   QStringLiteral("backup"),
                                                   {},
                                                   index->header.createdAt.toString(Qt::ISODateWithMs),
                                                   std::nullopt});
        if (!logged || !db.commit()) {
            db.rollback();
            return logged ? restoreError(ErrorCode::Sql, QCoreApplication::translate(
                                                             "BackupService", "Cannot record the restore."))
                          : logged.error();
        }
        if (auto folded = (*database)->checkpoint(); !folded)
            return folded.error();
    }

    RestoreReport report;
    report.files = files;
    report.header = index->header;
    if (exists) {
        auto aside = moveAside(files.database);
        if (!aside)
            return aside.error();
        report.keptAside = *aside;
    }
    if (!QFile::rename(staged, files.database))
        return restoreError(ErrorCode::Io, QCoreApplication::translate(
                                               "BackupService", "Cannot move the restored database to %1.")
                                               .arg(QDir::toNativeSeparators(files.database)));
    work.release(staged);
    if (!QFile::rename(stagedKeyring, files.keyring)) {
        QFile::remove(files.database);
        return restoreError(ErrorCode::Io, QCoreApplication::translate(
                                               "BackupService", "Cannot move the restored keyring to %1.")
                                               .arg(QDir::toNativeSeparators(files.keyring)));
    }
    work.release(stagedKeyring);
    return report;
}

} // namespace legalaid

#include "records/database_setup.h"

#include "common/atomic_file.h"
#include "records/audit_log.h"
#include "records/password_policy.h"
#include "records/session.h"
#include "records/user_repository.h"
#include "storage/encrypted_database.h"
#include "storage/keyring.h"
#include "storage/migrator.h"
#include "storage/recovery_code.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace legalaid {

using storage::DatabaseFiles;
using storage::EncryptedDatabase;
using storage::SecureBytes;

namespace {

Status validate(const SetupRequest& request, const DatabaseFiles& files) {
    if (request.databasePath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("DatabaseSetup", "Choose where to keep the database."));
    if (auto centre = validateCentreSettings(request.centre); !centre)
        return centre;
    if (auto name = validateUserName(request.adminName); !name)
        return name;
    if (auto password = checkNewPassword(request.adminPassword); !password)
        return password;
    for (const QString& path : {files.database, files.keyring}) {
        if (QFileInfo::exists(path))
            return makeError(
                ErrorCode::DatabaseExists,
                QCoreApplication::translate(
                    "DatabaseSetup",
                    "A file already exists at %1; it is left untouched. Choose another name or folder, "
                    "or open the existing database.")
                    .arg(QDir::toNativeSeparators(path)));
    }
    const QString folder = QFileInfo(files.database).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return makeError(
            ErrorCode::ReadOnlyLocation,
            QCoreApplication::translate("DatabaseSetup",
                                        "Cannot create the folder %1. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(folder)));
    if (!isWritableFolder(folder))
        return makeError(ErrorCode::ReadOnlyLocation,
                         QCoreApplication::translate(
                             "DatabaseSetup", "The folder %1 is read-only. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(folder)));
    return {};
}

Status initialiseContents(EncryptedDatabase& database, const SetupRequest& request,
                          const QString& databaseId) {
    storage::Migrator migrator(storage::Migrator::builtin());
    if (auto migrated = migrator.migrate(database, {}); !migrated)
        return migrated;

    QSqlDatabase db = database.connection();
    if (!db.transaction())
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("DatabaseSetup", "Cannot start the set-up: %1")
                             .arg(db.lastError().databaseText()));
    auto work = [&]() -> Status {
        SettingsRepository settings(db);
        if (auto saved = settings.setCentre(request.centre); !saved)
            return saved;
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("database.id"), databaseId},
              std::pair{QStringLiteral("database.created_at"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
              std::pair{QStringLiteral("keyring.kdf_profile"), storage::kdfProfileName(request.kdf)}}) {
            if (auto saved = settings.setValue(key, value); !saved)
                return saved;
        }
        UserRecord admin;
        admin.name = request.adminName;
        admin.fullName =
            request.adminFullName.trimmed().isEmpty() ? request.adminName : request.adminFullName.trimmed();
        admin.role = Role::Admin;
        if (auto inserted = UserRepository(db).insert(admin); !inserted)
            return inserted.error();
        AuditLog log(db);
        if (auto logged =
                log.append({request.adminName, QStringLiteral("database.init"), QStringLiteral("centre"),
                            request.centre.code, request.centre.name, std::nullopt});
            !logged)
            return logged;
        return log.append({request.adminName, QStringLiteral("user.add"), QStringLiteral("user"),
                           request.adminName, roleCode(Role::Admin), std::nullopt});
    };
    Status status = work();
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("DatabaseSetup", "Cannot save the new database: %1")
                             .arg(db.lastError().databaseText()));
    return {};
}

void removeCreatedFiles(const DatabaseFiles& files) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(files.database + suffix);
    QFile::remove(files.keyring);
}

} // namespace

Result<SetupResult> createDatabase(const SetupRequest& request) {
    const DatabaseFiles files =
        DatabaseFiles::forDatabase(QFileInfo(request.databasePath).absoluteFilePath());
    if (auto valid = validate(request, files); !valid)
        return valid.error();

    const SecureBytes key = SecureBytes::random(32);
    const QString databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto database = EncryptedDatabase::open(files.database, key, EncryptedDatabase::OpenMode::CreateNew);
        if (!database) {
            if (database.error().code != ErrorCode::DatabaseExists)
                removeCreatedFiles(files);
            return database.error();
        }
        if (auto initialised = initialiseContents(**database, request, databaseId); !initialised) {
            database->reset();
            removeCreatedFiles(files);
            return initialised.error();
        }
    }

    auto keyring = storage::Keyring::createFor(databaseId, key);
    keyring.setSlot(request.adminName, request.adminPassword, request.kdf, key);
    if (auto saved = keyring.save(files.keyring); !saved) {
        removeCreatedFiles(files);
        return saved.error();
    }
    return SetupResult{files, storage::RecoveryCode::encode(key)};
}

} // namespace legalaid

#include "storage/migrator.h"

#include "common/atomic_file.h"
#include "storage/encrypted_database.h"
#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace legalaid::storage {

Migrator::Migrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations)) {
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

std::vector<Migration> Migrator::builtin() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    std::vector<Migration> migrations;
    QDirIterator it(QStringLiteral(":/migrations"));
    while (it.hasNext()) {
        it.next();
        const auto match = pattern.match(it.fileName());
        if (!match.hasMatch())
            continue;
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.push_back(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion() const {
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Status Migrator::migrate(EncryptedDatabase& database, const BackupHook& backup) const {
    const auto current = database.schemaVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return makeError(ErrorCode::SchemaTooNew,
                         QCoreApplication::translate(
                             "Migrator",
                             "The database has schema version %1 but this application knows only up to %2. "
                             "Update the application.")
                             .arg(*current)
                             .arg(latestVersion()));

    int version = *current;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= version)
            continue;
        if (version > 0 && backup) {
            const auto written = backup(version, migration.version);
            if (!written)
                return makeError(
                    ErrorCode::MigrationFailed,
                    QCoreApplication::translate(
                        "Migrator",
                        "The database was not upgraded because the backup before the upgrade failed: "
                        "%1")
                        .arg(written.error().message));
        }
        auto* driver = database.driver();
        QSqlDatabase db = database.connection();
        if (!db.transaction())
            return makeError(
                ErrorCode::MigrationFailed,
                QCoreApplication::translate("Migrator", "Cannot start the upgrade to version %1: %2")
                    .arg(migration.version)
                    .arg(db.lastError().text()));
        // Another connection may have applied this migration while we waited for the write lock.
        if (const auto current = database.schemaVersion(); current && *current >= migration.version) {
            db.rollback();
            version = *current;
            continue;
        }
        // user_version is written inside the same transaction, so version and schema move together.
        const bool applied =
            driver->executeScript(migration.sql) &&
            driver->executeScript(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!applied) {
            const QString reason = driver->lastError().databaseText();
            db.rollback();
            return makeError(
                ErrorCode::MigrationFailed,
                QCoreApplication::translate(
                    "Migrator",
                    "The upgrade to schema version %1 (%2) failed and was undone: %3. The database "
                    "stays at version %4 and can still be used.")
                    .arg(migration.version)
                    .arg(migration.name, reason)
                    .arg(version));
        }
        if (!db.commit()) {
            const QString reason = db.lastError().databaseText();
            db.rollback();
            return makeError(
                ErrorCode::MigrationFailed,
                QCoreApplication::translate(
                    "Migrator",
                    "The upgrade to schema version %1 could not be saved: %2. The database stays at "
                    "version %3.")
                    .arg(migration.version)
                    .arg(reason)
                    .arg(version));
        }
        version = migration.version;
    }
    return {};
}

Migrator::BackupHook backupBesideDatabase(EncryptedDatabase& database) {
    return [&database](int fromVersion, int toVersion) -> Result<QString> {
        if (auto checkpointed = database.checkpoint(); !checkpointed)
            return checkpointed.error();
        const QFileInfo info(database.path());
        QDir folder(info.absolutePath());
        const QString backups = QStringLiteral("backups");
        if (!folder.exists(backups) && !folder.mkdir(backups))
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Migrator", "Cannot create the backup folder in %1.")
                                 .arg(QDir::toNativeSeparators(folder.absolutePath())));
        const QString target = folder.filePath(
            QStringLiteral("%1/%2.v%3-before-v%4-%5.bak")
                .arg(backups, info.fileName())
                .arg(fromVersion)
                .arg(toVersion)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"))));
        // The copy is the encrypted file itself: a backup is never in clear.
        QFile source(database.path());
        if (!source.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QCoreApplication::translate(
                                                "Migrator", "Cannot read the database for a backup: %1")
                                                .arg(source.errorString()));
        if (auto written = writeFileAtomically(target, source.readAll()); !written)
            return written.error();
        return target;
    };
}

} // namespace legalaid::storage

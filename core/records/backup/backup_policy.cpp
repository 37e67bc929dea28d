#include "records/backup/backup_policy.h"

#include "common/atomic_file.h"
#include "records/centre_settings.h"
#include "records/permissions.h"
#include "storage/encrypted_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace legalaid {

namespace {

const QString kFolder = QStringLiteral("backup.folder");
const QString kGenerations = QStringLiteral("backup.generations");
const QString kDaily = QStringLiteral("backup.daily_at_first_unlock");
const QString kBeforeMigration = QStringLiteral("backup.before_migration");
const QString kMaxAgeDays = QStringLiteral("backup.max_age_days");
const QString kLastAutomaticDay = QStringLiteral("backup.last_automatic_day");

Result<BackupPolicy> readPolicy(QSqlDatabase db) {
    SettingsRepository settings(std::move(db));
    BackupPolicy policy;
    const auto text = [&](const QString& key) -> Result<QString> { return settings.value(key); };
    auto folder = text(kFolder);
    if (!folder)
        return folder.error();
    policy.folder = *folder;
    for (const auto& [key, target] :
         {std::pair{kGenerations, &policy.generations}, std::pair{kMaxAgeDays, &policy.maxAgeDays}}) {
        auto stored = text(key);
        if (!stored)
            return stored.error();
        bool ok = false;
        const int value = stored->toInt(&ok);
        if (ok && value > 0)
            *target = value;
    }
    for (const auto& [key, target] : {std::pair{kDaily, &policy.dailyAtFirstUnlock},
                                      std::pair{kBeforeMigration, &policy.beforeMigration}}) {
        auto stored = text(key);
        if (!stored)
            return stored.error();
        if (!stored->isEmpty())
            *target = *stored == QLatin1String("1");
    }
    return policy;
}

QString baseNameOf(const QString& databasePath) {
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

Status validateBackupPolicy(const BackupPolicy& policy) {
    if (policy.generations < 1 || policy.generations > 365)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("BackupPolicy", "Keep between 1 and 365 automatic backups."));
    if (policy.maxAgeDays < 1 || policy.maxAgeDays > 365)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "BackupPolicy", "The warning age of the last backup must be between 1 and "
                                             "365 days."));
    if (!policy.folder.isEmpty() && !QFileInfo(policy.folder).isAbsolute())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("BackupPolicy",
                                                     "Give the backup folder as a full path, for example a "
                                                     "folder on a USB drive."));
    return {};
}

QString generationFileName(const QString& databasePath, const QDateTime& at) {
    return QStringLiteral("%1-%2.labak")
        .arg(baseNameOf(databasePath), at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")));
}

QStringList generationsIn(const QString& folder, const QString& databasePath) {
    const QRegularExpression pattern(QStringLiteral("^%1-\\d{8}-\\d{9}\\.labak$")
                                         .arg(QRegularExpression::escape(baseNameOf(databasePath))));
    QStringList found;
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (pattern.match(name).hasMatch())
            found << QDir(folder).filePath(name);
    }
    // The time stamp in the name sorts oldest first.
    return found;
}

void pruneGenerations(const QString& folder, const QString& databasePath, int keep) {
    const QStringList generations = generationsIn(folder, databasePath);
    for (qsizetype i = 0; i + keep < generations.size(); ++i)
        QFile::remove(generations.at(i));
}

AutomaticBackups::AutomaticBackups(Session& session)
    : m_session(session) {}

Result<BackupPolicy> AutomaticBackups::policy() const {
    return readPolicy(m_session.db());
}

Status AutomaticBackups::setPolicy(const BackupPolicy& policy) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::EditCentreSettings); !allowed)
        return allowed;
    if (auto valid = validateBackupPolicy(policy); !valid)
        return valid;
    if (!policy.folder.isEmpty() && !isWritableFolder(policy.folder))
        return makeError(ErrorCode::ReadOnlyLocation,
                         QCoreApplication::translate("BackupPolicy",
                                                     "The backup folder %1 does not exist or is read-only. "
                                                     "Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(policy.folder)));
    return m_session.writeAudited(
        m_session.event(QStringLiteral("backup.policy"), QStringLiteral("settings")), [&]() -> Status {
            SettingsRepository settings(m_session.db());
            const std::pair<QString, QString> values[] = {
                {kFolder, policy.folder},
                {kGenerations, QString::number(policy.generations)},
                {kDaily, policy.dailyAtFirstUnlock ? QStringLiteral("1") : QStringLiteral("0")},
                {kBeforeMigration, policy.beforeMigration ? QStringLiteral("1") : QStringLiteral("0")},
                {kMaxAgeDays, QString::number(policy.maxAgeDays)}};
            for (const auto& [key, value] : values) {
                if (auto saved = settings.setValue(key, value); !saved)
                    return saved;
            }
            return {};
        });
}

Result<BackupReport> AutomaticBackups::writeGeneration(const BackupPolicy& policy, const QString& action) {
    if (policy.folder.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "BackupPolicy", "No backup folder is set. An administrator chooses one in "
                                             "the backup settings."));
    const QString path =
        QDir(policy.folder)
            .filePath(generationFileName(m_session.files().database, QDateTime::currentDateTimeUtc()));
    auto written = BackupService(m_session).automaticBackupTo(path, action);
    if (!written)
        return written.error();
    // Only after a good backup: a failing drive must never cost the older generations.
    pruneGenerations(policy.folder, m_session.files().database, policy.generations);
    return written;
}

Result<std::optional<BackupReport>> AutomaticBackups::runIfDue(const QDateTime& now) {
    auto current = policy();
    if (!current)
        return current.error();
    if (current->folder.isEmpty() || !current->dailyAtFirstUnlock)
        return std::optional<BackupReport>();
    SettingsRepository settings(m_session.db());
    auto lastDay = settings.value(kLastAutomaticDay);
    if (!lastDay)
        return lastDay.error();
    const QString today = now.toLocalTime().date().toString(Qt::ISODate);
    if (*lastDay == today)
        return std::optional<BackupReport>();
    auto written = writeGeneration(*current, QStringLiteral("backup.daily"));
    if (!written)
        return written.error();
    if (auto marked = m_session.writeAudited(
            m_session.event(QStringLiteral("backup.daily.done"), QStringLiteral("settings")),
            [&]() -> Status {
                return SettingsRepository(m_session.db()).setValue(kLastAutomaticDay, today);
            });
        !marked)
        return marked.error();
    return std::optional<BackupReport>(*written);
}

Result<BackupReport> AutomaticBackups::runNow() {
    if (auto allowed = requirePermission(m_session.user().role, Operation::BackupCreate); !allowed)
        return allowed.error();
    auto current = policy();
    if (!current)
        return current.error();
    return writeGeneration(*current, QStringLiteral("backup.create"));
}

Result<AutomaticBackups::Overview> AutomaticBackups::overview(const QDateTime& now) const {
    auto current = policy();
    if (!current)
        return current.error();
    BackupService service(m_session);
    auto last = service.lastGoodBackup();
    if (!last)
        return last.error();
    auto overdue = service.isOverdue(current->maxAgeDays, now);
    if (!overdue)
        return overdue.error();
    return Overview{*last, *overdue, current->maxAgeDays, current->folder};
}

storage::Migrator::BackupHook backupBeforeMigration(storage::EncryptedDatabase& database,
                                                    const storage::SecureBytes& key) {
    return [&database, &key](int fromVersion, int toVersion) -> Result<QString> {
        auto current = readPolicy(database.connection());
        if (current && current->beforeMigration && !current->folder.isEmpty() &&
            isWritableFolder(current->folder)) {
            const QString path =
                QDir(current->folder)
                    .filePath(generationFileName(database.path(), QDateTime::currentDateTimeUtc()));
            auto written = writeBackupFile(
                database, key, storage::DatabaseFiles::forDatabase(database.path()).keyring, path);
            if (written) {
                pruneGenerations(current->folder, database.path(), current->generations);
                return written->path;
            }
        }
        // No usable policy folder: the encrypted copy beside the database, as before.
        return storage::backupBesideDatabase(database)(fromVersion, toVersion);
    };
}

} // namespace legalaid

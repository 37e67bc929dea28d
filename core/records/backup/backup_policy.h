#pragma once

#include "common/result.h"
#include "records/backup/backup_service.h"
#include "records/session.h"
#include "storage/migrator.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace legalaid {

// The centre's automatic backups, kept in the database's settings (no extra table).
struct BackupPolicy {
    QString folder;                 // e.g. a USB drive; empty: automatic backups are off
    int generations = 7;            // how many automatic backups to keep in the folder (1–365)
    bool dailyAtFirstUnlock = true; // the first unlock of each day takes one
    bool beforeMigration = true;    // an upgrade of the schema takes one first
    int maxAgeDays = 7;             // the overview warns when the last good backup is older than this

    bool operator==(const BackupPolicy&) const = default;
};

[[nodiscard]] Status validateBackupPolicy(const BackupPolicy& policy);

// Reads and applies the policy for one session. The desk calls runIfDue() after every unlock and
// status() for the overview's warning; "Backup now" is runNow().
class AutomaticBackups {
public:
    explicit AutomaticBackups(Session& session);

    [[nodiscard]] Result<BackupPolicy> policy() const;
    // Needs Operation::EditCentreSettings; audited.
    [[nodiscard]] Status setPolicy(const BackupPolicy& policy);

    // The daily backup: written when the policy asks for it, the folder is set and no automatic backup was
    // taken yet on `now`'s local day. Returns what was written, or nothing when none was due.
    [[nodiscard]] Result<std::optional<BackupReport>>
    runIfDue(const QDateTime& now = QDateTime::currentDateTime());
    // A backup into the policy's folder now (needs Operation::BackupCreate), pruned to N generations.
    [[nodiscard]] Result<BackupReport> runNow();

    struct Overview {
        std::optional<QDateTime> lastGood;
        bool overdue = true;
        int maxAgeDays = 7;
        QString folder;
    };
    [[nodiscard]] Result<Overview> overview(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

private:
    [[nodiscard]] Result<BackupReport> writeGeneration(const BackupPolicy& policy, const QString& action);
    Session& m_session;
};

// The file name of an automatic backup of `databasePath` taken at `at`; generations are found by it.
[[nodiscard]] QString generationFileName(const QString& databasePath, const QDateTime& at);
// The automatic backups of `databasePath` in `folder`, oldest first.
[[nodiscard]] QStringList generationsIn(const QString& folder, const QString& databasePath);
// Deletes the oldest automatic backups so that `keep` remain. Never touches other files.
void pruneGenerations(const QString& folder, const QString& databasePath, int keep);

// The hook the migrator calls before upgrading a database that already holds data: when the policy asks for
// it and its folder is usable, a full backup (database and keyring) as a new generation there; otherwise the
// encrypted copy beside the database that the migrator always made.
[[nodiscard]] storage::Migrator::BackupHook backupBeforeMigration(storage::EncryptedDatabase& database,
                                                                  const storage::SecureBytes& key);

} // namespace legalaid

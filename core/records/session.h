#pragma once

#include "common/result.h"
#include "records/audit_log.h"
#include "records/centre_settings.h"
#include "records/user_repository.h"
#include "storage/database_files.h"
#include "storage/encrypted_database.h"
#include "storage/migrator.h"
#include "storage/secure_bytes.h"

#include <functional>
#include <memory>

namespace legalaid {

// An unlocked database: the open connection, the database key in locked memory and the signed-in user.
// Destroying the session closes the connection and wipes the key; that is how the desk locks.
// A session belongs to the thread that opened it.
class Session {
public:
    // Unlocks with a user's password: keyring slot -> database key -> SQLCipher, then migrations.
    // A failed attempt is recorded (sealed) and enters the audit log at the next successful login.
    [[nodiscard]] static Result<std::unique_ptr<Session>> open(const QString& databasePath,
                                                               const QString& user, const QString& password);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    [[nodiscard]] const UserRecord& user() const { return m_user; }
    [[nodiscard]] const CentreSettings& centre() const { return m_centre; }
    [[nodiscard]] const storage::DatabaseFiles& files() const { return m_files; }
    [[nodiscard]] QSqlDatabase db() const { return m_database->connection(); }
    [[nodiscard]] storage::EncryptedDatabase& database() { return *m_database; }
    [[nodiscard]] const storage::SecureBytes& databaseKey() const { return m_key; }

    // Runs `work` and the audit entry for it in one transaction: both commit or neither does.
    [[nodiscard]] Status writeAudited(const AuditEvent& event, const std::function<Status()>& work);
    // Inserts a record and audits it in one transaction; the entry's target id is the id `insert` returned.
    [[nodiscard]] Result<qint64> insertAudited(AuditEvent event,
                                               const std::function<Result<qint64>()>& insert);
    // Starts a write transaction (BEGIN IMMEDIATE: writers queue here); Busy when another writer holds it too
    // long.
    [[nodiscard]] Status beginWrite();
    // Moves failed logins recorded while locked into the audit log now (rekey does this before the audit key
    // changes, so they stay readable).
    [[nodiscard]] Status drainPendingEvents();
    // Records a read of something sensitive, or a print, export or lock.
    [[nodiscard]] Status audit(const AuditEvent& event);
    [[nodiscard]] AuditEvent event(const QString& action, const QString& targetType = {},
                                   const QString& targetId = {}, const QString& details = {}) const;

    // Used by rekey once the file is re-encrypted.
    void replaceKey(storage::SecureBytes newKey);
    // Re-reads the centre settings after they changed.
    [[nodiscard]] Status reloadCentre();

private:
    Session() = default;
    [[nodiscard]] Status importPendingEvents();
    // The transaction behind writeAudited and insertAudited: the audit event is built after `work` has run.
    [[nodiscard]] Status commitAudited(const std::function<Status()>& work,
                                       const std::function<AuditEvent()>& eventAfterWork);
    [[nodiscard]] Status appendPendingEvents(AuditLog& log);

    storage::DatabaseFiles m_files;
    std::unique_ptr<storage::EncryptedDatabase> m_database;
    storage::SecureBytes m_key;
    UserRecord m_user;
    CentreSettings m_centre;
};

// Opens the database with a key (no user), used by sign-in, recovery and set-up. Runs `migrations` (the
// shipped ones by default), first taking the backup the centre's policy asks for (backupBeforeMigration).
[[nodiscard]] Result<std::unique_ptr<storage::EncryptedDatabase>>
openAndMigrate(const QString& databasePath, const storage::SecureBytes& key,
               const std::vector<storage::Migration>& migrations = storage::Migrator::builtin());

} // namespace legalaid

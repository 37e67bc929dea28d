#pragma once

#include "common/result.h"

#include <QString>
#include <functional>
#include <vector>

namespace legalaid::storage {

class EncryptedDatabase;

struct Migration {
    int version = 0; // the schema version after this migration
    QString name;    // e.g. "initial"
    QString sql;     // several statements
};

// Brings a database to the newest schema. Each migration runs in its own transaction together with the new
// PRAGMA user_version, after an automatic backup copy of the (encrypted) file when it already holds data.
// A failing migration rolls back and leaves the file at the previous version, usable.
class Migrator {
public:
    // Called before a migration of a non-empty database; returns where the backup was written.
    using BackupHook = std::function<Result<QString>(int fromVersion, int toVersion)>;

    explicit Migrator(std::vector<Migration> migrations);

    // The migrations shipped in resources (:/migrations/NNNN_name.sql).
    [[nodiscard]] static std::vector<Migration> builtin();
    [[nodiscard]] int latestVersion() const;

    [[nodiscard]] Status migrate(EncryptedDatabase& database, const BackupHook& backup) const;

private:
    std::vector<Migration> m_migrations;
};

// The default backup hook: a checkpointed copy of the file into a `backups` folder beside it.
[[nodiscard]] Migrator::BackupHook backupBesideDatabase(EncryptedDatabase& database);

} // namespace legalaid::storage

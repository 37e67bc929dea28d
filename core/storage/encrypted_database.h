#pragma once

#include "common/result.h"
#include "storage/secure_bytes.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace legalaid::storage {

class SqlCipherDriver;

// The cipher settings pinned on every file so that one made with SQLCipher 3.4 (Debian) opens with
// SQLCipher 4.x (Windows builds) and the reverse. SQLCipher 3.4 ignores the 4.x-only pragmas.
[[nodiscard]] QStringList pinnedCipherPragmas();

// One open, keyed SQLCipher connection owned by the calling thread. Closing (destruction) removes the
// connection from QSqlDatabase's registry.
class EncryptedDatabase {
public:
    enum class OpenMode { OpenExisting, CreateNew };

    [[nodiscard]] static Result<std::unique_ptr<EncryptedDatabase>>
    open(const QString& path, const SecureBytes& key, OpenMode mode);
    ~EncryptedDatabase();
    EncryptedDatabase(const EncryptedDatabase&) = delete;
    EncryptedDatabase& operator=(const EncryptedDatabase&) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] SqlCipherDriver* driver() const;
    [[nodiscard]] QString path() const { return m_path; }

    [[nodiscard]] Result<int> schemaVersion() const;
    // Moves everything from the WAL into the main file (used before file-level copies).
    [[nodiscard]] Status checkpoint();
    // Re-encrypts every page under `newKey`.
    [[nodiscard]] Status rekey(const SecureBytes& newKey);
    // PRAGMA integrity_check; the problems it lists, empty when the file is sound.
    [[nodiscard]] Result<QStringList> integrityCheck();

private:
    EncryptedDatabase(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace legalaid::storage

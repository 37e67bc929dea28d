#pragma once

#include "common/result.h"
#include "storage/encrypted_database.h"
#include "storage/secure_bytes.h"

#include <QString>
#include <memory>

namespace legalaid {

class Session;

// What a worker thread needs to open its own connection to the signed-in database, so that long lists,
// counts and reports load off the GUI thread (a connection belongs to the thread that opened it). The key
// stays in locked memory and is wiped when the last holder lets go; locking drops the page's workers first.
class ReaderAccess {
public:
    ReaderAccess() = default;
    explicit ReaderAccess(const Session& session);

    [[nodiscard]] bool isValid() const { return m_key != nullptr; }
    [[nodiscard]] const QString& databasePath() const { return m_databasePath; }

    // Opens a new connection in the calling thread; the caller owns it and closes it in the same thread.
    [[nodiscard]] Result<std::unique_ptr<storage::EncryptedDatabase>> open() const;

private:
    QString m_databasePath;
    std::shared_ptr<const storage::SecureBytes> m_key;
};

} // namespace legalaid

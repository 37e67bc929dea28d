#include "records/reader_access.h"

#include "records/session.h"

#include <QCoreApplication>

namespace legalaid {

ReaderAccess::ReaderAccess(const Session& session)
    : m_databasePath(session.files().database)
    , m_key(std::make_shared<const storage::SecureBytes>(
          storage::SecureBytes::copyOf(session.databaseKey().data(), session.databaseKey().size()))) {}

Result<std::unique_ptr<storage::EncryptedDatabase>> ReaderAccess::open() const {
    if (!m_key)
        return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                  "ReaderAccess", "The database is locked; sign in again."));
    return storage::EncryptedDatabase::open(m_databasePath, *m_key,
                                            storage::EncryptedDatabase::OpenMode::OpenExisting);
}

} // namespace legalaid

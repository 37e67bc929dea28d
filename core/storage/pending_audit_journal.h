#pragma once

#include "storage/secure_bytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace legalaid::storage {

// Events that must be audited but happen while the database cannot be opened: a failed login has no key.
// Each event is sealed to the keyring's audit public key (crypto_box_seal) and appended as one line, so
// only a holder of the database key can read it; the next successful login moves them into the audit log.
class PendingAuditJournal {
public:
    explicit PendingAuditJournal(QString path);

    // Best effort: a failed login must never turn into a different error because the journal is unwritable.
    void append(const QByteArray& auditPublicKey, const QJsonObject& event) const;

    struct Drained {
        std::vector<QJsonObject> events;
        int unreadable = 0;
    };
    [[nodiscard]] Drained read(const SecureBytes& auditSecretKey, const QByteArray& auditPublicKey) const;
    void remove() const;

private:
    QString m_path;
};

} // namespace legalaid::storage

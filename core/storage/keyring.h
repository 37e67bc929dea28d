#pragma once

#include "common/result.h"
#include "storage/kdf_profile.h"
#include "storage/secure_bytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace legalaid::storage {

// The keyring file beside a database: one slot per user, versioned JSON, written atomically.
//
// A slot turns a password into the database key:
//   Argon2id(password, slot salt, slot parameters) -> key-encryption key (KEK)
//   XChaCha20-Poly1305(KEK) unwraps the slot's X25519 secret key; the slot's metadata is the associated data,
//   so an edited user name or parameter fails authentication instead of being trusted
//   the secret key opens the slot's sealed copy of the database key (crypto_box_seal).
// The sealed copy is what lets `rekey` rewrap every slot without knowing anybody's password.
//
// Damage is detected twice: an unkeyed BLAKE2b checksum over the whole file catches truncation and stray
// edits before any password is tried; a BLAKE2b MAC keyed by the database key (the "seal") catches
// deliberate edits once a slot has been opened. A damaged keyring is reported, never repaired silently.
class Keyring {
public:
    static constexpr int kFormatVersion = 1;

    struct Slot {
        QString user;
        QString profile;
        KdfParameters kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrappedSecretKey;
        QByteArray publicKey;
        QByteArray sealedKey;
        // Present only while a rekey is under way: the old database key sealed the same way.
        QByteArray previousSealedKey;
    };

    // The database key(s) one slot yields.
    struct Unwrapped {
        SecureBytes key;
        SecureBytes previousKey; // empty unless a rekey was interrupted
    };

    // A new keyring for a new database.
    [[nodiscard]] static Keyring createFor(const QString& databaseId, const SecureBytes& databaseKey);

    [[nodiscard]] static Result<Keyring> load(const QString& path);
    [[nodiscard]] Status save(const QString& path) const;

    [[nodiscard]] QString databaseId() const { return m_databaseId; }
    [[nodiscard]] QStringList users() const;
    [[nodiscard]] bool hasSlot(const QString& user) const;
    [[nodiscard]] const std::vector<Slot>& userSlots() const { return m_slots; }
    [[nodiscard]] QByteArray auditPublicKey() const { return m_auditPublicKey; }

    // Opens `user`'s slot. WrongPassword when the password does not open it; UnknownUser when there is none.
    [[nodiscard]] Result<Unwrapped> unwrap(const QString& user, const QString& password) const;

    // Checks the seal with the database key that a slot yielded.
    [[nodiscard]] bool sealMatches(const SecureBytes& databaseKey) const;

    // Adds a slot for `user`, or replaces their slot (a new password). Re-seals with `databaseKey`.
    void setSlot(const QString& user, const QString& password, KdfProfile profile,
                 const SecureBytes& databaseKey);
    void removeSlot(const QString& user, const SecureBytes& databaseKey);

    // Rekey step 1: seal `newKey` into every slot and keep `oldKey` as the previous key.
    void beginRekey(const SecureBytes& oldKey, const SecureBytes& newKey);
    // Rekey step 2 (or recovery from an interrupted one): keep only `currentKey`.
    void finishRekey(const SecureBytes& currentKey);
    [[nodiscard]] bool rekeyPending() const;

    // Derived keys, each from the database key with a distinct context.
    [[nodiscard]] static SecureBytes auditSecretKey(const SecureBytes& databaseKey);
    [[nodiscard]] static QByteArray auditPublicKeyFor(const SecureBytes& databaseKey);

private:
    [[nodiscard]] QJsonObject toJson(bool withSeal) const;
    void reseal(const SecureBytes& databaseKey);
    [[nodiscard]] QByteArray computeSeal(const SecureBytes& databaseKey) const;
    [[nodiscard]] static QByteArray slotAssociatedData(const QString& databaseId, const Slot& slot);

    QString m_databaseId;
    QByteArray m_auditPublicKey;
    std::vector<Slot> m_slots;
    QByteArray m_seal;
};

} // namespace legalaid::storage

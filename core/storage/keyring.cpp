#include "storage/keyring.h"

#include "common/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <sodium.h>

namespace legalaid::storage {

namespace {

constexpr char kFormatName[] = "legalaid-desk-keyring";
constexpr char kKdfAlgorithm[] = "argon2id13";
constexpr std::uint64_t kSealSubkeyId = 1;
constexpr std::uint64_t kAuditSubkeyId = 2;
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "LAkeyrng";

Error damaged(const QString& path, const QString& what) {
    return makeError(
        ErrorCode::KeyringDamaged,
        QCoreApplication::translate(
            "Keyring", "The keyring %1 is damaged (%2). Restore it from a backup, or set a new password with "
                       "the recovery code.")
            .arg(QDir::toNativeSeparators(path), what));
}

QByteArray blake2b(const QByteArray& data, const unsigned char* key = nullptr, std::size_t keyLength = 0) {
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), crypto_generichash_BYTES,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), key, keyLength);
    return out;
}

SecureBytes deriveSubkey(const SecureBytes& databaseKey, std::uint64_t id) {
    SecureBytes subkey(crypto_kdf_KEYBYTES);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, kSubkeyContext, databaseKey.data());
    return subkey;
}

QByteArray randomBytes(std::size_t size) {
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(out.data(), size);
    return out;
}

QByteArray sealKey(const SecureBytes& databaseKey, const QByteArray& publicKey) {
    QByteArray sealed(static_cast<qsizetype>(crypto_box_SEALBYTES + databaseKey.size()), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), databaseKey.data(), databaseKey.size(),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return sealed;
}

bool openSealedKey(const QByteArray& sealed, const QByteArray& publicKey, const SecureBytes& secretKey,
                   SecureBytes& out) {
    if (sealed.size() != static_cast<qsizetype>(crypto_box_SEALBYTES + crypto_kdf_KEYBYTES))
        return false;
    out = SecureBytes(crypto_kdf_KEYBYTES);
    return crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                                static_cast<unsigned long long>(sealed.size()),
                                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                secretKey.data()) == 0;
}

SecureBytes deriveKek(const QString& password, const QByteArray& salt, const KdfParameters& kdf, bool& ok) {
    SecureBytes passwordBytes = SecureBytes::fromUtf8(password);
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    ok = crypto_pwhash(kek.data(), kek.size(), passwordBytes.chars(), passwordBytes.size(),
                       reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit, kdf.memLimit,
                       crypto_pwhash_ALG_ARGON2ID13) == 0;
    return kek;
}

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

bool decodeB64(const QJsonValue& value, qsizetype expectedSize, QByteArray& out) {
    if (!value.isString())
        return false;
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return false;
    out = decoded.decoded;
    return true;
}

} // namespace

Keyring Keyring::createFor(const QString& databaseId, const SecureBytes& databaseKey) {
    Keyring keyring;
    keyring.m_databaseId = databaseId;
    keyring.m_auditPublicKey = auditPublicKeyFor(databaseKey);
    keyring.reseal(databaseKey);
    return keyring;
}

QStringList Keyring::users() const {
    QStringList names;
    for (const auto& slot : m_slots)
        names << slot.user;
    return names;
}

bool Keyring::hasSlot(const QString& user) const {
    return std::any_of(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.user == user; });
}

QByteArray Keyring::slotAssociatedData(const QString& databaseId, const Slot& slot) {
    // Everything that decides how the slot is opened is authenticated with it.
    QByteArray ad = QByteArrayLiteral("legalaid-keyring/1\n");
    ad += databaseId.toUtf8() + '\n' + slot.user.toUtf8() + '\n' + slot.profile.toUtf8() + '\n';
    ad += QByteArray::number(static_cast<qulonglong>(slot.kdf.opsLimit)) + '\n';
    ad += QByteArray::number(static_cast<qulonglong>(slot.kdf.memLimit)) + '\n';
    ad += slot.salt.toHex() + '\n' + slot.publicKey.toHex();
    return ad;
}

void Keyring::setSlot(const QString& user, const QString& password, KdfProfile profile,
                      const SecureBytes& databaseKey) {
    Slot slot;
    slot.user = user;
    slot.profile = kdfProfileName(profile);
    slot.kdf = kdfParameters(profile);
    slot.salt = randomBytes(crypto_pwhash_SALTBYTES);
    slot.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    slot.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), secretKey.data());

    bool kdfOk = false;
    const SecureBytes kek = deriveKek(password, slot.salt, slot.kdf, kdfOk);
    if (!kdfOk)
        throw std::bad_alloc(); // Argon2id only fails when it cannot get its memory

    const QByteArray ad = slotAssociatedData(m_databaseId, slot);
    slot.wrappedSecretKey =
        QByteArray(static_cast<qsizetype>(secretKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                   Qt::Uninitialized);
    unsigned long long wrappedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrappedSecretKey.data()), &wrappedLength, secretKey.data(),
        secretKey.size(), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek.data());
    slot.sealedKey = sealKey(databaseKey, slot.publicKey);

    auto existing =
        std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.user == user; });
    if (existing != m_slots.end())
        *existing = std::move(slot);
    else
        m_slots.push_back(std::move(slot));
    reseal(databaseKey);
}

void Keyring::removeSlot(const QString& user, const SecureBytes& databaseKey) {
    m_slots.erase(
        std::remove_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.user == user; }),
        m_slots.end());
    reseal(databaseKey);
}

void Keyring::beginRekey(const SecureBytes& oldKey, const SecureBytes& newKey) {
    for (auto& slot : m_slots) {
        slot.previousSealedKey = sealKey(oldKey, slot.publicKey);
        slot.sealedKey = sealKey(newKey, slot.publicKey);
    }
    m_auditPublicKey = auditPublicKeyFor(newKey);
    reseal(newKey);
}

void Keyring::finishRekey(const SecureBytes& currentKey) {
    for (auto& slot : m_slots) {
        slot.previousSealedKey.clear();
        slot.sealedKey = sealKey(currentKey, slot.publicKey);
    }
    m_auditPublicKey = auditPublicKeyFor(currentKey);
    reseal(currentKey);
}

bool Keyring::rekeyPending() const {
    return std::any_of(m_slots.begin(), m_slots.end(),
                       [](const Slot& s) { return !s.previousSealedKey.isEmpty(); });
}

Result<Keyring::Unwrapped> Keyring::unwrap(const QString& user, const QString& password) const {
    const auto slot =
        std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.user == user; });
    if (slot == m_slots.end())
        return makeError(ErrorCode::UnknownUser,
                         QCoreApplication::translate(
                             "Keyring", "There is no user \"%1\" in this database. Check the user name.")
                             .arg(user));

    bool kdfOk = false;
    const SecureBytes kek = deriveKek(password, slot->salt, slot->kdf, kdfOk);
    if (!kdfOk)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Keyring", "Not enough memory to check the password."));

    const QByteArray ad = slotAssociatedData(m_databaseId, *slot);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    unsigned long long secretLength = 0;
    const bool opened =
        slot->wrappedSecretKey.size() ==
            static_cast<qsizetype>(crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES) &&
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), &secretLength, nullptr,
            reinterpret_cast<const unsigned char*>(slot->wrappedSecretKey.constData()),
            static_cast<unsigned long long>(slot->wrappedSecretKey.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(slot->nonce.constData()), kek.data()) == 0;
    if (!opened)
        return makeError(
            ErrorCode::WrongPassword,
            QCoreApplication::translate(
                "Keyring",
                "The password for \"%1\" is not correct. Check Caps Lock and the keyboard language "
                "and try again.")
                .arg(user));

    Unwrapped result;
    if (!openSealedKey(slot->sealedKey, slot->publicKey, secretKey, result.key))
        return makeError(
            ErrorCode::KeyringDamaged,
            QCoreApplication::translate(
                "Keyring",
                "The keyring slot of \"%1\" is damaged. Restore the keyring from a backup, or set a "
                "new password with the recovery code.")
                .arg(user));
    if (!slot->previousSealedKey.isEmpty() &&
        !openSealedKey(slot->previousSealedKey, slot->publicKey, secretKey, result.previousKey))
        result.previousKey = SecureBytes();
    return result;
}

SecureBytes Keyring::auditSecretKey(const SecureBytes& databaseKey) {
    const SecureBytes seed = deriveSubkey(databaseKey, kAuditSubkeyId);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    crypto_box_seed_keypair(publicKey, secretKey.data(), seed.data());
    return secretKey;
}

QByteArray Keyring::auditPublicKeyFor(const SecureBytes& databaseKey) {
    const SecureBytes seed = deriveSubkey(databaseKey, kAuditSubkeyId);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data(),
                            seed.data());
    return publicKey;
}

QByteArray Keyring::computeSeal(const SecureBytes& databaseKey) const {
    const SecureBytes macKey = deriveSubkey(databaseKey, kSealSubkeyId);
    const QByteArray canonical = QJsonDocument(toJson(false)).toJson(QJsonDocument::Compact);
    return blake2b(canonical, macKey.data(), macKey.size());
}

void Keyring::reseal(const SecureBytes& databaseKey) {
    m_seal = computeSeal(databaseKey);
}

bool Keyring::sealMatches(const SecureBytes& databaseKey) const {
    const QByteArray expected = computeSeal(databaseKey);
    return expected.size() == m_seal.size() && sodium_memcmp(expected.constData(), m_seal.constData(),
                                                             static_cast<std::size_t>(expected.size())) == 0;
}

QJsonObject Keyring::toJson(bool withSeal) const {
    QJsonArray slotArray;
    for (const auto& slot : m_slots) {
        QJsonObject kdf{{QStringLiteral("algorithm"), QLatin1String(kKdfAlgorithm)},
                        {QStringLiteral("profile"), slot.profile},
                        {QStringLiteral("opslimit"), static_cast<qint64>(slot.kdf.opsLimit)},
                        {QStringLiteral("memlimit"), static_cast<qint64>(slot.kdf.memLimit)}};
        QJsonObject object{{QStringLiteral("user"), slot.user},
                           {QStringLiteral("kdf"), kdf},
                           {QStringLiteral("salt"), b64(slot.salt)},
                           {QStringLiteral("nonce"), b64(slot.nonce)},
                           {QStringLiteral("wrapped_secret_key"), b64(slot.wrappedSecretKey)},
                           {QStringLiteral("public_key"), b64(slot.publicKey)},
                           {QStringLiteral("sealed_key"), b64(slot.sealedKey)}};
        if (!slot.previousSealedKey.isEmpty())
            object.insert(QStringLiteral("previous_sealed_key"), b64(slot.previousSealedKey));
        slotArray.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormatName)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("database_id"), m_databaseId},
                     {QStringLiteral("audit_public_key"), b64(m_auditPublicKey)},
                     {QStringLiteral("slots"), slotArray}};
    if (withSeal)
        root.insert(QStringLiteral("seal"), b64(m_seal));
    return root;
}

Status Keyring::save(const QString& path) const {
    QJsonObject root = toJson(true);
    const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(blake2b(body).toHex()));
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<Keyring> Keyring::load(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::KeyringMissing,
            QCoreApplication::translate(
                "Keyring",
                "The keyring %1 is missing. Put it back beside the database from a backup, or set a "
                "new password with the recovery code.")
                .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Keyring", "Cannot read the keyring %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(4 * 1024 * 1024);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(path, QCoreApplication::translate("Keyring", "it is not complete JSON"));
    QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return damaged(path, QCoreApplication::translate("Keyring", "it is not a legal-aid keyring"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return makeError(ErrorCode::KeyringDamaged,
                         QCoreApplication::translate(
                             "Keyring",
                             "The keyring %1 was written by a newer version of the application. Update the "
                             "application to open it.")
                             .arg(QDir::toNativeSeparators(path)));
    if (version != kFormatVersion)
        return damaged(path, QCoreApplication::translate("Keyring", "unknown version"));

    const QString checksum = root.take(QStringLiteral("checksum")).toString();
    const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (checksum.isEmpty() || QString::fromLatin1(blake2b(body).toHex()) != checksum)
        return damaged(path,
                       QCoreApplication::translate("Keyring", "its checksum does not match its contents"));

    Keyring keyring;
    keyring.m_databaseId = root.value(QStringLiteral("database_id")).toString();
    if (keyring.m_databaseId.isEmpty() ||
        !decodeB64(root.value(QStringLiteral("audit_public_key")), crypto_box_PUBLICKEYBYTES,
                   keyring.m_auditPublicKey) ||
        !decodeB64(root.value(QStringLiteral("seal")), crypto_generichash_BYTES, keyring.m_seal))
        return damaged(path, QCoreApplication::translate("Keyring", "a required field is missing"));

    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
        Slot slot;
        slot.user = object.value(QStringLiteral("user")).toString();
        slot.profile = kdf.value(QStringLiteral("profile")).toString();
        slot.kdf.opsLimit = static_cast<std::uint64_t>(kdf.value(QStringLiteral("opslimit")).toInteger(0));
        slot.kdf.memLimit = static_cast<std::size_t>(kdf.value(QStringLiteral("memlimit")).toInteger(0));
        const bool fieldsOk =
            !slot.user.isEmpty() &&
            kdf.value(QStringLiteral("algorithm")).toString() == QLatin1String(kKdfAlgorithm) &&
            kdfParametersAreSane(slot.kdf) &&
            decodeB64(object.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES, slot.salt) &&
            decodeB64(object.value(QStringLiteral("nonce")), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                      slot.nonce) &&
            decodeB64(object.value(QStringLiteral("wrapped_secret_key")), -1, slot.wrappedSecretKey) &&
            decodeB64(object.value(QStringLiteral("public_key")), crypto_box_PUBLICKEYBYTES,
                      slot.publicKey) &&
            decodeB64(object.value(QStringLiteral("sealed_key")), -1, slot.sealedKey) &&
            (!object.contains(QStringLiteral("previous_sealed_key")) ||
             decodeB64(object.value(QStringLiteral("previous_sealed_key")), -1, slot.previousSealedKey));
        if (!fieldsOk)
            return damaged(path, QCoreApplication::translate("Keyring", "a user's slot is incomplete"));
        keyring.m_slots.push_back(std::move(slot));
    }
    if (keyring.m_slots.empty())
        return damaged(path, QCoreApplication::translate("Keyring", "it holds no user"));
    return keyring;
}

} // namespace legalaid::storage

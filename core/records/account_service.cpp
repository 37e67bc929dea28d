#include "records/account_service.h"

#include "records/password_policy.h"
#include "records/permissions.h"
#include "storage/keyring.h"
#include "storage/recovery_code.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace legalaid {

using storage::DatabaseFiles;
using storage::KdfProfile;
using storage::Keyring;
using storage::SecureBytes;

namespace {

KdfProfile storedKdfProfile(const QSqlDatabase& db) {
    const auto stored = SettingsRepository(db).value(QStringLiteral("keyring.kdf_profile"));
    return stored ? storage::kdfProfileFromName(*stored).value_or(KdfProfile::Moderate)
                  : KdfProfile::Moderate;
}

Error noSuchUser(const QString& name) {
    return makeError(
        ErrorCode::UnknownUser,
        QCoreApplication::translate("AccountService", "There is no user \"%1\". Check the user name.")
            .arg(name));
}

} // namespace

AccountService::AccountService(Session& session)
    : m_session(session) {}

Status AccountService::addUser(const NewUser& user) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ManageUsers); !allowed)
        return allowed;
    if (auto valid = validateUserName(user.name); !valid)
        return valid;
    if (user.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("AccountService", "Enter the user's full name."));
    if (auto password = checkNewPassword(user.password); !password)
        return password;

    UserRepository users(m_session.db());
    auto existing = users.findByName(user.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::UserExists,
                         QCoreApplication::translate(
                             "AccountService",
                             "A user named \"%1\" already exists (also when removed). Choose another name.")
                             .arg(user.name));
    auto keyring = Keyring::load(m_session.files().keyring);
    if (!keyring)
        return keyring.error();

    const KdfProfile profile = storedKdfProfile(m_session.db());
    return m_session.writeAudited(
        m_session.event(QStringLiteral("user.add"), QStringLiteral("user"), user.name, roleCode(user.role)),
        [&]() -> Status {
            UserRecord record{0, user.name, user.fullName.trimmed(), user.role, true};
            if (auto inserted = users.insert(record); !inserted)
                return inserted.error();
            // The keyring is written last inside the transaction: if it fails, the user row rolls back.
            keyring->setSlot(user.name, user.password, profile, m_session.databaseKey());
            return keyring->save(m_session.files().keyring);
        });
}

Result<std::vector<UserRecord>> AccountService::listUsers() const {
    const Role role = m_session.user().role;
    if (!isAllowed(role, Operation::ManageUsers) && !isAllowed(role, Operation::ViewAuditLog))
        return requirePermission(role, Operation::ManageUsers).error();
    return UserRepository(m_session.db()).all();
}

Status AccountService::changePassword(const QString& name, const QString& newPassword) {
    const bool self = name == m_session.user().name;
    if (auto allowed = requirePermission(m_session.user().role,
                                         self ? Operation::ChangeOwnPassword : Operation::ManageUsers);
        !allowed)
        return allowed;
    if (auto password = checkNewPassword(newPassword); !password)
        return password;
    auto existing = UserRepository(m_session.db()).findByName(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || !(*existing)->active)
        return noSuchUser(name);
    auto keyring = Keyring::load(m_session.files().keyring);
    if (!keyring)
        return keyring.error();
    const KdfProfile profile = storedKdfProfile(m_session.db());
    return m_session.writeAudited(
        m_session.event(QStringLiteral("user.passwd"), QStringLiteral("user"), name), [&]() -> Status {
            keyring->setSlot(name, newPassword, profile, m_session.databaseKey());
            return keyring->save(m_session.files().keyring);
        });
}

Status AccountService::removeUser(const QString& name) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::ManageUsers); !allowed)
        return allowed;
    UserRepository users(m_session.db());
    auto existing = users.findByName(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || !(*existing)->active)
        return noSuchUser(name);
    const UserRecord target = **existing;
    if (target.role == Role::Admin) {
        auto admins = users.countActiveAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return makeError(
                ErrorCode::LastAdmin,
                QCoreApplication::translate(
                    "AccountService",
                    "\"%1\" is the last administrator and cannot be removed. Add another administrator "
                    "first.")
                    .arg(name));
    }
    auto keyring = Keyring::load(m_session.files().keyring);
    if (!keyring)
        return keyring.error();
    return m_session.writeAudited(
        m_session.event(QStringLiteral("user.remove"), QStringLiteral("user"), name), [&]() -> Status {
            if (auto deactivated = users.setActive(target.id, false); !deactivated)
                return deactivated;
            keyring->removeSlot(name, m_session.databaseKey());
            return keyring->save(m_session.files().keyring);
        });
}

Result<QString> AccountService::rekey() {
    if (auto allowed = requirePermission(m_session.user().role, Operation::Rekey); !allowed)
        return allowed.error();
    auto keyring = Keyring::load(m_session.files().keyring);
    if (!keyring)
        return keyring.error();

    SecureBytes newKey = SecureBytes::random(32);
    // Step 1: the keyring holds both keys, so a crash at any point leaves a key that opens the file.
    keyring->beginRekey(m_session.databaseKey(), newKey);
    if (auto saved = keyring->save(m_session.files().keyring); !saved)
        return saved.error();
    // Step 2: re-encrypt every page.
    if (auto rekeyed = m_session.database().rekey(newKey); !rekeyed) {
        keyring->finishRekey(m_session.databaseKey());
        (void)keyring->save(m_session.files().keyring);
        return rekeyed.error();
    }
    // Step 3: forget the old key.
    keyring->finishRekey(newKey);
    if (auto saved = keyring->save(m_session.files().keyring); !saved)
        return saved.error(); // the next login finishes this step
    const QString code = storage::RecoveryCode::encode(newKey);
    m_session.replaceKey(std::move(newKey));
    if (auto logged = m_session.audit(m_session.event(QStringLiteral("database.rekey"))); !logged)
        return logged.error();
    return code;
}

namespace {

Result<std::unique_ptr<storage::EncryptedDatabase>>
openWithRecoveryCode(const QString& databasePath, const QString& recoveryCode, SecureBytes& keyOut) {
    auto key = storage::RecoveryCode::decode(recoveryCode);
    if (!key)
        return key.error();
    auto database = openAndMigrate(databasePath, *key);
    if (!database) {
        if (database.error().code == ErrorCode::NotADatabase)
            return makeError(
                ErrorCode::RecoveryCodeWrong,
                QCoreApplication::translate(
                    "AccountService",
                    "This recovery code is well formed but does not open %1: it belongs to another "
                    "database, or the key was changed after it was printed.")
                    .arg(QDir::toNativeSeparators(databasePath)));
        return database.error();
    }
    keyOut = std::move(key).value();
    return database;
}

} // namespace

Status recoverWithCode(const QString& databasePath, const QString& recoveryCode, const QString& user,
                       const QString& newPassword) {
    if (auto password = checkNewPassword(newPassword); !password)
        return password;
    const DatabaseFiles files = DatabaseFiles::forDatabase(databasePath);
    SecureBytes key;
    auto database = openWithRecoveryCode(databasePath, recoveryCode, key);
    if (!database)
        return database.error();
    QSqlDatabase db = (*database)->connection();

    auto existing = UserRepository(db).findByName(user);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || !(*existing)->active)
        return noSuchUser(user);
    auto databaseId = SettingsRepository(db).value(QStringLiteral("database.id"));
    if (!databaseId)
        return databaseId.error();

    auto loaded = Keyring::load(files.keyring);
    const bool rebuild = !loaded || !loaded->sealMatches(key) || loaded->databaseId() != *databaseId;
    Keyring keyring = rebuild ? Keyring::createFor(*databaseId, key) : std::move(loaded).value();
    if (rebuild && QFileInfo::exists(files.keyring)) {
        // Keep the damaged keyring aside for inspection; never overwrite evidence.
        const QString aside = files.keyring + QStringLiteral(".damaged-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
        if (!QFile::rename(files.keyring, aside))
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("AccountService", "Cannot move the damaged keyring aside to %1.")
                    .arg(QDir::toNativeSeparators(aside)));
    }
    const KdfProfile profile = storedKdfProfile(db);

    if (!db.transaction())
        return makeError(
            ErrorCode::Busy,
            QCoreApplication::translate("AccountService", "The database is busy. Try again in a moment."));
    Status status =
        AuditLog(db).append({user, QStringLiteral("user.recover"), QStringLiteral("user"), user,
                             rebuild ? QStringLiteral("keyring rebuilt") : QString(), std::nullopt});
    if (status) {
        keyring.setSlot(user, newPassword, profile, key);
        status = keyring.save(files.keyring);
    }
    if (!status || !db.commit()) {
        db.rollback();
        return status
                   ? makeError(ErrorCode::Sql, QCoreApplication::translate(
                                                   "AccountService", "The new password could not be saved."))
                   : status;
    }
    return {};
}

Result<QString> rawKeyFromRecoveryCode(const QString& databasePath, const QString& recoveryCode) {
    SecureBytes key;
    auto database = openWithRecoveryCode(databasePath, recoveryCode, key);
    if (!database)
        return database.error();
    const SecureBytes spec = key.toSqlCipherKeySpec();
    return QString::fromLatin1(spec.chars(), static_cast<qsizetype>(spec.size()));
}

} // namespace legalaid

#include "records/account_service.h"

#include "common/atomic_file.h"
#include "records/audit_log.h"
#include "records/password_policy.h"
#include "records/permissions.h"
#include "storage/keyring.h"
#include "storage/recovery_code.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

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

// Changes the users table and the keyring together. The transaction's BEGIN IMMEDIATE serialises writers, so
// the keyring is read inside it and no writer saves a stale copy over another's change. The audit entry is
// appended first and the keyring is saved as the last step before commit; if the commit fails, the previous
// keyring is put back, so the table and the keyring never disagree.
Status changeUsersAndKeyring(Session& session, const AuditEvent& event,
                             const std::function<Status()>& changeTable,
                             const std::function<void(Keyring&)>& changeKeyring) {
    if (auto begun = session.beginWrite(); !begun)
        return begun;
    QSqlDatabase db = session.db();
    const QString path = session.files().keyring;
    const auto fail = [&](Status status) {
        db.rollback();
        return status;
    };
    if (auto changed = changeTable(); !changed)
        return fail(changed);
    if (auto logged = AuditLog(db).append(event); !logged)
        return fail(logged);
    QFile previousFile(path);
    const QByteArray previous =
        previousFile.open(QIODevice::ReadOnly) ? previousFile.readAll() : QByteArray();
    auto keyring = Keyring::load(path);
    if (!keyring)
        return fail(keyring.error());
    changeKeyring(*keyring);
    if (auto saved = keyring->save(path); !saved)
        return fail(saved);
    if (!db.commit()) {
        const QString reason = db.lastError().databaseText();
        db.rollback();
        (void)writeFileAtomically(path, previous); // best effort: the keyring as it was before
        return makeError(
            ErrorCode::Sql,
            QCoreApplication::translate("AccountService", "The change could not be saved: %1").arg(reason));
    }
    return {};
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
    const KdfProfile profile = storedKdfProfile(m_session.db());
    return changeUsersAndKeyring(
        m_session,
        m_session.event(QStringLiteral("user.add"), QStringLiteral("user"), user.name, roleCode(user.role)),
        [&]() -> Status {
            UserRecord record{0, user.name, user.fullName.trimmed(), user.role, true};
            if (auto inserted = users.insert(record); !inserted)
                return inserted.error();
            return {};
        },
        [&](Keyring& keyring) {
            keyring.setSlot(user.name, user.password, profile, m_session.databaseKey());
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
    const KdfProfile profile = storedKdfProfile(m_session.db());
    return changeUsersAndKeyring(
        m_session, m_session.event(QStringLiteral("user.passwd"), QStringLiteral("user"), name),
        [] { return Status{}; },
        [&](Keyring& keyring) { keyring.setSlot(name, newPassword, profile, m_session.databaseKey()); });
}

namespace {

// The active user `name`, for a change only an administrator may make.
Result<UserRecord> activeUserToManage(const Session& session, const UserRepository& users,
                                      const QString& name) {
    if (auto allowed = requirePermission(session.user().role, Operation::ManageUsers); !allowed)
        return allowed.error();
    auto existing = users.findByName(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || !(*existing)->active)
        return noSuchUser(name);
    return **existing;
}

// Refuses, with `refusal`, a change that would leave no active administrator.
Status keepsAnAdministrator(const UserRepository& users, const UserRecord& target, const QString& refusal) {
    if (target.role != Role::Admin)
        return {};
    auto admins = users.countActiveAdmins();
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return makeError(ErrorCode::LastAdmin, refusal);
    return {};
}

} // namespace

Status AccountService::removeUser(const QString& name) {
    UserRepository users(m_session.db());
    auto target = activeUserToManage(m_session, users, name);
    if (!target)
        return target.error();
    if (auto kept = keepsAnAdministrator(
            users, *target,
            QCoreApplication::translate("AccountService",
                                        "\"%1\" is the last administrator and cannot be removed. Add another "
                                        "administrator first.")
                .arg(name));
        !kept)
        return kept;
    const qint64 id = target->id;
    return changeUsersAndKeyring(
        m_session, m_session.event(QStringLiteral("user.remove"), QStringLiteral("user"), name),
        [&] { return users.setActive(id, false); },
        [&](Keyring& keyring) { keyring.removeSlot(name, m_session.databaseKey()); });
}

Status AccountService::changeRole(const QString& name, Role role) {
    UserRepository users(m_session.db());
    auto target = activeUserToManage(m_session, users, name);
    if (!target)
        return target.error();
    if (target->role == role)
        return {};
    if (auto kept =
            keepsAnAdministrator(users, *target,
                                 QCoreApplication::translate(
                                     "AccountService", "\"%1\" is the last administrator and must stay one. "
                                                       "Make another user an administrator first.")
                                     .arg(name));
        !kept)
        return kept;
    const UserRecord before = *target;
    return m_session.writeAudited(
        m_session.event(QStringLiteral("user.role"), QStringLiteral("user"), name,
                        roleCode(before.role) + QStringLiteral(" -> ") + roleCode(role)),
        [&] { return users.setRole(before.id, role); });
}

Result<RekeyResult> AccountService::rekey() {
    if (auto allowed = requirePermission(m_session.user().role, Operation::Rekey); !allowed)
        return allowed.error();
    // Failed logins sealed to the current audit key must be read before that key changes.
    if (auto drained = m_session.drainPendingEvents(); !drained)
        return drained.error();
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
    // From here on the file is under the new key: whatever else fails, the new recovery code must reach the
    // user, because the old one no longer opens the file.
    RekeyResult result{storage::RecoveryCode::encode(newKey), {}};
    m_session.replaceKey(std::move(newKey));
    // Step 3: forget the old key. If this fails, the keyring still holds the new key and the next login
    // finishes it.
    keyring->finishRekey(m_session.databaseKey());
    if (auto saved = keyring->save(m_session.files().keyring); !saved)
        result.warning = saved.error().message;
    if (auto logged = m_session.audit(m_session.event(QStringLiteral("database.rekey"))); !logged)
        result.warning = logged.error().message;
    return result;
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
    // A keyring in the middle of a rekey is sealed with the new key while the file may still open with the
    // old one: it is sound, so finish the rekey with the key that opens the file instead of rebuilding it.
    const bool pendingRekey = loaded && loaded->rekeyPending() && loaded->databaseId() == *databaseId;
    const bool rebuild =
        !loaded || (!loaded->sealMatches(key) && !pendingRekey) || loaded->databaseId() != *databaseId;
    Keyring keyring = rebuild ? Keyring::createFor(*databaseId, key) : std::move(loaded).value();
    if (pendingRekey)
        keyring.finishRekey(key);
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

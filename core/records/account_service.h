#pragma once

#include "common/result.h"
#include "records/session.h"
#include "records/user_repository.h"

#include <QString>
#include <vector>

namespace legalaid {

struct NewUser {
    QString name;
    QString fullName;
    Role role = Role::IntakeClerk;
    QString password;
};

struct RekeyResult {
    QString recoveryCode; // the new code: the old one no longer opens the file
    QString warning;      // set when a step after the re-encryption failed (the next login completes it)
};

// Users and keys of an unlocked database. Adding a user, changing a password and removing a user touch
// only the keyring (and the users table); the database key stays the same. `rekey` changes it.
class AccountService {
public:
    explicit AccountService(Session& session);

    [[nodiscard]] Status addUser(const NewUser& user);
    [[nodiscard]] Result<std::vector<UserRecord>> listUsers() const;
    [[nodiscard]] Status changePassword(const QString& name, const QString& newPassword);
    [[nodiscard]] Status removeUser(const QString& name);
    // Gives an active user another role (ManageUsers); the last administrator keeps theirs. Takes effect at
    // the user's next sign-in. Audited with the old and new role codes.
    [[nodiscard]] Status changeRole(const QString& name, Role role);
    // New database key, every slot rewrapped; returns the new recovery code. The old code stops working.
    [[nodiscard]] Result<RekeyResult> rekey();

private:
    Session& m_session;
};

// Sets a new password for `user` with the recovery code, with no password known. Rebuilds the keyring
// when it is missing or damaged (the damaged file is kept aside).
[[nodiscard]] Status recoverWithCode(const QString& databasePath, const QString& recoveryCode,
                                     const QString& user, const QString& newPassword);

// The value to give the stock `sqlcipher` shell, after checking that the code opens the database.
[[nodiscard]] Result<QString> rawKeyFromRecoveryCode(const QString& databasePath,
                                                     const QString& recoveryCode);

} // namespace legalaid

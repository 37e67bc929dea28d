#pragma once

#include "common/result.h"
#include "domain/role.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

struct UserRecord {
    qint64 id = 0;
    QString name; // the login name
    QString fullName;
    Role role = Role::Auditor;
    bool active = true;
};

// Validates a login name: 2–32 lower-case letters, digits, dot, dash or underscore.
[[nodiscard]] Status validateUserName(const QString& name);

// SQL for the users table lives here only.
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase db);

    [[nodiscard]] Result<std::optional<UserRecord>> findByName(const QString& name) const;
    [[nodiscard]] Result<std::vector<UserRecord>> all() const;
    [[nodiscard]] Result<qint64> insert(const UserRecord& user);
    [[nodiscard]] Status setActive(qint64 id, bool active);
    [[nodiscard]] Status setRole(qint64 id, Role role);
    [[nodiscard]] Result<int> countActiveAdmins() const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

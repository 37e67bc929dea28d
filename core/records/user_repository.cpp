#include "records/user_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("UserRepository", "Cannot read or write users: %1")
                         .arg(query.lastError().databaseText()));
}

UserRecord fromRow(const QSqlQuery& query) {
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.fullName = query.value(2).toString();
    user.role = roleFromCode(query.value(3).toString()).value_or(Role::Auditor);
    user.active = query.value(4).toInt() != 0;
    return user;
}

} // namespace

Status validateUserName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "UserRepository",
                "The user name \"%1\" is not valid: use 2 to 32 lower-case letters without accents, "
                "digits, dots, dashes or underscores, for example nguyen.an.")
                .arg(name));
    return {};
}

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<UserRecord>> UserRepository::findByName(const QString& name) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, full_name, role, active FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(fromRow(query));
}

Result<std::vector<UserRecord>> UserRepository::all() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, full_name, role, active FROM users ORDER BY name")))
        return sqlFailure(query);
    std::vector<UserRecord> users;
    while (query.next())
        users.push_back(fromRow(query));
    return users;
}

Result<qint64> UserRepository::insert(const UserRecord& user) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO users (name, full_name, role, active, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(user.name);
    query.addBindValue(user.fullName);
    query.addBindValue(roleCode(user.role));
    query.addBindValue(user.active ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Status UserRepository::setActive(qint64 id, bool active) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET active = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status UserRepository::setRole(qint64 id, Role role) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(roleCode(role));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<int> UserRepository::countActiveAdmins() const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1"));
    query.addBindValue(roleCode(Role::Admin));
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toInt();
}

} // namespace legalaid

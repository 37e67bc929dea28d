#pragma once

#include "records/database_setup.h"
#include "records/session.h"
#include "temp_workspace.h"

#include <catch2/catch.hpp>

namespace legalaid::test {

inline const QString kAdminPassword = QStringLiteral("correct horse battery 42");
inline const QString kCentreName = QStringLiteral("Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng");

// A fresh encrypted database with one administrator, made with the fast KDF profile.
inline SetupResult createTestDatabase(const TempWorkspace& ws,
                                      const QString& fileName = QStringLiteral("centre.db")) {
    SetupRequest request;
    request.databasePath = ws.path(fileName);
    request.centre = {kCentreName, QStringLiteral("TT"), QStringLiteral("Hải Phòng"),
                      QStringLiteral("Sở Tư pháp thành phố Hải Phòng")};
    request.adminName = QStringLiteral("admin");
    request.adminFullName = QStringLiteral("Nguyễn Văn Quản");
    request.adminPassword = kAdminPassword;
    request.kdf = storage::KdfProfile::Interactive;
    auto created = createDatabase(request);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return std::move(created).value();
}

inline std::unique_ptr<Session> openAsAdmin(const QString& path) {
    auto session = Session::open(path, QStringLiteral("admin"), kAdminPassword);
    INFO((session ? QString() : session.error().message).toStdString());
    REQUIRE(session.ok());
    return std::move(session).value();
}

// The bytes of every file of a database, to prove that a refused operation changed nothing.
struct FileSnapshot {
    QByteArray database;
    QByteArray keyring;
    static FileSnapshot of(const storage::DatabaseFiles& files) {
        return {readAll(files.database), readAll(files.keyring)};
    }
    bool operator==(const FileSnapshot&) const = default;
};

} // namespace legalaid::test

#include "records/account_service.h"

namespace legalaid::test {

inline const QString kUserPassword = QStringLiteral("mật khẩu người dùng 2026");

// Adds a user with `role` (as the administrator) and opens a session for them.
inline std::unique_ptr<Session> sessionWithRole(const QString& databasePath, Role role) {
    const QString name = roleCode(role).replace(QLatin1Char('_'), QLatin1Char('.'));
    if (role == Role::Admin)
        return openAsAdmin(databasePath);
    {
        auto admin = openAsAdmin(databasePath);
        auto existing = UserRepository(admin->db()).findByName(name);
        REQUIRE(existing.ok());
        if (!existing->has_value()) {
            const auto added = AccountService(*admin).addUser({name, roleLabel(role), role, kUserPassword});
            INFO((added ? QString() : added.error().message).toStdString());
            REQUIRE(added.ok());
        }
    }
    auto session = Session::open(databasePath, name, kUserPassword);
    REQUIRE(session.ok());
    return std::move(session).value();
}

} // namespace legalaid::test

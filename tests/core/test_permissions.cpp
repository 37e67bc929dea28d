#include "records/permissions.h"

#include <catch2/catch.hpp>

using namespace legalaid;

TEST_CASE("The permission matrix: only administrators manage users, keys and settings", "[permissions]") {
    for (Role role : allRoles()) {
        INFO(roleCode(role).toStdString());
        const bool admin = role == Role::Admin;
        CHECK(isAllowed(role, Operation::ManageUsers) == admin);
        CHECK(isAllowed(role, Operation::Rekey) == admin);
        CHECK(isAllowed(role, Operation::EditCentreSettings) == admin);
        CHECK(isAllowed(role, Operation::ChangeOwnPassword));
        const bool oversight = admin || role == Role::Auditor || role == Role::Director;
        CHECK(isAllowed(role, Operation::ViewAuditLog) == oversight);
        CHECK(isAllowed(role, Operation::VerifyDatabase) == oversight);
        const Status status = requirePermission(role, Operation::ManageUsers);
        CHECK(status.ok() == admin);
        if (!admin) {
            CHECK(status.error().code == ErrorCode::PermissionDenied);
            CHECK(status.error().message.contains(roleLabel(role)));
        }
    }
}

TEST_CASE("Role codes round-trip and unknown codes are refused", "[permissions]") {
    for (Role role : allRoles())
        CHECK(roleFromCode(roleCode(role)) == role);
    CHECK_FALSE(roleFromCode(QStringLiteral("superuser")).has_value());
}

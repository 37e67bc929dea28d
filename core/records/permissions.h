#pragma once

#include "common/result.h"
#include "domain/role.h"

namespace legalaid {

// Everything a user may be allowed to do. The matrix lives in one place: permissions.cpp.
enum class Operation {
    ManageUsers, // add, remove, reset another user's password
    ChangeOwnPassword,
    Rekey,
    EditCentreSettings,
    ViewAuditLog,
    VerifyDatabase,
};

[[nodiscard]] bool isAllowed(Role role, Operation operation);
// PermissionDenied with a sentence naming the role and what was refused.
[[nodiscard]] Status requirePermission(Role role, Operation operation);

} // namespace legalaid

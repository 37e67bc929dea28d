#include "records/permissions.h"

#include <QCoreApplication>

namespace legalaid {

namespace {

QString operationLabel(Operation operation) {
    switch (operation) {
    case Operation::ManageUsers:
        return QCoreApplication::translate("Permissions", "manage users");
    case Operation::ChangeOwnPassword:
        return QCoreApplication::translate("Permissions", "change their password");
    case Operation::Rekey:
        return QCoreApplication::translate("Permissions", "change the database key");
    case Operation::EditCentreSettings:
        return QCoreApplication::translate("Permissions", "change the centre's settings");
    case Operation::ViewAuditLog:
        return QCoreApplication::translate("Permissions", "view the audit log");
    case Operation::VerifyDatabase:
        return QCoreApplication::translate("Permissions", "verify the database");
    }
    return {};
}

} // namespace

bool isAllowed(Role role, Operation operation) {
    switch (operation) {
    case Operation::ManageUsers:
    case Operation::Rekey:
    case Operation::EditCentreSettings:
        return role == Role::Admin;
    case Operation::ChangeOwnPassword:
        return true;
    case Operation::ViewAuditLog:
    case Operation::VerifyDatabase:
        return role == Role::Admin || role == Role::Auditor || role == Role::Director;
    }
    return false;
}

Status requirePermission(Role role, Operation operation) {
    if (isAllowed(role, operation))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("Permissions", "A user with the role \"%1\" may not %2.")
                         .arg(roleLabel(role), operationLabel(operation)));
}

} // namespace legalaid

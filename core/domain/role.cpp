#include "domain/role.h"

#include <QCoreApplication>

namespace legalaid {

QString roleCode(Role role) {
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Director:
        return QStringLiteral("director");
    case Role::LegalAidOfficer:
        return QStringLiteral("legal_aid_officer");
    case Role::IntakeClerk:
        return QStringLiteral("intake_clerk");
    case Role::StatisticsOfficer:
        return QStringLiteral("statistics_officer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return QStringLiteral("auditor");
}

std::optional<Role> roleFromCode(const QString& code) {
    for (Role role : allRoles()) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Director:
        return QCoreApplication::translate("Role", "Director");
    case Role::LegalAidOfficer:
        return QCoreApplication::translate("Role", "Legal aid officer");
    case Role::IntakeClerk:
        return QCoreApplication::translate("Role", "Intake clerk");
    case Role::StatisticsOfficer:
        return QCoreApplication::translate("Role", "Statistics officer");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "Auditor");
    }
    return {};
}

const std::vector<Role>& allRoles() {
    static const std::vector<Role> roles{Role::Admin,       Role::Director,          Role::LegalAidOfficer,
                                         Role::IntakeClerk, Role::StatisticsOfficer, Role::Auditor};
    return roles;
}

} // namespace legalaid

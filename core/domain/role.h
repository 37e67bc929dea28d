#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// Who a user is at the centre (DESIGN §5). The code is stored in the database and used by the CLI.
enum class Role { Admin, Director, LegalAidOfficer, IntakeClerk, StatisticsOfficer, Auditor };

[[nodiscard]] QString roleCode(Role role);
[[nodiscard]] std::optional<Role> roleFromCode(const QString& code);
// The label shown to people, translated.
[[nodiscard]] QString roleLabel(Role role);
[[nodiscard]] const std::vector<Role>& allRoles();

} // namespace legalaid

#include "records/centre_settings_service.h"

#include "records/permissions.h"
#include "records/session.h"

namespace legalaid {

Status updateCentreSettings(Session& session, const CentreSettings& settings) {
    if (const Status allowed = requirePermission(session.user().role, Operation::EditCentreSettings);
        !allowed)
        return allowed;
    if (const Status valid = validateCentreSettings(settings); !valid)
        return valid;
    const Status saved = session.writeAudited(
        session.event(QStringLiteral("centre.update"), QStringLiteral("settings")),
        [&]() -> Status { return SettingsRepository(session.db()).setCentre(settings); });
    if (!saved)
        return saved;
    return session.reloadCentre();
}

} // namespace legalaid

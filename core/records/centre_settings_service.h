#pragma once

#include "common/result.h"
#include "records/centre_settings.h"

namespace legalaid {

class Session;

// Changes the centre's name, code, place and parent agency: administrators only, validated, audited in the
// same transaction, and the session's copy re-read so every window shows the new values.
[[nodiscard]] Status updateCentreSettings(Session& session, const CentreSettings& settings);

} // namespace legalaid

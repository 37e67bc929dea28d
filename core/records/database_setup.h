#pragma once

#include "common/result.h"
#include "records/centre_settings.h"
#include "storage/database_files.h"
#include "storage/kdf_profile.h"

#include <QString>

namespace legalaid {

struct SetupRequest {
    QString databasePath;
    CentreSettings centre;
    QString adminName;
    QString adminFullName;
    QString adminPassword;
    storage::KdfProfile kdf = storage::KdfProfile::Moderate;
};

struct SetupResult {
    storage::DatabaseFiles files;
    QString recoveryCode; // shown once; never stored anywhere
};

// Creates a new database and its keyring: a random 32-byte key, schema, centre settings, the first
// administrator, audit entries. Refuses to overwrite anything; on failure removes only what it created.
[[nodiscard]] Result<SetupResult> createDatabase(const SetupRequest& request);

} // namespace legalaid

#pragma once

#include "common/result.h"
#include "records/audit_log.h"
#include "records/session.h"

#include <QStringList>

namespace legalaid {

struct VerificationReport {
    QStringList integrityProblems; // from PRAGMA integrity_check; empty when sound
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    AuditVerification audit;
    bool keyringSealed = false;

    [[nodiscard]] bool integrityOk() const { return integrityProblems.isEmpty(); }
    [[nodiscard]] bool schemaOk() const { return schemaVersion == expectedSchemaVersion; }
    [[nodiscard]] bool ok() const { return integrityOk() && schemaOk() && audit.ok() && keyringSealed; }
};

// Checks the file, the schema version, the audit chain and the keyring seal. Records that it ran.
[[nodiscard]] Result<VerificationReport> verifyDatabase(Session& session);

} // namespace legalaid

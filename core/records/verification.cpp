#include "records/verification.h"

#include "records/permissions.h"
#include "storage/keyring.h"
#include "storage/migrator.h"

namespace legalaid {

Result<VerificationReport> verifyDatabase(Session& session) {
    if (auto allowed = requirePermission(session.user().role, Operation::VerifyDatabase); !allowed)
        return allowed.error();
    VerificationReport report;
    auto problems = session.database().integrityCheck();
    if (!problems)
        return problems.error();
    report.integrityProblems = *problems;

    auto version = session.database().schemaVersion();
    if (!version)
        return version.error();
    report.schemaVersion = *version;
    report.expectedSchemaVersion = storage::Migrator(storage::Migrator::builtin()).latestVersion();

    auto audit = AuditLog(session.db()).verify();
    if (!audit)
        return audit.error();
    report.audit = *audit;

    auto keyring = storage::Keyring::load(session.files().keyring);
    report.keyringSealed = keyring && keyring->sealMatches(session.databaseKey());

    // Recorded after the chain was read, so the check itself never hides a broken entry.
    if (report.audit.ok()) {
        if (auto logged =
                session.audit(session.event(QStringLiteral("database.verify"), {}, {},
                                            report.ok() ? QStringLiteral("ok") : QStringLiteral("failed")));
            !logged)
            return logged.error();
    }
    return report;
}

} // namespace legalaid

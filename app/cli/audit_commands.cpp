#include "command.h"
#include "records/audit_log.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace legalaid::cli {

namespace {

int cmdAuditList(const Invocation& call) {
    auto limit = integerOption(call.args, QStringLiteral("limit"));
    if (!limit)
        return call.console.fail(limit.error());
    return withSession(call, [&](Session& session) {
        if (auto allowed = requirePermission(session.user().role, Operation::ViewAuditLog); !allowed)
            return call.console.fail(allowed.error());
        auto entries = AuditLog(session.db()).latest(static_cast<int>(limit->value_or(50)));
        if (!entries)
            return call.console.fail(entries.error());
        QJsonArray array;
        for (const AuditEntry& entry : *entries) {
            call.console.text(QStringLiteral("%1\t%2\t%3\t%4\t%5 %6\t%7")
                                  .arg(entry.id)
                                  .arg(entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.action,
                                       entry.targetType, entry.targetId, entry.details));
            array.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                     {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), entry.actor},
                                     {QStringLiteral("action"), entry.action},
                                     {QStringLiteral("target_type"), entry.targetType},
                                     {QStringLiteral("target_id"), entry.targetId},
                                     {QStringLiteral("details"), entry.details}});
        }
        call.console.result(array);
        return 0;
    });
}

int cmdAuditVerify(const Invocation& call) {
    return withSession(call, [&](Session& session) {
        if (auto allowed = requirePermission(session.user().role, Operation::VerifyDatabase); !allowed)
            return call.console.fail(allowed.error());
        auto verification = AuditLog(session.db()).verify();
        if (!verification)
            return call.console.fail(verification.error());
        QJsonObject json{{QStringLiteral("ok"), verification->ok()},
                         {QStringLiteral("entries_checked"), verification->entriesChecked}};
        if (!verification->ok()) {
            json.insert(QStringLiteral("first_broken_id"), *verification->firstBrokenId);
            json.insert(QStringLiteral("problem"), verification->problem);
        }
        call.console.result(json);
        if (!verification->ok()) {
            call.console.text(QCoreApplication::translate("Cli", "audit chain: broken at entry %1: %2")
                                  .arg(*verification->firstBrokenId)
                                  .arg(verification->problem));
            return call.console.fail(makeError(
                ErrorCode::VerifyFailed,
                QCoreApplication::translate("Cli", "Verification failed: %1.").arg(verification->problem)));
        }
        call.console.text(QCoreApplication::translate("Cli", "audit chain: %1 entries: ok")
                              .arg(verification->entriesChecked));
        return 0;
    });
}

} // namespace

std::vector<CommandSpec> auditCommands() {
    return {
        {{QStringLiteral("audit"), QStringLiteral("list")},
         0,
         0,
         {QStringLiteral("limit")},
         {},
         QStringLiteral("audit list [--limit N]"),
         cmdAuditList},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         0,
         0,
         {},
         {},
         QStringLiteral("audit verify"),
         cmdAuditVerify},
    };
}

} // namespace legalaid::cli

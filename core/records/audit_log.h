#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// One entry to append: who did what to which record.
struct AuditEvent {
    QString actor;
    QString action;     // stable code, e.g. "login", "user.add"
    QString targetType; // e.g. "user"
    QString targetId;
    QString details;
    std::optional<QDateTime> at; // defaults to now; set when importing an event that happened earlier
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString targetType;
    QString targetId;
    QString details;
};

struct AuditVerification {
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBrokenId; // the first entry whose hash or link does not match
    QString problem;
    [[nodiscard]] bool ok() const { return !firstBrokenId.has_value(); }
};

// The hash-chained audit log: each row's hash is BLAKE2b-256 over its fields and the previous row's hash,
// so an edit made outside the application breaks the chain at that row and `verify` names it.
// SQL for the audit_log table lives here only.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db);

    // Appends inside the caller's open transaction, so a write and its audit entry commit together.
    [[nodiscard]] Status append(const AuditEvent& event);
    [[nodiscard]] Result<AuditVerification> verify() const;
    [[nodiscard]] Result<std::vector<AuditEntry>> latest(int limit) const;

    [[nodiscard]] static QByteArray entryHash(qint64 id, const QString& at, const QString& actor,
                                              const QString& action, const QString& targetType,
                                              const QString& targetId, const QString& details,
                                              const QByteArray& previousHash);

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

#pragma once

// Helpers for the case tests: rows of other aggregates (people, providers, organisations) inserted with plain
// SQL, only their NOT NULL columns, so the case tests do not depend on those services' rules.

#include "records/audit_log.h"
#include "sql_rows.h"

#include <QDate>
#include <QDateTime>

namespace legalaid::test::cases {

inline qint64 insertPerson(const QSqlDatabase& db, const QString& fullName = QStringLiteral("Nguyễn Thị Lan"),
                           const QString& category = QStringLiteral("victim")) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return insertRow(
        db,
        QStringLiteral("INSERT INTO people (category, full_name, name_folded, created_at, created_by, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, 'test', ?, 'test')"),
        {category, fullName, fullName.toLower(), now, now});
}

inline qint64 insertProvider(const QSqlDatabase& db,
                             const QString& fullName = QStringLiteral("Trần Văn Minh"), bool active = true) {
    return insertRow(db, QStringLiteral("INSERT INTO providers (kind, full_name, active) VALUES (?, ?, ?)"),
                     {QStringLiteral("legal_aid_officer"), fullName, active ? 1 : 0});
}

inline qint64 insertOrganisation(const QSqlDatabase& db, const QString& kind, const QString& name,
                                 const QString& code = {}) {
    return insertRow(db, QStringLiteral("INSERT INTO organisations (kind, name, code) VALUES (?, ?, ?)"),
                     {kind, name, code.isEmpty() ? QVariant() : QVariant(code)});
}

inline qint64 auditCount(const QSqlDatabase& db, const QString& action) {
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
}

inline qint64 auditTotal(const QSqlDatabase& db) {
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
}

inline QDate day(const char* iso) {
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace legalaid::test::cases

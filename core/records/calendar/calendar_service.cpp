#include "records/calendar/calendar_service.h"

#include "records/permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("CalendarService", "Cannot read or write the calendar: %1")
                         .arg(query.lastError().databaseText()));
}

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

} // namespace

CalendarService::CalendarService(Session& session)
    : m_session(session) {}

Result<std::vector<Holiday>> CalendarService::holidays(int year) const {
    QSqlQuery query(m_session.db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT date, name, kind FROM holidays WHERE date >= ? AND date <= ? ORDER BY date"));
    query.addBindValue(isoDate(QDate(year, 1, 1)));
    query.addBindValue(isoDate(QDate(year, 12, 31)));
    if (!query.exec())
        return sqlFailure(query);
    std::vector<Holiday> result;
    while (query.next())
        result.push_back({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                          query.value(1).toString(), query.value(2).toString()});
    return result;
}

Status CalendarService::setHoliday(const QDate& date, const QString& name) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    if (!date.isValid())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CalendarService", "Give a valid date for the holiday."));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CalendarService",
                                                     "Give the holiday a name, for example Tết Nguyên đán."));
    return m_session.writeAudited(
        m_session.event(QStringLiteral("holiday.set"), QStringLiteral("holiday"), isoDate(date)),
        [&]() -> Status {
            QSqlQuery query(m_session.db());
            // INSERT OR REPLACE: SQLite 3.15 has no UPSERT.
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO holidays (date, name, kind) VALUES (?, ?, "
                                         "COALESCE((SELECT kind FROM holidays WHERE date = ?), 'custom'))"));
            query.addBindValue(isoDate(date));
            query.addBindValue(name.trimmed());
            query.addBindValue(isoDate(date));
            if (!query.exec())
                return sqlFailure(query);
            return {};
        });
}

Status CalendarService::removeHoliday(const QDate& date) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    return m_session.writeAudited(
        m_session.event(QStringLiteral("holiday.remove"), QStringLiteral("holiday"), isoDate(date)),
        [&]() -> Status {
            QSqlQuery query(m_session.db());
            query.prepare(QStringLiteral("DELETE FROM holidays WHERE date = ?"));
            query.addBindValue(isoDate(date));
            if (!query.exec())
                return sqlFailure(query);
            if (query.numRowsAffected() == 0)
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CalendarService", "%1 is not a holiday in the calendar.")
                        .arg(isoDate(date)));
            return {};
        });
}

Result<std::vector<DeadlineRule>> CalendarService::deadlineRules() const {
    QSqlQuery query(m_session.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT code, label_vi, label_en, working_days, legal_basis FROM deadline_rules ORDER BY code")))
        return sqlFailure(query);
    std::vector<DeadlineRule> rules;
    while (query.next())
        rules.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toInt(), query.value(4).toString()});
    return rules;
}

Status CalendarService::setDeadlineRule(const QString& code, int workingDays) {
    if (auto allowed = requirePermission(m_session.user().role, Operation::CatalogueEdit); !allowed)
        return allowed;
    if (workingDays < 0 || workingDays > 365)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "CalendarService", "A deadline must be between 0 and 365 working days, not %1.")
                             .arg(workingDays));
    return m_session.writeAudited(
        m_session.event(QStringLiteral("deadline_rule.set"), QStringLiteral("deadline_rule"), code,
                        QString::number(workingDays)),
        [&]() -> Status {
            QSqlQuery query(m_session.db());
            query.prepare(QStringLiteral("UPDATE deadline_rules SET working_days = ? WHERE code = ?"));
            query.addBindValue(workingDays);
            query.addBindValue(code);
            if (!query.exec())
                return sqlFailure(query);
            if (query.numRowsAffected() == 0)
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("CalendarService", "There is no deadline rule \"%1\".")
                        .arg(code));
            return {};
        });
}

} // namespace legalaid

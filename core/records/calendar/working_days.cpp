#include "records/calendar/working_days.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

Result<WorkingDayCalendar> WorkingDayCalendar::load(const QSqlDatabase& db) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT date FROM holidays")))
        return makeError(ErrorCode::Sql, QCoreApplication::translate("WorkingDayCalendar",
                                                                     "Cannot read the holiday calendar: %1")
                                             .arg(query.lastError().databaseText()));
    QSet<QDate> holidays;
    while (query.next())
        holidays.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return WorkingDayCalendar(std::move(holidays));
}

WorkingDayCalendar::WorkingDayCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays)) {}

bool WorkingDayCalendar::isWorkingDay(const QDate& date) const {
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingDayCalendar::addWorkingDays(const QDate& from, int days) const {
    QDate date = from;
    int counted = 0;
    while (counted < days) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int WorkingDayCalendar::workingDaysBetween(const QDate& from, const QDate& to) const {
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

Result<int> deadlineWorkingDays(const QSqlDatabase& db, const QString& ruleCode) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT working_days FROM deadline_rules WHERE code = ?"));
    query.addBindValue(ruleCode);
    if (!query.exec())
        return makeError(ErrorCode::Sql, QCoreApplication::translate("WorkingDayCalendar",
                                                                     "Cannot read the deadline rules: %1")
                                             .arg(query.lastError().databaseText()));
    if (!query.next())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("WorkingDayCalendar",
                                        "There is no deadline rule \"%1\". An administrator can add it "
                                        "under the deadline rules.")
                .arg(ruleCode));
    return query.value(0).toInt();
}

} // namespace legalaid

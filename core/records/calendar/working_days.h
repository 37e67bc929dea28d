#pragma once

#include "common/result.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// Working days: Monday to Friday except public holidays from the editable per-year table `holidays`
// (seeded for 2026–2030). Deadlines in the Legal Aid Law count working days.
class WorkingDayCalendar {
public:
    // Loads the holidays of every year in the table.
    [[nodiscard]] static Result<WorkingDayCalendar> load(const QSqlDatabase& db);
    explicit WorkingDayCalendar(QSet<QDate> holidays = {});

    [[nodiscard]] bool isWorkingDay(const QDate& date) const;
    // The date `days` working days after `from` (days > 0); `from` itself is not counted.
    [[nodiscard]] QDate addWorkingDays(const QDate& from, int days) const;
    // Working days after `from` up to and including `to` (0 when `to` <= `from`).
    [[nodiscard]] int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QSet<QDate> m_holidays;
};

// Deadline rules (editable catalogue `deadline_rules`): a code and a number of working days.
// Codes used by the records core:
//   assign_after_accept   provider assigned within N working days of acceptance
//   provider_change       a provider change decided within N working days (3 by law)
//   urgent_acceptance     a limitation period or hearing under N working days away makes acceptance urgent
//   (5) referral_response     a partner's answer to a referral is due within N working days
[[nodiscard]] Result<int> deadlineWorkingDays(const QSqlDatabase& db, const QString& ruleCode);

} // namespace legalaid

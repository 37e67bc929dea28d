#pragma once

#include "common/result.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <vector>

namespace legalaid {

struct Holiday {
    QDate date;
    QString name;
    QString kind; // fixed, lunar, announced, compensatory, custom
};

struct DeadlineRule {
    QString code;
    QString labelVi;
    QString labelEn;
    int workingDays = 0;
    QString legalBasis;
};

// The editable holiday table and deadline rules. SQL for `holidays` and `deadline_rules` lives here and in
// working_days.cpp only.
class CalendarService {
public:
    explicit CalendarService(Session& session);

    [[nodiscard]] Result<std::vector<Holiday>> holidays(int year) const;
    // Adds a holiday or renames an existing one.
    [[nodiscard]] Status setHoliday(const QDate& date, const QString& name);
    [[nodiscard]] Status removeHoliday(const QDate& date);

    [[nodiscard]] Result<std::vector<DeadlineRule>> deadlineRules() const;
    [[nodiscard]] Status setDeadlineRule(const QString& code, int workingDays);

private:
    Session& m_session;
};

} // namespace legalaid

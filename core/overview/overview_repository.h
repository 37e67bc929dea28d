#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace legalaid {

// A count per key (a form code, a month, a date…).
struct KeyCount {
    QString key;
    qint64 count = 0;
};

// A count per pair of keys (month and form, category and sex…).
struct PairCount {
    QString first;
    QString second;
    qint64 count = 0;
};

// The aggregate SQL behind the desk's overview (Tổng quan). Every query is a GROUP BY over an index; none
// reads personal data. This is deliberately small and separate from core/reports (the periodic statistics):
// the overview shows today's working figures, the reports the official ones.
class OverviewRepository {
public:
    explicit OverviewRepository(QSqlDatabase db);

    // Cases not yet ended (received, accepted, assigned, in progress), per form.
    [[nodiscard]] Result<std::vector<KeyCount>> openCasesByForm() const;
    // Accepted cases still waiting for a provider, per acceptance date (the deadline counts from it).
    [[nodiscard]] Result<std::vector<KeyCount>> awaitingAssignmentByAcceptedOn() const;
    // Urgent cases not yet accepted, per date received (they are due that day).
    [[nodiscard]] Result<std::vector<KeyCount>> urgentUnacceptedByReceivedOn() const;
    // Referrals, in or out, that have had no answer yet (status sent), and those past their due date.
    [[nodiscard]] Result<qint64> referralsAwaitingAnswer() const;
    [[nodiscard]] Result<qint64> referralsAwaitingAnswerDueBefore(const QDate& date) const;
    // People of the category "under identification" with no legal-aid case at all.
    [[nodiscard]] Result<qint64> underIdentificationWithoutCase() const;
    // "Coverage" of the overview: people of the three categories (not found not to be victims) recorded in
    // [from, to], and how many of them have a case accepted by `to`. The same rule as the periodic report's
    // coverage indicator, counted here on its own so the overview does not depend on the reports module.
    [[nodiscard]] Result<qint64> coverageKnown(const QDate& from, const QDate& to) const;
    [[nodiscard]] Result<qint64> coverageAided(const QDate& from, const QDate& to) const;
    // Cases received from `from` on, per month (yyyy-MM, first) and form (second).
    [[nodiscard]] Result<std::vector<PairCount>> casesByMonthAndForm(const QDate& from) const;
    // Every person per category (first) and sex code (second, "" when not recorded).
    [[nodiscard]] Result<std::vector<PairCount>> peopleByCategoryAndSex() const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

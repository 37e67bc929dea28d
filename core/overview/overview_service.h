#pragma once

#include "common/result.h"
#include "domain/role.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace legalaid {

class Session;

// The figures of the desk's overview (Tổng quan) as of one day. Counts only, never who.
struct OverviewFigures {
    QDate asOf;

    // Open cases (not yet closed, refused, withdrawn, discontinued or transferred), per form code; every
    // form of allCaseForms() is present, 0 included.
    std::map<QString, qint64> openCasesByForm;
    qint64 openCases = 0;

    // Open case deadlines (an accepted case awaiting a provider, an urgent case not yet accepted), counted in
    // working days with the holiday calendar: due from today to the end of this week (Sunday), and past due.
    qint64 deadlinesDueThisWeek = 0;
    qint64 deadlinesOverdue = 0;

    // Referrals with no answer yet, and those of them past their due date.
    qint64 referralsAwaitingAnswer = 0;
    qint64 referralsOverdue = 0;

    qint64 underIdentificationWithoutCase = 0;

    // This period (the calendar half-year containing asOf, up to asOf): people of the three categories
    // recorded, and those of them who have received legal aid (a case accepted).
    QDate coverageFrom;
    QDate coverageTo;
    qint64 coverageKnown = 0;
    qint64 coverageAided = 0;

    // The last 12 months, oldest first ("yyyy-MM"), and the cases received per month and form code.
    QStringList months;
    std::map<QString, std::map<QString, qint64>> casesByMonthAndForm; // month -> form -> count

    // Every person per category code and sex code ("" when not recorded).
    std::map<QString, std::map<QString, qint64>> peopleByCategoryAndSex; // category -> sex -> count
};

// The first and last day of the calendar half-year containing `date` (1 Jan – 30 Jun, 1 Jul – 31 Dec).
[[nodiscard]] std::pair<QDate, QDate> calendarHalfYear(const QDate& date);
// Monday-based: the Sunday that ends the week of `date`.
[[nodiscard]] QDate endOfWeek(const QDate& date);

// One call for the overview. Needs ViewAggregates. Usable on a worker thread's own connection (the role is
// that of the signed-in user, taken from the session on the GUI thread).
class OverviewService {
public:
    explicit OverviewService(const Session& session);
    OverviewService(QSqlDatabase db, Role role);

    // As of `asOf` (default today).
    [[nodiscard]] Result<OverviewFigures> figures(const QDate& asOf = {}) const;

private:
    QSqlDatabase m_db;
    Role m_role;
};

} // namespace legalaid

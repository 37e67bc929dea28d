#include "records/audit_log.h"
#include "records/calendar/calendar_service.h"
#include "records/calendar/working_days.h"
#include "records/permissions.h"
#include "test_database.h"

#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::test;

namespace {

QDate date(int y, int m, int d) {
    return QDate(y, m, d);
}

WorkingDayCalendar loadCalendar(Session& session) {
    auto calendar = WorkingDayCalendar::load(session.db());
    REQUIRE(calendar.ok());
    return *calendar;
}

} // namespace

TEST_CASE("The holiday table is seeded for 2026-2030 with the Labour Code's holidays", "[calendar]") {
    TempWorkspace ws;
    auto session = openAsAdmin(createTestDatabase(ws).files.database);
    CalendarService calendar(*session);
    for (int year = 2026; year <= 2030; ++year) {
        auto holidays = calendar.holidays(year);
        REQUIRE(holidays.ok());
        INFO(year);
        // 1 Jan, 5 days of Tết, Hùng Kings, 30 Apr, 1 May, 2 Sep and the day next to it: at least 11.
        CHECK(holidays->size() >= 11);
        const auto has = [&](const QDate& d) {
            return std::any_of(holidays->begin(), holidays->end(),
                               [&](const Holiday& h) { return h.date == d; });
        };
        CHECK(has(date(year, 1, 1)));
        CHECK(has(date(year, 4, 30)));
        CHECK(has(date(year, 5, 1)));
        CHECK(has(date(year, 9, 2)));
        CHECK((has(date(year, 9, 1)) || has(date(year, 9, 3))));
    }
    // Tết Bính Ngọ 2026 as announced: Monday 16 to Friday 20 February.
    auto cal = loadCalendar(*session);
    for (int day = 16; day <= 20; ++day)
        CHECK_FALSE(cal.isWorkingDay(date(2026, 2, day)));
    CHECK(cal.isWorkingDay(date(2026, 2, 23)));
    // Hùng Kings' day 2026 falls on a Sunday: Monday 27 April is the day off instead.
    CHECK_FALSE(cal.isWorkingDay(date(2026, 4, 27)));
}

TEST_CASE("Working days skip weekends and holidays", "[calendar]") {
    const WorkingDayCalendar calendar({date(2026, 9, 1), date(2026, 9, 2)});
    CHECK(calendar.isWorkingDay(date(2026, 8, 28)));       // Friday
    CHECK_FALSE(calendar.isWorkingDay(date(2026, 8, 29))); // Saturday
    CHECK(calendar.addWorkingDays(date(2026, 8, 28), 1) == date(2026, 8, 31));
    CHECK(calendar.addWorkingDays(date(2026, 8, 28), 2) == date(2026, 9, 3)); // across 1-2 Sep
    CHECK(calendar.addWorkingDays(date(2026, 8, 28), 3) == date(2026, 9, 4));
    CHECK(calendar.workingDaysBetween(date(2026, 8, 28), date(2026, 9, 4)) == 3);
    CHECK(calendar.workingDaysBetween(date(2026, 9, 4), date(2026, 8, 28)) == 0);
}

TEST_CASE("Deadline rules are read from the editable catalogue", "[calendar]") {
    TempWorkspace ws;
    auto session = openAsAdmin(createTestDatabase(ws).files.database);
    CHECK(*deadlineWorkingDays(session->db(), QStringLiteral("provider_change")) == 3);
    CHECK(*deadlineWorkingDays(session->db(), QStringLiteral("urgent_acceptance")) == 5);
    REQUIRE(CalendarService(*session).setDeadlineRule(QStringLiteral("referral_response"), 7).ok());
    CHECK(*deadlineWorkingDays(session->db(), QStringLiteral("referral_response")) == 7);
    const auto unknown = deadlineWorkingDays(session->db(), QStringLiteral("no_such_rule"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("no_such_rule")));
    CHECK(CalendarService(*session).setDeadlineRule(QStringLiteral("provider_change"), -1).error().code ==
          ErrorCode::InvalidArgument);
}

TEST_CASE("A centre edits its holidays; the change is audited and counts at once", "[calendar]") {
    TempWorkspace ws;
    auto session = openAsAdmin(createTestDatabase(ws).files.database);
    CalendarService calendar(*session);
    const QDate localDay = date(2026, 11, 20); // a Friday
    CHECK(loadCalendar(*session).isWorkingDay(localDay));
    REQUIRE(
        calendar.setHoliday(localDay, QStringLiteral("Ngày Nhà giáo (nghỉ theo quyết định của tỉnh)")).ok());
    CHECK_FALSE(loadCalendar(*session).isWorkingDay(localDay));
    auto entries = AuditLog(session->db()).latest(1);
    REQUIRE(entries.ok());
    CHECK(entries->front().action == QStringLiteral("holiday.set"));
    CHECK(entries->front().targetId == QStringLiteral("2026-11-20"));

    REQUIRE(calendar.removeHoliday(localDay).ok());
    CHECK(loadCalendar(*session).isWorkingDay(localDay));
    CHECK(calendar.removeHoliday(localDay).error().code == ErrorCode::InvalidArgument);
    CHECK(calendar.setHoliday(localDay, QStringLiteral("  ")).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Only administrators and directors edit the calendar", "[calendar]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    for (Role role : allRoles()) {
        auto session = sessionWithRole(path, role);
        CalendarService calendar(*session);
        INFO(roleCode(role).toStdString());
        const Status set = calendar.setHoliday(date(2027, 12, 24), QStringLiteral("Test"));
        CHECK(set.ok() == isAllowed(role, Operation::CatalogueEdit));
        const Status rule = calendar.setDeadlineRule(QStringLiteral("provider_change"), 3);
        CHECK(rule.ok() == isAllowed(role, Operation::CatalogueEdit));
        if (set.ok())
            REQUIRE(calendar.removeHoliday(date(2027, 12, 24)).ok());
        CHECK(calendar.holidays(2027).ok()); // everybody may read the calendar
    }
}

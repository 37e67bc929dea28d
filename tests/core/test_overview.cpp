// The overview's figures against numbers counted by hand on a small data set written with plain SQL, with the
// dates chosen around the 2026 National Day holidays (1–2 September) so working days matter.
#include "overview/overview_service.h"
#include "records/permissions.h"
#include "sql_rows.h"
#include "test_database.h"

#include <catch2/catch.hpp>

namespace legalaid::test {
namespace {

qint64 insertPerson(const QSqlDatabase& db, const char* category, const char* sex, const char* createdAt,
                    const QVariant& currentStatus = {}) {
    const QString name = QStringLiteral("Người %1").arg(QLatin1String(createdAt));
    return insertRow(
        db,
        QStringLiteral("INSERT INTO people (category, full_name, name_folded, sex, current_status, "
                       "created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'test', ?, 'test')"),
        {QLatin1String(category), name, name.toLower(), QLatin1String(sex), currentStatus,
         QLatin1String(createdAt), QLatin1String(createdAt)});
}

struct CaseRow {
    const char* form;
    const char* status;
    const char* receivedOn;
    const char* acceptedOn = nullptr;
    bool urgent = false;
    const char* endedOn = nullptr;
};

void insertCase(const QSqlDatabase& db, qint64 personId, const CaseRow& row) {
    static int number = 0;
    ++number;
    const QString received = QLatin1String(row.receivedOn);
    const auto dateOrNull = [](const char* date) {
        return date ? QVariant(QLatin1String(date)) : QVariant();
    };
    insertRow(db,
              QStringLiteral(
                  "INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                  "source, received_on, urgent, status, register_year, register_number, file_code, "
                  "accepted_on, ended_on, last_step_on, created_at, updated_at) "
                  "VALUES ('TT', ?, 'khac', 'art7_6a', ?, 'walk_in', ?, ?, ?, 2026, ?, ?, ?, ?, ?, ?, ?)"),
              {QLatin1String(row.form), personId, received, row.urgent ? 1 : 0, QLatin1String(row.status),
               number, QStringLiteral("TT.X.%1.2026").arg(number), dateOrNull(row.acceptedOn),
               dateOrNull(row.endedOn), received, received, received});
}

void insertReferral(const QSqlDatabase& db, qint64 personId, qint64 organisationId, const char* direction,
                    const char* status, const char* sentOn, const char* dueOn) {
    const bool out = QLatin1String(direction) == QLatin1String("out");
    insertRow(db,
              QStringLiteral("INSERT INTO referrals (person_id, direction, organisation_id, service, status, "
                             "sent_on, due_on, created_by, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)"),
              {personId, QLatin1String(direction), organisationId,
               out ? QVariant(QStringLiteral("medical")) : QVariant(), QLatin1String(status),
               QLatin1String(sentOn), QLatin1String(dueOn), QLatin1String(sentOn), QLatin1String(sentOn)});
}

// Seeds the data set; the expected figures as of Thursday 3 September 2026 are worked out in the test.
void seedOverviewData(const QSqlDatabase& db) {
    const qint64 p1 = insertPerson(db, "victim", "f", "2026-07-10T08:00:00.000Z");
    const qint64 p2 = insertPerson(db, "under_identification", "f", "2026-08-01T08:00:00.000Z"); // no case
    const qint64 p3 = insertPerson(db, "accompanying_minor", "m", "2026-08-15T08:00:00.000Z");
    insertPerson(db, "victim", "m", "2026-07-20T08:00:00.000Z", QStringLiteral("not_victim")); // p4
    const qint64 p5 = insertPerson(db, "victim", "f", "2026-03-01T08:00:00.000Z");
    insertPerson(db, "under_identification", "", "2026-09-03T23:00:00.000Z"); // p6: no case, last minute
    const qint64 p7 = insertPerson(db, "under_identification", "m", "2026-07-05T08:00:00.000Z");

    // Accepted, awaiting a provider: due 2 working days after acceptance.
    insertCase(db, p1, {"consultation", "accepted", "2026-08-31", "2026-08-31"}); // due Fri 4 Sep (holidays)
    insertCase(db, p7, {"litigation", "accepted", "2026-08-26", "2026-08-27"});   // due Mon 31 Aug: overdue
    insertCase(db, p5, {"consultation", "accepted", "2026-09-03", "2026-09-03"}); // due Mon 7 Sep: next week
    // Urgent, not accepted: due the day received.
    insertCase(db, p3, {"out_of_court", "received", "2026-09-03", nullptr, true}); // due today
    insertCase(db, p5, {"consultation", "received", "2026-09-02", nullptr, true}); // overdue
    insertCase(db, p5, {"consultation", "received", "2026-09-01"});                // not urgent: no deadline
    insertCase(db, p5, {"litigation", "in_progress", "2026-03-10", "2026-03-11"});
    insertCase(db, p5, {"consultation", "closed", "2026-05-05", "2026-05-06", false, "2026-06-01"});
    insertCase(db, p5, {"out_of_court", "refused", "2025-12-15", nullptr, false, "2025-12-16"});
    insertCase(db, p5,
               {"consultation", "closed", "2025-09-20", "2025-09-21", false, "2025-10-01"}); // > 12 months

    const qint64 organisation = insertRow(
        db, QStringLiteral("INSERT INTO organisations (kind, name) VALUES ('police', 'Công an xã')"), {});
    insertReferral(db, p1, organisation, "out", "sent", "2026-08-20", "2026-08-27");     // overdue
    insertReferral(db, p2, organisation, "in", "sent", "2026-09-01", "2026-09-08");      // awaiting
    insertReferral(db, p3, organisation, "out", "accepted", "2026-08-20", "2026-08-27"); // answered
    insertReferral(db, p7, organisation, "in", "sent", "2026-08-27", "2026-09-03");      // due today
}

const QDate kAsOf(2026, 9, 3); // a Thursday, the day after the National Day holidays

} // namespace

TEST_CASE("Overview figures match the data counted by hand", "[overview]") {
    TempWorkspace workspace;
    const auto setup = createTestDatabase(workspace);
    auto session = openAsAdmin(setup.files.database);
    seedOverviewData(session->db());

    auto figures = OverviewService(*session).figures(kAsOf);
    INFO((figures ? QString() : figures.error().message).toStdString());
    REQUIRE(figures.ok());

    CHECK(figures->openCases == 7);
    CHECK(figures->openCasesByForm.at(QStringLiteral("consultation")) == 4);
    CHECK(figures->openCasesByForm.at(QStringLiteral("litigation")) == 2);
    CHECK(figures->openCasesByForm.at(QStringLiteral("out_of_court")) == 1);

    // Due this week: the case accepted on 31 August (due Friday 4 September because 1 and 2 September are
    // holidays) and the urgent case received today. Overdue: the case accepted on 27 August and the urgent
    // case received yesterday.
    CHECK(figures->deadlinesDueThisWeek == 2);
    CHECK(figures->deadlinesOverdue == 2);

    CHECK(figures->referralsAwaitingAnswer == 3);
    CHECK(figures->referralsOverdue == 1);
    CHECK(figures->underIdentificationWithoutCase == 2);

    CHECK(figures->coverageFrom == QDate(2026, 7, 1));
    CHECK(figures->coverageTo == kAsOf);
    CHECK(figures->coverageKnown == 5); // p1, p2, p3, p6, p7 (p4 is not a victim, p5 is older)
    CHECK(figures->coverageAided == 2); // p1, p7: a case accepted

    REQUIRE(figures->months.size() == 12);
    CHECK(figures->months.first() == QStringLiteral("2025-10"));
    CHECK(figures->months.last() == QStringLiteral("2026-09"));
    const auto monthForm = [&](const char* month, const char* form) {
        return figures->casesByMonthAndForm.at(QLatin1String(month)).at(QLatin1String(form));
    };
    CHECK(monthForm("2026-09", "consultation") == 3);
    CHECK(monthForm("2026-09", "out_of_court") == 1);
    CHECK(monthForm("2026-09", "litigation") == 0);
    CHECK(monthForm("2026-08", "consultation") == 1);
    CHECK(monthForm("2026-08", "litigation") == 1);
    CHECK(monthForm("2026-05", "consultation") == 1);
    CHECK(monthForm("2026-03", "litigation") == 1);
    CHECK(monthForm("2025-12", "out_of_court") == 1);
    CHECK(monthForm("2025-10", "consultation") == 0);
    CHECK(figures->casesByMonthAndForm.count(QStringLiteral("2025-09")) == 0);

    const auto people = [&](const char* category, const char* sex) {
        const auto& bySex = figures->peopleByCategoryAndSex.at(QLatin1String(category));
        const auto found = bySex.find(QLatin1String(sex));
        return found == bySex.end() ? qint64(0) : found->second;
    };
    CHECK(people("victim", "f") == 2);
    CHECK(people("victim", "m") == 1);
    CHECK(people("under_identification", "f") == 1);
    CHECK(people("under_identification", "m") == 1);
    CHECK(people("under_identification", "") == 1);
    CHECK(people("accompanying_minor", "m") == 1);
}

TEST_CASE("Overview figures of an empty database are zeros with every form and month present", "[overview]") {
    TempWorkspace workspace;
    const auto setup = createTestDatabase(workspace);
    auto session = openAsAdmin(setup.files.database);
    auto figures = OverviewService(*session).figures(kAsOf);
    REQUIRE(figures.ok());
    CHECK(figures->openCases == 0);
    CHECK(figures->openCasesByForm.size() == 3);
    CHECK(figures->casesByMonthAndForm.size() == 12);
    CHECK(figures->coverageKnown == 0);
    CHECK(figures->peopleByCategoryAndSex.empty());
}

TEST_CASE("Overview figures are refused to a role without ViewAggregates", "[overview]") {
    TempWorkspace workspace;
    const auto setup = createTestDatabase(workspace);
    REQUIRE_FALSE(isAllowed(Role::IntakeClerk, Operation::ViewAggregates));
    auto clerk = sessionWithRole(setup.files.database, Role::IntakeClerk);
    auto figures = OverviewService(*clerk).figures(kAsOf);
    REQUIRE_FALSE(figures.ok());
    CHECK(figures.error().code == ErrorCode::PermissionDenied);
    // The worker-thread form of the service checks the role it is given the same way.
    CHECK_FALSE(OverviewService(clerk->db(), Role::IntakeClerk).figures(kAsOf).ok());
    CHECK(OverviewService(clerk->db(), Role::StatisticsOfficer).figures(kAsOf).ok());
}

TEST_CASE("Overview week and half-year helpers", "[overview]") {
    CHECK(endOfWeek(QDate(2026, 9, 3)) == QDate(2026, 9, 6));
    CHECK(endOfWeek(QDate(2026, 9, 6)) == QDate(2026, 9, 6));
    CHECK(endOfWeek(QDate(2026, 9, 7)) == QDate(2026, 9, 13));
    CHECK(calendarHalfYear(QDate(2026, 6, 30)) == std::pair(QDate(2026, 1, 1), QDate(2026, 6, 30)));
    CHECK(calendarHalfYear(QDate(2026, 7, 1)) == std::pair(QDate(2026, 7, 1), QDate(2026, 12, 31)));
}

} // namespace legalaid::test

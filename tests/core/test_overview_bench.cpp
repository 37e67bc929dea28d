// Hidden benchmark (run with "[.overview-bench]"): the overview's figures on a seeded database. The size
// comes from LEGALAID_OVERVIEW_BENCH_PEOPLE (default 100,000 people, as many cases, half as many referrals).
#include "overview/overview_repository.h"
#include "overview/overview_service.h"
#include "seed/seeder.h"
#include "test_database.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

namespace legalaid::test {

TEST_CASE("Overview figures on a large database", "[.overview-bench]") {
    TempWorkspace workspace;
    const auto setup = createTestDatabase(workspace);
    auto session = openAsAdmin(setup.files.database);
    const qint64 people = qEnvironmentVariableIntValue("LEGALAID_OVERVIEW_BENCH_PEOPLE") > 0
                              ? qEnvironmentVariableIntValue("LEGALAID_OVERVIEW_BENCH_PEOPLE")
                              : 100000;
    seed::SeedOptions options;
    options.people = people;
    options.cases = people;
    options.referrals = people / 2;
    auto seeded = seed::seedDatabase(*session, options);
    REQUIRE(seeded.ok());
    WARN("seeded " << seeded->rows << " rows in " << seeded->seconds << " s");

    // Each query alone, to see where the time goes.
    {
        const OverviewRepository repository(session->db());
        const QDate today = QDate::currentDate();
        const auto timed = [](const char* name, const auto& query) {
            QElapsedTimer timer;
            timer.start();
            const bool ok = query().ok();
            WARN(name << ": " << timer.elapsed() << " ms" << (ok ? "" : " (failed)"));
        };
        timed("openCasesByForm", [&] { return repository.openCasesByForm(); });
        timed("awaitingAssignmentByAcceptedOn", [&] { return repository.awaitingAssignmentByAcceptedOn(); });
        timed("urgentUnacceptedByReceivedOn", [&] { return repository.urgentUnacceptedByReceivedOn(); });
        timed("referralsAwaitingAnswer", [&] { return repository.referralsAwaitingAnswer(); });
        timed("underIdentificationWithoutCase", [&] { return repository.underIdentificationWithoutCase(); });
        timed("coverageKnown", [&] { return repository.coverageKnown(calendarHalfYear(today).first, today); });
        timed("coverageAided", [&] { return repository.coverageAided(calendarHalfYear(today).first, today); });
        timed("casesByMonthAndForm", [&] { return repository.casesByMonthAndForm(today.addMonths(-12)); });
        timed("peopleByCategoryAndSex", [&] { return repository.peopleByCategoryAndSex(); });
    }
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto figures = OverviewService(*session).figures();
        REQUIRE(figures.ok());
        WARN("overview figures, run " << run + 1 << ": " << timer.elapsed() << " ms (open cases "
                                      << figures->openCases << ", people under identification without a case "
                                      << figures->underIdentificationWithoutCase << ")");
    }
}

} // namespace legalaid::test

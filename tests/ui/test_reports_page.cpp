// The reports page on a small seeded database: the year's report computed off the GUI thread fills a
// read-only tree that passes QAbstractItemModelTester, stale results are dropped, and each role gets the
// actions the permission matrix gives it (disabled with the core's sentence, or not offered at all).
#include "common/translations.h"
#include "desk_test_helpers.h"
#include "pages/reports/report_tree_model.h"
#include "pages/reports/reports_page.h"
#include "records/permissions.h"
#include "reports/report_service.h"
#include "test_database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

namespace legalaid::ui {
namespace {

using test::child;

// 40 people and 50 cases over 2026.
constexpr test::CentreSize kSmallCentre{.people = 40, .cases = 50, .referrals = 10};

} // namespace

TEST_CASE("Reports page computes the year off the GUI thread into a read-only tree", "[ui][reports]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    test::seedCentre(*session, kSmallCentre);
    const reports::ReportPeriod year = reports::yearPeriod(2026, reports::Cutoff::Calendar);
    auto expected = reports::ReportService(*session).compute(year, {});
    REQUIRE(expected.ok());

    ReportsPage page;
    REQUIRE(page.isAvailableTo(Role::Admin));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1280, 700);
    test::showActive(page);
    page.attach(*session);
    test::chooseYear(page, 2026, reports::Cutoff::Calendar);
    REQUIRE(page.chosenPeriod().ok());
    CHECK(*page.chosenPeriod() == year);
    CHECK_FALSE(child<QAbstractButton>(page, "exportCsvButton")->isEnabled()); // nothing computed yet

    // Enter in the year field computes.
    QSignalSpy finished(&page, &ReportsPage::computeFinished);
    auto* yearField = child<QSpinBox>(page, "periodYear");
    yearField->setFocus();
    QTest::keyClick(yearField, Qt::Key_Return);
    CHECK(page.isComputing());
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(page.isComputing());

    ReportTreeModel* model = page.model();
    REQUIRE(model->rowCount() > 0);
    CHECK(model->report().rows.size() == expected->rows.size());
    CHECK_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    // The coverage card shows the core's numbers.
    const reports::ReportRow* percent = expected->find(QStringLiteral("coverage_percent"));
    REQUIRE(percent != nullptr);
    CHECK(child<QLabel>(page, "coveragePercent")->text() ==
          ReportTreeModel::formatValue(percent->value, QStringLiteral("percent")));
    const auto known = static_cast<qint64>(expected->find(QStringLiteral("coverage_known"))->value);
    CHECK(known > 0);
    CHECK(child<QLabel>(page, "coverageText")->text().contains(QLocale().toString(known)));
    // A total indicator carries its number; a breakdown lists its keys with values.
    bool sawBreakdown = false;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int i = 0; i < model->rowCount(section); ++i) {
            const QModelIndex indicator = model->index(i, 0, section);
            if (model->rowCount(indicator) > 0) {
                sawBreakdown = true;
                CHECK_FALSE(
                    model->index(0, ReportTreeModel::ValueColumn, indicator).data().toString().isEmpty());
            } else {
                CHECK_FALSE(
                    model->index(i, ReportTreeModel::ValueColumn, section).data().toString().isEmpty());
            }
        }
    }
    CHECK(sawBreakdown);
    // The chart shows the selected indicator's breakdown.
    auto* chart = child<QChartView>(page, "reportChart");
    CHECK_FALSE(chart->chart()->series().isEmpty());

    CHECK(child<QAbstractButton>(page, "exportCsvButton")->isEnabled());
    CHECK(child<QAbstractButton>(page, "printButton")->isEnabled());
    CHECK(child<QAbstractButton>(page, "coverageGapsButton")->isVisible());
    CHECK(child<QAbstractButton>(page, "exportIdentifiedButton")->isVisible());

    page.detach();
    CHECK(model->rowCount() == 0);
    CHECK(child<QLabel>(page, "coveragePercent")->text() == QStringLiteral("–"));
}

TEST_CASE("Reports page drops results after detach or a newer Compute", "[ui][reports]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    test::seedCentre(*session, kSmallCentre);

    ReportsPage page;
    page.attach(*session);
    test::chooseYear(page, 2026, reports::Cutoff::Calendar);
    QSignalSpy finished(&page, &ReportsPage::computeFinished);
    page.compute();
    REQUIRE(page.isComputing());
    page.detach(); // waits for the worker and forgets its result
    session.reset();
    QTest::qWait(200);
    CHECK(finished.isEmpty());
    CHECK(page.model()->rowCount() == 0);

    session = test::openAsAdmin(setup.files.database);
    page.attach(*session);
    page.compute();
    child<QSpinBox>(page, "periodYear")->setValue(2025);
    page.compute(); // the first result is stale now
    REQUIRE(finished.wait(20000));
    QTest::qWait(300);
    CHECK(finished.count() == 1);
    CHECK(page.model()->report().period.year == 2025);
    page.detach();
}

TEST_CASE("Reports page follows the permission matrix for each role", "[ui][reports]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    {
        auto admin = test::openAsAdmin(setup.files.database);
        test::seedCentre(*admin, kSmallCentre);
    }
    ReportsPage page;
    CHECK_FALSE(page.isAvailableTo(Role::IntakeClerk));
    CHECK(page.isAvailableTo(Role::StatisticsOfficer));
    CHECK(page.isAvailableTo(Role::LegalAidOfficer));
    CHECK(page.isAvailableTo(Role::Auditor));
    CHECK(page.isAvailableTo(Role::Director));
    page.show();

    SECTION("a statistics officer sees figures and exports, but no names") {
        auto statistics = test::sessionWithRole(setup.files.database, Role::StatisticsOfficer);
        page.attach(*statistics);
        test::chooseYear(page, 2026, reports::Cutoff::Calendar);
        REQUIRE(test::computeAndWait(page, test::ComputeBy::Button));
        CHECK(page.model()->rowCount() > 0);
        CHECK_FALSE(child<QAbstractButton>(page, "coverageGapsButton")->isVisible());
        CHECK_FALSE(child<QAbstractButton>(page, "exportIdentifiedButton")->isVisible());
        CHECK(child<QAbstractButton>(page, "exportCsvButton")->isEnabled());
        CHECK(child<QAbstractButton>(page, "exportJsonButton")->isEnabled());
        CHECK(child<QAbstractButton>(page, "exportRecordsButton")->isEnabled());
        page.detach();
    }
    SECTION("a legal-aid officer sees figures and the coverage list, and may not export") {
        auto officer = test::sessionWithRole(setup.files.database, Role::LegalAidOfficer);
        page.attach(*officer);
        test::chooseYear(page, 2026, reports::Cutoff::Calendar);
        REQUIRE(test::computeAndWait(page, test::ComputeBy::Button));
        CHECK(page.model()->rowCount() > 0);
        const QString refused =
            requirePermission(Role::LegalAidOfficer, Operation::ExportAnonymised).error().message;
        for (const char* name : {"exportCsvButton", "exportJsonButton", "exportRecordsButton"}) {
            auto* button = child<QAbstractButton>(page, name);
            CHECK_FALSE(button->isEnabled());
            CHECK(button->toolTip() == refused);
        }
        CHECK(child<QAbstractButton>(page, "printButton")->isEnabled());
        CHECK(child<QAbstractButton>(page, "coverageGapsButton")->isVisible());
        CHECK(child<QAbstractButton>(page, "coverageGapsButton")->isEnabled());
        CHECK_FALSE(child<QAbstractButton>(page, "exportIdentifiedButton")->isVisible());
        page.detach();
    }
    SECTION("an auditor may export anonymised figures but not see the coverage list") {
        auto auditor = test::sessionWithRole(setup.files.database, Role::Auditor);
        page.attach(*auditor);
        CHECK(child<QAbstractButton>(page, "exportRecordsButton")->isEnabled());
        CHECK_FALSE(child<QAbstractButton>(page, "coverageGapsButton")->isVisible());
        page.detach();
    }
}

// Hidden (run with "[.screenshots]"): the page at 1366×768 in Vietnamese, saved to /tmp/shots/reports.png.
TEST_CASE("Screenshot of the reports page", "[.screenshots][reports]") {
    installTranslations(*qApp, QStringLiteral("vi"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    test::seedCentre(*session, {.people = 300, .cases = 350, .referrals = 60});
    ReportsPage page;
    page.resize(1366, 768);
    page.show();
    page.attach(*session);
    test::chooseYear(page, 2026, reports::Cutoff::Calendar);
    REQUIRE(test::computeAndWait(page, test::ComputeBy::Button));
    QTest::qWait(100);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    CHECK(page.grab().save(QStringLiteral("/tmp/shots/reports.png")));
    page.detach();
    installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

} // namespace legalaid::ui

// The overview page on a small database: the numbers it shows are the core's, every number opens the list
// behind it (mouse and keyboard), results that arrive after detach() are dropped, and roles without figures
// get a welcome.
#include "common/translations.h"
#include "overview/overview_service.h"
#include "pages/overview/figure_button.h"
#include "pages/overview/overview_page.h"
#include "seed/seeder.h"
#include "shell/main_window.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace legalaid::ui {
namespace {

using test::insertRow;

const QDate kOverviewDay(2026, 9, 3);

qint64 addPerson(const QSqlDatabase& db, const char* category, const char* sex) {
    const QString stamp = QStringLiteral("2026-08-01T08:00:00.000Z");
    return insertRow(
        db,
        QStringLiteral("INSERT INTO people (category, full_name, name_folded, sex, created_at, "
                       "created_by, updated_at, updated_by) VALUES (?, 'Lan', 'lan', ?, ?, 't', ?, 't')"),
        {QLatin1String(category), QLatin1String(sex), stamp, stamp});
}

void addCase(const QSqlDatabase& db, qint64 person, int number, const char* form, const char* status,
             const char* receivedOn, const char* acceptedOn) {
    insertRow(
        db,
        QStringLiteral("INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                       "source, received_on, status, register_year, register_number, file_code, accepted_on, "
                       "last_step_on, created_at, updated_at) VALUES ('TT', ?, 'khac', 'art7_6a', ?, "
                       "'walk_in', ?, ?, 2026, ?, ?, ?, ?, ?, ?)"),
        {QLatin1String(form), person, QLatin1String(receivedOn), QLatin1String(status), number,
         QStringLiteral("TT.T.%1.2026").arg(number),
         acceptedOn ? QVariant(QLatin1String(acceptedOn)) : QVariant(), QLatin1String(receivedOn),
         QLatin1String(receivedOn), QLatin1String(receivedOn)});
}

void seed(const QSqlDatabase& db) {
    const qint64 victim = addPerson(db, "victim", "f");
    addPerson(db, "under_identification", "m"); // no case
    addPerson(db, "victim", "m");
    addCase(db, victim, 1, "consultation", "accepted", "2026-08-26", "2026-08-27"); // overdue
    addCase(db, victim, 2, "consultation", "in_progress", "2026-07-10", "2026-07-11");
    addCase(db, victim, 3, "litigation", "closed", "2026-06-10", "2026-06-11");
    const qint64 police = insertRow(
        db, QStringLiteral("INSERT INTO organisations (kind, name) VALUES ('police', 'Công an')"), {});
    insertRow(db,
              QStringLiteral(
                  "INSERT INTO referrals (person_id, direction, organisation_id, status, sent_on, due_on, "
                  "created_by, created_at, updated_at) VALUES (?, 'in', ?, 'sent', '2026-08-20', "
                  "'2026-08-27', 't', '2026-08-20', '2026-08-20')"),
              {victim, police});
}

FigureButton* figure(const OverviewPage& page, const char* name) {
    auto* button = page.findChild<FigureButton*>(QLatin1String(name));
    REQUIRE(button != nullptr);
    return button;
}

bool waitForFigures(OverviewPage& page) {
    if (!page.isLoading())
        return page.figures().has_value();
    QSignalSpy shown(&page, &OverviewPage::figuresShown);
    return shown.wait(15000);
}

} // namespace

TEST_CASE("Overview page shows the core's figures and each number opens its list", "[ui][overview]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seed(session->db());
    auto expected = OverviewService(*session).figures(kOverviewDay);
    REQUIRE(expected.ok());
    REQUIRE(expected->openCases == 2);

    OverviewPage page;
    page.resize(1280, 700);
    page.setAsOf(kOverviewDay);
    page.show();
    page.attach(*session);
    CHECK(page.isLoading());
    REQUIRE(waitForFigures(page));

    CHECK(figure(page, "figureOpenCases")->valueText() == QStringLiteral("2"));
    CHECK(figure(page, "figureOpen_consultation")->valueText() == QStringLiteral("2"));
    CHECK(figure(page, "figureOpen_litigation")->valueText() == QStringLiteral("0"));
    CHECK(figure(page, "figureOverdue")->valueText() == QString::number(expected->deadlinesOverdue));
    CHECK(expected->deadlinesOverdue == 1);
    CHECK(figure(page, "figureReferralsAwaiting")->valueText() == QStringLiteral("1"));
    CHECK(figure(page, "figureReferralsOverdue")->valueText() == QStringLiteral("1"));
    CHECK(figure(page, "figureWithoutCase")->valueText() == QStringLiteral("1"));
    auto* chart = page.findChild<QChartView*>(QStringLiteral("overviewCasesChart"));
    REQUIRE(chart != nullptr);
    CHECK_FALSE(chart->chart()->series().isEmpty());

    QSignalSpy links(&page, &DeskPage::navigateRequested);
    QTest::mouseClick(figure(page, "figureOpen_consultation"), Qt::LeftButton);
    REQUIRE(links.count() == 1);
    CHECK(links.at(0).at(0).toString() == QStringLiteral("cases"));
    const QVariantMap openConsultations = links.at(0).at(1).toMap();
    CHECK(openConsultations.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(openConsultations.value(QStringLiteral("form")).toString() == QStringLiteral("consultation"));

    // From the keyboard: the numbers take focus and Space presses them.
    FigureButton* overdue = figure(page, "figureOverdue");
    CHECK(overdue->focusPolicy() == Qt::StrongFocus);
    overdue->setFocus();
    QTest::keyClick(overdue, Qt::Key_Space);
    REQUIRE(links.count() == 2);
    CHECK(links.at(1).at(1).toMap().value(QStringLiteral("deadline")).toString() ==
          QStringLiteral("overdue"));

    QTest::mouseClick(figure(page, "figureWithoutCase"), Qt::LeftButton);
    REQUIRE(links.count() == 3);
    CHECK(links.at(2).at(0).toString() == QStringLiteral("people"));
    CHECK(links.at(2).at(1).toMap().value(QStringLiteral("withoutCase")).toBool());
    CHECK(links.at(2).at(1).toMap().value(QStringLiteral("category")).toString() ==
          QStringLiteral("under_identification"));

    QTest::mouseClick(figure(page, "figureReferralsOverdue"), Qt::LeftButton);
    REQUIRE(links.count() == 4);
    CHECK(links.at(3).at(0).toString() == QStringLiteral("referrals"));
    CHECK(links.at(3).at(1).toMap().value(QStringLiteral("overdue")).toBool());
}

TEST_CASE("Overview page drops figures that arrive after detach", "[ui][overview]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seed(session->db());

    OverviewPage page;
    page.setAsOf(kOverviewDay);
    QSignalSpy shown(&page, &OverviewPage::figuresShown);
    page.attach(*session);
    REQUIRE(page.isLoading());
    page.detach(); // waits for the worker and forgets its result
    CHECK_FALSE(page.isLoading());
    session.reset();
    QTest::qWait(200);
    CHECK(shown.isEmpty());
    CHECK_FALSE(page.figures().has_value());
    CHECK(figure(page, "figureOpenCases")->valueText() == QStringLiteral("–"));
}

TEST_CASE("Overview page welcomes a role without figures instead of counting", "[ui][overview]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto clerk = test::sessionWithRole(setup.files.database, Role::IntakeClerk);

    OverviewPage page;
    REQUIRE(page.isAvailableTo(Role::IntakeClerk));
    page.attach(*clerk);
    CHECK_FALSE(page.isLoading());
    auto* welcome = page.findChild<QLabel*>(QStringLiteral("overviewWelcome"));
    REQUIRE(welcome != nullptr);
    CHECK(welcome->text().contains(QStringLiteral("Welcome")));
    auto* states = page.findChild<QStackedWidget*>();
    REQUIRE(states != nullptr);
    CHECK(states->currentWidget()->isAncestorOf(welcome));
    auto* refresh = page.findChild<QAbstractButton*>(QStringLiteral("overviewRefresh"));
    REQUIRE(refresh != nullptr);
    CHECK_FALSE(refresh->isEnabled());
    CHECK_FALSE(refresh->toolTip().isEmpty());
    page.detach();
}

// Hidden (run with "[.screenshots]"): the overview, directory, activities and administration pages in the
// main window at 1366×768, in Vietnamese, on seeded data, saved to /tmp/shots/<page>.png.
TEST_CASE("Screenshots of the overview, directory, activities and administration pages", "[.screenshots]") {
    installTranslations(*qApp, QStringLiteral("vi"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seed::SeedOptions options;
    options.people = 600;
    options.cases = 700;
    options.referrals = 200;
    REQUIRE(seed::seedDatabase(*session, options).ok());

    MainWindow window(std::move(session), std::chrono::minutes(30));
    window.resize(1366, 768);
    window.show();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    const auto shoot = [&](const QString& key, const QString& file) {
        window.showPage(key);
        QTest::qWait(300);
        REQUIRE(window.grab().save(QStringLiteral("/tmp/shots/%1.png").arg(file)));
    };
    auto* overview = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
    REQUIRE(overview != nullptr);
    window.showPage(QStringLiteral("overview"));
    REQUIRE(waitForFigures(*overview));
    shoot(QStringLiteral("overview"), QStringLiteral("overview"));
    shoot(QStringLiteral("directory"), QStringLiteral("directory"));
    shoot(QStringLiteral("activities"), QStringLiteral("activities"));
    window.showPage(QStringLiteral("admin"));
    auto* tabs = window.page(QStringLiteral("admin"))->findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    REQUIRE(tabs != nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(QStringLiteral("admin"), QStringLiteral("admin-%1").arg(tabs->widget(i)->objectName()));
    }
    installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

} // namespace legalaid::ui

#pragma once

// Fixture pieces shared by the desk's widget tests (tests/ui only: these include ui/ headers, so only a
// target that links legalaid_ui may include this file). Failures stop the test through Catch2's REQUIRE.

#include "pages/reports/reports_page.h"
#include "records/session.h"
#include "reports/report_period.h"
#include "seed/demo_database.h"
#include "seed/seeder.h"
#include "shell/main_window.h"
#include "temp_workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>

namespace legalaid::test {

// The child of `parent` with that object name; the test stops when there is none.
template <typename T> T* child(const QObject& parent, const char* objectName) {
    auto* found = parent.findChild<T*>(QLatin1String(objectName));
    REQUIRE(found != nullptr);
    return found;
}

// Points QSettings at a private folder for the whole test run and empties it for each test, so the user's
// real configuration is never read or written.
inline void isolateSettings() {
    static QTemporaryDir settingsHome;
    static const bool redirected = [] {
        REQUIRE(settingsHome.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsHome.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsHome.path());
        return true;
    }();
    REQUIRE(redirected);
    QSettings settings(QStringLiteral("legalaid-desk"), QStringLiteral("legalaid-desk"));
    REQUIRE(settings.fileName().startsWith(settingsHome.path()));
    settings.clear();
    settings.sync();
}

// Shows a window and waits until it is the active one (key clicks go to the active window only).
inline void showActive(QWidget& window) {
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// How many records a seeded centre holds; activities -1 lets the seeder choose (one per 100 people).
struct CentreSize {
    qint64 people = 0;
    qint64 cases = 0;
    qint64 referrals = 0;
    qint64 activities = -1;
};

// The last date seeded records carry: fixed, so that the reports of 2026 see the same data on every day.
inline const QDate kSeededUntil = QDate(2026, 11, 20);

// Seeds a centre of that size, its records spread over 2026 up to kSeededUntil.
inline void seedCentre(Session& session, const CentreSize& size) {
    seed::SeedOptions options;
    options.people = size.people;
    options.cases = size.cases;
    options.referrals = size.referrals;
    options.activities = size.activities;
    options.until = kSeededUntil;
    REQUIRE(seed::seedDatabase(session, options).ok());
}

// Chooses a year with its cut-off in the reports page's period bar.
inline void chooseYear(ui::ReportsPage& page, int year, reports::Cutoff cutoff = reports::Cutoff::Calendar) {
    auto* kind = child<QComboBox>(page, "periodKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(reports::PeriodKind::Year)));
    child<QSpinBox>(page, "periodYear")->setValue(year);
    auto* cutoffs = child<QComboBox>(page, "periodCutoff");
    cutoffs->setCurrentIndex(cutoffs->findData(reports::cutoffCode(cutoff)));
}

// Chooses From – to in the reports page's period bar.
inline void chooseCustomPeriod(ui::ReportsPage& page, QDate from, QDate to) {
    auto* kind = child<QComboBox>(page, "periodKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(reports::PeriodKind::Custom)));
    child<QDateEdit>(page, "periodFrom")->setDate(from);
    child<QDateEdit>(page, "periodTo")->setDate(to);
}

enum class ComputeBy { Call, Button };

// Computes the chosen period (by calling compute() or clicking Compute) and waits for computeFinished;
// false when it did not come in time.
[[nodiscard]] inline bool computeAndWait(ui::ReportsPage& page, ComputeBy by = ComputeBy::Call,
                                         int timeoutMs = 20000) {
    QSignalSpy finished(&page, &ui::ReportsPage::computeFinished);
    if (by == ComputeBy::Button)
        QTest::mouseClick(child<QAbstractButton>(page, "computeButton"), Qt::LeftButton);
    else
        page.compute();
    return finished.wait(timeoutMs);
}

// Goes to a page through the navigation list, as a person would, and returns it as a `Page`.
template <typename Page = ui::DeskPage> Page* switchToPage(ui::MainWindow& window, const QString& key) {
    for (int row = 0; row < window.navigation()->count(); ++row) {
        window.navigation()->setCurrentRow(row);
        if (window.currentPage()->key() == key)
            break;
    }
    auto* page = qobject_cast<Page*>(window.currentPage());
    REQUIRE(page != nullptr);
    return page;
}

// The demo database, in a workspace of its own, opened in the desk's main window shown at a size (for
// screenshots). The window closes before the database's folder is removed.
struct DemoDesk {
    TempWorkspace workspace;
    seed::DemoDatabase demo;
    std::unique_ptr<ui::MainWindow> window;

    explicit DemoDesk(QSize size, int settleMs = 300) {
        using namespace std::chrono_literals;
        auto created = seed::createDemoDatabase(workspace.dir());
        REQUIRE(created.ok());
        demo = *created;
        auto session = Session::open(demo.databasePath, demo.userName, demo.password);
        REQUIRE(session.ok());
        window = std::make_unique<ui::MainWindow>(std::move(session).value(), 1h);
        window->resize(size);
        window->show();
        QTest::qWait(settleMs);
    }
};

// The folder a screenshot test writes to: the environment variable's, else `fallback`; created.
inline QString screenshotFolder(const char* variable, const QString& fallback) {
    const QString folder = qEnvironmentVariable(variable, fallback);
    QDir().mkpath(folder);
    return folder;
}

} // namespace legalaid::test

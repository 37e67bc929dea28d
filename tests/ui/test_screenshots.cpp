// Screenshots of every desk page at 1366×768 in Vietnamese, for packaging/screenshots/ and the README.
// Hidden (run on demand): LEGALAID_SCREENSHOT_DIR=packaging/screenshots legalaid_ui_tests "[.screenshots]"
#include "application_language.h"
#include "pages/desk_page.h"
#include "records/session.h"
#include "seed/demo_database.h"
#include "shell/main_window.h"
#include "temp_workspace.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace legalaid;
using namespace std::chrono_literals;

TEST_CASE("screenshots of every desk page", "[.screenshots]") {
    const QString folder = qEnvironmentVariable("LEGALAID_SCREENSHOT_DIR", QStringLiteral("/tmp/shots"));
    QDir().mkpath(folder);
    ui::switchApplicationLanguage(QStringLiteral("vi"));
    test::TempWorkspace workspace;
    auto demo = seed::createDemoDatabase(workspace.dir());
    REQUIRE(demo.ok());
    auto session = Session::open(demo->databasePath, demo->userName, demo->password);
    REQUIRE(session.ok());

    ui::MainWindow window(std::move(session).value(), 1h);
    window.resize(1366, 768);
    window.show();
    QTest::qWait(300);
    int number = 1;
    for (int row = 0; row < window.navigation()->count(); ++row) {
        window.navigation()->setCurrentRow(row);
        // Lists count and load in the background; give them time to arrive.
        QTest::qWait(1500);
        const QString key = window.currentPage()->key();
        const QString file = QDir(folder).filePath(
            QStringLiteral("%1-%2.png").arg(number++, 2, 10, QLatin1Char('0')).arg(key));
        REQUIRE(window.grab().save(file));
    }
}

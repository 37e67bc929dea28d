// The centre's documents on the reports page, driven on the real page offscreen: the register of cases
// (Mẫu số 01) and the list of people given legal aid for the chosen period, saved as PDF through the menu
// and its file dialog (the PDF holds the register's title and the print is audited), printed through the
// print preview, and refused — disabled with the core's sentence — to the roles that may not print them.
#include "application_language.h"
#include "desk_test_helpers.h"
#include "documents/document_catalogue.h"
#include "pages/reports/reports_page.h"
#include "records/audit_log.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/session.h"
#include "seed/demo_database.h"
#include "seed/seeder.h"
#include "shell/main_window.h"
#include "test_database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <functional>

namespace legalaid::ui {
namespace {

using test::child;

// A few hundred cases spread over 2026.
void seedCentre(Session& session) {
    test::seedCentre(session, {.people = 150, .cases = 200, .referrals = 0, .activities = 0});
}

// The period bar set to From – to over the whole seeded history.
void chooseEverything(ReportsPage& page) {
    test::chooseCustomPeriod(page, QDate(2026, 1, 1), QDate(2026, 12, 31));
}

// Runs `answer` on the first modal dialog of type T that opens (polled, as a static dialog's exec() blocks).
template <typename T> void whenModalOpens(std::function<void(T*)> answer) {
    auto* poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

AuditEntry lastAuditEntry(Session& session) {
    auto latest = AuditLog(session.db()).latest(1);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    return latest->front();
}

// The PDF's text, or nothing when poppler's pdftotext is not installed.
std::optional<QString> pdfText(const QString& path) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page count the status line says was saved ("Saved the register (12 pages) to …", in any language).
int pagesSaid(const ReportsPage& page) {
    const QString status = child<QLabel>(page, "reportStatus")->text();
    INFO(status.toStdString());
    const auto match = QRegularExpression(QStringLiteral("\\((\\d+) ")).match(status);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("Reports page saves the register and the list of beneficiaries of the period as PDF",
          "[ui][reports-print]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seedCentre(*session);

    ReportsPage page;
    page.resize(1280, 700);
    page.show();
    page.attach(*session);
    chooseEverything(page);

    auto* menuButton = child<QToolButton>(page, "printDocumentsButton");
    REQUIRE(menuButton->menu() != nullptr);
    CHECK(menuButton->isEnabled());
    auto* unit = child<QComboBox>(page, "registerUnit");
    CHECK(unit->isEnabled());
    REQUIRE(unit->count() >= 2);
    CHECK(unit->itemData(0).toString().isEmpty()); // every unit
    CHECK(unit->findData(QStringLiteral("TT")) >= 0);

    SECTION("the register through the menu and its file dialog") {
        // The dialog suggests a name for the period; the test only chooses the folder.
        const QString path = workspace.path(QStringLiteral("so-thu-ly-2026-01-01_2026-12-31.pdf"));
        auto* action = child<QAction>(page, "pdfRegisterAction");
        REQUIRE(action->isEnabled());
        bool dialogSeen = false;
        whenModalOpens<QFileDialog>([&](QFileDialog* dialog) {
            dialogSeen = true;
            dialog->setDirectory(QFileInfo(path).absolutePath());
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, which checks the name
        });
        action->trigger();
        CHECK(dialogSeen);
        INFO(child<QLabel>(page, "reportStatus")->text().toStdString());
        INFO(child<QLabel>(page, "reportError")->text().toStdString());
        REQUIRE(QFile::exists(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
        CHECK(pagesSaid(page) > 1);
        if (const auto text = pdfText(path)) {
            CHECK(text->contains(QStringLiteral("SỔ THỤ LÝ, THEO DÕI VỤ VIỆC TRỢ GIÚP PHÁP LÝ")));
            CHECK(text->contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        } else {
            WARN("pdftotext is not installed: the PDF's text was not checked");
        }
        const AuditEntry entry = lastAuditEntry(*session);
        CHECK(entry.action == QStringLiteral("document.print"));
        CHECK(entry.targetType == QStringLiteral("document"));
        CHECK(entry.targetId == QStringLiteral("register"));
        CHECK(entry.details == QStringLiteral("code=register from=2026-01-01 to=2026-12-31"));
    }

    SECTION("the register of one unit names the unit in its audit entry") {
        unit->setCurrentIndex(unit->findData(QStringLiteral("TT")));
        const QString path = workspace.path(QStringLiteral("so-thu-ly-tt.pdf"));
        page.saveCentreDocumentPdf(QStringLiteral("register"), path);
        REQUIRE(QFile::exists(path));
        CHECK(lastAuditEntry(*session).details ==
              QStringLiteral("code=register from=2026-01-01 to=2026-12-31 unit=TT"));
    }

    SECTION("a branch added to the directory is offered when the page is shown again") {
        CHECK(unit->findData(QStringLiteral("CN7")) < 0);
        Organisation branch;
        branch.kind = QStringLiteral("branch");
        branch.name = QStringLiteral("Chi nhánh số 7");
        branch.code = QStringLiteral("CN7");
        REQUIRE(DirectoryService(*session).addOrganisation(branch).ok());
        page.hide();
        page.show();
        CHECK(unit->findData(QStringLiteral("CN7")) >= 0);
    }

    SECTION("the list of people given legal aid, for an administrator") {
        const QString path = workspace.path(QStringLiteral("danh-sach.pdf"));
        REQUIRE(child<QAction>(page, "pdfBeneficiariesAction")->isEnabled());
        page.saveCentreDocumentPdf(QStringLiteral("beneficiaries"), path);
        REQUIRE(QFile::exists(path));
        CHECK(pagesSaid(page) >= 1);
        if (const auto text = pdfText(path))
            CHECK(text->contains(QStringLiteral("DANH SÁCH")));
        const AuditEntry entry = lastAuditEntry(*session);
        CHECK(entry.action == QStringLiteral("document.print"));
        CHECK(entry.targetId == QStringLiteral("beneficiaries"));
    }

    SECTION("printing goes through the print preview and is audited") {
        const qint64 before = lastAuditEntry(*session).id;
        bool previewSeen = false;
        whenModalOpens<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
            previewSeen = true;
            CHECK(preview->objectName() == QStringLiteral("centreDocumentPreview"));
            preview->reject();
        });
        child<QAction>(page, "previewRegisterAction")->trigger();
        CHECK(previewSeen);
        const AuditEntry entry = lastAuditEntry(*session);
        CHECK(entry.id > before); // the preview drew the pages through printWithProgress
        CHECK(entry.action == QStringLiteral("document.print"));
        CHECK(entry.targetId == QStringLiteral("register"));
    }

    SECTION("a period that is not one is refused with the core's sentence, and nothing is written") {
        child<QDateEdit>(page, "periodFrom")->setDate(QDate(2026, 12, 31));
        child<QDateEdit>(page, "periodTo")->setDate(QDate(2026, 1, 1));
        const qint64 before = lastAuditEntry(*session).id;
        const QString path = workspace.path(QStringLiteral("none.pdf"));
        page.saveCentreDocumentPdf(QStringLiteral("register"), path);
        CHECK_FALSE(QFile::exists(path));
        CHECK(lastAuditEntry(*session).id == before);
        CHECK_FALSE(child<QLabel>(page, "reportError")->text().isEmpty());
    }
    page.detach();
    CHECK_FALSE(menuButton->isEnabled());
    CHECK(unit->count() == 0);
}

TEST_CASE("The list of beneficiaries is disabled with the core's sentence for roles that may not print it",
          "[ui][reports-print]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    ReportsPage page;
    page.show();
    chooseEverything(page);
    auto* menuButton = child<QToolButton>(page, "printDocumentsButton");

    SECTION("a legal-aid officer prints the register but not the list") {
        auto officer = test::sessionWithRole(setup.files.database, Role::LegalAidOfficer);
        page.attach(*officer);
        const QString refused =
            requirePermission(Role::LegalAidOfficer, Operation::PrintBeneficiaryList).error().message;
        REQUIRE_FALSE(refused.isEmpty());
        for (const char* name :
             {"printBeneficiariesAction", "previewBeneficiariesAction", "pdfBeneficiariesAction"}) {
            INFO(name);
            auto* action = child<QAction>(page, name);
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip() == refused);
        }
        CHECK(child<QAction>(page, "printRegisterAction")->isEnabled());
        CHECK(child<QAction>(page, "pdfRegisterAction")->isEnabled());
        CHECK(menuButton->isEnabled());
        // Called anyway (a stale menu): refused before any file is chosen or written, nothing audited.
        const QString path = workspace.path(QStringLiteral("danh-sach.pdf"));
        const qint64 before = lastAuditEntry(*officer).id;
        page.saveCentreDocumentPdf(QStringLiteral("beneficiaries"), path);
        CHECK_FALSE(QFile::exists(path));
        CHECK(child<QLabel>(page, "reportError")->text() == refused);
        CHECK(lastAuditEntry(*officer).id == before);
        page.detach();
    }
    SECTION("a statistics officer may print neither: the register needs the right to read cases") {
        auto statistics = test::sessionWithRole(setup.files.database, Role::StatisticsOfficer);
        page.attach(*statistics);
        const QString noCases =
            requirePermission(Role::StatisticsOfficer, Operation::CaseView).error().message;
        CHECK(child<QAction>(page, "printRegisterAction")->toolTip() == noCases);
        CHECK_FALSE(child<QAction>(page, "printRegisterAction")->isEnabled());
        CHECK_FALSE(child<QAction>(page, "pdfRegisterAction")->isEnabled());
        CHECK_FALSE(child<QAction>(page, "pdfBeneficiariesAction")->isEnabled());
        CHECK_FALSE(menuButton->isEnabled());
        CHECK(menuButton->toolTip().contains(noCases));
        CHECK_FALSE(child<QComboBox>(page, "registerUnit")->isEnabled());
        page.detach();
    }
    SECTION("a director prints both") {
        auto director = test::sessionWithRole(setup.files.database, Role::Director);
        page.attach(*director);
        CHECK(child<QAction>(page, "printBeneficiariesAction")->isEnabled());
        CHECK(child<QAction>(page, "pdfBeneficiariesAction")->isEnabled());
        CHECK(child<QAction>(page, "pdfRegisterAction")->isEnabled());
        page.detach();
    }
}

// Hidden (run with "[.reports-print-screenshot]"): the page at 1366×768 in Vietnamese with the menu open,
// saved to /tmp/ui-h10/reports.png (the menu is a popup window, drawn onto the page's picture where it
// opens).
TEST_CASE("Screenshot of the reports page with the print menu", "[.reports-print-screenshot]") {
    switchApplicationLanguage(QStringLiteral("vi"));
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seedCentre(*session);
    ReportsPage page;
    page.resize(1366, 768);
    page.show();
    page.attach(*session);
    chooseEverything(page);
    QTest::qWait(100);
    auto* menuButton = child<QToolButton>(page, "printDocumentsButton");
    QMenu* menu = menuButton->menu();
    menu->popup(menuButton->mapToGlobal(QPoint(0, menuButton->height())));
    QTest::qWait(200);
    // Where the menu opens on a real 1366-wide screen: below the button, kept inside the page's right edge
    // (the offscreen screen is smaller and pushes the popup elsewhere).
    QPoint at = menuButton->mapTo(&page, QPoint(0, menuButton->height()));
    at.setX(std::min(at.x(), page.width() - menu->width()));
    QPixmap shot = page.grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(at, menu->grab());
    }
    // The page must fit the desk's window (1280 wide, less the navigation list) without clipping.
    WARN("reports page minimum size: " << page.minimumSizeHint().width() << "x"
                                       << page.minimumSizeHint().height());
    menu->hide();
    QDir().mkpath(QStringLiteral("/tmp/ui-h10"));
    REQUIRE(shot.save(QStringLiteral("/tmp/ui-h10/reports.png")));
    REQUIRE(page.grab().save(QStringLiteral("/tmp/ui-h10/reports-closed.png")));
    page.detach();

    // The same page inside the desk's window at 1366×768, with the navigation list beside it.
    {
        const test::DemoDesk desk(QSize(1366, 768), 200);
        MainWindow& window = *desk.window;
        auto* inWindow = test::switchToPage<ReportsPage>(window, QStringLiteral("reports"));
        chooseEverything(*inWindow);
        QTest::qWait(200);
        WARN("reports page in the window: " << inWindow->width() << " wide, needs "
                                            << inWindow->minimumSizeHint().width());
        REQUIRE(window.grab().save(QStringLiteral("/tmp/ui-h10/reports-window.png")));
    }
    switchApplicationLanguage(QStringLiteral("en"));
}

} // namespace legalaid::ui

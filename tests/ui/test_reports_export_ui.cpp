// The record exports of the reports page, driven on the real page offscreen: an anonymised export writes a
// CSV and says what small-cell protection did (status line and message box, with the k of the spin box),
// and the HTCDS export is offered in the anonymised menu only and writes its file.
#include "application_language.h"
#include "desk_test_helpers.h"
#include "documents/document_catalogue.h"
#include "exchange/export_repository.h"
#include "exchange/small_cell.h"
#include "pages/reports/reports_page.h"
#include "records/audit_log.h"
#include "records/session.h"
#include "test_database.h"
#include "widgets/print_progress.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <catch2/catch.hpp>

namespace legalaid::ui {
namespace {

using test::child;

// Every record: the period bar set to From – to over the whole seeded history.
void chooseEverything(ReportsPage& page) {
    test::chooseCustomPeriod(page, QDate(2000, 1, 1), QDate(2026, 12, 31));
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The export's result box (opened, not exec'd), closed after reading it.
QString takeResultBox(ReportsPage& page) {
    auto* box = child<QMessageBox>(page, "exportResultBox");
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    delete box; // not left for a later findChild (WA_DeleteOnClose would only delete it later)
    return text;
}

// Starts an export and waits for its worker to end and the page to publish it (or say why not).
void exportAndWait(ReportsPage& page, exchange::ExportKind kind, const QString& path) {
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    page.exportRecords(kind, false, path);
    REQUIRE((finished.count() > 0 || finished.wait(30000)));
}

} // namespace

TEST_CASE("Reports page exports anonymised records and shows what small-cell protection did",
          "[ui][exports]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    test::seedCentre(*session, {.people = 40, .cases = 30, .referrals = 5});

    ReportsPage page;
    page.resize(1280, 700);
    test::showActive(page);
    page.attach(*session);
    chooseEverything(page);

    auto* k = child<QSpinBox>(page, "smallCellK");
    CHECK(k->value() == exchange::kDefaultSmallCellK);
    CHECK(k->minimum() == exchange::kMinSmallCellK);
    CHECK(k->maximum() == exchange::kMaxSmallCellK);
    CHECK(k->isEnabled());

    auto* records = child<QToolButton>(page, "exportRecordsButton");
    REQUIRE(records->menu() != nullptr);
    CHECK(records->isEnabled());
    auto* status = child<QLabel>(page, "reportStatus");

    SECTION("people, anonymised, with the default k and then a chosen one") {
        const QString path = workspace.path(QStringLiteral("people.csv"));
        // The rows the status line says were written: the CSV holds them after its header.
        const auto rowsSaid = [&] {
            const auto match =
                QRegularExpression(QStringLiteral("Exported (\\d+) anonymised rows")).match(status->text());
            REQUIRE(match.hasMatch());
            return match.captured(1).toInt();
        };
        exportAndWait(page, exchange::ExportKind::People, path);
        QByteArray csv = readAll(path);
        CHECK(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM
        CHECK(csv.count("\r\n") == 1 + rowsSaid());
        // 40 people spread over many combinations: with k = 11 protection must have acted, and said so.
        CHECK(status->text().contains(QStringLiteral("Small-cell protection (k = 11):")));
        CHECK(status->text().contains(QStringLiteral("combinations had fewer than 11 rows")));
        const QString box = takeResultBox(page);
        CHECK(box.contains(QStringLiteral("anonymised rows")));
        CHECK(box.contains(QStringLiteral("Small-cell protection (k = 11):")));

        k->setValue(2);
        exportAndWait(page, exchange::ExportKind::People, path);
        csv = readAll(path);
        CHECK(rowsSaid() > 0); // a small k keeps rows the default suppressed
        CHECK(csv.count("\r\n") == 1 + rowsSaid());
        CHECK(status->text().contains(QStringLiteral("Small-cell protection (k = 2)")));
        CHECK(takeResultBox(page).contains(QStringLiteral("(k = 2)")));
    }

    SECTION("the HTCDS export is in the anonymised menu only and writes a file") {
        auto* htcds = page.findChild<QAction*>(QStringLiteral("export_htcds"));
        REQUIRE(htcds != nullptr);
        CHECK(records->menu()->actions().contains(htcds));
        CHECK(page.findChild<QAction*>(QStringLiteral("export_htcds_identified")) == nullptr);

        const QString path = workspace.path(QStringLiteral("htcds.csv"));
        exportAndWait(page, exchange::ExportKind::Htcds, path);
        CHECK(QFile::exists(path));
        CHECK(readAll(path).startsWith("\xEF\xBB\xBF"));
        CHECK(status->text().contains(QStringLiteral("Small-cell protection")));
        CHECK(takeResultBox(page).contains(QStringLiteral("anonymised rows")));
    }

    page.detach();
}

// Hidden (run on demand): the desk at 1366×768 in Vietnamese on the reports page after an anonymised export,
// and the export's message box, grabbed to LEGALAID_SCREENSHOT_DIR (default /tmp/ui-h6).
TEST_CASE("screenshot of the reports page after an export", "[.exports-screenshot]") {
    const QString folder = test::screenshotFolder("LEGALAID_SCREENSHOT_DIR", QStringLiteral("/tmp/ui-h6"));
    switchApplicationLanguage(QStringLiteral("vi"));
    const test::DemoDesk desk(QSize(1366, 768));
    auto* page = test::switchToPage<ReportsPage>(*desk.window, QStringLiteral("reports"));
    QTest::qWait(300);
    exportAndWait(*page, exchange::ExportKind::People, desk.workspace.path(QStringLiteral("people.csv")));
    QTest::qWait(300);
    REQUIRE(desk.window->grab().save(QDir(folder).filePath(QStringLiteral("reports-after-export.png"))));
    auto* box = child<QMessageBox>(*page, "exportResultBox");
    REQUIRE(box->grab().save(QDir(folder).filePath(QStringLiteral("export-result-box.png"))));
    box->close();
    switchApplicationLanguage(QStringLiteral("en"));
}

// The desk's prints draw under a progress dialog without holding the session (printWithProgress); the
// audit entry they write must stay the one the core's printDocument writes, for a centre list with a
// period and for a case's dossier.
TEST_CASE("Printing with progress writes the same pages and audit entry as the core", "[ui][exports]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    test::seedCentre(*session, {.people = 20, .cases = 15, .referrals = 0});

    documents::PrintRequest registerRequest;
    registerRequest.code = QStringLiteral("register");
    registerRequest.from = QDate(2000, 1, 1);
    registerRequest.to = QDate(2026, 12, 31);
    registerRequest.periodLabel = QStringLiteral("2000–2026");
    documents::PrintRequest dossier;
    dossier.code = QStringLiteral("dossier");
    dossier.id = 1;

    QWidget parent;
    Session* attached = session.get();
    for (const documents::PrintRequest& request : {registerRequest, dossier}) {
        INFO(request.code.toStdString());
        const auto lastEntry = [&] {
            auto latest = AuditLog(session->db()).latest(1);
            REQUIRE(latest.ok());
            REQUIRE(latest->size() == 1);
            return latest->front();
        };
        QPdfWriter byCore(workspace.path(request.code + QStringLiteral("-core.pdf")));
        auto core = documents::printDocument(*session, request, byCore);
        REQUIRE(core.ok());
        const AuditEntry coreEntry = lastEntry();

        QPdfWriter byDesk(workspace.path(request.code + QStringLiteral("-desk.pdf")));
        auto desk = printWithProgress(attached, request, byDesk, &parent);
        REQUIRE(desk.ok());
        const AuditEntry deskEntry = lastEntry();
        CHECK(desk->pageCount == core->pageCount);
        CHECK(deskEntry.id > coreEntry.id);
        CHECK(deskEntry.action == coreEntry.action);
        CHECK(deskEntry.targetType == coreEntry.targetType);
        CHECK(deskEntry.targetId == coreEntry.targetId);
        CHECK(deskEntry.details == coreEntry.details);
    }

    // Detached (the desk locked): nothing is built, printed or audited.
    Session* detached = nullptr;
    QPdfWriter none(workspace.path(QStringLiteral("none.pdf")));
    auto refused = printWithProgress(detached, dossier, none, &parent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Cancelled);
}

// A long print shows "Printing page n of N" once it takes a while, and its Cancel button sets the render's
// cancel flag (driven here by the render's own callback, as renderDocument calls it page by page).
TEST_CASE("The print progress dialog appears for a long print and Cancel stops it", "[ui][exports]") {
    QWidget parent;
    parent.show();
    PrintProgress progress(&parent);
    const documents::RenderControl control = progress.control();
    REQUIRE(control.cancel != nullptr);
    QString shownLabel;
    QTimer::singleShot(700, &parent, [&] {
        auto* dialog = parent.findChild<QProgressDialog*>(QStringLiteral("printProgress"));
        REQUIRE(dialog != nullptr);
        CHECK(dialog->isVisible());
        shownLabel = dialog->labelText();
        auto* cancel = dialog->findChild<QPushButton*>();
        REQUIRE(cancel != nullptr);
        cancel->click();
    });
    constexpr int kPages = 100;
    control.progress(0, kPages);
    int drawn = 0;
    while (drawn < kPages && !control.cancel->load()) {
        QThread::msleep(20); // one page drawn
        control.progress(++drawn, kPages);
    }
    CHECK(progress.cancelled());
    CHECK(drawn < kPages);
    CHECK(shownLabel.startsWith(QStringLiteral("Printing page ")));
    CHECK(shownLabel.contains(QStringLiteral(" of 100")));
    CHECK(progress.cancelledSentence() ==
          QStringLiteral("Printing cancelled after %1 of 100 pages.").arg(drawn));
}

} // namespace legalaid::ui

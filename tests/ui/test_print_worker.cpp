// Long prints drawn off the GUI thread (ui/widgets/print_job.h): the reports page's register saved as PDF is
// drawn on a worker while the GUI thread's event loop keeps running, under a window-modal progress dialog
// with Cancel; the file and its one audit entry are written afterwards on the GUI thread; Cancel and a lock
// in the middle leave no file and no audit entry; a printer job cancelled after some pages is audited with
// the pages that went out, as documents::printDocument does.
#include "documents/document_catalogue.h"
#include "pages/reports/reports_page.h"
#include "records/audit_log.h"
#include "records/session.h"
#include "seed/seeder.h"
#include "shell/main_window.h"
#include "test_database.h"
#include "widgets/print_job.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>

namespace legalaid::ui {
namespace {

template <typename T> T* child(const QObject& parent, const char* name) {
    auto* found = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

// Enough cases for a register of several pages.
void seedCentre(Session& session) {
    seed::SeedOptions options;
    options.people = 80;
    options.cases = 120;
    options.referrals = 0;
    options.activities = 0;
    options.until = QDate(2026, 11, 20);
    REQUIRE(seed::seedDatabase(session, options).ok());
}

void chooseEverything(ReportsPage& page) {
    auto* kind = child<QComboBox>(page, "periodKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(reports::PeriodKind::Custom)));
    child<QDateEdit>(page, "periodFrom")->setDate(QDate(2026, 1, 1));
    child<QDateEdit>(page, "periodTo")->setDate(QDate(2026, 12, 31));
}

int printEntries(Session& session) {
    auto latest = AuditLog(session.db()).latest(500);
    REQUIRE(latest.ok());
    int prints = 0;
    for (const AuditEntry& entry : *latest)
        prints += entry.action == QLatin1String("document.print") ? 1 : 0;
    return prints;
}

// What the worker hook saw: where the pages were drawn and how far.
struct WorkerTrace {
    std::atomic_int calls{0};
    std::atomic_bool onGuiThread{false};
    std::atomic_bool inside{false};
};

// Installs a hook that records the worker and waits `pauseMs` after each page; removed at scope end.
[[nodiscard]] auto traceWorker(WorkerTrace& trace, int pauseMs) {
    QThread* gui = qApp->thread();
    PrintJob::setPageHookForTests([&trace, gui, pauseMs](int, int) {
        trace.inside = true;
        ++trace.calls;
        if (QThread::currentThread() == gui)
            trace.onGuiThread = true;
        QThread::msleep(static_cast<unsigned long>(pauseMs));
        trace.inside = false;
    });
    return qScopeGuard([] { PrintJob::setPageHookForTests({}); });
}

// Runs `act` once, on the GUI thread's event loop, when the print progress dialog is shown and says which
// page is being drawn.
void whenProgressShows(QWidget& page, std::function<void(QProgressDialog*)> act) {
    auto* poll = new QTimer(&page);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, &page, act] {
        auto* dialog = page.findChild<QProgressDialog*>(QStringLiteral("printProgress"));
        if (dialog && dialog->isVisible() && dialog->labelText().contains(QLatin1String("Printing page"))) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

} // namespace

TEST_CASE("Saving the register as PDF draws the pages on a worker while the GUI thread runs",
          "[ui][print-worker]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seedCentre(*session);

    ReportsPage page;
    page.resize(1280, 700);
    page.show();
    page.attach(*session);
    chooseEverything(page);
    const int printsBefore = printEntries(*session);
    const QString path = workspace.path(QStringLiteral("so-thu-ly.pdf"));
    WorkerTrace trace;

    SECTION("the whole register: the file and exactly one audit entry") {
        const auto unhook = traceWorker(trace, 120);
        // Ticks of the GUI thread's event loop while the call draws the pages.
        int ticks = 0;
        int ticksWhileDrawing = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            ++ticks;
            if (trace.inside)
                ++ticksWhileDrawing;
        });
        ticker.start();
        QString labelSeen;
        whenProgressShows(page, [&](QProgressDialog* dialog) {
            labelSeen = dialog->labelText();
            CHECK(dialog->windowModality() == Qt::WindowModal);
        });
        page.saveCentreDocumentPdf(QStringLiteral("register"), path);
        ticker.stop();
        INFO(child<QLabel>(page, "reportError")->text().toStdString());
        INFO(child<QLabel>(page, "reportStatus")->text().toStdString());
        CHECK(trace.calls > 2);
        CHECK_FALSE(trace.onGuiThread);
        CHECK(ticksWhileDrawing > 0); // the event loop ran while a page was being drawn
        CHECK(labelSeen.startsWith(QStringLiteral("Printing page ")));
        REQUIRE(QFile::exists(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
        CHECK(printEntries(*session) == printsBefore + 1);
        auto latest = AuditLog(session->db()).latest(1);
        REQUIRE(latest.ok());
        CHECK(latest->front().action == QStringLiteral("document.print"));
        CHECK(latest->front().details == QStringLiteral("code=register from=2026-01-01 to=2026-12-31"));
        CHECK(child<QLabel>(page, "reportStatus")->text().contains(QStringLiteral("so-thu-ly.pdf")));
    }

    SECTION("Cancel leaves no file and no audit entry") {
        const auto unhook = traceWorker(trace, 150);
        whenProgressShows(page, [](QProgressDialog* dialog) {
            auto* cancel = dialog->findChild<QPushButton*>();
            REQUIRE(cancel != nullptr);
            cancel->click();
        });
        page.saveCentreDocumentPdf(QStringLiteral("register"), path);
        CHECK_FALSE(QFile::exists(path));
        CHECK(printEntries(*session) == printsBefore);
        const QString status = child<QLabel>(page, "reportStatus")->text();
        INFO(status.toStdString());
        CHECK(status.startsWith(QStringLiteral("Printing cancelled after ")));
        CHECK(child<QLabel>(page, "reportError")->text().isEmpty());
        CHECK(child<QAction>(page, "pdfRegisterAction")->isEnabled()); // ready for the next print
    }

    SECTION("a lock while the pages are drawn joins the worker and writes nothing") {
        const auto unhook = traceWorker(trace, 150);
        bool detached = false;
        int callsWhenDetached = -1;
        bool insideWhenDetached = true;
        whenProgressShows(page, [&](QProgressDialog*) {
            page.detach();
            detached = true;
            insideWhenDetached = trace.inside;
            callsWhenDetached = trace.calls;
        });
        page.saveCentreDocumentPdf(QStringLiteral("register"), path);
        REQUIRE(detached);
        CHECK_FALSE(insideWhenDetached); // the worker had ended when detach() returned
        QTest::qWait(400);
        CHECK(trace.calls == callsWhenDetached); // and never drew again
        CHECK_FALSE(QFile::exists(path));
        CHECK(printEntries(*session) == printsBefore);
        const auto* progress = page.findChild<QProgressDialog*>(QStringLiteral("printProgress"));
        CHECK((progress == nullptr || !progress->isVisible()));
        page.attach(*session); // unlocked: the user is told
        const QString status = child<QLabel>(page, "reportStatus")->text();
        INFO(status.toStdString());
        CHECK(status.contains(QStringLiteral("desk locked")));
        CHECK(child<QAction>(page, "pdfRegisterAction")->isEnabled());
    }
    page.detach();
}

TEST_CASE("Locking the desk while the register PDF is drawn cancels it and says so after unlocking",
          "[ui][print-worker]") {
    using namespace std::chrono_literals;
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seedCentre(*session);
    const int printsBefore = printEntries(*session);

    MainWindow window(std::move(session), 1h);
    window.resize(1280, 700);
    window.show();
    window.showPage(QStringLiteral("reports"));
    auto* page = qobject_cast<ReportsPage*>(window.page(QStringLiteral("reports")));
    REQUIRE(page != nullptr);
    chooseEverything(*page);
    const QString path = workspace.path(QStringLiteral("so-thu-ly.pdf"));
    WorkerTrace trace;
    const auto unhook = traceWorker(trace, 150);
    bool locked = false;
    int callsWhenLocked = -1;
    whenProgressShows(*page, [&](QProgressDialog*) {
        window.lock(); // not deferred as for an export: nothing reads through the session meanwhile
        locked = window.isLocked();
        callsWhenLocked = trace.calls;
    });
    page->saveCentreDocumentPdf(QStringLiteral("register"), path);
    CHECK(locked);
    CHECK_FALSE(trace.inside);
    CHECK(trace.calls == callsWhenLocked); // the worker was joined by the lock
    CHECK_FALSE(QFile::exists(path));

    window.unlock(test::kAdminPassword);
    REQUIRE(window.hasSession());
    const QString status = child<QLabel>(*page, "reportStatus")->text();
    INFO(status.toStdString());
    CHECK(status.contains(QStringLiteral("desk locked")));
    auto reader = test::openAsAdmin(setup.files.database);
    CHECK(printEntries(*reader) == printsBefore);
}

TEST_CASE("Printing the register from the reports page sends the pages from a worker and audits them",
          "[ui][print-worker]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seedCentre(*session);

    ReportsPage page;
    page.resize(1280, 700);
    page.show();
    page.attach(*session);
    chooseEverything(page);
    const int printsBefore = printEntries(*session);
    // A printer the user would have chosen in the print dialog; PDF output so that the test can read it.
    const QString printed = workspace.path(QStringLiteral("printer.pdf"));
    const auto printerToFile = [&printed] {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printed);
        return printer;
    };
    WorkerTrace trace;

    SECTION("the whole register: every page printed and one audit entry") {
        const auto unhook = traceWorker(trace, 60);
        bool progressSeen = false;
        whenProgressShows(page, [&](QProgressDialog*) { progressSeen = true; });
        page.printCentreDocument(QStringLiteral("register"), printerToFile());
        INFO(child<QLabel>(page, "reportError")->text().toStdString());
        CHECK(trace.calls > 2);
        CHECK_FALSE(trace.onGuiThread);
        CHECK(progressSeen);
        REQUIRE(QFile::exists(printed));
        CHECK(printEntries(*session) == printsBefore + 1);
        auto latest = AuditLog(session->db()).latest(1);
        REQUIRE(latest.ok());
        CHECK(latest->front().details == QStringLiteral("code=register from=2026-01-01 to=2026-12-31"));
        CHECK(child<QLabel>(page, "reportStatus")->text().startsWith(QStringLiteral("Sent ")));
        CHECK(child<QAction>(page, "printRegisterAction")->isEnabled());
    }

    SECTION("a lock after some pages audits the pages that went out before the session goes") {
        const auto unhook = traceWorker(trace, 150);
        int pagesWhenLocked = -1;
        // Locks once some pages have gone out (the hook runs after each page's progress report).
        QTimer lockLater;
        lockLater.setInterval(20);
        QObject::connect(&lockLater, &QTimer::timeout, &page, [&] {
            if (trace.calls < 3 || pagesWhenLocked >= 0)
                return;
            lockLater.stop();
            page.detach();
            pagesWhenLocked = trace.calls;
        });
        lockLater.start();
        page.printCentreDocument(QStringLiteral("register"), printerToFile());
        REQUIRE(pagesWhenLocked > 0);
        CHECK(printEntries(*session) == printsBefore + 1);
        auto latest = AuditLog(session->db()).latest(1);
        REQUIRE(latest.ok());
        CHECK(latest->front().details.startsWith(
            QStringLiteral("code=register from=2026-01-01 to=2026-12-31 cancelled_after_pages=")));
        page.attach(*session);
        const QString status = child<QLabel>(page, "reportStatus")->text();
        INFO(status.toStdString());
        CHECK(status.contains(QStringLiteral("desk locked")));
        CHECK(status.contains(QStringLiteral("audit log")));
    }
    page.detach();
}

TEST_CASE("A printer job cancelled after some pages is audited with the pages that went out",
          "[ui][print-worker]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seedCentre(*session);
    documents::PrintRequest request;
    request.code = QStringLiteral("register");
    request.from = QDate(2026, 1, 1);
    request.to = QDate(2026, 12, 31);
    request.periodLabel = QStringLiteral("Năm 2026");
    auto document = documents::buildDocument(*session, request);
    REQUIRE(document.ok());
    const int printsBefore = printEntries(*session);

    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(workspace.path(QStringLiteral("printer.pdf")));
    // The hook cancels once two pages went out (a user pressing Cancel).
    PrintJob* running = nullptr;
    std::atomic_bool cancelAsked{false};
    PrintJob::setPageHookForTests([&](int done, int) {
        if (done == 2 && !cancelAsked.exchange(true))
            QMetaObject::invokeMethod(
                qApp, [&] { running->cancel(); }, Qt::BlockingQueuedConnection);
    });
    const auto unhook = qScopeGuard([] { PrintJob::setPageHookForTests({}); });
    QWidget parent;
    auto job = PrintJob::startPrinter(std::move(document).value(), request, std::move(printer), &parent);
    REQUIRE(job.ok());
    running = job->get();
    (*job)->waitForFinished();
    auto printed = (*job)->finishAudited(*session);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().code == ErrorCode::Cancelled);
    CHECK(printed.error().message ==
          QStringLiteral("Printing cancelled after 2 of %1 pages.").arg((*job)->pageCount()));
    CHECK(printEntries(*session) == printsBefore + 1);
    auto latest = AuditLog(session->db()).latest(1);
    REQUIRE(latest.ok());
    CHECK(latest->front().details ==
          QStringLiteral("code=register from=2026-01-01 to=2026-12-31 cancelled_after_pages=2"));
}

} // namespace legalaid::ui

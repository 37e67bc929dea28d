// Issue 4: "nothing clipped at 1366×768". At that screen size the desk's main window is 1280×700; in
// Vietnamese (the longest labels) every page must fit the space the window gives it, and the window itself
// must be allowed to be that small. Offscreen, on a small seeded database, signed in as the administrator
// (who sees every page). Set LEGALAID_LAYOUT_SHOTS=<folder> to also save a grab of every page there.
#include "application_language.h"
#include "domain/referral_catalogue.h"
#include "pages/desk_page.h"
#include "records/session.h"
#include "seed/seeder.h"
#include "shell/main_window.h"
#include "test_database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace legalaid;
using namespace std::chrono_literals;

namespace {

constexpr int kWindowWidth = 1280;
constexpr int kWindowHeight = 700;

// Puts the application back into English when the test ends, whatever happened: the other tests expect it.
struct VietnameseForThisTest {
    VietnameseForThisTest() { ui::switchApplicationLanguage(QStringLiteral("vi")); }
    ~VietnameseForThisTest() { ui::switchApplicationLanguage(QStringLiteral("en")); }
    VietnameseForThisTest(const VietnameseForThisTest&) = delete;
    VietnameseForThisTest& operator=(const VietnameseForThisTest&) = delete;
};

// Word-wrapped labels that are shorter than their text needs at their width: their lines are drawn over
// each other or cut off (what the Reports page's coverage card did).
QStringList squashedLabels(const QWidget& page) {
    QStringList squashed;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&page) || !label->wordWrap() || label->text().isEmpty())
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            squashed << QStringLiteral("%1 (%2 px high, needs %3)")
                            .arg(label->objectName().isEmpty() ? label->text().left(40) : label->objectName())
                            .arg(label->height())
                            .arg(needed);
    }
    return squashed;
}

// The widgets that ask for the most width, to say why a page is too wide.
QString widestParts(const QWidget& page, int limit) {
    QStringList parts;
    for (const QWidget* widget : page.findChildren<QWidget*>()) {
        if (widget->isWindow() || !widget->isVisibleTo(&page))
            continue;
        const int width = widget->minimumSizeHint().width();
        if (width > limit * 3 / 4)
            parts << QStringLiteral("%1:%2=%3")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                         .arg(width);
    }
    return parts.join(QStringLiteral(", "));
}

// A list whose columns all fit its viewport: no horizontal scroll bar, nothing cut at the right edge.
void checkFitsWithoutScrollingSideways(const QWidget& page, const char* objectName) {
    auto* view = page.findChild<QTableView*>(QLatin1String(objectName));
    INFO(objectName);
    REQUIRE(view != nullptr);
    REQUIRE(view->isVisible());
    REQUIRE(view->model()->rowCount() > 0);
    QHeaderView* header = view->horizontalHeader();
    INFO("columns " << header->length() << " px in a viewport of " << view->viewport()->width() << " px");
    CHECK(header->length() <= view->viewport()->width());
    CHECK(view->horizontalScrollBar()->maximum() == 0);
    CHECK_FALSE(view->horizontalScrollBar()->isVisible());
    // Exactly one column takes the spare width, so the list ends at the viewport's edge.
    int stretching = 0;
    for (int column = 0; column < header->count(); ++column)
        stretching += header->sectionResizeMode(column) == QHeaderView::Stretch ? 1 : 0;
    CHECK(stretching == 1);
}

// A column at least as wide as the text of each of its cells that the view has loaded.
void checkColumnShowsWholeCells(const QTableView& view, int column) {
    const QFontMetrics metrics = view.fontMetrics();
    const int rows = std::min(view.model()->rowCount(), 20);
    for (int row = 0; row < rows; ++row) {
        const QString text = view.model()->index(row, column).data().toString();
        INFO("column " << column << " (" << view.columnWidth(column) << " px): " << text.toStdString());
        CHECK(metrics.horizontalAdvance(text) <= view.columnWidth(column) - 8);
    }
}

void waitForLists(int ms) {
    QTest::qWait(ms); // the lists count and load their first window off the GUI thread
}

} // namespace

TEST_CASE("every desk page fits a 1280x700 window in Vietnamese", "[layout]") {
    const VietnameseForThisTest vietnamese;
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto session = test::openAsAdmin(setup.files.database);
    seed::SeedOptions options;
    options.people = 60;
    options.cases = 60;
    options.referrals = 30;
    options.eventsPerCase = 2;
    REQUIRE(seed::seedDatabase(*session, options).ok());

    ui::MainWindow window(std::move(session), 30min);
    window.resize(kWindowWidth, kWindowHeight);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QSize windowMinimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO("main window minimum " << windowMinimum.width() << "x" << windowMinimum.height() << ", size "
                                << window.width() << "x" << window.height()
                                << "; widest parts: " << widestParts(window, 1280).toStdString());
    CHECK(windowMinimum.width() <= kWindowWidth);
    CHECK(windowMinimum.height() <= kWindowHeight);
    CHECK(window.size() == QSize(kWindowWidth, kWindowHeight));

    const QString shots = qEnvironmentVariable("LEGALAID_LAYOUT_SHOTS");
    if (!shots.isEmpty())
        QDir().mkpath(shots);
    const auto grab = [&](const QString& name) {
        if (!shots.isEmpty())
            REQUIRE(window.grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))));
    };

    const QStringList keys = {QStringLiteral("overview"),   QStringLiteral("people"),
                              QStringLiteral("cases"),      QStringLiteral("referrals"),
                              QStringLiteral("activities"), QStringLiteral("directory"),
                              QStringLiteral("reports"),    QStringLiteral("admin")};
    for (const QString& key : keys) {
        ui::DeskPage* page = window.page(key);
        REQUIRE(page != nullptr);
        window.showPage(key);
        REQUIRE(window.currentPage() == page);
        waitForLists(key == QLatin1String("overview") ? 1500 : 600);
        if (key == QLatin1String("reports")) {
            // The coverage card's sentence is longest once a report is computed.
            auto* compute = page->findChild<QAbstractButton*>(QStringLiteral("computeButton"));
            REQUIRE(compute != nullptr);
            QSignalSpy finished(page, SIGNAL(computeFinished()));
            compute->click();
            REQUIRE(finished.wait(20000));
            QTest::qWait(100);
        }

        // The page gets what the window leaves after the navigation, margins and frames.
        const int space = page->width() - (window.width() - kWindowWidth);
        const int minimum = page->minimumSizeHint().expandedTo(page->minimumSize()).width();
        INFO(key.toStdString() << ": minimum width " << minimum << " px, space " << space
                               << " px; widest parts: " << widestParts(*page, minimum).toStdString());
        CHECK(minimum <= space);
        CHECK(minimum <= 1060);
        CHECK(page->minimumSizeHint().height() <= page->height());
        const QStringList squashed = squashedLabels(*page);
        INFO("squashed labels: " << squashed.join(QStringLiteral("; ")).toStdString());
        CHECK(squashed.isEmpty());
        if (key == QLatin1String("people")) {
            checkFitsWithoutScrollingSideways(*page, "peopleList");
            // Nobody chosen: the list has the whole width (no empty detail pane beside it), and the common
            // Vietnamese category and status labels show whole.
            auto* side = page->findChild<QStackedWidget*>();
            REQUIRE(side != nullptr);
            CHECK_FALSE(side->isVisible());
            const auto* people = page->findChild<QTableView*>(QStringLiteral("peopleList"));
            checkColumnShowsWholeCells(*people, 2);
            checkColumnShowsWholeCells(*people, 1);
            CHECK(people->columnWidth(1) >= 260);
        } else if (key == QLatin1String("cases")) {
            checkFitsWithoutScrollingSideways(*page, "caseTable");
        } else if (key == QLatin1String("activities")) {
            checkFitsWithoutScrollingSideways(*page, "activitiesTable");
            const auto* activities = page->findChild<QTableView*>(QStringLiteral("activitiesTable"));
            // The date and the two counts show whole; the title has a usable share.
            for (int column : {0, 4, 5})
                checkColumnShowsWholeCells(*activities, column);
            CHECK(activities->columnWidth(2) >= 200);
        } else if (key == QLatin1String("directory")) {
            checkFitsWithoutScrollingSideways(*page, "organisationsTable");
            const auto* organisations = page->findChild<QTableView*>(QStringLiteral("organisationsTable"));
            CHECK(organisations->columnWidth(1) >= 240); // the name
            for (int column : {2, 3, 4})
                checkColumnShowsWholeCells(*organisations, column);
            auto* tabs = page->findChild<QTabWidget*>();
            REQUIRE(tabs != nullptr);
            tabs->setCurrentIndex(1);
            QTest::qWait(50);
            checkFitsWithoutScrollingSideways(*page, "providersTable");
            if (!shots.isEmpty())
                REQUIRE(window.grab().save(QDir(shots).filePath(QStringLiteral("directory-providers.png"))));
            tabs->setCurrentIndex(0);
            QTest::qWait(50);
        }
        grab(key);
    }

    // A person's file opens beside the list: the list keeps fitting its narrower share.
    {
        window.showPage(QStringLiteral("people"));
        auto* people = window.currentPage();
        auto* list = people->findChild<QTableView*>(QStringLiteral("peopleList"));
        REQUIRE(list != nullptr);
        const int fullWidth = list->viewport()->width();
        list->setCurrentIndex(list->model()->index(0, 0));
        emit list->activated(list->currentIndex());
        QTest::qWait(500);
        auto* side = people->findChild<QStackedWidget*>();
        REQUIRE(side != nullptr);
        CHECK(side->isVisible());
        CHECK(side->width() >= 300);
        CHECK(list->viewport()->width() < fullWidth);
        checkFitsWithoutScrollingSideways(*people, "peopleList");
        INFO("squashed labels: " << squashedLabels(*people).join(QStringLiteral("; ")).toStdString());
        CHECK(squashedLabels(*people).isEmpty());
        grab(QStringLiteral("people-detail"));
    }

    // The two pages that change their content: a case's detail and a referral's detail.
    window.showPage(QStringLiteral("cases"));
    auto* cases = window.currentPage();
    auto* caseTable = cases->findChild<QTableView*>(QStringLiteral("caseTable"));
    REQUIRE(caseTable != nullptr);
    REQUIRE(caseTable->model()->rowCount() > 0);
    caseTable->setCurrentIndex(caseTable->model()->index(0, 0));
    emit caseTable->activated(caseTable->currentIndex());
    QTest::qWait(200);
    {
        INFO("case detail: widest parts: " << widestParts(*cases, 900).toStdString());
        CHECK(cases->minimumSizeHint().width() <= 1060);
        INFO("squashed labels: " << squashedLabels(*cases).join(QStringLiteral("; ")).toStdString());
        CHECK(squashedLabels(*cases).isEmpty());
    }
    grab(QStringLiteral("cases-detail"));

    window.showPage(QStringLiteral("referrals"));
    auto* referrals = window.currentPage();
    auto* referralTable = referrals->findChild<QTableView*>(QStringLiteral("referralTable"));
    REQUIRE(referralTable != nullptr);
    // An outgoing referral: its detail shows the consent check and what was disclosed.
    int outgoing = -1;
    for (int row = 0; row < referralTable->model()->rowCount() && outgoing < 0; ++row) {
        if (referralTable->model()->index(row, 0).data().toString() ==
            referralDirectionLabel(QStringLiteral("out")))
            outgoing = row;
    }
    REQUIRE(outgoing >= 0);
    referralTable->setCurrentIndex(referralTable->model()->index(outgoing, 0));
    emit referralTable->activated(referralTable->currentIndex());
    QTest::qWait(200);
    {
        INFO("referral detail: widest parts: " << widestParts(*referrals, 900).toStdString());
        CHECK(referrals->minimumSizeHint().width() <= 1060);
        INFO("squashed labels: " << squashedLabels(*referrals).join(QStringLiteral("; ")).toStdString());
        CHECK(squashedLabels(*referrals).isEmpty());
    }
    grab(QStringLiteral("referrals-detail"));

    // The forms the two pages open: a new request and an outgoing referral (with the consent check's grid of
    // fields) fit the window too.
    window.showPage(QStringLiteral("cases"));
    window.currentPage()->createNew();
    window.showPage(QStringLiteral("referrals"));
    auto* referOut = window.currentPage()->findChild<QAbstractButton*>(QStringLiteral("referralNewOut"));
    REQUIRE(referOut != nullptr);
    referOut->click();
    QTest::qWait(200);
    for (const char* name : {"NewCaseDialog", "NewReferralDialog"}) {
        QDialog* dialog = nullptr;
        for (QDialog* candidate : window.findChildren<QDialog*>()) {
            if (QString::fromLatin1(candidate->metaObject()->className()).endsWith(QLatin1String(name)))
                dialog = candidate;
        }
        INFO(name);
        REQUIRE(dialog != nullptr);
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        INFO("minimum " << minimum.width() << "x" << minimum.height()
                        << "; widest parts: " << widestParts(*dialog, minimum.width()).toStdString());
        CHECK(minimum.width() <= kWindowWidth);
        CHECK(minimum.height() <= kWindowHeight);
        if (QLatin1String(name) == QLatin1String("NewCaseDialog")) {
            // The beneficiary's search box sits beside its label, and the next row follows the list of
            // people found without a gap (spare height goes below the last field).
            auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("beneficiarySearch"));
            auto* found = dialog->findChild<QListWidget*>(QStringLiteral("beneficiaryResults"));
            auto* caseForm = dialog->findChild<QComboBox*>(QStringLiteral("caseForm"));
            REQUIRE(search != nullptr);
            REQUIRE(found != nullptr);
            REQUIRE(caseForm != nullptr);
            const int searchTop = search->mapTo(dialog, QPoint(0, 0)).y();
            const int foundBottom = found->mapTo(dialog, QPoint(0, found->height())).y();
            const int formTop = caseForm->mapTo(dialog, QPoint(0, 0)).y();
            INFO("search at y=" << searchTop << ", results end at y=" << foundBottom
                                << ", form at y=" << formTop);
            CHECK(searchTop < 40);
            CHECK(found->mapTo(dialog, QPoint(0, 0)).y() - (searchTop + search->height()) < 16);
            CHECK(formTop - foundBottom < 20);
            // The long beneficiary group: the box is no wider than the dialog, its open list shows the
            // whole label and its tooltip gives the chosen one whole.
            auto* group = dialog->findChild<QComboBox*>(QStringLiteral("caseGroup"));
            REQUIRE(group != nullptr);
            CHECK(group->mapTo(dialog, QPoint(group->width(), 0)).x() <= dialog->width());
            int widest = 0;
            for (int item = 0; item < group->count(); ++item)
                widest = std::max(widest, group->fontMetrics().horizontalAdvance(group->itemText(item)));
            CHECK(group->view()->minimumWidth() >= widest);
            CHECK(group->toolTip().startsWith(group->currentText()));
        }
        if (!shots.isEmpty())
            REQUIRE(dialog->grab().save(
                QDir(shots).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
        dialog->reject();
    }
    QTest::qWait(50);

    // Every page has now been shown with data: the window may still be as small as the screen allows.
    const QSize finalMinimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO("main window minimum at the end " << finalMinimum.width() << "x" << finalMinimum.height()
                                           << "; widest parts: " << widestParts(window, 1280).toStdString());
    CHECK(finalMinimum.width() <= kWindowWidth);
    CHECK(finalMinimum.height() <= kWindowHeight);
}

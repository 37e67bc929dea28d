#include "shell/main_window.h"

#include "common/translations.h"
#include "domain/role.h"
#include "pages/activities/activities_page.h"
#include "pages/admin/admin_page.h"
#include "pages/cases/cases_page.h"
#include "pages/desk_page.h"
#include "pages/directory/directory_page.h"
#include "pages/overview/overview_page.h"
#include "pages/people/people_page.h"
#include "pages/referrals/referrals_page.h"
#include "pages/reports/reports_page.h"
#include "records/backup/backup_policy.h"
#include "records/permissions.h"
#include "shell/clipboard_guard.h"
#include "shell/idle_watcher.h"
#include "shell/lock_screen.h"
#include "shell/session_header.h"
#include "widgets/session_in_use.h"
#include "widgets/wait_cursor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

constexpr int kPageKeyRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Session> session, std::chrono::milliseconds idleLockTimeout,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_databasePath(m_session->files().database)
    , m_userName(m_session->user().name)
    , m_centreName(m_session->centre().name)
    , m_pages(new QStackedWidget(this))
    , m_workspace(new QWidget(m_pages))
    , m_header(new SessionHeader(m_workspace))
    , m_demoBanner(new QLabel(m_workspace))
    , m_backupWarning(new QLabel(m_workspace))
    , m_navigation(new QListWidget(m_workspace))
    , m_deskPages(new QStackedWidget(m_workspace))
    , m_lockScreen(new LockScreen(m_pages))
    , m_userStatus(new QLabel(this))
    , m_idleWatcher(new IdleWatcher(idleLockTimeout, this))
    , m_clipboardGuard(new ClipboardGuard(std::chrono::seconds(30), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — legalaid-desk").arg(m_centreName));
    connect(SessionInUse::notifier(), &SessionInUseNotifier::released, this, [this] {
        if (m_lockWhenFree)
            lock();
    });
    m_userStatus->setObjectName(QStringLiteral("userStatusLabel"));
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; padding: 6px 12px; font-weight: bold; }"));
    m_demoBanner->hide();
    m_backupWarning->setObjectName(QStringLiteral("backupWarning"));
    m_backupWarning->setWordWrap(true);
    m_backupWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #f8d7da; color: #58151c; padding: 6px 12px; }"));
    m_backupWarning->hide();

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showPage(item->data(kPageKeyRole).toString());
    });

    // The order of the navigation.
    addPage(new OverviewPage(m_deskPages));
    addPage(new PeoplePage(m_deskPages));
    addPage(new CasesPage(m_deskPages));
    addPage(new ReferralsPage(m_deskPages));
    addPage(new ActivitiesPage(m_deskPages));
    addPage(new DirectoryPage(m_deskPages));
    addPage(new ReportsPage(m_deskPages));
    addPage(new AdminPage(m_deskPages));

    auto* separator = new QFrame(m_workspace);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_navigation);
    body->addWidget(m_deskPages, 1);
    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_demoBanner);
    workspaceLayout->addWidget(m_backupWarning);
    workspaceLayout->addWidget(m_header);
    workspaceLayout->addWidget(separator);
    workspaceLayout->addLayout(body, 1);

    m_pages->addWidget(m_workspace);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_userStatus);
    createMenus();
    // Fits a 1366×768 office screen with its taskbar; the layouts allow smaller.
    resize(1280, 700);

    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUserRequested);
    showSignedIn();
}

MainWindow::~MainWindow() {
    // Pages must let go of the session (and stop their workers) before it closes.
    for (DeskPage* page : m_allPages)
        page->detach();
}

void MainWindow::addPage(DeskPage* page) {
    m_allPages.push_back(page);
    m_deskPages->addWidget(page);
    connect(page, &DeskPage::navigateRequested, this, &MainWindow::showPage);
}

DeskPage* MainWindow::page(const QString& key) const {
    for (DeskPage* page : m_allPages) {
        if (page->key() == key)
            return page;
    }
    return nullptr;
}

DeskPage* MainWindow::currentPage() const {
    return qobject_cast<DeskPage*>(m_deskPages->currentWidget());
}

void MainWindow::showDemoBanner(const QString& text) {
    m_demoBanner->setText(text);
    m_demoBanner->show();
    // A throw-away database needs no backup.
    m_backupWarning->hide();
    m_backupWarning->setProperty("demo", true);
}

void MainWindow::setIdleLockTimeout(std::chrono::milliseconds timeout) {
    m_idleWatcher->setTimeout(timeout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction =
        file->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* records = menuBar()->addMenu(tr("&Records"));
    QAction* find =
        records->addAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Find…"), this, [this] {
            if (DeskPage* page = currentPage())
                page->focusSearch();
        });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction* newPerson =
        records->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New &person…"), this, [this] {
            showPage(QStringLiteral("people"));
            if (DeskPage* people = currentPage(); people && people->key() == QLatin1String("people"))
                people->createNew();
        });
    newPerson->setObjectName(QStringLiteral("newPersonAction"));
    newPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction* newCase = records->addAction(tr("New &case…"), this, [this] {
        showPage(QStringLiteral("cases"));
        if (DeskPage* cases = currentPage(); cases && cases->key() == QLatin1String("cases"))
            cases->createNew();
    });
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* save = records->addAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this, [this] {
        if (DeskPage* page = currentPage())
            page->save();
    });
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_sessionActions = {find, newPerson, newCase, save};

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (DeskPage* page : m_allPages) {
        QAction* action = go->addAction(QIcon(page->iconPath()), page->title(), this,
                                        [this, key = page->key()] { showPage(key); });
        action->setObjectName(QStringLiteral("goAction_") + page->key());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
        action->setData(page->key());
        m_sessionActions.push_back(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About legalaid-desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildNavigation() {
    const QSignalBlocker quiet(m_navigation);
    m_navigation->clear();
    const Role role = m_session->user().role;
    for (DeskPage* page : m_allPages) {
        const bool available = page->isAvailableTo(role);
        if (available) {
            auto* item = new QListWidgetItem(QIcon(page->iconPath()), page->title(), m_navigation);
            item->setData(kPageKeyRole, page->key());
            item->setToolTip(page->title());
        }
        for (QAction* action : m_sessionActions) {
            if (action->data().toString() == page->key())
                action->setVisible(available);
        }
    }
}

void MainWindow::showPage(const QString& key, const QVariantMap& filter) {
    if (!m_session)
        return;
    DeskPage* target = page(key);
    if (!target || !target->isAvailableTo(m_session->user().role))
        return;
    m_deskPages->setCurrentWidget(target);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kPageKeyRole).toString() == key) {
            const QSignalBlocker quiet(m_navigation);
            m_navigation->setCurrentRow(row);
        }
    }
    if (!filter.isEmpty())
        target->openLink(filter);
}

void MainWindow::lock() {
    if (!m_session)
        return;
    if (SessionInUse::active()) {
        // An export is reading through the session: lock the moment it ends (see SessionInUse).
        m_lockWhenFree = true;
        statusBar()->showMessage(tr("The desk will lock as soon as the running export ends."));
        return;
    }
    m_lockWhenFree = false;
    closeChildDialogs();
    // Locking must never be refused: if the audit entry cannot be written, lock anyway and leave a trace.
    if (const Status audited = m_session->audit(m_session->event(QStringLiteral("lock"))); !audited)
        qWarning("legalaid-desk: the lock was not written to the audit log: %s",
                 qPrintable(audited.error().message));
    m_idleWatcher->stop();
    if (DeskPage* current = currentPage())
        m_pageBeforeLock = current->key();
    for (DeskPage* page : m_allPages)
        page->detach();
    m_header->clear();
    m_userStatus->clear();
    m_clipboardGuard->clearOwnText();
    m_session.reset(); // closes the database and wipes the key
    m_lockAction->setEnabled(false);
    for (QAction* action : m_sessionActions)
        action->setEnabled(false);
    m_pages->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare(m_centreName, m_userName);
    statusBar()->showMessage(tr("Locked"));
}

void MainWindow::unlock(const QString& password) {
    if (m_session)
        return;
    auto opened = [&] {
        const WaitCursor busy;
        return Session::open(m_databasePath, m_userName, password);
    }();
    if (!opened) {
        m_lockScreen->showError(opened.error().message);
        return;
    }
    m_session = std::move(opened).value();
    showSignedIn();
}

bool MainWindow::confirmDiscardUnsaved() {
    QStringList unsaved;
    for (DeskPage* page : m_allPages) {
        if (page->hasUnsavedChanges())
            unsaved << page->title();
    }
    if (unsaved.isEmpty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("These pages have changes that are not saved: %1. Close anyway and lose them?")
            .arg(unsaved.join(QStringLiteral(", "))),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmDiscardUnsaved()) {
        event->ignore();
        return;
    }
    m_idleWatcher->stop();
    m_clipboardGuard->clearOwnText();
    for (DeskPage* page : m_allPages)
        page->detach();
    m_session.reset();
    event->accept();
    emit closed();
}

void MainWindow::showSignedIn() {
    const UserRecord& user = m_session->user();
    m_centreName = m_session->centre().name;
    setWindowTitle(tr("%1 — legalaid-desk").arg(m_centreName));
    m_header->showSession(*m_session);
    m_userStatus->setText(tr("Signed in: %1 (%2)").arg(user.fullName, roleLabel(user.role)));
    statusBar()->clearMessage();
    m_lockAction->setEnabled(true);
    for (QAction* action : m_sessionActions)
        action->setEnabled(true);
    rebuildNavigation();
    for (DeskPage* page : m_allPages) {
        if (page->isAvailableTo(user.role))
            page->attach(*m_session);
    }
    m_pages->setCurrentWidget(m_workspace);
    runDailyBackupIfDue();
    refreshBackupWarning();
    const QString returnTo = m_pageBeforeLock.isEmpty() ? QStringLiteral("overview") : m_pageBeforeLock;
    m_pageBeforeLock.clear();
    showPage(returnTo);
    m_idleWatcher->start();
}

void MainWindow::runDailyBackupIfDue() {
    if (!isAllowed(m_session->user().role, Operation::BackupCreate))
        return;
    const WaitCursor busy;
    auto written = AutomaticBackups(*m_session).runIfDue();
    if (!written)
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(written.error().message));
    else if (written->has_value())
        statusBar()->showMessage(tr("Today's automatic backup was written and checked."), 10000);
}

void MainWindow::refreshBackupWarning() {
    m_backupWarning->hide();
    if (m_backupWarning->property("demo").toBool() ||
        !isAllowed(m_session->user().role, Operation::BackupCreate))
        return;
    auto status = AutomaticBackups(*m_session).overview();
    if (!status || !status->overdue)
        return;
    if (status->lastGood)
        m_backupWarning->setText(
            tr("The last good backup was made on %1, more than %n day(s) ago. Make one now: Administration → "
               "Backups.",
               nullptr, status->maxAgeDays)
                .arg(QLocale().toString(status->lastGood->toLocalTime(), QLocale::ShortFormat)));
    else
        m_backupWarning->setText(
            tr("There is no backup of this database yet. Make one now: Administration → Backups."));
    m_backupWarning->show();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About legalaid-desk"),
                       tr("<p><b>legalaid-desk</b> %1</p>"
                          "<p>Case management for the legal aid given by state legal-aid centres to victims "
                          "of human trafficking, people being identified as victims and the children who "
                          "accompany them.</p>"
                          "<p>The data is encrypted on this computer and is confidential under the Law on "
                          "prevention of human trafficking.</p>")
                           .arg(applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeChildDialogs() {
    // A dialog left open would otherwise stay on top of the lock screen, perhaps showing data.
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
}

} // namespace legalaid::ui

#include "shell/main_window.h"

#include "common/translations.h"
#include "domain/role.h"
#include "shell/home_page.h"
#include "shell/idle_watcher.h"
#include "shell/lock_screen.h"
#include "widgets/wait_cursor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace legalaid::ui {

MainWindow::MainWindow(std::unique_ptr<Session> session, std::chrono::milliseconds idleLockTimeout,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_databasePath(m_session->files().database)
    , m_userName(m_session->user().name)
    , m_centreName(m_session->centre().name)
    , m_pages(new QStackedWidget(this))
    , m_homePage(new HomePage(m_pages))
    , m_lockScreen(new LockScreen(m_pages))
    , m_userStatus(new QLabel(this))
    , m_idleWatcher(new IdleWatcher(idleLockTimeout, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — legalaid-desk").arg(m_centreName));
    m_userStatus->setObjectName(QStringLiteral("userStatusLabel"));
    m_pages->addWidget(m_homePage);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_userStatus);
    createMenus();
    // Fits a 1366×768 office screen with its taskbar; the layouts allow smaller.
    resize(1180, 680);

    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUserRequested);
    showSignedIn();
}

MainWindow::~MainWindow() = default;

void MainWindow::setIdleLockTimeout(std::chrono::milliseconds timeout) {
    m_idleWatcher->setTimeout(timeout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About legalaid-desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::lock() {
    if (!m_session)
        return;
    closeChildDialogs();
    // Locking must never be refused: if the audit entry cannot be written, lock anyway and leave a trace.
    if (const Status audited = m_session->audit(m_session->event(QStringLiteral("lock"))); !audited)
        qWarning("legalaid-desk: the lock was not written to the audit log: %s",
                 qPrintable(audited.error().message));
    m_idleWatcher->stop();
    m_homePage->clear();
    m_userStatus->clear();
    m_session.reset(); // closes the database and wipes the key
    m_lockAction->setEnabled(false);
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

void MainWindow::closeEvent(QCloseEvent* event) {
    m_idleWatcher->stop();
    m_session.reset();
    event->accept();
    emit closed();
}

void MainWindow::showSignedIn() {
    const UserRecord& user = m_session->user();
    m_centreName = m_session->centre().name;
    setWindowTitle(tr("%1 — legalaid-desk").arg(m_centreName));
    m_homePage->showSession(*m_session);
    m_userStatus->setText(tr("Signed in: %1 (%2)").arg(user.fullName, roleLabel(user.role)));
    statusBar()->clearMessage();
    m_lockAction->setEnabled(true);
    m_pages->setCurrentWidget(m_homePage);
    m_idleWatcher->start();
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

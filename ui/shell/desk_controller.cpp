#include "shell/desk_controller.h"

#include "application_language.h"
#include "pages/admin/maintenance_tabs.h"
#include "pages/admin/restore_dialog.h"
#include "records/session.h"
#include "seed/demo_database.h"
#include "setup/setup_wizard.h"
#include "shell/login_dialog.h"
#include "shell/main_window.h"
#include "widgets/wait_cursor.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace legalaid::ui {

namespace {

// Hands a window to the event loop for deletion: it may be the sender of the signal being handled.
template <typename Window> void retire(std::unique_ptr<Window>& window) {
    if (!window)
        return;
    window->hide();
    window.release()->deleteLater();
}

} // namespace

DeskController::DeskController(QObject* parent)
    : QObject(parent) {}

DeskController::~DeskController() = default;

bool DeskController::hasDatabase() const {
    const QString databasePath = m_settings.databasePath();
    return !databasePath.isEmpty() && QFileInfo::exists(databasePath);
}

void DeskController::start() {
    if (hasDatabase())
        showLogin(m_settings.lastUserName());
    else
        showSetupWizard();
}

void DeskController::startOrDemo() {
    if (hasDatabase())
        start();
    else
        startDemo();
}

void DeskController::startDemo() {
    m_demoFolder = std::make_unique<QTemporaryDir>();
    auto opened = [this]() -> Result<std::pair<std::unique_ptr<Session>, seed::DemoDatabase>> {
        const WaitCursor busy;
        if (!m_demoFolder->isValid())
            return makeError(ErrorCode::Io, tr("No temporary folder could be made for the demo database: %1.")
                                                .arg(m_demoFolder->errorString()));
        auto demo = seed::createDemoDatabase(m_demoFolder->path());
        if (!demo)
            return demo.error();
        auto session = Session::open(demo->databasePath, demo->userName, demo->password);
        if (!session)
            return session.error();
        return std::make_pair(std::move(session).value(), std::move(demo).value());
    }();
    if (!opened) {
        QMessageBox::critical(nullptr, tr("Demo"), opened.error().message);
        emit quitRequested();
        return;
    }
    auto [session, demo] = std::move(opened).value();
    showMainWindow(std::move(session));
    m_mainWindow->showDemoBanner(
        tr("Demo: every record here is invented and is deleted when you quit. To unlock after locking, use "
           "the password %1.")
            .arg(demo.password));
}

void DeskController::showSetupWizard() {
    m_wizard = std::make_unique<SetupWizard>(m_kdf);
    m_wizard->setLanguage(m_settings.language());
    connect(m_wizard.get(), &SetupWizard::languageChosen, this, [this](const QString& language) {
        m_settings.setLanguage(language);
        switchApplicationLanguage(language);
    });
    // Remember the database the moment it exists, so a crash before Finish does not orphan it.
    connect(m_wizard.get(), &SetupWizard::databaseCreatedAt, this,
            [this](const QString& path) { m_settings.setDatabasePath(path); });
    connect(m_wizard.get(), &SetupWizard::finished, this, &DeskController::finishSetup);
    m_wizard->show();
}

void DeskController::finishSetup() {
    const bool created = m_wizard->databaseCreated();
    const QString administrator = m_wizard->administratorName();
    m_settings.setLanguage(m_wizard->language());
    retire(m_wizard);
    if (!created) {
        emit quitRequested();
        return;
    }
    m_settings.setLastUserName(administrator);
    showLogin(administrator);
}

void DeskController::showLogin(const QString& userName) {
    m_login = std::make_unique<LoginDialog>(m_settings.databasePath(), userName);
    connect(m_login.get(), &LoginDialog::accepted, this, &DeskController::finishLogin);
    connect(m_login.get(), &LoginDialog::rejected, this, [this] {
        retire(m_login);
        emit quitRequested();
    });
    m_login->show();
}

void DeskController::finishLogin() {
    m_settings.setLastUserName(m_login->userName());
    std::unique_ptr<Session> session = m_login->takeSession();
    retire(m_login);
    showMainWindow(std::move(session));
}

void DeskController::showMainWindow(std::unique_ptr<Session> session) {
    const std::chrono::milliseconds idleTimeout = m_idleLockTimeout.value_or(m_settings.idleLockTimeout());
    m_mainWindow = std::make_unique<MainWindow>(std::move(session), idleTimeout);
    connect(m_mainWindow.get(), &MainWindow::switchUserRequested, this, &DeskController::switchUser);
    connect(m_mainWindow.get(), &MainWindow::closed, this, &DeskController::quitRequested);
    if (auto* backups = m_mainWindow->findChild<BackupsTab*>()) {
        connect(backups, &BackupsTab::restoreRequested, this, [this](const RestoreRequest& request) {
            // Once the tab's call has returned: restoring retires the window the tab lives in.
            QTimer::singleShot(0, this, [this, request] { restoreFromBackup(request); });
        });
    }
    m_mainWindow->show();
}

void DeskController::restoreFromBackup(const RestoreRequest& request) {
    if (!m_mainWindow || !m_mainWindow->hasSession())
        return;
    // Locking detaches every page, closes the session and wipes the key; an export reading through the
    // session would postpone it, and the tab refuses to ask then.
    m_mainWindow->lock();
    if (m_mainWindow->hasSession())
        return;
    // After a restore, the user whose password opened the backup; otherwise whoever was signed in.
    const QString restoredUser = request.user.isEmpty() ? m_settings.lastUserName() : request.user;
    retire(m_mainWindow);
    RestoreRun::start(
        request,
        [this, restoredUser](Result<RestoreReport> result) {
            showLogin(result ? restoredUser : m_settings.lastUserName());
            m_login->showNotice(RestoreRun::outcomeText(result), !result.ok());
        },
        this);
}

void DeskController::switchUser() {
    retire(m_mainWindow);
    showLogin({});
}

} // namespace legalaid::ui

#pragma once

#include "desk_settings.h"
#include "storage/kdf_profile.h"

#include <QObject>
#include <QTemporaryDir>
#include <chrono>
#include <memory>
#include <optional>

namespace legalaid {
class Session;
struct RestoreRequest;
} // namespace legalaid

namespace legalaid::ui {

class LoginDialog;
class MainWindow;
class SetupWizard;

// Leads from start to the desk: the set-up wizard on first run (no database configured, or its file is
// gone), otherwise the login dialog; then the main window. Owns whichever of them is showing.
class DeskController : public QObject {
    Q_OBJECT

public:
    explicit DeskController(QObject* parent = nullptr);
    ~DeskController() override;

    // The wizard derives key-encryption keys with this profile (Moderate unless a test asks for less).
    void setKdfProfile(storage::KdfProfile profile) { m_kdf = profile; }
    // Overrides security/idle_lock_minutes, for tests.
    void setIdleLockTimeout(std::chrono::milliseconds timeout) { m_idleLockTimeout = timeout; }

    void start();
    // Opens a throw-away demo database in a temporary folder, signed in as its director, with a banner.
    // Nothing about it is remembered in the settings; the folder is deleted when the desk quits.
    void startDemo();
    // start(), or startDemo() when no database has been set up on this computer yet.
    void startOrDemo();

    [[nodiscard]] SetupWizard* setupWizard() const { return m_wizard.get(); }
    [[nodiscard]] LoginDialog* loginDialog() const { return m_login.get(); }
    [[nodiscard]] MainWindow* mainWindow() const { return m_mainWindow.get(); }

signals:
    // The user is done (Quit, cancelled set-up or sign-in); the application should exit.
    void quitRequested();

private:
    void showSetupWizard();
    void finishSetup();
    void showLogin(const QString& userName);
    void finishLogin();
    void showMainWindow(std::unique_ptr<Session> session);
    [[nodiscard]] bool hasDatabase() const;
    void switchUser();
    // Restore from the administration page: sign out (the session must be closed before the database file
    // is replaced), restore off the GUI thread, then sign in again to the restored or the untouched database.
    void restoreFromBackup(const RestoreRequest& request);

    DeskSettings m_settings;
    storage::KdfProfile m_kdf = storage::KdfProfile::Moderate;
    std::optional<std::chrono::milliseconds> m_idleLockTimeout;
    std::unique_ptr<SetupWizard> m_wizard;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
};

} // namespace legalaid::ui

#pragma once

#include "records/session.h"

#include <QMainWindow>
#include <chrono>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;

namespace legalaid::ui {

class HomePage;
class IdleWatcher;
class LockScreen;

// The desk once signed in. It owns the session: locking closes it (the database key is wiped) and
// unlocking opens a new one for the same user.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Session> session, std::chrono::milliseconds idleLockTimeout,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] bool hasSession() const { return m_session != nullptr; }
    [[nodiscard]] bool isLocked() const { return !hasSession(); }
    void setIdleLockTimeout(std::chrono::milliseconds timeout);

    [[nodiscard]] HomePage* homePage() const { return m_homePage; }
    [[nodiscard]] LockScreen* lockScreen() const { return m_lockScreen; }
    [[nodiscard]] QStackedWidget* pages() const { return m_pages; }

public slots:
    void lock();
    void unlock(const QString& password);

signals:
    // From the lock screen: the session is already closed; the controller shows the login dialog.
    void switchUserRequested();
    // The window was closed (Quit); its session is closed too.
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showSignedIn();
    void showAbout();
    void closeChildDialogs();

    std::unique_ptr<Session> m_session;
    // Kept while locked to unlock and to name the centre; neither is read from the database then.
    QString m_databasePath;
    QString m_userName;
    QString m_centreName;

    QStackedWidget* m_pages = nullptr;
    HomePage* m_homePage = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QLabel* m_userStatus = nullptr;
    QAction* m_lockAction = nullptr;
    IdleWatcher* m_idleWatcher = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "records/session.h"

#include <QMainWindow>
#include <chrono>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace legalaid::ui {

class ClipboardGuard;
class DeskPage;
class IdleWatcher;
class LockScreen;
class SessionHeader;

// The desk once signed in: navigation on the left, one page at a time on the right. It owns the session:
// locking detaches every page and closes the session (the database key is wiped); unlocking opens a new one
// for the same user and returns to the page the user was on.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Session> session, std::chrono::milliseconds idleLockTimeout,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] bool hasSession() const { return m_session != nullptr; }
    [[nodiscard]] bool isLocked() const { return !hasSession(); }
    void setIdleLockTimeout(std::chrono::milliseconds timeout);
    // A strip above the pages saying the data is a demonstration (legalaid-desk --demo).
    void showDemoBanner(const QString& text);

    [[nodiscard]] SessionHeader* sessionHeader() const { return m_header; }
    [[nodiscard]] LockScreen* lockScreen() const { return m_lockScreen; }
    // The workspace (navigation and pages) or the lock screen.
    [[nodiscard]] QStackedWidget* pages() const { return m_pages; }
    [[nodiscard]] QWidget* workspace() const { return m_workspace; }
    [[nodiscard]] QListWidget* navigation() const { return m_navigation; }
    // The page with this key ("overview", "people", …), or nullptr.
    [[nodiscard]] DeskPage* page(const QString& key) const;
    [[nodiscard]] DeskPage* currentPage() const;
    [[nodiscard]] ClipboardGuard* clipboardGuard() const { return m_clipboardGuard; }

public slots:
    void lock();
    void unlock(const QString& password);
    // Shows a page (if the signed-in role may see it) and passes it the filter, if any.
    void showPage(const QString& key, const QVariantMap& filter = {});

signals:
    // From the lock screen: the session is already closed; the controller shows the login dialog.
    void switchUserRequested();
    // The window was closed (Quit); its session is closed too.
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(DeskPage* page);
    void createMenus();
    void showSignedIn();
    void rebuildNavigation();
    void showAbout();
    // The automatic daily backup (when the centre set a folder) and the warning when the last good backup is
    // older than the centre allows.
    void runDailyBackupIfDue();
    void refreshBackupWarning();
    void closeChildDialogs();
    [[nodiscard]] bool confirmDiscardUnsaved();

    std::unique_ptr<Session> m_session;
    // Kept while locked to unlock and to name the centre; neither is read from the database then.
    QString m_databasePath;
    QString m_userName;
    QString m_centreName;
    QString m_pageBeforeLock;
    bool m_lockWhenFree = false; // a lock asked for while an export used the session

    QStackedWidget* m_pages = nullptr;
    QWidget* m_workspace = nullptr;
    SessionHeader* m_header = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_backupWarning = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_deskPages = nullptr;
    std::vector<DeskPage*> m_allPages;
    LockScreen* m_lockScreen = nullptr;
    QLabel* m_userStatus = nullptr;
    QAction* m_lockAction = nullptr;
    std::vector<QAction*> m_sessionActions; // enabled only while signed in
    IdleWatcher* m_idleWatcher = nullptr;
    ClipboardGuard* m_clipboardGuard = nullptr;
};

} // namespace legalaid::ui

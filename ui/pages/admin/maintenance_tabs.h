#pragma once

#include "common/result.h"
#include "pages/admin/admin_tab.h"
#include "pages/admin/background_task.h"
#include "records/backup/backup_service.h"
#include "records/verification.h"

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace legalaid::ui {

class ErrorLabel;
class SimpleTableModel;

// The audit log, newest first, a page at a time (ViewAuditLog), with "Verify chain" (VerifyDatabase): the
// file's integrity, schema version and hash chain are checked on a worker thread with its own connection.
class AuditTab : public AdminTab {
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    explicit AuditTab(QWidget* parent = nullptr);
    ~AuditTab() override;
    void attach(Session& session) override;
    void detach() override;

    [[nodiscard]] SimpleTableModel* model() const { return m_model; }
    // Starts the verification; `verified` follows with the report shown.
    void verify();
    [[nodiscard]] QString verificationText() const;
    [[nodiscard]] bool isVerifying() const { return m_verifyTask.isRunning(); }

signals:
    void verified(bool ok);

private:
    void showPage(int page);
    void showVerification(Result<VerificationReport> report);

    Session* m_session = nullptr;
    SimpleTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_newer = nullptr;
    QPushButton* m_older = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_result = nullptr;
    ErrorLabel* m_error = nullptr;
    QProgressDialog* m_progress = nullptr;
    int m_page = 0;
    bool m_verifyCancelled = false;
    BackgroundTask<Result<VerificationReport>> m_verifyTask{this};
};

// Backups: "Backup now" writes an encrypted backup on a worker thread (BackupCreate). "Restore…"
// (BackupRestore) gathers a restore in RestoreDialog; the desk then signs out (the session must be closed
// before the file is replaced), restores off the GUI thread and shows the sign-in window (see
// DeskController).
class BackupsTab : public AdminTab {
    Q_OBJECT

public:
    explicit BackupsTab(QWidget* parent = nullptr);
    ~BackupsTab() override;
    void attach(Session& session) override;
    void detach() override;

    // Writes a backup to `path` (asks for one when empty); `backupFinished` follows.
    void backupNow(const QString& path = {});
    [[nodiscard]] bool isRunning() const { return m_task.isRunning(); }
    [[nodiscard]] QString resultText() const;

    // Opens the restore dialog; when it is accepted, requestRestore() with what it gathered.
    void restore();
    // The last step of restore(): checks the permission and that no export is reading through the session,
    // then emits restoreRequested. False (with the reason shown) when the restore cannot start now.
    bool requestRestore(const RestoreRequest& request);

signals:
    void backupFinished(bool ok);
    // The desk closes the session and runs the restore; this tab is detached by then.
    void restoreRequested(const legalaid::RestoreRequest& request);

private:
    void finished(Result<BackupReport> report, const QString& path);

    Session* m_session = nullptr;
    QPushButton* m_backup = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_result = nullptr;
    QProgressDialog* m_progress = nullptr;
    bool m_cancelled = false;
    BackgroundTask<Result<BackupReport>> m_task{this};
};

} // namespace legalaid::ui

#pragma once

#include "common/result.h"
#include "pages/admin/background_task.h"
#include "records/backup/backup_service.h"

#include <QDialog>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;

namespace legalaid::ui {

class ErrorLabel;

// Restore from the desk, step by step: choose a backup file (checked at once, off the GUI thread: when it
// was taken, its schema version, its database id, or what is wrong with it); confirm that the current
// database is replaced and kept aside; then a user name and password of the backup, or its recovery code.
// The dialog only gathers the request: the desk signs out before restoreBackup() runs (see RestoreRun).
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    // `currentDatabasePath` is what the restore replaces; `userName` is offered for the password.
    RestoreDialog(const QString& currentDatabasePath, const QString& userName, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // Step 1, as the Choose… button or typing the path does: checks the file; `inspected` follows.
    void setBackupPath(const QString& path);
    [[nodiscard]] bool isInspecting() const { return m_inspectTask.isRunning(); }
    [[nodiscard]] std::optional<storage::BackupHeader> backupHeader() const { return m_header; }
    [[nodiscard]] QString summaryText() const;

    // What to restore, once every step is filled in (the Restore button is enabled exactly then).
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] RestoreRequest request() const;
    // The Restore button: first checks off the GUI thread that the password or the recovery code opens the
    // backup's keyring (a wrong one is said here, while the user is still signed in), then accepts.
    void tryAccept();
    [[nodiscard]] bool isCheckingPassword() const { return m_credentialsTask.isRunning(); }
    [[nodiscard]] QString credentialsError() const;

    // Where the current database will be kept (the time stamp is added when the restore runs).
    [[nodiscard]] static QString keptAsidePattern(const QString& databasePath);

signals:
    void inspected(bool ok);

private:
    void stopInspection();
    void chooseFile();
    void inspect();
    void showInspection(const QString& path, Result<storage::BackupHeader> header);
    void updateState();

    QString m_databasePath;
    QString m_inspectedPath;
    std::optional<storage::BackupHeader> m_header;
    QLineEdit* m_path = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_summary = nullptr;
    ErrorLabel* m_fileError = nullptr;
    QCheckBox* m_confirm = nullptr;
    QRadioButton* m_withPassword = nullptr;
    QRadioButton* m_withCode = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr;
    ErrorLabel* m_codeError = nullptr;
    ErrorLabel* m_keyError = nullptr;
    QPushButton* m_restore = nullptr;
    // Set to stop the running check (a newer choice, or the dialog closing) within one chunk.
    std::shared_ptr<std::atomic_bool> m_cancelInspection;
    BackgroundTask<Result<storage::BackupHeader>> m_inspectTask{this};
    BackgroundTask<Status> m_credentialsTask{this};
};

// Runs restoreBackup() on a worker thread behind a busy dialog that cannot be cancelled (a restore stopped
// half-way would leave nothing useful), then hands the result to `done` on the GUI thread and deletes
// itself. The caller has closed the session first.
class RestoreRun : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(Result<RestoreReport>)>;
    static RestoreRun* start(const RestoreRequest& request, Done done, QObject* owner,
                             qint64 chunkSize = storage::kBackupChunkSize);
    ~RestoreRun() override;

    // The sentence the sign-in window shows afterwards: what was restored and where the old database is
    // kept, or why nothing was restored (the current database is then untouched).
    [[nodiscard]] static QString outcomeText(const Result<RestoreReport>& result);

private:
    RestoreRun(Done done, QObject* owner);

    Done m_done;
    std::unique_ptr<QProgressDialog> m_progress; // a window of its own: the main window is gone
    BackgroundTask<Result<RestoreReport>> m_task{this};
};

} // namespace legalaid::ui

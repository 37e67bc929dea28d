#pragma once

#include "reports/report_drilldown.h"

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QProgressDialog;
class QThread;
class QTreeView;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

class DeskPage;
class RecordsBehindDialog;
class ReportTreeModel;

// Drill-down on the reports page: a count in the report tree that has records behind it opens them
// (double-click, Enter, or "Show records" in the tree's context menu, Ctrl+Enter). The ids of that one figure
// are computed off the GUI thread (a busy dialog with Cancel shows when it takes more than a moment), the
// listing is audited through the session, and the list opens in a RecordsBehindDialog whose Open asks the
// page to navigate to the record: ("cases", {caseId}), ("people", {personId}), ("referrals", {referralId}),
// ("activities", {activityId}). A role that may not see those records gets nothing to activate; the figure's
// tooltip says why.
class RecordsBehindLauncher : public QObject {
    Q_OBJECT

public:
    RecordsBehindLauncher(DeskPage* page, QTreeView* tree, ReportTreeModel* model);
    ~RecordsBehindLauncher() override;

    void attach(Session& session);
    // Stops a running computation, closes the open lists and lets go of the database (before the lock).
    void detach();

    // Starts listing the records behind the figure of `index` (any column of its line); false when there is
    // nothing the role may list there.
    bool showRecordsBehind(const QModelIndex& index);
    [[nodiscard]] bool isComputing() const { return m_worker != nullptr; }
    [[nodiscard]] QAction* showAction() const { return m_showAction; }
    // The open lists, newest last.
    [[nodiscard]] QList<RecordsBehindDialog*> dialogs() const;

    // The page and filter key that show one record of this type.
    [[nodiscard]] static std::pair<QString, QString> linkFor(const QString& recordType);

signals:
    // A list opened (for tests and the status line).
    void dialogOpened(RecordsBehindDialog* dialog);
    // The computation failed or was refused: one sentence.
    void failed(const QString& message);

private:
    void finishWorker();
    void updateAction();

    DeskPage* m_page = nullptr;
    QTreeView* m_tree = nullptr;
    ReportTreeModel* m_model = nullptr;
    Session* m_session = nullptr;
    QAction* m_showAction = nullptr;
    QThread* m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    QList<QPointer<RecordsBehindDialog>> m_dialogs;
};

} // namespace legalaid::ui

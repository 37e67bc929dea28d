#include "pages/reports/records_behind_launcher.h"

#include "pages/desk_page.h"
#include "pages/reports/records_behind_dialog.h"
#include "pages/reports/report_tree_model.h"
#include "records/reader_access.h"
#include "records/session.h"

#include <QAction>
#include <QProgressDialog>
#include <QThread>
#include <QTreeView>

namespace legalaid::ui {

RecordsBehindLauncher::RecordsBehindLauncher(DeskPage* page, QTreeView* tree, ReportTreeModel* model)
    : QObject(page)
    , m_page(page)
    , m_tree(tree)
    , m_model(model) {
    setObjectName(QStringLiteral("recordsBehindLauncher"));
    m_showAction = new QAction(tr("Show the &records behind this figure"), tree);
    m_showAction->setObjectName(QStringLiteral("showRecordsBehindAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_showAction->setShortcutContext(Qt::WidgetShortcut);
    tree->addAction(m_showAction);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_showAction, &QAction::triggered, this, [this] { showRecordsBehind(m_tree->currentIndex()); });
    // Double-click and Enter (QAbstractItemView's "activated").
    connect(tree, &QTreeView::activated, this,
            [this](const QModelIndex& index) { showRecordsBehind(index); });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordsBehindLauncher::updateAction);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordsBehindLauncher::updateAction);
    updateAction();
}

RecordsBehindLauncher::~RecordsBehindLauncher() {
    finishWorker();
}

std::pair<QString, QString> RecordsBehindLauncher::linkFor(const QString& recordType) {
    if (recordType == QLatin1String("person"))
        return {QStringLiteral("people"), QStringLiteral("personId")};
    if (recordType == QLatin1String("referral"))
        return {QStringLiteral("referrals"), QStringLiteral("referralId")};
    if (recordType == QLatin1String("activity"))
        return {QStringLiteral("activities"), QStringLiteral("activityId")};
    return {QStringLiteral("cases"), QStringLiteral("caseId")};
}

void RecordsBehindLauncher::attach(Session& session) {
    m_session = &session;
    m_model->setViewerRole(session.user().role);
    updateAction();
}

void RecordsBehindLauncher::detach() {
    finishWorker();
    m_session = nullptr;
    m_model->setViewerRole(std::nullopt);
    // The lists read the database through their own workers: stop them before the key goes away.
    const auto open = std::exchange(m_dialogs, {});
    for (const QPointer<RecordsBehindDialog>& dialog : open) {
        if (!dialog)
            continue;
        dialog->detachList();
        delete dialog.data();
    }
    updateAction();
}

QList<RecordsBehindDialog*> RecordsBehindLauncher::dialogs() const {
    QList<RecordsBehindDialog*> open;
    for (const QPointer<RecordsBehindDialog>& dialog : m_dialogs)
        if (dialog)
            open.append(dialog.data());
    return open;
}

void RecordsBehindLauncher::finishWorker() {
    ++m_generation; // turns the handler of a running worker into a no-op
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    delete m_progress.data();
}

void RecordsBehindLauncher::updateAction() {
    const QModelIndex current = m_tree->currentIndex();
    const bool available = m_session && !m_worker && current.isValid() &&
                           current.data(ReportTreeModel::HasRecordsBehindRole).toBool();
    m_showAction->setEnabled(available);
    const QString refusal =
        current.isValid() ? current.data(ReportTreeModel::RecordsRefusalRole).toString() : QString();
    m_showAction->setToolTip(refusal.isEmpty() ? tr("List the records this figure counts (Ctrl+Enter)")
                                               : refusal);
}

bool RecordsBehindLauncher::showRecordsBehind(const QModelIndex& index) {
    if (!m_session || m_worker || !index.isValid())
        return false;
    const reports::ReportRow* row = m_model->reportRowAt(index);
    if (!row || !index.data(ReportTreeModel::HasRecordsBehindRole).toBool()) {
        // Not a count, zero, or not for this role: the tooltip already says which; the status line too.
        const QString refusal = index.data(ReportTreeModel::RecordsRefusalRole).toString();
        if (!refusal.isEmpty())
            emit failed(refusal);
        return false;
    }
    const reports::Report& report = m_model->report();
    const reports::ReportPeriod period = report.period;
    const QString code = row->code;
    const QString key = row->key;
    const FigureTitle title{row->label, row->dimension == QLatin1String("total") ? QString() : row->keyLabel,
                            period.label(report.language)};

    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto result = std::make_shared<std::optional<Result<reports::RecordsBehind>>>();
    const ReaderAccess access(*m_session);
    const Role role = m_session->user().role;
    m_worker = QThread::create([access, role, period, code, key, cancel, result] {
        auto database = access.open();
        if (!database) {
            result->emplace(database.error());
            return;
        }
        {
            const reports::ReportDrillDown drillDown((*database)->connection(), role);
            result->emplace(drillDown.recordsBehind(period, code, key, [cancel] { return cancel->load(); }));
        }
        // `database` closes here, in the thread that opened it.
    });
    m_worker->setObjectName(QStringLiteral("recordsBehindWorker"));

    // A big figure on a large database takes a moment: a busy dialog with Cancel, shown only if it lasts.
    auto* progress = new QProgressDialog(tr("Finding the records behind “%1”…").arg(title.indicatorLabel),
                                         tr("Cancel"), 0, 0, m_page);
    progress->setObjectName(QStringLiteral("recordsBehindProgress"));
    progress->setWindowTitle(tr("Records behind the figure"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(420);
    // The value at the minimum starts the minimum-duration timer (an untouched bar waits 4 s).
    progress->setValue(0);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    QThread* worker = m_worker;
    connect(worker, &QThread::finished, this, [this, worker, generation, result, title] {
        if (worker != m_worker)
            return; // reaped by finishWorker already
        m_worker = nullptr;
        worker->deleteLater();
        delete m_progress.data();
        updateAction();
        if (generation != m_generation || !m_session)
            return;
        if (!result->has_value()) {
            emit failed(tr("The records behind the figure could not be listed."));
            return;
        }
        if (!result->value()) {
            emit failed(result->value().error().message); // also "stopped" after Cancel, for the status line
            return;
        }
        const reports::RecordsBehind& records = *result->value();
        // Computed without the session (another thread); written to the audit log here, before anything
        // shows.
        if (const Status audited = reports::ReportDrillDown::auditRecordsBehind(*m_session, records);
            !audited) {
            emit failed(audited.error().message);
            return;
        }
        auto* dialog = new RecordsBehindDialog(ReaderAccess(*m_session), records, title, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
        connect(dialog, &RecordsBehindDialog::openRequested, this,
                [this](const QString& recordType, qint64 id) {
                    if (!m_session)
                        return;
                    const auto [pageKey, filterKey] = linkFor(recordType);
                    emit m_page->navigateRequested(pageKey, QVariantMap{{filterKey, id}});
                });
        m_dialogs.removeAll(nullptr);
        m_dialogs.append(dialog);
        dialog->show();
        emit dialogOpened(dialog);
    });
    updateAction();
    worker->start(QThread::LowPriority);
    return true;
}

} // namespace legalaid::ui

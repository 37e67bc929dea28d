#include "pages/admin/maintenance_tabs.h"

#include "pages/admin/restore_dialog.h"
#include "pages/admin/simple_table_model.h"
#include "records/audit_log.h"
#include "records/reader_access.h"
#include "records/session.h"
#include "storage/keyring.h"
#include "storage/migrator.h"
#include "widgets/error_label.h"
#include "widgets/session_in_use.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QProgressDialog* busyDialog(const QString& text, QWidget* parent) {
    auto* dialog =
        new QProgressDialog(text, QCoreApplication::translate("AdminPage", "Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(420);
    return dialog;
}

} // namespace

// ---------------------------------------------------------------------------------------------- audit log

AuditTab::AuditTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminAuditTab"));
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setAccessibleName(tr("Verify the database and the audit chain"));
    top->addWidget(m_verify);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_result, 1);
    outer->addLayout(top);

    m_model = new SimpleTableModel(
        {tr("No."), tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Details")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    outer->addWidget(m_table, 1);

    auto* paging = new QHBoxLayout;
    m_newer = new QPushButton(tr("← &Newer"), this);
    m_newer->setObjectName(QStringLiteral("auditNewer"));
    m_older = new QPushButton(tr("&Older →"), this);
    m_older->setObjectName(QStringLiteral("auditOlder"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("auditPageLabel"));
    paging->addWidget(m_newer);
    paging->addWidget(m_pageLabel);
    paging->addWidget(m_older);
    paging->addStretch();
    outer->addLayout(paging);
    m_error = new ErrorLabel(this);
    outer->addWidget(m_error);

    connect(m_newer, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_older, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_verify, &QPushButton::clicked, this, &AuditTab::verify);
}

AuditTab::~AuditTab() {
    m_verifyTask.abandon();
}

void AuditTab::attach(Session& session) {
    m_session = &session;
    allowFor(m_verify, session.user().role, Operation::VerifyDatabase,
             tr("Check the database file and that no audit entry was changed outside the application"));
    showPage(0);
}

void AuditTab::detach() {
    m_verifyTask.abandon();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_session = nullptr;
    m_model->clear();
    m_result->clear();
    m_error->clearError();
    m_pageLabel->clear();
}

void AuditTab::showPage(int page) {
    if (!m_session)
        return;
    if (const Status allowed = requirePermission(m_session->user().role, Operation::ViewAuditLog); !allowed) {
        m_error->showError(allowed.error().message);
        return;
    }
    page = std::max(page, 0);
    // AuditLog offers "the latest N" only: a page is the tail of the latest (page + 1) × size, plus one entry
    // to know whether an older page exists. Fine for the pages people read (the recent ones).
    auto entries = AuditLog(m_session->db()).latest((page + 1) * kPageSize + 1);
    if (!entries) {
        m_error->showError(entries.error().message);
        return;
    }
    m_error->clearError();
    m_page = page;
    const QLocale locale;
    std::vector<SimpleTableModel::Row> rows;
    const std::size_t first = std::size_t(page) * kPageSize;
    for (std::size_t i = first; i < entries->size() && i < first + kPageSize; ++i) {
        const AuditEntry& entry = (*entries)[i];
        const QString target = entry.targetId.isEmpty()
                                   ? entry.targetType
                                   : QStringLiteral("%1 %2").arg(entry.targetType, entry.targetId);
        rows.push_back(
            {entry.id,
             {QString::number(entry.id), locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
              entry.actor, entry.action, target, entry.details}});
    }
    const bool more = entries->size() > first + kPageSize;
    const int shown = int(rows.size());
    m_model->setRows(std::move(rows));
    limitColumnWidths(m_table, 420);
    m_newer->setEnabled(page > 0);
    m_older->setEnabled(more);
    m_pageLabel->setText(
        shown == 0 ? tr("No entries")
                   : tr("Entries %1–%2, newest first")
                         .arg(locale.toString(qint64(first) + 1), locale.toString(qint64(first) + shown)));
}

void AuditTab::verify() {
    if (!m_session || m_verifyTask.isRunning())
        return;
    if (const Status allowed = requirePermission(m_session->user().role, Operation::VerifyDatabase);
        !allowed) {
        m_result->setText(allowed.error().message);
        return;
    }
    const ReaderAccess access(*m_session);
    m_result->setText(tr("Verifying…"));
    m_result->setStyleSheet(QString());
    m_verifyCancelled = false;
    m_verify->setEnabled(false);
    m_progress = busyDialog(tr("Checking the database file and the audit chain…"), this);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        // The check itself cannot be interrupted; Cancel stops waiting for it and drops its result.
        m_verifyCancelled = true;
        m_progress->deleteLater();
        m_progress = nullptr;
        m_result->setText(tr("Verification cancelled."));
    });
    m_verifyTask.start(
        [access]() -> Result<VerificationReport> {
            auto database = access.open();
            if (!database)
                return database.error();
            VerificationReport report;
            auto problems = (*database)->integrityCheck();
            if (!problems)
                return problems.error();
            report.integrityProblems = *problems;
            auto version = (*database)->schemaVersion();
            if (!version)
                return version.error();
            report.schemaVersion = *version;
            report.expectedSchemaVersion = storage::Migrator(storage::Migrator::builtin()).latestVersion();
            auto audit = AuditLog((*database)->connection()).verify();
            if (!audit)
                return audit.error();
            report.audit = *audit;
            return report;
        },
        [this](Result<VerificationReport> report) { showVerification(std::move(report)); });
}

void AuditTab::showVerification(Result<VerificationReport> report) {
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!m_session || m_verifyCancelled)
        return;
    allowFor(m_verify, m_session->user().role, Operation::VerifyDatabase);
    if (!report) {
        m_result->setText(report.error().message);
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        emit verified(false);
        return;
    }
    // The keyring seal needs the key, which stays on this thread; it is a small file.
    auto keyring = storage::Keyring::load(m_session->files().keyring);
    report->keyringSealed = keyring && keyring->sealMatches(m_session->databaseKey());
    if (report->audit.ok()) {
        // As `legalaid-cli verify` does: the check is recorded after the chain was read.
        (void)m_session->audit(
            m_session->event(QStringLiteral("database.verify"), {}, {},
                             report->ok() ? QStringLiteral("ok") : QStringLiteral("failed")));
    }
    QStringList lines;
    const QLocale locale;
    if (report->ok()) {
        lines << tr("The database is sound: the file passed its integrity check and all %1 audit entries are "
                    "intact.")
                     .arg(locale.toString(report->audit.entriesChecked));
    } else {
        if (!report->audit.ok())
            lines << tr("The audit chain is broken at entry no. %1: %2")
                         .arg(QString::number(*report->audit.firstBrokenId), report->audit.problem);
        if (!report->integrityOk())
            lines << tr("The database file is damaged: %1")
                         .arg(report->integrityProblems.join(QStringLiteral("; ")));
        if (!report->schemaOk())
            lines << tr("The schema version is %1, expected %2.")
                         .arg(report->schemaVersion)
                         .arg(report->expectedSchemaVersion);
        if (!report->keyringSealed)
            lines << tr("The keyring does not match this database.");
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->setStyleSheet(report->ok() ? QStringLiteral("color: #1e7e34;")
                                         : QStringLiteral("color: #b3261e;"));
    showPage(m_page);
    emit verified(report->ok());
}

QString AuditTab::verificationText() const {
    return m_result->text();
}

// ---------------------------------------------------------------------------------------------- backups

BackupsTab::BackupsTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminBackupsTab"));
    auto* outer = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A backup is one encrypted file holding the database and its keyring. Keep it "
                      "on another disk or a USB stick in a locked drawer: it opens with a user's "
                      "password or the recovery code."),
                   this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* buttons = new QHBoxLayout;
    m_backup = new QPushButton(tr("&Backup now…"), this);
    m_backup->setObjectName(QStringLiteral("backupNow"));
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setAccessibleName(tr("Restore a backup"));
    m_backup->setAccessibleName(tr("Back up now"));
    m_restore->setEnabled(false);
    buttons->addWidget(m_backup);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    outer->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_result);
    outer->addStretch();
    connect(m_backup, &QPushButton::clicked, this, [this] { backupNow(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupsTab::restore);
}

BackupsTab::~BackupsTab() {
    m_task.abandon();
}

void BackupsTab::attach(Session& session) {
    m_session = &session;
    allowFor(m_backup, session.user().role, Operation::BackupCreate,
             tr("Write an encrypted backup of the database now"));
    allowFor(m_restore, session.user().role, Operation::BackupRestore,
             tr("Replace this database with a backup; the current one is kept aside and everyone is signed "
                "out while it runs"));
}

void BackupsTab::detach() {
    m_task.abandon();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_session = nullptr;
    m_result->clear();
}

void BackupsTab::backupNow(const QString& chosenPath) {
    if (!m_session || m_task.isRunning())
        return;
    if (const Status allowed = requirePermission(m_session->user().role, Operation::BackupCreate); !allowed) {
        m_result->setText(allowed.error().message);
        return;
    }
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QFileInfo database(m_session->files().database);
        const QString suggested = database.dir().filePath(
            database.completeBaseName() + QStringLiteral("-") +
            QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".lbak"));
        path = QFileDialog::getSaveFileName(this, tr("Backup now"), suggested, tr("Backups (*.lbak)"));
        if (path.isEmpty() || !m_session)
            return; // cancelled, or the desk locked while the dialog was open
    }
    const ReaderAccess access(*m_session);
    auto key = std::make_shared<const storage::SecureBytes>(
        storage::SecureBytes::copyOf(m_session->databaseKey().data(), m_session->databaseKey().size()));
    const QString keyring = m_session->files().keyring;
    m_cancelled = false;
    m_backup->setEnabled(false);
    m_result->setText(tr("Writing the backup…"));
    m_progress = busyDialog(tr("Writing and checking the backup…"), this);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        // The copy runs to its end; a cancelled backup is deleted as soon as it is written.
        m_cancelled = true;
        m_progress->setLabelText(tr("Cancelling: the backup will be discarded…"));
        m_progress->setCancelButton(nullptr);
    });
    m_task.start(
        [access, key, keyring, path]() -> Result<BackupReport> {
            auto database = access.open();
            if (!database)
                return database.error();
            return writeBackupFile(**database, *key, keyring, path);
        },
        [this, path](Result<BackupReport> report) { finished(std::move(report), path); });
}

void BackupsTab::finished(Result<BackupReport> report, const QString& path) {
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (m_session)
        allowFor(m_backup, m_session->user().role, Operation::BackupCreate,
                 tr("Write an encrypted backup of the database now"));
    if (!m_session)
        return;
    if (m_cancelled) {
        if (report)
            QFile::remove(path);
        m_result->setText(tr("Backup cancelled; nothing was kept."));
        emit backupFinished(false);
        return;
    }
    if (!report) {
        m_result->setText(report.error().message);
        emit backupFinished(false);
        return;
    }
    // The audit entry and the "last good backup" time the overview and the warning strip read.
    if (const Status recorded = BackupService(*m_session).recordWritten(*report); !recorded) {
        m_result->setText(recorded.error().message);
        emit backupFinished(false);
        return;
    }
    m_result->setText(
        tr("Backup written and checked: %1 (%2).")
            .arg(QDir::toNativeSeparators(report->path), QLocale().formattedDataSize(report->bytes)));
    emit backupFinished(true);
}

void BackupsTab::restore() {
    if (!m_session || m_task.isRunning())
        return;
    if (const Status allowed = requirePermission(m_session->user().role, Operation::BackupRestore);
        !allowed) {
        m_result->setText(allowed.error().message);
        return;
    }
    RestoreDialog dialog(m_session->files().database, m_session->user().name, this);
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return; // cancelled, or the desk locked while the dialog was open
    requestRestore(dialog.request());
}

bool BackupsTab::requestRestore(const RestoreRequest& request) {
    if (!m_session)
        return false;
    if (const Status allowed = requirePermission(m_session->user().role, Operation::BackupRestore);
        !allowed) {
        m_result->setText(allowed.error().message);
        return false;
    }
    if (SessionInUse::active() || m_task.isRunning()) {
        m_result->setText(tr("A backup or an export is still running. Restore when it has finished."));
        return false;
    }
    m_result->setText(tr("Signing out to restore the backup…"));
    emit restoreRequested(request);
    return true;
}

QString BackupsTab::resultText() const {
    return m_result->text();
}

} // namespace legalaid::ui

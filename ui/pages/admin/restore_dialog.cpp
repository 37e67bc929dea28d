#include "pages/admin/restore_dialog.h"

#include "storage/recovery_code.h"
#include "widgets/error_label.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace legalaid::ui {

RestoreDialog::RestoreDialog(const QString& currentDatabasePath, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(currentDatabasePath) {
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    setMinimumWidth(620);
    auto* outer = new QVBoxLayout(this);

    // Step 1: the file.
    auto* fileBox = new QGroupBox(tr("1. Backup file"), this);
    auto* fileLayout = new QVBoxLayout(fileBox);
    auto* pathRow = new QHBoxLayout;
    auto* pathLabel = new QLabel(tr("&File:"), fileBox);
    m_path = new QLineEdit(fileBox);
    m_path->setObjectName(QStringLiteral("restorePath"));
    m_path->setAccessibleName(tr("Backup file to restore"));
    m_path->setPlaceholderText(tr("Choose a backup file (.lbak)"));
    pathLabel->setBuddy(m_path);
    m_choose = new QPushButton(tr("&Choose…"), fileBox);
    m_choose->setObjectName(QStringLiteral("restoreChoose"));
    m_choose->setAccessibleName(tr("Choose the backup file"));
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    fileLayout->addLayout(pathRow);
    m_summary = new QLabel(fileBox);
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("What the backup holds"));
    fileLayout->addWidget(m_summary);
    m_fileError = new ErrorLabel(fileBox);
    m_fileError->setObjectName(QStringLiteral("restoreFileError"));
    m_summary->hide();
    fileLayout->addWidget(m_fileError);
    outer->addWidget(fileBox);

    // Step 2: what happens to the current database.
    auto* replaceBox = new QGroupBox(tr("2. The current database"), this);
    auto* replaceLayout = new QVBoxLayout(replaceBox);
    auto* warning = new QLabel(
        tr("The restore replaces the database you are working in:\n%1\nIt is not deleted: it is kept aside, "
           "with its keyring, as\n%2\nEveryone is signed out while the backup is restored; then you sign in "
           "to the restored database.")
            .arg(QDir::toNativeSeparators(m_databasePath),
                 QDir::toNativeSeparators(keptAsidePattern(m_databasePath))),
        replaceBox);
    warning->setObjectName(QStringLiteral("restoreWarning"));
    warning->setWordWrap(true);
    warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    replaceLayout->addWidget(warning);
    m_confirm = new QCheckBox(tr("I &understand: replace the current database with this backup"), replaceBox);
    m_confirm->setObjectName(QStringLiteral("restoreConfirm"));
    m_confirm->setAccessibleName(tr("Confirm that the current database is replaced"));
    replaceLayout->addWidget(m_confirm);
    outer->addWidget(replaceBox);

    // Step 3: who opens the backup.
    auto* keyBox = new QGroupBox(tr("3. Open the backup with"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    m_withPassword = new QRadioButton(tr("a user name and &password of the backup"), keyBox);
    m_withPassword->setObjectName(QStringLiteral("restoreWithPassword"));
    m_withPassword->setChecked(true);
    m_withCode = new QRadioButton(tr("its recovery c&ode"), keyBox);
    m_withCode->setObjectName(QStringLiteral("restoreWithCode"));
    keyLayout->addWidget(m_withPassword);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_user = new QLineEdit(userName, keyBox);
    m_user->setObjectName(QStringLiteral("restoreUser"));
    m_user->setAccessibleName(tr("User name in the backup"));
    m_user->setMaxLength(32);
    m_password = new QLineEdit(keyBox);
    m_password->setObjectName(QStringLiteral("restorePassword"));
    m_password->setAccessibleName(tr("Password in the backup"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* userLabel = new QLabel(tr("User &name:"), keyBox);
    userLabel->setBuddy(m_user);
    auto* passwordLabel = new QLabel(tr("Pass&word:"), keyBox);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    keyLayout->addLayout(form);
    keyLayout->addWidget(m_withCode);
    auto* codeForm = new QFormLayout;
    codeForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_code = new QLineEdit(keyBox);
    m_code->setObjectName(QStringLiteral("restoreCode"));
    m_code->setAccessibleName(tr("Recovery code of the backup"));
    m_code->setEchoMode(QLineEdit::Password);
    auto* codeLabel = new QLabel(tr("Recovery co&de:"), keyBox);
    codeLabel->setBuddy(m_code);
    codeForm->addRow(codeLabel, m_code);
    keyLayout->addLayout(codeForm);
    m_codeError = new ErrorLabel(keyBox);
    m_codeError->setObjectName(QStringLiteral("restoreCodeError"));
    keyLayout->addWidget(m_codeError);
    m_keyError = new ErrorLabel(keyBox);
    m_keyError->setObjectName(QStringLiteral("restoreKeyError"));
    keyLayout->addWidget(m_keyError);
    outer->addWidget(keyBox);

    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreConfirmButton"));
    m_restore->setAccessibleName(tr("Sign out and restore the backup"));
    buttons->addButton(QDialogButtonBox::Cancel);
    outer->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, &RestoreDialog::inspect);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        // A path being typed is not the file that was checked.
        m_header.reset();
        m_summary->clear();
        m_summary->hide();
        m_fileError->clearError();
        updateState();
    });
    for (QLineEdit* edit : {m_user, m_password, m_code})
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_confirm, &QCheckBox::toggled, this, &RestoreDialog::updateState);
    connect(m_withPassword, &QRadioButton::toggled, this, &RestoreDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);

    setTabOrder(m_path, m_choose);
    setTabOrder(m_choose, m_confirm);
    setTabOrder(m_confirm, m_withPassword);
    setTabOrder(m_withPassword, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_withCode);
    setTabOrder(m_withCode, m_code);
    setTabOrder(m_code, buttons);
    m_path->setFocus();
    updateState();
}

RestoreDialog::~RestoreDialog() {
    stopInspection();
    m_credentialsTask.abandon();
}

void RestoreDialog::stopInspection() {
    if (m_cancelInspection)
        m_cancelInspection->store(true);
    m_inspectTask.abandon(); // returns within one chunk of the file
    m_cancelInspection.reset();
}

QString RestoreDialog::keptAsidePattern(const QString& databasePath) {
    return databasePath + QStringLiteral(".replaced-") + tr("<date and time>");
}

void RestoreDialog::chooseFile() {
    const QString folder = m_path->text().isEmpty() ? QFileInfo(m_databasePath).absolutePath()
                                                    : QFileInfo(m_path->text()).path();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the backup to restore"), folder,
                                                        tr("Backups (*.lbak *.labak);;All files (*)"));
    if (!chosen.isEmpty())
        setBackupPath(chosen);
}

void RestoreDialog::setBackupPath(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
    inspect();
}

void RestoreDialog::inspect() {
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || (path == m_inspectedPath && (m_header || isInspecting())))
        return;
    // A newer choice wins: the check of the previous file is dropped.
    stopInspection();
    m_inspectedPath = path;
    m_header.reset();
    m_fileError->clearError();
    m_summary->setText(tr("Checking the backup file…"));
    m_summary->show();
    updateState();
    // The whole file is read to check its checksum: seconds for a large database, so not on this thread.
    m_cancelInspection = std::make_shared<std::atomic_bool>(false);
    m_inspectTask.start(
        [path, cancelled = m_cancelInspection] { return inspectBackup(path, cancelled.get()); },
        [this, path](Result<storage::BackupHeader> header) { showInspection(path, std::move(header)); });
}

void RestoreDialog::showInspection(const QString& path, Result<storage::BackupHeader> header) {
    if (path != m_inspectedPath)
        return;
    if (!header) {
        m_summary->clear();
        m_summary->hide();
        m_fileError->showError(header.error().message);
        updateState();
        emit inspected(false);
        return;
    }
    m_header = *header;
    const QLocale locale;
    m_summary->setText(tr("Backup taken on %1\nSchema version: %2\nDatabase: %3")
                           .arg(locale.toString(header->createdAt.toLocalTime(), QLocale::LongFormat))
                           .arg(header->schemaVersion)
                           .arg(header->databaseId));
    updateState();
    emit inspected(true);
}

QString RestoreDialog::summaryText() const {
    return m_summary->text().isEmpty() ? m_fileError->text() : m_summary->text();
}

void RestoreDialog::updateState() {
    const bool withPassword = m_withPassword->isChecked();
    m_user->setEnabled(withPassword);
    m_password->setEnabled(withPassword);
    m_code->setEnabled(!withPassword);
    // The recovery code's own checksum tells a mistyped code at once, before anyone is signed out.
    if (!withPassword && !m_code->text().trimmed().isEmpty()) {
        auto decoded = storage::RecoveryCode::decode(m_code->text());
        if (decoded)
            m_codeError->clearError();
        else
            m_codeError->showError(decoded.error().message);
    } else {
        m_codeError->clearError();
    }
    m_restore->setEnabled(isComplete() && !m_credentialsTask.isRunning());
}

bool RestoreDialog::isComplete() const {
    if (!m_header || !m_confirm->isChecked())
        return false;
    if (m_withPassword->isChecked())
        return !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    return !m_code->text().trimmed().isEmpty() && storage::RecoveryCode::decode(m_code->text()).ok();
}

void RestoreDialog::tryAccept() {
    if (!isComplete() || m_credentialsTask.isRunning())
        return;
    const RestoreRequest wanted = request();
    const QString workFolder = QFileInfo(m_databasePath).absolutePath();
    m_keyError->clearError();
    m_restore->setEnabled(false);
    m_restore->setText(m_withPassword->isChecked() ? tr("Checking the password…")
                                                   : tr("Checking the recovery code…"));
    m_credentialsTask.start(
        [wanted, workFolder] {
            return wanted.recoveryCode.isEmpty()
                       ? checkRestoreCredentials(wanted.backupPath, wanted.user, wanted.password, workFolder)
                       : checkRestoreRecoveryCode(wanted.backupPath, wanted.recoveryCode, workFolder);
        },
        [this](Status checked) {
            m_restore->setText(tr("&Restore"));
            if (checked) {
                accept();
                return;
            }
            m_keyError->showError(checked.error().message);
            if (m_withPassword->isChecked()) {
                m_password->clear();
                m_password->setFocus();
            } else {
                m_code->setFocus();
            }
            updateState();
        });
}

QString RestoreDialog::credentialsError() const {
    return m_keyError->text();
}

RestoreRequest RestoreDialog::request() const {
    RestoreRequest request;
    request.backupPath = m_inspectedPath;
    request.targetPath = m_databasePath;
    request.replace = true;
    if (m_withPassword->isChecked()) {
        request.user = m_user->text().trimmed();
        request.password = m_password->text();
    } else {
        request.recoveryCode = m_code->text().trimmed();
    }
    return request;
}

// ---------------------------------------------------------------------------------------------- the run

RestoreRun::RestoreRun(Done done, QObject* owner)
    : QObject(owner)
    , m_done(std::move(done)) {}

RestoreRun::~RestoreRun() {
    m_task.abandon();
}

RestoreRun* RestoreRun::start(const RestoreRequest& request, Done done, QObject* owner, qint64 chunkSize) {
    auto* run = new RestoreRun(std::move(done), owner);
    // No parent window: the desk's main window is already gone. No Cancel: see the class comment.
    run->m_progress = std::make_unique<QProgressDialog>(
        tr("Restoring the backup: checking it, copying the database and verifying it. This can take a few "
           "minutes for a large database…"),
        QString(), 0, 0);
    run->m_progress->setObjectName(QStringLiteral("restoreProgress"));
    run->m_progress->setWindowTitle(tr("Restoring"));
    run->m_progress->setWindowModality(Qt::ApplicationModal);
    run->m_progress->setMinimumDuration(0);
    run->m_progress->setAutoClose(false);
    run->m_progress->setAutoReset(false);
    run->m_progress->setMinimumWidth(460);
    run->m_progress->show();
    run->m_task.start([request, chunkSize] { return restoreBackup(request, chunkSize); },
                      [run](Result<RestoreReport> result) {
                          run->m_progress->hide();
                          const Done done = std::move(run->m_done);
                          run->deleteLater();
                          done(std::move(result));
                      });
    return run;
}

QString RestoreRun::outcomeText(const Result<RestoreReport>& result) {
    if (!result)
        return tr("Nothing was restored: %1 The current database is unchanged; sign in to it again.")
            .arg(result.error().message);
    const QString when = QLocale().toString(result->header.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (result->keptAside.isEmpty())
        return tr("The backup of %1 was restored. Sign in to the restored database.").arg(when);
    return tr("The backup of %1 was restored. The database it replaced is kept as %2. Sign in to the "
              "restored database.")
        .arg(when, QDir::toNativeSeparators(result->keptAside));
}

} // namespace legalaid::ui

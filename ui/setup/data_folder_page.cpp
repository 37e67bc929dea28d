#include "setup/data_folder_page.h"

#include "widgets/error_label.h"
#include "widgets/wait_cursor.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace legalaid::ui {

DataFolderPage::DataFolderPage(std::function<Status(const QString&)> createDatabase, QWidget* parent)
    : QWizardPage(parent)
    , m_createDatabase(std::move(createDatabase))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_target(new QLabel(this))
    , m_error(new ErrorLabel(this)) {
    m_folder->setObjectName(QStringLiteral("dataFolder"));
    m_browse->setObjectName(QStringLiteral("browseDataFolder"));
    m_target->setObjectName(QStringLiteral("dataFolderTarget"));
    m_error->setObjectName(QStringLiteral("dataFolderError"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_folderLabel->setBuddy(m_folder);
    m_browse->setAutoDefault(false);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addSpacing(6);
    layout->addWidget(m_target);
    layout->addSpacing(6);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setCommitPage(true);
    setFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    connect(m_browse, &QPushButton::clicked, this, &DataFolderPage::browse);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        m_error->clearError();
        showTarget();
        emit completeChanged();
    });
    retranslate();
}

QString DataFolderPage::folder() const {
    return m_folder->text().trimmed();
}

void DataFolderPage::setFolder(const QString& folder) {
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString DataFolderPage::databasePath() const {
    if (folder().isEmpty())
        return {};
    return QDir(QDir::fromNativeSeparators(folder())).absoluteFilePath(databaseFileName());
}

bool DataFolderPage::isComplete() const {
    return !folder().isEmpty();
}

bool DataFolderPage::validatePage() {
    m_error->clearError();
    // Deriving the key-encryption key takes a moment; say so with the cursor rather than look frozen.
    const Status created = [&] {
        const WaitCursor busy;
        return m_createDatabase(databasePath());
    }();
    if (!created) {
        m_error->showError(created.error().message);
        m_folder->setFocus();
        return false;
    }
    return true;
}

void DataFolderPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void DataFolderPage::retranslate() {
    setTitle(tr("Where to keep the data"));
    setSubTitle(tr("The encrypted database and its keyring are created in this folder. Choose a folder on "
                   "this computer that is included in the centre's backups."));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    showTarget();
}

void DataFolderPage::browse() {
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the folder for the database"),
                                                             QDir::fromNativeSeparators(folder()));
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void DataFolderPage::showTarget() {
    if (databasePath().isEmpty()) {
        m_target->setText(tr("Choose a folder."));
        return;
    }
    const QString database = QDir::toNativeSeparators(databasePath());
    m_target->setText(
        tr("The database will be created as:\n%1\n\nIts keyring, %2.keyring, is kept beside it. "
           "Back up both files together: the keyring holds the passwords that open the database.")
            .arg(database, databaseFileName()));
}

} // namespace legalaid::ui

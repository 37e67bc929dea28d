#include "setup/setup_wizard.h"

#include "documents/recovery_code_sheet.h"
#include "setup/administrator_page.h"
#include "setup/centre_page.h"
#include "setup/data_folder_page.h"
#include "setup/language_page.h"
#include "setup/recovery_code_page.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>

namespace legalaid::ui {

SetupWizard::SetupWizard(storage::KdfProfile kdf, QWidget* parent)
    : QWizard(parent)
    , m_kdf(kdf)
    , m_languagePage(new LanguagePage(this))
    , m_centrePage(new CentrePage(this))
    , m_administratorPage(new AdministratorPage(this))
    , m_dataFolderPage(
          new DataFolderPage([this](const QString& path) { return createDatabaseAt(path); }, this))
    , m_recoveryCodePage(new RecoveryCodePage(this)) {
    setObjectName(QStringLiteral("setupWizard"));
    setPage(LanguagePageId, m_languagePage);
    setPage(CentrePageId, m_centrePage);
    setPage(AdministratorPageId, m_administratorPage);
    setPage(DataFolderPageId, m_dataFolderPage);
    setPage(RecoveryCodePageId, m_recoveryCodePage);
    setStartId(LanguagePageId);
    // The same look everywhere: a header with the page title and what the page is for.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(720, 540);

    connect(m_languagePage, &LanguagePage::languageChosen, this, &SetupWizard::languageChosen);
    retranslate();
}

SetupWizard::~SetupWizard() = default;

QString SetupWizard::language() const {
    return m_languagePage->language();
}

void SetupWizard::setLanguage(const QString& language) {
    const QSignalBlocker quiet(m_languagePage);
    m_languagePage->setLanguage(language);
}

void SetupWizard::setDataFolder(const QString& folder) {
    m_dataFolderPage->setFolder(folder);
}

QString SetupWizard::databasePath() const {
    return m_created ? m_created->database : QString();
}

QString SetupWizard::administratorName() const {
    return m_administratorName;
}

void SetupWizard::reject() {
    // The recovery code is shown only once: after the database exists, leave only by keeping it.
    if (!databaseCreated()) {
        QWizard::reject();
        return;
    }
    if (m_recoveryCodePage->isCodeKept())
        accept();
}

Status SetupWizard::createDatabaseAt(const QString& databasePath) {
    SetupRequest request;
    request.databasePath = databasePath;
    request.centre = m_centrePage->centre();
    request.adminName = m_administratorPage->userName();
    request.adminFullName = m_administratorPage->fullName();
    request.adminPassword = m_administratorPage->password();
    request.kdf = m_kdf;
    auto created = createDatabase(request);
    if (!created)
        return created.error();

    m_created = created->files;
    m_administratorName = request.adminName;
    m_administratorPage->clearPasswords();
    m_recoveryCodePage->setSheet(
        documents::RecoveryCodeSheet{request.centre, QFileInfo(created->files.database).fileName(),
                                     QDateTime::currentDateTime(), created->recoveryCode});
    setOption(QWizard::NoCancelButton, true);
    emit databaseCreatedAt(created->files.database);
    return {};
}

void SetupWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate() {
    setWindowTitle(tr("Set up legalaid-desk"));
    // Qt has no Vietnamese translation of its own wizard buttons, so they are ours.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Create database"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
}

} // namespace legalaid::ui

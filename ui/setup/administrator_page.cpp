#include "setup/administrator_page.h"

#include "records/password_policy.h"
#include "records/user_repository.h"
#include "widgets/error_label.h"
#include "widgets/password_strength_meter.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QLineEdit* lineEdit(const QString& objectName, QLineEdit::EchoMode echo, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(echo);
    return edit;
}

} // namespace

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent)
    , m_userNameLabel(new QLabel(this))
    , m_userName(lineEdit(QStringLiteral("adminUserName"), QLineEdit::Normal, this))
    , m_fullNameLabel(new QLabel(this))
    , m_fullName(lineEdit(QStringLiteral("adminFullName"), QLineEdit::Normal, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(lineEdit(QStringLiteral("adminPassword"), QLineEdit::Password, this))
    , m_strengthLabel(new QLabel(this))
    , m_strength(new PasswordStrengthMeter(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(lineEdit(QStringLiteral("adminPasswordConfirm"), QLineEdit::Password, this))
    , m_error(new ErrorLabel(this)) {
    m_strength->setObjectName(QStringLiteral("adminPasswordStrength"));
    m_error->setObjectName(QStringLiteral("adminError"));
    m_userName->setText(QStringLiteral("admin"));
    m_userName->setMaxLength(32);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_userNameLabel, m_userName);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_strengthLabel, m_strength);
    form->addRow(m_confirmLabel, m_confirm);
    m_userNameLabel->setBuddy(m_userName);
    m_fullNameLabel->setBuddy(m_fullName);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_userName, m_fullName);
    setTabOrder(m_fullName, m_password);
    setTabOrder(m_password, m_confirm);

    connect(m_password, &QLineEdit::textChanged, m_strength, &PasswordStrengthMeter::setPassword);
    for (QLineEdit* edit : {m_userName, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &AdministratorPage::updateState);
    retranslate();
}

QString AdministratorPage::userName() const {
    return m_userName->text().trimmed();
}

QString AdministratorPage::fullName() const {
    return m_fullName->text().trimmed();
}

QString AdministratorPage::password() const {
    return m_password->text();
}

void AdministratorPage::clearPasswords() {
    m_password->clear();
    m_confirm->clear();
}

bool AdministratorPage::isComplete() const {
    return validateUserName(userName()).ok() && checkNewPassword(password()).ok() &&
           m_confirm->text() == m_password->text();
}

void AdministratorPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslate() {
    setTitle(tr("First administrator"));
    setSubTitle(tr("The administrator signs in first and adds the other users. A password of a few words is "
                   "easy to remember and hard to guess."));
    m_userNameLabel->setText(tr("&User name:"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_strengthLabel->setText(tr("Strength:"));
    m_confirmLabel->setText(tr("C&onfirm password:"));
    m_userName->setToolTip(tr("2 to 32 lower-case letters, digits, dots, dashes or underscores"));
    updateState();
}

void AdministratorPage::updateState() {
    // Say only what is wrong with what has been typed so far (a confirmation still being typed is not wrong);
    // the strength meter speaks for the password.
    QString problem;
    if (const Status name = validateUserName(userName()); !name && !m_userName->text().isEmpty())
        problem = name.error().message;
    else if (!m_confirm->text().isEmpty() && !m_password->text().startsWith(m_confirm->text()))
        problem = tr("The two passwords are not the same. Type the password again in both fields.");
    m_error->showError(problem);
    emit completeChanged();
}

} // namespace legalaid::ui

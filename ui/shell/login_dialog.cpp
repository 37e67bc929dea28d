#include "shell/login_dialog.h"

#include "widgets/error_label.h"
#include "widgets/wait_cursor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace legalaid::ui {

LoginDialog::LoginDialog(const QString& databasePath, const QString& lastUserName, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_database(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — legalaid-desk"));
    m_userName->setObjectName(QStringLiteral("loginUserName"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_database->setObjectName(QStringLiteral("loginDatabase"));

    auto* heading = new QLabel(tr("legalaid-desk"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // Before sign-in only the file is known: the centre's name is inside the encrypted database.
    const QFileInfo file(databasePath);
    m_database->setText(
        tr("Database: %1\nin %2").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())));
    m_database->setTextFormat(Qt::PlainText);
    m_database->setWordWrap(true);
    m_database->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));

    m_userName->setText(lastUserName);
    m_userName->setMaxLength(32);
    m_password->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* userLabel = new QLabel(tr("&User name:"), this);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    userLabel->setBuddy(m_userName);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_userName);
    form->addRow(passwordLabel, m_password);

    QPushButton* signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_database);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_buttons);
    // A returning user only has to type the password.
    (lastUserName.isEmpty() ? m_userName : m_password)->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::userName() const {
    return m_userName->text().trimmed();
}

std::unique_ptr<Session> LoginDialog::takeSession() {
    return std::move(m_session);
}

void LoginDialog::showNotice(const QString& text, bool isError) {
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setStyleSheet(isError ? QStringLiteral("QLabel { color: #b3261e; }")
                                    : QStringLiteral("QLabel { color: #1e7e34; }"));
    m_notice->setVisible(!text.isEmpty());
}

QString LoginDialog::noticeText() const {
    return m_notice->text();
}

void LoginDialog::accept() {
    if (userName().isEmpty()) {
        m_error->showError(tr("Enter your user name."));
        m_userName->setFocus();
        return;
    }
    auto opened = [&] {
        const WaitCursor busy;
        return Session::open(m_databasePath, userName(), m_password->text());
    }();
    m_password->clear();
    if (!opened) {
        m_error->showError(opened.error().message);
        m_password->setFocus();
        return;
    }
    m_error->clearError();
    m_session = std::move(opened).value();
    QDialog::accept();
}

} // namespace legalaid::ui

#include "shell/lock_screen.h"

#include "widgets/error_label.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace legalaid::ui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_centreName(new QLabel(this))
    , m_locked(new QLabel(tr("Locked"), this))
    , m_prompt(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_switchUser(new QPushButton(tr("Sign in as &another user"), this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(QStringLiteral("lockScreen"));
    m_centreName->setObjectName(QStringLiteral("lockCentreName"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_error->setObjectName(QStringLiteral("lockError"));

    m_centreName->setAlignment(Qt::AlignCenter);
    m_centreName->setWordWrap(true);
    m_centreName->setTextFormat(Qt::PlainText);
    QFont centreFont = m_centreName->font();
    centreFont.setPointSizeF(centreFont.pointSizeF() * 1.3);
    m_centreName->setFont(centreFont);

    m_locked->setAlignment(Qt::AlignCenter);
    QFont lockedFont = m_locked->font();
    lockedFont.setPointSizeF(lockedFont.pointSizeF() * 2);
    lockedFont.setBold(true);
    m_locked->setFont(lockedFont);

    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setBuddy(m_password);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setAlignment(Qt::AlignCenter);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switchUser);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    // A narrow column in the middle of the window, whatever its size.
    auto* column = new QWidget(this);
    column->setMaximumWidth(480);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_centreName);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_locked);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_prompt);
    columnLayout->addWidget(m_password);
    columnLayout->addWidget(m_error);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 3);
    layout->addStretch(1);
    layout->setAlignment(column, Qt::AlignVCenter);

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_switchUser);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

void LockScreen::prepare(const QString& centreName, const QString& userName) {
    m_centreName->setText(centreName);
    m_prompt->setText(tr("Enter the &password of %1 to unlock:").arg(userName));
    m_password->clear();
    m_error->clearError();
    m_password->setFocus();
}

void LockScreen::showError(const QString& message) {
    m_error->showError(message);
    m_password->clear();
    m_password->setFocus();
}

void LockScreen::requestUnlock() {
    // Copy first: the field is cleared whatever the outcome, so the password does not linger on screen.
    const QString password = m_password->text();
    m_password->clear();
    emit unlockRequested(password);
}

} // namespace legalaid::ui

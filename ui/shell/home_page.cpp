#include "shell/home_page.h"

#include "domain/role.h"
#include "records/session.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_welcome(valueLabel(QStringLiteral("welcomeLabel"), this))
    , m_centreName(valueLabel(QStringLiteral("centreNameLabel"), this))
    , m_centreCode(valueLabel(QStringLiteral("centreCodeLabel"), this))
    , m_centrePlace(valueLabel(QStringLiteral("centrePlaceLabel"), this))
    , m_parentAgency(valueLabel(QStringLiteral("parentAgencyLabel"), this))
    , m_userFullName(valueLabel(QStringLiteral("userFullNameLabel"), this))
    , m_userName(valueLabel(QStringLiteral("userNameLabel"), this))
    , m_userRole(valueLabel(QStringLiteral("userRoleLabel"), this)) {
    setObjectName(QStringLiteral("homePage"));
    QFont welcomeFont = m_welcome->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.6);
    welcomeFont.setBold(true);
    m_welcome->setFont(welcomeFont);

    auto* centreBox = new QGroupBox(tr("Centre"), this);
    auto* centreForm = new QFormLayout(centreBox);
    centreForm->addRow(tr("Name:"), m_centreName);
    centreForm->addRow(tr("Code:"), m_centreCode);
    centreForm->addRow(tr("Place:"), m_centrePlace);
    centreForm->addRow(tr("Parent agency:"), m_parentAgency);

    auto* accountBox = new QGroupBox(tr("Your account"), this);
    auto* accountForm = new QFormLayout(accountBox);
    accountForm->addRow(tr("Full name:"), m_userFullName);
    accountForm->addRow(tr("User name:"), m_userName);
    accountForm->addRow(tr("Role:"), m_userRole);

    auto* boxes = new QHBoxLayout;
    boxes->addWidget(centreBox, 3);
    boxes->addWidget(accountBox, 2);

    auto* lockHint =
        new QLabel(tr("Lock the desk with Ctrl+L whenever you leave it. It also locks itself when "
                      "nobody has used it for a few minutes."),
                   this);
    lockHint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_welcome);
    layout->addSpacing(12);
    layout->addLayout(boxes);
    layout->addSpacing(12);
    layout->addWidget(lockHint);
    layout->addStretch(1);
}

void HomePage::showSession(const Session& session) {
    const CentreSettings& centre = session.centre();
    const UserRecord& user = session.user();
    m_welcome->setText(tr("Welcome, %1").arg(user.fullName));
    m_centreName->setText(centre.name);
    m_centreCode->setText(centre.code);
    m_centrePlace->setText(centre.placeName);
    m_parentAgency->setText(centre.parentAgency);
    m_userFullName->setText(user.fullName);
    m_userName->setText(user.name);
    m_userRole->setText(roleLabel(user.role));
}

void HomePage::clear() {
    for (QLabel* label : {m_welcome, m_centreName, m_centreCode, m_centrePlace, m_parentAgency,
                          m_userFullName, m_userName, m_userRole})
        label->clear();
}

} // namespace legalaid::ui

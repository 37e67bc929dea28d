#include "shell/session_header.h"

#include "domain/role.h"
#include "records/session.h"

#include <QHBoxLayout>
#include <QLabel>

namespace legalaid::ui {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SessionHeader::SessionHeader(QWidget* parent)
    : QWidget(parent)
    , m_centreName(valueLabel(QStringLiteral("centreNameLabel"), this))
    , m_centrePlace(valueLabel(QStringLiteral("centrePlaceLabel"), this))
    , m_userFullName(valueLabel(QStringLiteral("userFullNameLabel"), this))
    , m_userRole(valueLabel(QStringLiteral("userRoleLabel"), this)) {
    setObjectName(QStringLiteral("sessionHeader"));
    QFont bold = m_centreName->font();
    bold.setBold(true);
    m_centreName->setFont(bold);
    m_userFullName->setFont(bold);
    m_centrePlace->setForegroundRole(QPalette::PlaceholderText);
    m_userRole->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_centreName);
    layout->addWidget(m_centrePlace);
    layout->addStretch(1);
    layout->addWidget(m_userFullName);
    layout->addWidget(m_userRole);
}

void SessionHeader::showSession(const Session& session) {
    m_centreName->setText(session.centre().name);
    m_centrePlace->setText(session.centre().placeName);
    m_userFullName->setText(session.user().fullName);
    m_userRole->setText(roleLabel(session.user().role));
}

void SessionHeader::clear() {
    for (QLabel* label : {m_centreName, m_centrePlace, m_userFullName, m_userRole})
        label->clear();
}

} // namespace legalaid::ui

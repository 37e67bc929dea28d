#include "widgets/password_strength_meter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace legalaid::ui {

namespace {

int levelOf(PasswordStrength strength) {
    switch (strength) {
    case PasswordStrength::Empty:
        return 0;
    case PasswordStrength::TooShort:
        return 1;
    case PasswordStrength::Weak:
        return 2;
    case PasswordStrength::Fair:
        return 3;
    case PasswordStrength::Strong:
        return 4;
    }
    return 0;
}

QColor colourOf(PasswordStrength strength) {
    switch (strength) {
    case PasswordStrength::Empty:
    case PasswordStrength::TooShort:
    case PasswordStrength::Weak:
        return QColor(0xc6, 0x28, 0x28);
    case PasswordStrength::Fair:
        return QColor(0xe0, 0x8e, 0x0b);
    case PasswordStrength::Strong:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this)) {
    m_bar->setRange(0, levelOf(PasswordStrength::Strong));
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_label->setObjectName(QStringLiteral("passwordStrengthLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    showStrength();
}

QString PasswordStrengthMeter::labelText() const {
    return m_label->text();
}

void PasswordStrengthMeter::setPassword(const QString& password) {
    m_strength = estimatePasswordStrength(password);
    showStrength();
}

void PasswordStrengthMeter::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        showStrength();
    QWidget::changeEvent(event);
}

void PasswordStrengthMeter::showStrength() {
    m_bar->setValue(levelOf(m_strength));
    // The colour helps at a glance; the sentence carries the meaning for everyone.
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, colourOf(m_strength));
    m_bar->setPalette(palette);
    m_label->setText(passwordStrengthLabel(m_strength));
    m_bar->setAccessibleName(tr("Password strength"));
    m_bar->setAccessibleDescription(m_label->text());
}

} // namespace legalaid::ui

#include "pages/overview/figure_button.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace legalaid::ui {

FigureButton::FigureButton(const QString& caption, QString pageKey, QVariantMap filter, Tone tone,
                           QWidget* parent)
    : QPushButton(parent)
    , m_pageKey(std::move(pageKey))
    , m_filter(std::move(filter))
    , m_tone(tone) {
    setProperty("figure", true);
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 8);
    layout->setSpacing(0);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_caption = new QLabel(caption, this);
    for (QLabel* label : {m_value, m_caption}) {
        // The labels only draw: clicks, focus and keys belong to the button.
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(label);
    }
    layout->addStretch();
    const QString valueColour =
        m_tone == Tone::Warning ? QStringLiteral("#b3261e") : QStringLiteral("#1a4f8b");
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(valueColour));
    m_caption->setStyleSheet(QStringLiteral("color: #3c4043;"));
    setStyleSheet(QStringLiteral(
        "QPushButton[figure=\"true\"] { border: 1px solid #d5dbe3; border-radius: 6px; background: #ffffff; }"
        "QPushButton[figure=\"true\"]:hover { background: #eef4fc; border-color: #9bb8dc; }"
        "QPushButton[figure=\"true\"]:focus { border: 2px solid #2f6fdf; }"
        "QPushButton[figure=\"true\"]:pressed { background: #dce8f8; }"));
    connect(this, &QPushButton::clicked, this, [this] { emit linkActivated(m_pageKey, m_filter); });
    updateAccessibleName();
}

void FigureButton::setValue(qint64 value) {
    m_number = value;
    m_value->setText(QLocale().toString(value));
    updateAccessibleName();
}

void FigureButton::clearValue() {
    m_number = -1;
    m_value->setText(QStringLiteral("–"));
    updateAccessibleName();
}

QString FigureButton::valueText() const {
    return m_value->text();
}

QSize FigureButton::sizeHint() const {
    const QSize fromLayout = layout()->sizeHint();
    return {std::max(fromLayout.width(), 120), std::max(fromLayout.height(), 64)};
}

QSize FigureButton::minimumSizeHint() const {
    const QSize fromLayout = layout()->minimumSize();
    return {std::max(fromLayout.width(), 100), std::max(layout()->sizeHint().height(), 64)};
}

void FigureButton::updateAccessibleName() {
    setAccessibleName(QStringLiteral("%1: %2").arg(m_caption->text(), m_value->text()));
    setToolTip(tr("Open the list behind this number"));
}

} // namespace legalaid::ui

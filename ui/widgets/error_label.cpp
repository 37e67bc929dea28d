#include "widgets/error_label.h"

namespace legalaid::ui {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(errorPalette);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide();
}

void ErrorLabel::showError(const QString& message) {
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError() {
    showError({});
}

} // namespace legalaid::ui

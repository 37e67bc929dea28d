#pragma once

#include <QLabel>

namespace legalaid::ui {

// One sentence saying what went wrong, in red under the fields it is about; takes no room when empty.
class ErrorLabel : public QLabel {
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void showError(const QString& message);
    void clearError();
};

} // namespace legalaid::ui

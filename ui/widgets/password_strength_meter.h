#pragma once

#include "records/password_policy.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace legalaid::ui {

// A bar and a sentence saying how strong a new password looks, updated while it is typed.
class PasswordStrengthMeter : public QWidget {
    Q_OBJECT

public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    [[nodiscard]] PasswordStrength strength() const { return m_strength; }
    [[nodiscard]] QString labelText() const;

public slots:
    void setPassword(const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStrength();

    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    PasswordStrength m_strength = PasswordStrength::Empty;
};

} // namespace legalaid::ui

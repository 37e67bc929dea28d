#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace legalaid::ui {

class ErrorLabel;
class PasswordStrengthMeter;

// The first administrator: login name, full name and a password that passes the policy, typed twice.
class AdministratorPage : public QWizardPage {
    Q_OBJECT

public:
    explicit AdministratorPage(QWidget* parent = nullptr);

    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString fullName() const;
    [[nodiscard]] QString password() const;
    // Once the database exists the password is not needed here any more.
    void clearPasswords();

    // Next stays disabled until the name is valid, the password passes checkNewPassword and both match.
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();

    QLabel* m_userNameLabel = nullptr;
    QLineEdit* m_userName = nullptr;
    QLabel* m_fullNameLabel = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_strengthLabel = nullptr;
    PasswordStrengthMeter* m_strength = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace legalaid::ui

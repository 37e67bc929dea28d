#pragma once

#include "pages/admin/admin_tab.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace legalaid::ui {

class ErrorLabel;
class PasswordStrengthMeter;
class SimpleTableModel;

// Users and roles: the list of users, a form to add one (validated as you type, the password policy beside
// the password), and for the selected user a password reset and removal. Needs ManageUsers.
class UsersTab : public AdminTab {
    Q_OBJECT

public:
    explicit UsersTab(QWidget* parent = nullptr);

    void attach(Session& session) override;
    void detach() override;

    [[nodiscard]] SimpleTableModel* model() const { return m_model; }
    // Adds the user the form describes; false when the form or the core refused (the reason is shown).
    bool addUser();
    bool resetPassword();
    bool removeSelectedUser(bool confirm = true);
    // Gives the selected user the role chosen beside the button; false when the core refused (shown).
    bool changeSelectedRole();

private:
    void reload();
    void validateNewUser();
    void validateReset();
    [[nodiscard]] QString selectedUser() const;

    Session* m_session = nullptr;
    SimpleTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;

    QLineEdit* m_name = nullptr;
    ErrorLabel* m_nameError = nullptr;
    QLineEdit* m_fullName = nullptr;
    ErrorLabel* m_fullNameError = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    ErrorLabel* m_passwordError = nullptr;
    QLineEdit* m_confirm = nullptr;
    ErrorLabel* m_confirmError = nullptr;
    QPushButton* m_add = nullptr;
    ErrorLabel* m_addError = nullptr;

    QLineEdit* m_newPassword = nullptr;
    ErrorLabel* m_newPasswordError = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_newRole = nullptr;
    QPushButton* m_changeRole = nullptr;
    ErrorLabel* m_selectedError = nullptr;
};

} // namespace legalaid::ui

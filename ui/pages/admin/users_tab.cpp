#include "pages/admin/users_tab.h"

#include "pages/admin/simple_table_model.h"
#include "records/account_service.h"
#include "records/password_policy.h"
#include "records/session.h"
#include "widgets/error_label.h"
#include "widgets/password_strength_meter.h"
#include "widgets/wait_cursor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace legalaid::ui {

UsersTab::UsersTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminUsersTab"));
    auto* layout = new QHBoxLayout(this);

    m_model = new SimpleTableModel({tr("Login name"), tr("Full name"), tr("Role"), tr("Status")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 3);

    auto* side = new QVBoxLayout;
    auto* addBox = new QGroupBox(tr("Add a user"), this);
    auto* form = new QFormLayout(addBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_name->setAccessibleName(tr("Login name"));
    m_name->setPlaceholderText(tr("e.g. nguyen.lan"));
    m_nameError = new ErrorLabel;
    m_nameError->setObjectName(QStringLiteral("newUserNameError"));
    form->addRow(tr("&Login name:"), fieldWithError(m_name, m_nameError, addBox));
    m_fullName = new QLineEdit;
    m_fullName->setObjectName(QStringLiteral("newUserFullName"));
    m_fullName->setAccessibleName(tr("Full name"));
    m_fullNameError = new ErrorLabel;
    form->addRow(tr("F&ull name:"), fieldWithError(m_fullName, m_fullNameError, addBox));
    m_role = new QComboBox(addBox);
    m_role->setObjectName(QStringLiteral("newUserRole"));
    m_role->setAccessibleName(tr("Role"));
    for (const Role role : allRoles())
        m_role->addItem(roleLabel(role), roleCode(role));
    m_role->setCurrentIndex(m_role->findData(roleCode(Role::IntakeClerk)));
    form->addRow(tr("&Role:"), m_role);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = new ErrorLabel;
    m_passwordError->setObjectName(QStringLiteral("newUserPasswordError"));
    auto* passwordBox = fieldWithError(m_password, m_passwordError, addBox);
    m_meter = new PasswordStrengthMeter(passwordBox);
    static_cast<QVBoxLayout*>(passwordBox->layout())->insertWidget(1, m_meter);
    form->addRow(tr("&Password:"), passwordBox);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("newUserConfirm"));
    m_confirm->setAccessibleName(tr("Repeat the password"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirmError = new ErrorLabel;
    m_confirmError->setObjectName(QStringLiteral("newUserConfirmError"));
    form->addRow(tr("Re&peat:"), fieldWithError(m_confirm, m_confirmError, addBox));
    m_add = new QPushButton(tr("&Add user"), addBox);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_addError = new ErrorLabel(addBox);
    m_addError->setObjectName(QStringLiteral("addUserError"));
    form->addRow(QString(), m_add);
    form->addRow(QString(), m_addError);
    side->addWidget(addBox);

    auto* selectedBox = new QGroupBox(tr("Selected user"), this);
    auto* selectedForm = new QFormLayout(selectedBox);
    selectedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_newPassword = new QLineEdit;
    m_newPassword->setObjectName(QStringLiteral("resetPassword"));
    m_newPassword->setAccessibleName(tr("New password for the selected user"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPasswordError = new ErrorLabel;
    selectedForm->addRow(tr("&New password:"),
                         fieldWithError(m_newPassword, m_newPasswordError, selectedBox));
    auto* buttons = new QHBoxLayout;
    m_reset = new QPushButton(tr("Re&set password"), selectedBox);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_remove = new QPushButton(tr("Re&move user"), selectedBox);
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    buttons->addWidget(m_reset);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    selectedForm->addRow(QString(), buttons);
    m_newRole = new QComboBox(selectedBox);
    m_newRole->setObjectName(QStringLiteral("changeRoleCombo"));
    m_newRole->setAccessibleName(tr("New role for the selected user"));
    for (const Role role : allRoles())
        m_newRole->addItem(roleLabel(role), roleCode(role));
    m_changeRole = new QPushButton(tr("Change &role"), selectedBox);
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_newRole, 1);
    roleRow->addWidget(m_changeRole);
    // A label beside a layout has no buddy of its own: without one its "&" would show as text.
    auto* roleLabelText = new QLabel(tr("R&ole:"), selectedBox);
    roleLabelText->setBuddy(m_newRole);
    selectedForm->addRow(roleLabelText, roleRow);
    m_selectedError = new ErrorLabel(selectedBox);
    m_selectedError->setObjectName(QStringLiteral("selectedUserError"));
    selectedForm->addRow(QString(), m_selectedError);
    auto* note = new QLabel(tr("A new role takes effect the next time the user signs in."), selectedBox);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    selectedForm->addRow(note);
    side->addWidget(selectedBox);
    side->addStretch();
    layout->addLayout(side, 2);

    for (QLineEdit* edit : {m_name, m_fullName, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &UsersTab::validateNewUser);
    connect(m_password, &QLineEdit::textChanged, m_meter, &PasswordStrengthMeter::setPassword);
    connect(m_newPassword, &QLineEdit::textChanged, this, &UsersTab::validateReset);
    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedUser(); });
    connect(m_changeRole, &QPushButton::clicked, this, &UsersTab::changeSelectedRole);
    // The role box starts at the selected user's current role.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        if (selected.isEmpty())
            return;
        const int index = m_newRole->findText(m_model->row(selected.first().row()).cells.value(2));
        if (index >= 0)
            m_newRole->setCurrentIndex(index);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersTab::validateReset);
    setTabOrder(m_table, m_name);
    setTabOrder(m_name, m_fullName);
    setTabOrder(m_fullName, m_role);
    setTabOrder(m_role, m_password);
    setTabOrder(m_password, m_confirm);
    setTabOrder(m_confirm, m_add);
    setTabOrder(m_add, m_newPassword);
    setTabOrder(m_newPassword, m_reset);
    setTabOrder(m_reset, m_remove);
    setTabOrder(m_remove, m_newRole);
    setTabOrder(m_newRole, m_changeRole);
    validateNewUser();
    validateReset();
}

void UsersTab::attach(Session& session) {
    m_session = &session;
    reload();
    validateNewUser();
    validateReset();
}

void UsersTab::detach() {
    m_session = nullptr;
    m_model->clear();
    m_addError->clearError();
    m_selectedError->clearError();
    // Passwords typed into the form are not kept behind the lock screen.
    m_password->clear();
    m_confirm->clear();
    m_newPassword->clear();
}

void UsersTab::reload() {
    if (!m_session)
        return;
    auto users = AccountService(*m_session).listUsers();
    if (!users) {
        m_model->clear();
        m_addError->showError(users.error().message);
        return;
    }
    std::vector<SimpleTableModel::Row> rows;
    for (const UserRecord& user : *users)
        rows.push_back(
            {user.name,
             {user.name, user.fullName, roleLabel(user.role), user.active ? tr("Active") : tr("Removed")},
             !user.active});
    m_model->setRows(std::move(rows));
    limitColumnWidths(m_table);
}

QString UsersTab::selectedUser() const {
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return {};
    const auto& row = m_model->row(selected.first().row());
    return row.dimmed ? QString() : row.key.toString();
}

void UsersTab::validateNewUser() {
    const QString name = m_name->text().trimmed();
    bool valid = true;
    if (name.isEmpty()) {
        m_nameError->clearError();
        valid = false;
    } else if (const Status nameOk = validateUserName(name); !nameOk) {
        m_nameError->showError(nameOk.error().message);
        valid = false;
    } else if (m_model->rowOf(name) >= 0) {
        m_nameError->showError(tr("A user with this login name already exists. Choose another name."));
        valid = false;
    } else {
        m_nameError->clearError();
    }
    if (m_fullName->text().trimmed().isEmpty())
        valid = false;
    m_fullNameError->clearError();

    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_passwordError->clearError();
        valid = false;
    } else if (const Status strong = checkNewPassword(password); !strong) {
        m_passwordError->showError(strong.error().message);
        valid = false;
    } else {
        m_passwordError->clearError();
    }
    if (!m_confirm->text().isEmpty() && m_confirm->text() != password) {
        m_confirmError->showError(tr("The two passwords differ. Type the same password twice."));
        valid = false;
    } else {
        m_confirmError->clearError();
        valid = valid && m_confirm->text() == password;
    }
    const bool allowed = m_session && isAllowed(m_session->user().role, Operation::ManageUsers);
    m_add->setEnabled(valid && allowed);
    m_add->setToolTip(valid ? QString()
                            : tr("Fill in every field: the login name, the full name and a strong "
                                 "password typed twice."));
}

void UsersTab::validateReset() {
    const QString password = m_newPassword->text();
    bool valid = !selectedUser().isEmpty();
    if (password.isEmpty()) {
        m_newPasswordError->clearError();
        valid = false;
    } else if (const Status strong = checkNewPassword(password); !strong) {
        m_newPasswordError->showError(strong.error().message);
        valid = false;
    } else {
        m_newPasswordError->clearError();
    }
    m_reset->setEnabled(valid);
    m_remove->setEnabled(!selectedUser().isEmpty());
    m_remove->setToolTip(selectedUser().isEmpty() ? tr("Select an active user in the list first.")
                                                  : QString());
    m_reset->setToolTip(selectedUser().isEmpty() ? tr("Select an active user in the list first.")
                                                 : QString());
    m_changeRole->setEnabled(!selectedUser().isEmpty());
    m_changeRole->setToolTip(selectedUser().isEmpty() ? tr("Select an active user in the list first.")
                                                      : QString());
}

bool UsersTab::changeSelectedRole() {
    const QString name = selectedUser();
    if (!m_session || name.isEmpty())
        return false;
    const auto role = roleFromCode(m_newRole->currentData().toString());
    if (!role)
        return false;
    const Status changed = AccountService(*m_session).changeRole(name, *role);
    if (!changed) {
        m_selectedError->showError(changed.error().message);
        return false;
    }
    m_selectedError->clearError();
    reload();
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
    return true;
}

bool UsersTab::addUser() {
    if (!m_session)
        return false;
    validateNewUser();
    if (!m_add->isEnabled())
        return false;
    NewUser user;
    user.name = m_name->text().trimmed();
    user.fullName = m_fullName->text().trimmed();
    user.role = roleFromCode(m_role->currentData().toString()).value_or(Role::IntakeClerk);
    user.password = m_password->text();
    Status added;
    {
        const WaitCursor wait; // the password is stretched with Argon2id: a second or so
        added = AccountService(*m_session).addUser(user);
    }
    if (!added) {
        m_addError->showError(added.error().message);
        return false;
    }
    m_addError->clearError();
    for (QLineEdit* edit : {m_name, m_fullName, m_password, m_confirm})
        edit->clear();
    reload();
    validateNewUser();
    const int row = m_model->rowOf(user.name);
    if (row >= 0)
        m_table->selectRow(row);
    return true;
}

bool UsersTab::resetPassword() {
    const QString name = selectedUser();
    if (!m_session || name.isEmpty())
        return false;
    Status changed;
    {
        const WaitCursor wait;
        changed = AccountService(*m_session).changePassword(name, m_newPassword->text());
    }
    if (!changed) {
        m_selectedError->showError(changed.error().message);
        return false;
    }
    m_newPassword->clear();
    m_selectedError->clearError();
    return true;
}

bool UsersTab::removeSelectedUser(bool confirm) {
    const QString name = selectedUser();
    if (!m_session || name.isEmpty())
        return false;
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Remove user"),
            tr("Remove the user \"%1\"? They can no longer sign in; what they recorded stays.").arg(name));
        // The lock may have closed the question and detached the page meanwhile.
        if (answer != QMessageBox::Yes || !m_session)
            return false;
    }
    const Status removed = AccountService(*m_session).removeUser(name);
    if (!removed) {
        m_selectedError->showError(removed.error().message);
        return false;
    }
    m_selectedError->clearError();
    reload();
    validateReset();
    return true;
}

} // namespace legalaid::ui

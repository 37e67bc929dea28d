#pragma once

#include "records/session.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace legalaid::ui {

class ErrorLabel;

// Signs a user in to one database. On success the dialog holds the open session until it is taken.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(const QString& databasePath, const QString& lastUserName, QWidget* parent = nullptr);
    ~LoginDialog() override;

    [[nodiscard]] QString userName() const;
    [[nodiscard]] std::unique_ptr<Session> takeSession();
    // A message above the form, e.g. the outcome of a restore that led here.
    void showNotice(const QString& text, bool isError);
    [[nodiscard]] QString noticeText() const;

public slots:
    // Tries to open the session; on failure says why, clears the password and stays.
    void accept() override;

private:
    QString m_databasePath;
    std::unique_ptr<Session> m_session;
    QLabel* m_database = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace legalaid::ui

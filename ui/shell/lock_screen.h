#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace legalaid::ui {

class ErrorLabel;

// What a locked desk shows: the centre's name, that it is locked, and a password field for the user who
// locked it. Nothing from the database is on it; the session behind it is already closed.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    // Clears what the previous unlock attempt left and asks `userName` for the password.
    void prepare(const QString& centreName, const QString& userName);
    void showError(const QString& message);

signals:
    void unlockRequested(const QString& password);
    void switchUserRequested();

private:
    void requestUnlock();

    QLabel* m_centreName = nullptr;
    QLabel* m_locked = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switchUser = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace legalaid::ui

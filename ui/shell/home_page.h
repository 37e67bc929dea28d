#pragma once

#include <QWidget>

class QLabel;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

// The first thing after signing in: which centre this database belongs to and who is signed in.
class HomePage : public QWidget {
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

    void showSession(const Session& session);
    // Empties every label, so nothing read from the database stays in a widget while the desk is locked.
    void clear();

private:
    QLabel* m_welcome = nullptr;
    QLabel* m_centreName = nullptr;
    QLabel* m_centreCode = nullptr;
    QLabel* m_centrePlace = nullptr;
    QLabel* m_parentAgency = nullptr;
    QLabel* m_userFullName = nullptr;
    QLabel* m_userName = nullptr;
    QLabel* m_userRole = nullptr;
};

} // namespace legalaid::ui

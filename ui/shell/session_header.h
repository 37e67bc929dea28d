#pragma once

#include <QWidget>

class QLabel;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

// The slim bar above every page: which centre this database belongs to and who is signed in.
class SessionHeader : public QWidget {
    Q_OBJECT

public:
    explicit SessionHeader(QWidget* parent = nullptr);

    void showSession(const Session& session);
    // Empties every label, so nothing read from the database stays in a widget while the desk is locked.
    void clear();

private:
    QLabel* m_centreName = nullptr;
    QLabel* m_centrePlace = nullptr;
    QLabel* m_userFullName = nullptr;
    QLabel* m_userRole = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace legalaid::ui {

// Text copied out of the desk (a name, an ID number) must not sit on the clipboard for the next program to
// read: 30 seconds after the desk put it there, it is cleared — unless something else has been copied since.
class ClipboardGuard : public QObject {
    Q_OBJECT

public:
    explicit ClipboardGuard(std::chrono::milliseconds keepFor = std::chrono::seconds(30),
                            QObject* parent = nullptr);

    // Clears now what the desk copied, if it is still on the clipboard (on lock and quit).
    void clearOwnText();

private:
    void clipboardChanged();

    QTimer m_timer;
    QString m_copied;
};

} // namespace legalaid::ui

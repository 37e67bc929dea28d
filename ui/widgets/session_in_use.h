#pragma once

#include <QObject>

namespace legalaid::ui {

// Tells the main window when the last SessionInUse has ended.
class SessionInUseNotifier : public QObject {
    Q_OBJECT
signals:
    void released();
};

// Marks work on the GUI thread that uses the session while it lets events run (an export that shows its
// progress in a modal dialog). The lock waits for it: destroying the session under a running export would
// close the connection its statement still reads from. GUI thread only.
class SessionInUse {
public:
    SessionInUse();
    ~SessionInUse();
    SessionInUse(const SessionInUse&) = delete;
    SessionInUse& operator=(const SessionInUse&) = delete;

    [[nodiscard]] static bool active();
    [[nodiscard]] static SessionInUseNotifier* notifier();
};

} // namespace legalaid::ui

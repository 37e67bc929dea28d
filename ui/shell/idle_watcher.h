#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace legalaid::ui {

// Says when nobody has touched the keyboard or mouse for a while. It watches every event the application
// receives, so input in any window counts, and restarts its timer on each key press, click, move or wheel.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const;

    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace legalaid::ui

#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace legalaid::ui {

// Runs one piece of work on its own thread and hands the result to `done` on the owner's (GUI) thread.
// `abandon()` waits for the work to end and drops its result: pages call it from detach(), so no worker
// still holds a database connection when the session (and its key) goes away.
template <typename T> class BackgroundTask {
public:
    explicit BackgroundTask(QObject* owner)
        : m_owner(owner) {}
    ~BackgroundTask() { abandon(); }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // Starts `work` unless a task is already running (false then).
    bool start(std::function<T()> work, std::function<void(T)> done) {
        if (m_thread)
            return false;
        const quint64 generation = ++m_generation;
        auto result = std::make_shared<std::optional<T>>();
        m_thread = QThread::create([work = std::move(work), result] { result->emplace(work()); });
        QObject::connect(m_thread, &QThread::finished, m_owner,
                         [this, generation, result, done = std::move(done)] {
                             if (generation != m_generation)
                                 return; // abandoned: the thread was already reaped
                             m_thread->deleteLater();
                             m_thread = nullptr;
                             if (result->has_value())
                                 done(std::move(**result));
                         });
        m_thread->start();
        return true;
    }

    void abandon() {
        ++m_generation;
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
    }

private:
    QObject* m_owner;
    QThread* m_thread = nullptr;
    quint64 m_generation = 0;
};

} // namespace legalaid::ui

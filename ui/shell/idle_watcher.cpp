#include "shell/idle_watcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace legalaid::ui {

namespace {

bool isUserInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher() {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout) {
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

std::chrono::milliseconds IdleWatcher::timeout() const {
    return m_timer.intervalAsDuration();
}

void IdleWatcher::start() {
    m_timer.start();
}

void IdleWatcher::stop() {
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    if (m_timer.isActive() && isUserInput(event->type()))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace legalaid::ui

#include "shell/clipboard_guard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace legalaid::ui {

namespace {

// Whether the text on the clipboard was put there by this process. The offscreen and minimal platforms keep
// the clipboard inside the process (nothing else can write it) and do not report ownership.
bool desksOwnClipboard() {
    const QString platform = QGuiApplication::platformName();
    return QGuiApplication::clipboard()->ownsClipboard() || platform == QLatin1String("offscreen") ||
           platform == QLatin1String("minimal");
}

} // namespace

ClipboardGuard::ClipboardGuard(std::chrono::milliseconds keepFor, QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(keepFor);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearOwnText);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::clipboardChanged);
}

void ClipboardGuard::clipboardChanged() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Only what this process copied is ours to clear; another program's clipboard is left alone.
    if (desksOwnClipboard() && !clipboard->text().isEmpty()) {
        m_copied = clipboard->text();
        m_timer.start();
    } else {
        m_copied.clear();
        m_timer.stop();
    }
}

void ClipboardGuard::clearOwnText() {
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Still what the desk copied (the change signal may not have arrived yet when locking right after a
    // copy).
    if (desksOwnClipboard() && (m_copied.isEmpty() || clipboard->text() == m_copied))
        clipboard->clear();
    m_copied.clear();
}

} // namespace legalaid::ui

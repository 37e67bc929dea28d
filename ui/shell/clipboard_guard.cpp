#include "shell/clipboard_guard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace legalaid::ui {

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
    if (clipboard->ownsClipboard() && !clipboard->text().isEmpty()) {
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
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace legalaid::ui

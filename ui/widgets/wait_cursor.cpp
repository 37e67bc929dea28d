#include "widgets/wait_cursor.h"

#include <QCursor>
#include <QGuiApplication>

namespace legalaid::ui {

WaitCursor::WaitCursor() {
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
}

WaitCursor::~WaitCursor() {
    QGuiApplication::restoreOverrideCursor();
}

} // namespace legalaid::ui

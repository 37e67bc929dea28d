// legalaid-desk: the desktop application. Everything it does lives in ui/ and core/; this only starts it.
#include "common/process_hardening.h"
#include "common/translations.h"
#include "desk_settings.h"
#include "shell/desk_controller.h"
#include "storage/sqlcipher_driver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QObject>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <sodium.h>

namespace {

bool hasFlag(int argc, char** argv, const char* flag) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

// For the package's install test and the start-up benchmark: once the first window is on screen, print its
// name and the time since start to standard output and quit.
void reportFirstWindowAndQuit(const QElapsedTimer& sinceStart) {
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, &sinceStart] {
        const auto windows = QApplication::topLevelWidgets();
        for (const QWidget* window : windows) {
            if (window->isVisible() && !window->objectName().isEmpty()) {
                poll->stop();
                std::printf("first-window %s %lld ms\n", qPrintable(window->objectName()),
                            static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QApplication::exit(0);
                return;
            }
        }
    });
    poll->start(1);
}

} // namespace

int main(int argc, char** argv) {
    // The desk holds the database key in memory: no core dumps, no debugger attaching from outside.
    legalaid::hardenProcess();
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Answered before any window (or even a display connection) exists, so it works on a headless machine.
    if (hasFlag(argc, argv, "--version")) {
        std::printf("legalaid-desk %s\n", qUtf8Printable(legalaid::applicationVersion()));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("legalaid-desk"));
    QApplication::setApplicationName(QStringLiteral("legalaid-desk"));
    QApplication::setApplicationVersion(legalaid::applicationVersion());
    // The controller decides when the desk is done; moving from one window to the next must not quit it.
    QApplication::setQuitOnLastWindowClosed(false);

    legalaid::installTranslations(app, legalaid::ui::DeskSettings().language());

    if (sodium_init() < 0) {
        QMessageBox::critical(nullptr, QStringLiteral("legalaid-desk"),
                              QCoreApplication::translate("DeskMain",
                                                          "The encryption library could not start, so the "
                                                          "database cannot be opened safely. Reinstall "
                                                          "legalaid-desk."));
        return 1;
    }
    legalaid::storage::registerSqlCipherDriver();

    legalaid::ui::DeskController controller;
    QObject::connect(&controller, &legalaid::ui::DeskController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (hasFlag(argc, argv, "--demo"))
        controller.startDemo();
    else if (hasFlag(argc, argv, "--demo-if-no-database"))
        controller.startOrDemo();
    else
        controller.start();
    if (hasFlag(argc, argv, "--report-first-window"))
        reportFirstWindowAndQuit(sinceStart);
    return QApplication::exec();
}

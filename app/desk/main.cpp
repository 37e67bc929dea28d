// legalaid-desk: the desktop application. Everything it does lives in ui/ and core/; this only starts it.
#include "common/process_hardening.h"
#include "common/translations.h"
#include "desk_settings.h"
#include "shell/desk_controller.h"
#include "storage/sqlcipher_driver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QObject>
#include <cstdio>
#include <cstring>
#include <sodium.h>

namespace {

// Answered before any window (or even a display connection) exists, so it works on a headless machine.
bool askedForVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    // The desk holds the database key in memory: no core dumps, no debugger attaching from outside.
    legalaid::hardenProcess();
    if (askedForVersion(argc, argv)) {
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
    controller.start();
    return QApplication::exec();
}

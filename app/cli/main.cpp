// legalaid-cli: every core service from the command line. Parsing and dispatch only; the work is in core.
#include "arguments.h"
#include "command.h"
#include "commands.h"
#include "common/process_hardening.h"
#include "common/translations.h"
#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sodium.h>

namespace {

QtMessageHandler previousMessageHandler = nullptr;

void withoutRuntimeDirNote(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv) {
    legalaid::hardenProcess();
    // Printing lays documents out with fonts (QTextDocument, QPdfWriter), which needs a headless
    // QGuiApplication; every other command runs on QCoreApplication and needs no platform plugin.
    std::unique_ptr<QCoreApplication> application;
    // (`print …`, and `report --format pdf`.)
    const bool draws =
        std::any_of(argv + 1, argv + argc, [](const char* word) { return qstrcmp(word, "print") == 0; }) ||
        std::adjacent_find(argv + 1, argv + argc, [](const char* option, const char* value) {
            return qstrcmp(option, "--format") == 0 && qstrcmp(value, "pdf") == 0;
        }) != argv + argc;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Errors are one line on stderr: keep Qt's note about a missing XDG_RUNTIME_DIR off it.
        previousMessageHandler = qInstallMessageHandler(withoutRuntimeDirNote);
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousMessageHandler);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("legalaid-cli"));
    QCoreApplication::setApplicationVersion(legalaid::applicationVersion());
    if (sodium_init() < 0) {
        std::fputs("E_INTERNAL: libsodium could not be initialised.\n", stderr);
        return 1;
    }
    legalaid::storage::registerSqlCipherDriver();

    const auto parsed =
        legalaid::cli::parseArguments(QCoreApplication::arguments(), legalaid::cli::allCommands());
    const QString language = parsed.arguments.option(QStringLiteral("lang"));
    legalaid::installTranslations(app, language.isEmpty() ? legalaid::languageFromLocale() : language);
    const legalaid::cli::Console console(parsed.arguments.flags.contains(QStringLiteral("json")));

    if (!parsed.error.isEmpty())
        return console.usage(parsed.error);
    if (!language.isEmpty() && language != QLatin1String("vi") && language != QLatin1String("en"))
        return console.usage(
            QCoreApplication::translate("Cli", "Unknown --lang \"%1\": use vi or en.").arg(language));
    if (parsed.arguments.flags.contains(QStringLiteral("version"))) {
        std::printf("legalaid-cli %s\n", qPrintable(legalaid::applicationVersion()));
        return 0;
    }
    if (parsed.arguments.flags.contains(QStringLiteral("help"))) {
        std::printf("%s\n", legalaid::cli::helpText().toUtf8().constData());
        return 0;
    }
    return legalaid::cli::runCommand(parsed, console);
}

#define CATCH_CONFIG_RUNNER
#include "storage/sqlcipher_driver.h"

#include <QGuiApplication>
#include <catch2/catch.hpp>
#include <sodium.h>

int main(int argc, char** argv) {
    // Headless QGuiApplication: the document tests lay out fonts (QTextDocument, QPdfWriter).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (sodium_init() < 0)
        return 2;
    legalaid::storage::registerSqlCipherDriver();
    return Catch::Session().run(argc, argv);
}

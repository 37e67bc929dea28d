#define CATCH_CONFIG_RUNNER
#include "storage/sqlcipher_driver.h"

#include <QApplication>
#include <catch2/catch.hpp>
#include <sodium.h>

int main(int argc, char** argv) {
    // UI tests drive real widgets without a screen; test discovery runs this binary at build time too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (sodium_init() < 0)
        return 2;
    legalaid::storage::registerSqlCipherDriver();
    return Catch::Session().run(argc, argv);
}

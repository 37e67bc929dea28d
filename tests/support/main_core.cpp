#define CATCH_CONFIG_RUNNER
#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <sodium.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 2;
    legalaid::storage::registerSqlCipherDriver();
    return Catch::Session().run(argc, argv);
}

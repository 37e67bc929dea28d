#include "seed/demo_database.h"

#include "records/account_service.h"
#include "records/database_setup.h"
#include "seed/seeder.h"

#include <QCoreApplication>
#include <QDir>
#include <sodium.h>

namespace legalaid::seed {

namespace {

// Readable but unguessable: the demo database is encrypted like a real one.
QString randomDemoPassword() {
    unsigned char bytes[9];
    randombytes_buf(bytes, sizeof bytes);
    return QStringLiteral("demo-") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

} // namespace

Result<DemoDatabase> createDemoDatabase(const QString& folder) {
    SetupRequest request;
    request.databasePath = QDir(folder).filePath(QStringLiteral("demo.db"));
    request.centre = {QCoreApplication::translate("DemoDatabase", "Legal Aid Centre of Hai Phong (demo)"),
                      QStringLiteral("DEMO"), QStringLiteral("Hải Phòng"),
                      QCoreApplication::translate("DemoDatabase", "Department of Justice of Hai Phong")};
    request.adminName = QStringLiteral("quantri");
    request.adminFullName = QCoreApplication::translate("DemoDatabase", "Demo administrator");
    request.adminPassword = randomDemoPassword();
    // The demo must open in seconds; its data is fictional, so the fast key-derivation profile is enough.
    request.kdf = storage::KdfProfile::Interactive;
    auto created = createDatabase(request);
    if (!created)
        return created.error();

    DemoDatabase demo{request.databasePath, QStringLiteral("lanhdao"), randomDemoPassword()};
    {
        auto admin = Session::open(request.databasePath, request.adminName, request.adminPassword);
        if (!admin)
            return admin.error();
        SeedOptions options;
        options.people = 300;
        options.cases = 260;
        options.referrals = 120;
        options.eventsPerCase = 3;
        options.seed = 2026;
        if (auto seeded = seedDatabase(**admin, options); !seeded)
            return seeded.error();
        const auto added = AccountService(**admin).addUser(
            {demo.userName, QCoreApplication::translate("DemoDatabase", "Demo director"), Role::Director,
             demo.password});
        if (!added)
            return added.error();
    }
    return demo;
}

} // namespace legalaid::seed

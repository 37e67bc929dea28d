#include "records/audit_log.h"
#include "records/centre_settings_service.h"
#include "test_database.h"

#include <catch2/catch.hpp>

using namespace legalaid;
using namespace legalaid::test;

TEST_CASE("only an administrator changes the centre's settings, audited and re-read", "[centre-settings]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    CentreSettings changed{QStringLiteral("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Ninh"),
                           QStringLiteral("QN"), QStringLiteral("Quảng Ninh"),
                           QStringLiteral("Sở Tư pháp tỉnh Quảng Ninh")};
    {
        auto director = sessionWithRole(path, Role::Director);
        const Status refused = updateCentreSettings(*director, changed);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(director->centre().name == kCentreName);
    }
    auto admin = openAsAdmin(path);
    CentreSettings empty = changed;
    empty.name.clear();
    CHECK_FALSE(updateCentreSettings(*admin, empty).ok());
    REQUIRE(updateCentreSettings(*admin, changed).ok());
    CHECK(admin->centre().name == changed.name);
    auto entries = AuditLog(admin->db()).latest(5);
    REQUIRE(entries.ok());
    CHECK(std::any_of(entries->begin(), entries->end(), [](const AuditEntry& entry) {
        return entry.action == QStringLiteral("centre.update");
    }));
    CHECK(openAsAdmin(path)->centre().code == QStringLiteral("QN"));
}

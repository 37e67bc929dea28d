#include "records/audit_log.h"
#include "records/verification.h"
#include "test_database.h"

#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::test;

TEST_CASE("Every entry is chained to the one before it", "[audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto session = openAsAdmin(created.files.database);
    for (int i = 0; i < 5; ++i)
        REQUIRE(session
                    ->audit(session->event(QStringLiteral("test.view"), QStringLiteral("person"),
                                           QString::number(i), QStringLiteral("Nguyễn Thị Ánh Tuyết")))
                    .ok());
    auto verification = AuditLog(session->db()).verify();
    REQUIRE(verification.ok());
    CHECK(verification->ok());
    CHECK(verification->entriesChecked >= 8); // init, user.add, login, five views

    QSqlQuery query(session->db());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE prev_hash = zeroblob(32)")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1); // only the first entry starts the chain
}

TEST_CASE("An audit entry may only be written inside the transaction of its change", "[audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto session = openAsAdmin(created.files.database);
    const auto result = AuditLog(session->db()).append(session->event(QStringLiteral("outside")));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Internal);
}

TEST_CASE("A failed change writes no audit entry and the chain stays whole", "[audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto session = openAsAdmin(created.files.database);
    const auto before = AuditLog(session->db()).verify()->entriesChecked;
    const auto failed = session->writeAudited(session->event(QStringLiteral("doomed")), [] {
        return Status(makeError(ErrorCode::InvalidArgument, QStringLiteral("refused")));
    });
    REQUIRE_FALSE(failed.ok());
    auto after = AuditLog(session->db()).verify();
    CHECK(after->entriesChecked == before);
    CHECK(after->ok());
}

TEST_CASE("verify names the first entry edited, deleted or reordered outside the application", "[audit]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    auto session = openAsAdmin(created.files.database);
    for (int i = 0; i < 6; ++i)
        REQUIRE(session
                    ->audit(session->event(QStringLiteral("test.view"), QStringLiteral("person"),
                                           QString::number(i)))
                    .ok());
    QSqlQuery tamper(session->db());

    SECTION("a field edited") {
        REQUIRE(tamper.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 5")));
        auto report = verifyDatabase(*session);
        REQUIRE(report.ok());
        CHECK_FALSE(report->ok());
        REQUIRE(report->audit.firstBrokenId.has_value());
        CHECK(*report->audit.firstBrokenId == 5);
        CHECK(report->audit.problem.contains(QStringLiteral("changed")));
    }
    SECTION("an entry deleted") {
        REQUIRE(tamper.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
        auto verification = AuditLog(session->db()).verify();
        REQUIRE(verification.ok());
        CHECK(*verification->firstBrokenId == 5);
        CHECK(verification->problem.contains(QStringLiteral("missing")));
    }
    SECTION("an edited entry with its own hash recomputed still breaks the link to the next") {
        REQUIRE(tamper.exec(
            QStringLiteral("SELECT id, at, actor, action, target_type, target_id, details, prev_hash "
                           "FROM audit_log WHERE id = 3")));
        REQUIRE(tamper.next());
        const QByteArray forged = AuditLog::entryHash(3, tamper.value(1).toString(), QStringLiteral("forger"),
                                                      tamper.value(3).toString(), tamper.value(4).toString(),
                                                      tamper.value(5).toString(), tamper.value(6).toString(),
                                                      tamper.value(7).toByteArray());
        tamper.finish();
        QSqlQuery update(session->db());
        update.prepare(QStringLiteral("UPDATE audit_log SET actor = 'forger', hash = ? WHERE id = 3"));
        update.addBindValue(forged);
        REQUIRE(update.exec());
        auto verification = AuditLog(session->db()).verify();
        CHECK(*verification->firstBrokenId == 4);
    }
}

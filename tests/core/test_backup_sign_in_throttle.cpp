// Increasing delays after failed sign-ins (issue 8); kept with the trust tests of this issue.
#include "records/sign_in_throttle.h"
#include "storage/keyring.h"
#include "test_database.h"

#include <QFile>
#include <QThread>

using namespace legalaid;
using namespace legalaid::test;

TEST_CASE("The sign-in delay doubles from the second failure and is capped", "[sign-in-throttle]") {
    CHECK(SignInThrottle::delayAfterFailures(0) == 0);
    CHECK(SignInThrottle::delayAfterFailures(1) == 0);
    CHECK(SignInThrottle::delayAfterFailures(2) == 1);
    CHECK(SignInThrottle::delayAfterFailures(3) == 2);
    CHECK(SignInThrottle::delayAfterFailures(4) == 4);
    CHECK(SignInThrottle::delayAfterFailures(5) == 8);
    CHECK(SignInThrottle::delayAfterFailures(9) == SignInThrottle::kMaxDelaySeconds);
    CHECK(SignInThrottle::delayAfterFailures(1000) == SignInThrottle::kMaxDelaySeconds);
}

TEST_CASE("Failed sign-ins make the next try wait, per user, and are all audited", "[sign-in-throttle]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString throttleFile = SignInThrottle::filePathFor(created.files.database);
    const QString wrong = QStringLiteral("wrong guess 2026");

    // First failure: the next try may follow at once.
    CHECK(Session::open(created.files.database, QStringLiteral("admin"), wrong).error().code ==
          ErrorCode::WrongPassword);
    CHECK(Session::open(created.files.database, QStringLiteral("admin"), wrong).error().code ==
          ErrorCode::WrongPassword);
    // Two failures in a row: now a wait, even with the right password, and without trying it.
    auto refused = Session::open(created.files.database, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Busy);
    CHECK(refused.error().message.contains(QStringLiteral("wait")));
    // The file names nobody.
    REQUIRE(QFile::exists(throttleFile));
    CHECK_FALSE(readAll(throttleFile).contains("admin"));

    // Another user is not held up by admin's failures.
    CHECK(Session::open(created.files.database, QStringLiteral("someone"), wrong).error().code ==
          ErrorCode::UnknownUser);

    const QByteArray salt = storage::Keyring::load(created.files.keyring).value().auditPublicKey();
    const SignInThrottle throttle(created.files.database, salt);
    CHECK(throttle.failures(QStringLiteral("admin")) == 2);
    const qint64 wait = throttle.remainingWaitMs(QStringLiteral("admin"));
    CHECK(wait > 0);
    CHECK(wait <= 1000);
    CHECK(throttle.remainingWaitMs(QStringLiteral("admin"), QDateTime::currentDateTimeUtc().addSecs(2)) == 0);

    QThread::msleep(static_cast<unsigned long>(wait + 50));
    auto session = openAsAdmin(created.files.database);
    CHECK(throttle.failures(QStringLiteral("admin")) == 0);
    // Both real failures reached the audit log; the refused try was never a password check.
    auto entries = AuditLog(session->db()).latest(20);
    REQUIRE(entries.ok());
    const auto failed = std::count_if(entries->begin(), entries->end(), [](const AuditEntry& e) {
        return e.action == QStringLiteral("login.failed") && e.actor == QStringLiteral("admin");
    });
    CHECK(failed == 2);
}

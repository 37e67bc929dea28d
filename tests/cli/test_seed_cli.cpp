// legalaid-cli seed: the generator from the command line, and what a kill in the middle leaves behind.
#include "cli_runner.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace legalaid::test;

namespace {

// The value of one `SELECT` in the stock shell, opened with the recovery code's raw key.
qint64 shellScalar(const CliFixture& f, const QByteArray& key, const QByteArray& sql) {
    const Run result = runShell(f.db, key + sql + '\n');
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed().toLongLong();
}

} // namespace

TEST_CASE("seed fills the database, reports its counts and rate, and verify passes", "[cli][seed]") {
    CliFixture f;
    const Run seeded =
        f.asAdmin({QStringLiteral("seed"), QStringLiteral("--people"), QStringLiteral("300"),
                   QStringLiteral("--cases"), QStringLiteral("400"), QStringLiteral("--referrals"),
                   QStringLiteral("100"), QStringLiteral("--events-per-case"), QStringLiteral("2"),
                   QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--until"),
                   QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    const QJsonObject report = seeded.json();
    CHECK(report.value(QStringLiteral("people")).toInt() == 300);
    CHECK(report.value(QStringLiteral("cases")).toInt() == 400);
    CHECK(report.value(QStringLiteral("case_events")).toInt() == 800);
    CHECK(report.value(QStringLiteral("referrals")).toInt() == 100);
    CHECK(report.value(QStringLiteral("activities")).toInt() == 5);
    CHECK(report.value(QStringLiteral("rows")).toInt() > 300 + 400 + 800 + 100);
    CHECK(report.value(QStringLiteral("batches")).toInt() >= 5);
    CHECK(report.value(QStringLiteral("rows_per_second")).toDouble() > 0);
    CHECK(seeded.err.contains("rows/s"));

    const Run verified = f.asAdmin({QStringLiteral("verify")});
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains("audit chain:"));

    // The people are findable as the core's own search finds them.
    const Run found = f.asAdmin({QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("nguyen"),
                                 QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    CHECK_FALSE(found.jsonArray().isEmpty());

    // Cases without people are refused, as is a clerk.
    requireError(f.asAdmin({QStringLiteral("seed"), QStringLiteral("--cases"), QStringLiteral("5")}),
                 "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({QStringLiteral("seed"), QStringLiteral("--people"), QStringLiteral("-3")}),
                 "E_INVALID_ARGUMENT");
}

TEST_CASE("a seed killed mid-run leaves a sound database with whole batches only", "[cli][seed]") {
    CliFixture f;
    QProcess seeding;
    seeding.start(QStringLiteral(LEGALAID_CLI_PATH),
                  {QStringLiteral("seed"), QStringLiteral("--people"), QStringLiteral("200000"),
                   QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--progress"),
                   QStringLiteral("--db"), f.db, QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                   f.passwordFile});
    REQUIRE(seeding.waitForStarted());
    seeding.closeWriteChannel();
    // Kill it once the directory and at least one batch of people have committed.
    QByteArray progress;
    QElapsedTimer timer;
    timer.start();
    while (progress.count('\n') < 2 && timer.elapsed() < 30'000 && seeding.state() == QProcess::Running) {
        seeding.waitForReadyRead(100);
        progress += seeding.readAllStandardError();
    }
    INFO(progress.toStdString());
    REQUIRE(progress.count('\n') >= 2);
    REQUIRE(seeding.state() == QProcess::Running);
    seeding.kill();
    REQUIRE(seeding.waitForFinished(10'000));
    CHECK(seeding.exitStatus() == QProcess::CrashExit);

    const Run verified = f.asAdmin({QStringLiteral("verify")});
    INFO(verified.out.toStdString() + verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    // Every committed batch is whole: the people are exactly those its audit entries name, each with its
    // search document, identification history and consent partners; nothing of the killed batch remains.
    const Run key = f.cli(
        {QStringLiteral("key"), QStringLiteral("raw"), QStringLiteral("--recovery-code"), f.recoveryCode});
    REQUIRE(key.exitCode == 0);
    const Run batches =
        runShell(f.db, key.out + "SELECT details FROM audit_log WHERE action = 'seed.batch' AND details LIKE "
                                 "'%phase=people%' ORDER BY id;\n");
    REQUIRE(batches.exitCode == 0);
    qint64 committed = 0;
    const QRegularExpression items(QStringLiteral("items=(\\d+)-(\\d+)"));
    qint64 expectedFirst = 1;
    for (const QByteArray& line : batches.out.trimmed().split('\n')) {
        const auto match = items.match(QString::fromUtf8(line));
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).toLongLong() == expectedFirst);
        committed = match.captured(2).toLongLong();
        expectedFirst = committed + 1;
    }
    CHECK(committed > 0);
    CHECK(committed < 200000);
    CHECK(shellScalar(f, key.out, "SELECT count(*) FROM people;") == committed);
    CHECK(shellScalar(f, key.out, "SELECT max(id) FROM people;") == committed);
    CHECK(shellScalar(f, key.out, "SELECT count(*) FROM people_search;") == committed);
    CHECK(shellScalar(f, key.out,
                      "SELECT count(*) FROM people p WHERE p.category <> 'accompanying_minor' AND NOT EXISTS "
                      "(SELECT 1 FROM identification_events e WHERE e.person_id = p.id);") == 0);
    CHECK(shellScalar(f, key.out,
                      "SELECT count(*) FROM consents c WHERE c.share = 1 AND NOT EXISTS (SELECT 1 FROM "
                      "consent_partners p WHERE p.consent_id = c.id);") == 0);
    CHECK(shellScalar(f, key.out,
                      "SELECT count(*) FROM identification_events WHERE person_id > "
                      "(SELECT max(id) FROM people);") == 0);
}

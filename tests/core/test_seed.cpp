#include "records/audit_log.h"
#include "records/verification.h"
#include "search/person_search_index.h"
#include "seed/seeder.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlRecord>

using namespace legalaid;

namespace {

seed::SeedOptions smallOptions() {
    seed::SeedOptions options;
    options.people = 300;
    options.cases = 800;
    options.referrals = 150;
    options.eventsPerCase = 2;
    options.seed = 7;
    options.until = QDate(2026, 11, 23);
    return options;
}

QByteArray dumpHash(const QSqlDatabase& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         {"people", "identification_events", "consents", "consent_partners", "cases", "case_transitions",
          "case_events", "referrals", "referral_status_history", "referral_disclosures", "activities",
          "organisations", "providers", "case_register_counters"}) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
        }
    }
    QSqlQuery fts(db);
    REQUIRE(fts.exec(QStringLiteral("SELECT docid, document FROM people_search ORDER BY docid")));
    while (fts.next())
        hash.addData(fts.value(1).toString().toUtf8());
    return hash.result();
}

} // namespace

TEST_CASE("seed fills a database deterministically and keeps the core's invariants", "[seed]") {
    test::TempWorkspace ws;
    const auto setup = test::createTestDatabase(ws);
    auto session = test::openAsAdmin(ws.path(QStringLiteral("centre.db")));
    auto report = seed::seedDatabase(*session, smallOptions());
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    const QSqlDatabase db = session->db();
    CHECK(test::countRows(db, QStringLiteral("people")) == 300);
    CHECK(test::countRows(db, QStringLiteral("cases")) == 800);
    CHECK(test::countRows(db, QStringLiteral("case_events")) == 1600);
    CHECK(test::countRows(db, QStringLiteral("referrals")) == 150);

    SECTION("minors are under 18 on arrival and linked to an adult") {
        CHECK(test::scalar(db, QStringLiteral(
                                   "SELECT count(*) FROM people WHERE category = 'accompanying_minor'")) > 0);
        CHECK(test::scalar(
                  db, QStringLiteral(
                          "SELECT count(*) FROM people m JOIN people a ON a.id = m.accompanies_person_id "
                          "WHERE m.category = 'accompanying_minor' AND a.category <> 'accompanying_minor' "
                          "AND m.arrival_date IS NOT NULL AND date(m.birth_date, '+18 years') > "
                          "m.arrival_date")) ==
              test::scalar(
                  db, QStringLiteral("SELECT count(*) FROM people WHERE category = 'accompanying_minor'")));
    }
    SECTION("CCCD numbers have 12 digits and are unique") {
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE id_type = 'cccd' AND "
                                              "(length(id_number) <> 12 OR id_number GLOB '*[^0-9]*')")) ==
              0);
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE id_type = 'cccd'")) > 0);
    }
    SECTION("case dates are in order and no later than the last date") {
        CHECK(test::scalar(
                  db, QStringLiteral(
                          "SELECT count(*) FROM cases WHERE received_on > coalesce(accepted_on, "
                          "received_on) OR coalesce(accepted_on, received_on) > coalesce(assigned_on, "
                          "accepted_on, received_on) OR coalesce(assigned_on, received_on) > "
                          "coalesce(started_on, assigned_on, received_on) OR last_step_on > '2026-11-23' "
                          "OR received_on < '2026-01-01' OR (ended_on IS NOT NULL AND ended_on < "
                          "received_on)")) == 0);
    }
    SECTION("register numbers run 1..n per unit and year and the counters agree") {
        CHECK(test::scalar(db, QStringLiteral(
                                   "SELECT count(*) FROM (SELECT unit_code, register_year, count(*) n, "
                                   "max(register_number) m, min(register_number) f FROM cases GROUP BY 1, 2) "
                                   "WHERE n <> m OR f <> 1")) == 0);
        CHECK(test::scalar(
                  db,
                  QStringLiteral("SELECT count(*) FROM case_register_counters c WHERE last_number <> (SELECT "
                                 "max(register_number) FROM cases WHERE unit_code = c.unit_code AND "
                                 "register_year = c.year)")) == 0);
        CHECK(test::scalar(db, QStringLiteral("SELECT count(DISTINCT unit_code) FROM cases")) == 3);
    }
    SECTION("every form and every status appears") {
        CHECK(test::scalar(db, QStringLiteral("SELECT count(DISTINCT form) FROM cases")) == 3);
        CHECK(test::scalar(db, QStringLiteral("SELECT count(DISTINCT status) FROM cases")) == 9);
    }
    SECTION("disclosures only under a consent covering the partner") {
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM referral_disclosures")) > 0);
        CHECK(test::scalar(db,
                           QStringLiteral(
                               "SELECT count(*) FROM referral_disclosures d JOIN referrals r ON r.id = "
                               "d.referral_id JOIN consents c ON c.id = d.consent_id WHERE c.person_id <> "
                               "r.person_id OR c.share = 0 OR c.given_on > r.sent_on OR NOT EXISTS (SELECT 1 "
                               "FROM consent_partners p WHERE p.consent_id = c.id AND p.organisation_id = "
                               "r.organisation_id)")) == 0);
        // Every outgoing referral went out under a consent, with at least the name recorded as disclosed.
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM referrals WHERE direction = 'out'")) > 0);
        CHECK(test::scalar(
                  db, QStringLiteral("SELECT count(*) FROM referrals r WHERE r.direction = 'out' AND NOT "
                                     "EXISTS (SELECT 1 FROM referral_disclosures d WHERE d.referral_id = "
                                     "r.id AND d.field = 'full_name')")) == 0);
    }
    SECTION("the search index is what reindexPerson writes, and finds people by folded name") {
        QSqlQuery sample(db);
        REQUIRE(sample.exec(QStringLiteral("SELECT docid, document FROM people_search WHERE docid IN (SELECT "
                                           "beneficiary_person_id FROM cases) ORDER BY docid LIMIT 20")));
        std::vector<std::pair<qint64, QString>> before;
        while (sample.next())
            before.emplace_back(sample.value(0).toLongLong(), sample.value(1).toString());
        REQUIRE(db.driver()->beginTransaction());
        for (const auto& [id, document] : before) {
            REQUIRE(search::reindexPerson(db, id).ok());
            CHECK(
                test::execute(db, QStringLiteral("SELECT document FROM people_search WHERE docid = ?"), {id})
                    .next());
            auto query =
                test::execute(db, QStringLiteral("SELECT document FROM people_search WHERE docid = ?"), {id});
            REQUIRE(query.next());
            CHECK(query.value(0).toString() == document);
        }
        REQUIRE(db.driver()->rollbackTransaction());
        auto name = test::execute(db, QStringLiteral("SELECT id, full_name FROM people ORDER BY id LIMIT 1"));
        REQUIRE(name.next());
        auto found = search::searchPeople(db, search::foldForSearch(name.value(1).toString()), 1000);
        REQUIRE(found.ok());
        bool hit = false;
        for (const auto& match : *found)
            hit = hit || match.personId == name.value(0).toLongLong();
        CHECK(hit);
    }
    SECTION("the audit chain verifies") {
        auto verified = AuditLog(db).verify();
        REQUIRE(verified.ok());
        CHECK(verified->ok());
        CHECK(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'seed.batch'")) ==
            report->batches);
    }
    SECTION("the same seed gives the same data") {
        test::TempWorkspace other;
        const auto second = test::createTestDatabase(other);
        auto session2 = test::openAsAdmin(other.path(QStringLiteral("centre.db")));
        REQUIRE(seed::seedDatabase(*session2, smallOptions()).ok());
        CHECK(dumpHash(db) == dumpHash(session2->db()));
    }
}

TEST_CASE("seed is refused to a non-administrator", "[seed]") {
    test::TempWorkspace ws;
    const auto setup = test::createTestDatabase(ws);
    auto clerk = test::sessionWithRole(ws.path(QStringLiteral("centre.db")), Role::IntakeClerk);
    auto report = seed::seedDatabase(*clerk, smallOptions());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::PermissionDenied);
    CHECK(test::countRows(clerk->db(), QStringLiteral("people")) == 0);
}

namespace {

QStringList indexDefinitions(const QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                                      "AND sql IS NOT NULL ORDER BY name")));
    QStringList definitions;
    while (query.next())
        definitions << query.value(0).toString();
    return definitions;
}

} // namespace

TEST_CASE("A bulk seed builds its indexes after the load, the same ones, and the same data",
          "[seed][seed-indexes]") {
    test::TempWorkspace ws;
    const auto setup = test::createTestDatabase(ws);
    QByteArray rowByRow;
    {
        test::TempWorkspace other;
        test::createTestDatabase(other);
        auto session = test::openAsAdmin(other.path(QStringLiteral("centre.db")));
        seed::SeedOptions options = smallOptions();
        options.deferIndexes = false;
        REQUIRE(seed::seedDatabase(*session, options).ok());
        rowByRow = dumpHash(session->db());
    }
    auto session = test::openAsAdmin(ws.path(QStringLiteral("centre.db")));
    const QSqlDatabase db = session->db();
    const QStringList before = indexDefinitions(db);
    REQUIRE(before.size() > 40);
    seed::SeedOptions options = smallOptions();
    options.deferIndexes = true;
    REQUIRE(seed::seedDatabase(*session, options).ok());
    CHECK(indexDefinitions(db) == before);
    CHECK(dumpHash(db) == rowByRow);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'seed.deferred_indexes' "
                                          "AND value <> ''")) == 0);
    auto verified = verifyDatabase(*session);
    REQUIRE(verified.ok());

    SECTION("a seed stopped half-way has its indexes rebuilt by the next one") {
        // What a killed bulk seed leaves: the definitions kept in the settings, the indexes gone.
        QSqlQuery query(db);
        REQUIRE(
            query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name = 'cases_status'")));
        REQUIRE(query.next());
        const QString name = query.value(0).toString();
        const QString sql = query.value(1).toString();
        query.finish();
        const QString kept =
            QString::fromUtf8(QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                                                   {QStringLiteral("sql"), sql}}})
                                  .toJson(QJsonDocument::Compact));
        REQUIRE(query.exec(QStringLiteral("DROP INDEX cases_status")));
        test::execute(db, QStringLiteral("UPDATE settings SET value = ? WHERE key = 'seed.deferred_indexes'"),
                      {kept});
        REQUIRE(indexDefinitions(db) != before);
        seed::SeedOptions none;
        none.until = QDate(2026, 11, 23);
        REQUIRE(seed::seedDatabase(*session, none).ok());
        CHECK(indexDefinitions(db) == before);
    }
}

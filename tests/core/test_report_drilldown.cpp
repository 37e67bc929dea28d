// Drill-down from a report figure to the records behind it: the ids of one figure equal what plain SQL in
// the test selects, a role that may not see the records is refused with the permission sentence, the
// listing is audited with codes and a number only, and the list source reads its rows in chunks.
#include "records/permissions.h"
#include "reports/report_drilldown.h"
#include "reports/report_repository.h"
#include "reports/report_service.h"
#include "seed/seeder.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QElapsedTimer>
#include <QFile>

using namespace legalaid;
using namespace legalaid::reports;
using namespace legalaid::test;

namespace {

const ReportPeriod kYear = yearPeriod(2026, Cutoff::Calendar);

std::vector<qint64> idsOf(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query = execute(db, sql, values);
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

struct Seeded {
    TempWorkspace ws;
    QString path;
    std::unique_ptr<Session> admin;
    Seeded() {
        path = createTestDatabase(ws).files.database;
        admin = openAsAdmin(path);
        seed::SeedOptions options;
        options.people = 80;
        options.cases = 120;
        options.referrals = 40;
        options.activities = 12;
        options.until = QDate(2026, 11, 20);
        REQUIRE(seed::seedDatabase(*admin, options).ok());
    }
    RecordsBehind behind(const char* code, const char* key = "") const {
        auto records =
            ReportDrillDown(*admin).recordsBehind(kYear, QString::fromLatin1(code), QString::fromLatin1(key));
        INFO(code << " " << key << ": " << (records ? QString() : records.error().message).toStdString());
        REQUIRE(records.ok());
        return std::move(records).value();
    }
};

} // namespace

TEST_CASE("drill-down ids equal plain SQL and the figures of the report", "[drilldown]") {
    Seeded f;
    const QSqlDatabase db = f.admin->db();
    ReportOptions options;
    options.comparePrevious = false;
    auto report = ReportService(*f.admin).compute(kYear, options);
    REQUIRE(report.ok());

    // Cases received in 2026 by form.
    for (const char* form : {"consultation", "litigation", "out_of_court"}) {
        const RecordsBehind received = f.behind("cases_received_by_form", form);
        CHECK(received.recordType == QStringLiteral("case"));
        const auto expected = idsOf(
            db,
            QStringLiteral("SELECT id FROM cases WHERE received_on BETWEEN '2026-01-01' AND '2026-12-31' "
                           "AND form = ? ORDER BY id"),
            {QString::fromLatin1(form)});
        CHECK(received.ids == expected);
        const ReportRow* row =
            report->find(QStringLiteral("cases_received_by_form"), QString::fromLatin1(form));
        CHECK(static_cast<double>(expected.size()) == (row ? row->value : 0.0));
    }
    const auto allReceived = f.behind("cases_received");
    CHECK(allReceived.ids.size() ==
          static_cast<size_t>(report->find(QStringLiteral("cases_received"))->value));
    CHECK_FALSE(allReceived.ids.empty());

    // People aided (a case accepted in the period) by sex, women.
    const RecordsBehind women = f.behind("aid_people_by_sex", "f");
    CHECK(women.recordType == QStringLiteral("person"));
    const auto expectedWomen =
        idsOf(db, QStringLiteral(
                      "SELECT DISTINCT p.id FROM cases c JOIN people p ON p.id = c.beneficiary_person_id "
                      "WHERE c.accepted_on BETWEEN '2026-01-01' AND '2026-12-31' AND p.sex = 'f' ORDER BY "
                      "p.id"));
    CHECK(women.ids == expectedWomen);
    CHECK_FALSE(expectedWomen.empty());

    // Coverage: people of the three categories recorded in 2026 with no case accepted by its end.
    const RecordsBehind notAided = f.behind("coverage_not_aided");
    const auto expectedNotAided = idsOf(
        db,
        QStringLiteral(
            "SELECT p.id FROM people p WHERE substr(p.created_at, 1, 10) BETWEEN '2026-01-01' AND "
            "'2026-12-31' AND p.category IN ('victim', 'under_identification', 'accompanying_minor') AND "
            "coalesce(p.current_status, '') <> 'not_victim' AND p.id NOT IN (SELECT beneficiary_person_id "
            "FROM cases WHERE accepted_on IS NOT NULL AND accepted_on <= '2026-12-31') ORDER BY p.id"));
    CHECK(notAided.ids == expectedNotAided);
    CHECK(notAided.ids.size() ==
          static_cast<size_t>(report->find(QStringLiteral("coverage_not_aided"))->value));

    // Outgoing referrals by service and activities by kind: one key each, whatever the seed made.
    QSqlQuery service =
        execute(db, QStringLiteral("SELECT service FROM referrals WHERE direction = 'out' AND "
                                   "sent_on BETWEEN '2026-01-01' AND '2026-12-31' LIMIT 1"));
    if (service.next()) {
        const QString code = service.value(0).toString();
        const auto byService =
            ReportDrillDown(*f.admin).recordsBehind(kYear, QStringLiteral("referrals_out_by_service"), code);
        REQUIRE(byService.ok());
        CHECK(byService->ids ==
              idsOf(db,
                    QStringLiteral("SELECT id FROM referrals WHERE direction = 'out' AND sent_on BETWEEN "
                                   "'2026-01-01' AND '2026-12-31' AND service = ? ORDER BY id"),
                    {code}));
    }
    const auto activities = f.behind("activities");
    CHECK(activities.recordType == QStringLiteral("activity"));
    CHECK(activities.ids == idsOf(db, QStringLiteral("SELECT id FROM activities WHERE held_on BETWEEN "
                                                     "'2026-01-01' AND '2026-12-31' ORDER BY id")));

    // Every key of the breakdowns by age band (the drill-down computes the band in SQL, the report in its
    // batch walk), sex and unit holds as many records as the figure says.
    for (const char* code : {"aid_cases_by_age_band", "aid_people_by_sex", "cases_open_at_end_by_unit",
                             "coverage_not_aided_by_category"}) {
        int keys = 0;
        for (const ReportRow& row : report->rows) {
            if (row.code != QLatin1String(code))
                continue;
            ++keys;
            const auto behind = f.behind(code, row.key.toUtf8().constData());
            INFO(code << " " << row.key.toStdString());
            CHECK(static_cast<double>(behind.ids.size()) == row.value);
        }
        CHECK(keys > 1);
    }

    // Cancel is heard while the ids are read.
    const auto stopped = ReportDrillDown(*f.admin).recordsBehind(kYear, QStringLiteral("cases_received"), {},
                                                                 [] { return true; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);

    // A key nobody has: an empty list, not an error.
    CHECK(f.behind("cases_received_by_form", "no_such_form").ids.empty());
    // Percentages and sums are not lists of records.
    for (const char* code :
         {"coverage_percent", "activity_participants", "referral_response_days_by_direction"}) {
        CHECK(recordTypeBehind(QString::fromLatin1(code)).isEmpty());
        const auto refused = ReportDrillDown(*f.admin).recordsBehind(kYear, QString::fromLatin1(code), {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("drill-down is refused to roles that may not see the records, and audited without names",
          "[drilldown][roles]") {
    Seeded f;
    const qint64 before = scalar(
        f.admin->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.drilldown'"));
    const RecordsBehind women = f.behind("aid_cases_by_sex", "f");
    QSqlQuery audit = execute(f.admin->db(), QStringLiteral("SELECT target_id, details FROM audit_log WHERE "
                                                            "action = 'report.drilldown' ORDER BY id DESC"));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("2026"));
    const QString details = audit.value(1).toString();
    CHECK(details ==
          QStringLiteral("indicator=aid_cases_by_sex key=f type=case records=%1").arg(women.ids.size()));
    // No name of any person behind the figure.
    QSqlQuery names = execute(f.admin->db(), QStringLiteral("SELECT full_name FROM people"));
    while (names.next())
        CHECK_FALSE(details.contains(names.value(0).toString()));

    // The worker-thread variant does not audit; the GUI thread writes the entry afterwards.
    const auto quiet = ReportDrillDown(f.admin->db(), Role::Admin)
                           .recordsBehind(kYear, QStringLiteral("cases_received"), {});
    REQUIRE(quiet.ok());
    const qint64 afterQuiet = scalar(
        f.admin->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.drilldown'"));
    CHECK(afterQuiet == before + 1);
    REQUIRE(ReportDrillDown::auditRecordsBehind(*f.admin, *quiet).ok());
    CHECK(scalar(f.admin->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.drilldown'")) ==
          before + 2);
    f.admin.reset();

    {
        // Statistics officers see figures, not the people and cases behind them; activities they may see.
        auto statistics = sessionWithRole(f.path, Role::StatisticsOfficer);
        const auto refused =
            ReportDrillDown(*statistics)
                .recordsBehind(kYear, QStringLiteral("aid_cases_by_sex"), QStringLiteral("f"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(refused.error().message ==
              requirePermission(Role::StatisticsOfficer, Operation::CaseView).error().message);
        CHECK_FALSE(mayListRecordsBehind(Role::StatisticsOfficer, QStringLiteral("coverage_known")).ok());
        CHECK(ReportDrillDown(*statistics).recordsBehind(kYear, QStringLiteral("activities"), {}).ok());
        // Nor may the worker variant be used to get round it.
        CHECK_FALSE(ReportDrillDown(statistics->db(), Role::StatisticsOfficer)
                        .recordsBehind(kYear, QStringLiteral("cases_received"), {})
                        .ok());
    }
    {
        // Auditors read cases but not the restricted list of people not yet helped.
        auto auditor = sessionWithRole(f.path, Role::Auditor);
        CHECK(ReportDrillDown(*auditor).recordsBehind(kYear, QStringLiteral("cases_received"), {}).ok());
        const auto gaps =
            ReportDrillDown(*auditor).recordsBehind(kYear, QStringLiteral("coverage_not_aided"), {});
        REQUIRE_FALSE(gaps.ok());
        CHECK(gaps.error().code == ErrorCode::PermissionDenied);
    }
    {
        auto clerk = sessionWithRole(f.path, Role::IntakeClerk); // no figures at all
        CHECK_FALSE(ReportDrillDown(*clerk).recordsBehind(kYear, QStringLiteral("cases_received"), {}).ok());
    }
}

TEST_CASE("the list behind a figure reads its rows by id in chunks, in the order of the ids",
          "[drilldown][lists]") {
    Seeded f;
    const QSqlDatabase db = f.admin->db();
    const auto people = idsOf(db, QStringLiteral("SELECT id FROM people ORDER BY id DESC"));
    REQUIRE(people.size() == 80);
    // More ids than one statement may bind (SQLite 3.15: 999 parameters): the people 15 times over.
    std::vector<qint64> many;
    for (int round = 0; round < 15; ++round)
        many.insert(many.end(), people.begin(), people.end());
    auto source = RecordsBehindSource::create(QStringLiteral("person"), many);
    REQUIRE(source.ok());
    CHECK((*source)->columnTitles().size() == 5);
    CHECK(*(*source)->count(db) == 1200);
    auto rows = (*source)->fetch(db, 100, 1100);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1100);
    for (size_t i = 0; i < rows->size(); ++i) {
        CHECK((*rows)[i].id == many[100 + i]);
        CHECK_FALSE((*rows)[i].cells.value(0).toString().isEmpty());
    }
    QSqlQuery name = execute(db, QStringLiteral("SELECT full_name FROM people WHERE id = ?"), {many[100]});
    REQUIRE(name.next());
    CHECK((*rows)[0].cells.value(0).toString() == name.value(0).toString());
    // Past the end: nothing, not an error.
    CHECK((*source)->fetch(db, 1200, 50)->empty());

    for (const char* type : {"case", "referral", "activity"}) {
        const QString table =
            QString::fromLatin1(type) == QLatin1String("activity") ? QStringLiteral("activities")
            : QString::fromLatin1(type) == QLatin1String("case")   ? QStringLiteral("cases")
                                                                   : QStringLiteral("referrals");
        const auto ids = idsOf(db, QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 7").arg(table));
        auto typed = RecordsBehindSource::create(QString::fromLatin1(type), ids);
        REQUIRE(typed.ok());
        auto typedRows = (*typed)->fetch(db, 0, 50);
        REQUIRE(typedRows.ok());
        REQUIRE(typedRows->size() == ids.size());
        for (const lists::ListRow& row : *typedRows) {
            CHECK(row.cells.size() == (*typed)->columnTitles().size());
            CHECK_FALSE(row.cells.value(0).toString().isEmpty());
        }
    }
    CHECK_FALSE(RecordsBehindSource::create(QStringLiteral("users"), {1}).ok());
}

// On demand (hidden tag): how long one drill-down takes for big figures of a large database, beside the
// whole report. LEGALAID_DRILL_DB names a COPY of the database (opening migrates it), LEGALAID_DRILL_PW its
// admin password file; LEGALAID_DRILL_PERIOD the period (default 2026).
TEST_CASE("drill-down time on a large database", "[.][drilldown-bench]") {
    const QString path = qEnvironmentVariable("LEGALAID_DRILL_DB");
    const QString passwordFile = qEnvironmentVariable("LEGALAID_DRILL_PW");
    if (path.isEmpty() || passwordFile.isEmpty())
        return; // nothing to measure
    QFile file(passwordFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString password = QString::fromUtf8(file.readAll()).trimmed();
    auto session = Session::open(path, QStringLiteral("admin"), password);
    REQUIRE(session.ok());
    auto period = parsePeriod(qEnvironmentVariable("LEGALAID_DRILL_PERIOD", QStringLiteral("2026")),
                              Cutoff::Calendar, QDate::currentDate());
    REQUIRE(period.ok());
    const ReportDrillDown drillDown((*session)->db(), Role::Admin);
    const std::pair<const char*, const char*> figures[] = {
        {"cases_received", ""},     {"cases_received_by_form", "consultation"}, {"aid_cases_by_sex", "f"},
        {"aid_people_by_sex", "f"}, {"aid_cases_by_age_band", "18_29"},         {"coverage_not_aided", ""},
        {"coverage_known", ""},     {"cases_open_at_end_by_unit", "TT"},        {"referrals_out", ""},
        {"activities", ""}};
    for (const auto& [code, key] : figures) {
        QElapsedTimer timer;
        timer.start();
        auto records = drillDown.recordsBehind(*period, QString::fromLatin1(code), QString::fromLatin1(key));
        REQUIRE(records.ok());
        const qint64 ids = timer.elapsed();
        auto source = RecordsBehindSource::create(records->recordType, records->ids);
        REQUIRE(source.ok());
        QElapsedTimer windowTimer;
        windowTimer.start();
        auto window = (*source)->fetch((*session)->db(), static_cast<qint64>(records->ids.size()) / 2, 200);
        REQUIRE(window.ok());
        WARN(code << " [" << key << "]: " << records->ids.size() << " records in " << ids
                  << " ms; a window of 200 rows from the middle in " << windowTimer.elapsed() << " ms");
    }
    {
        // For comparison: every key of the same breakdown at once (what ReportService does with
        // withRecordIds).
        QElapsedTimer timer;
        timer.start();
        auto all = ReportRepository((*session)->db())
                       .records(QStringLiteral("aid_cases"), QStringLiteral("age_band"), *period);
        REQUIRE(all.ok());
        WARN("aid_cases by age_band, every key: " << all->size() << " in " << timer.elapsed() << " ms");
    }
    QElapsedTimer whole;
    whole.start();
    ReportOptions options;
    options.comparePrevious = false;
    auto report = ReportService((*session)->db(), Role::Admin).compute(*period, options);
    REQUIRE(report.ok());
    WARN("the whole report: " << whole.elapsed() << " ms");
}

// The periodic report: periods and cut-offs, the indicator catalogue, and every figure checked against a data
// set built by hand, with expected numbers counted independently (by hand and with plain SQL in the test).
#include "records/permissions.h"
#include "reports/indicator_catalogue.h"
#include "reports/report_batch_repository.h"
#include "reports/report_output.h"
#include "reports/report_period.h"
#include "reports/report_service.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QJsonArray>

using namespace legalaid;
using namespace legalaid::reports;
using namespace legalaid::test;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReportPeriod parsed(const char* text, Cutoff cutoff = Cutoff::Calendar) {
    auto period = parsePeriod(QString::fromLatin1(text), cutoff, d("2027-08-15"));
    INFO(text << ": " << (period ? QString() : period.error().message).toStdString());
    REQUIRE(period.ok());
    return *period;
}

} // namespace

TEST_CASE("periods: calendar and Decree 09/2019 cut-off dates", "[reports][periods]") {
    const ReportPeriod year = parsed("2027");
    CHECK(year.kind == PeriodKind::Year);
    CHECK(year.from == d("2027-01-01"));
    CHECK(year.to == d("2027-12-31"));
    const ReportPeriod year09 = parsed("2027", Cutoff::Decree09);
    CHECK(year09.from == d("2026-12-15"));
    CHECK(year09.to == d("2027-12-14"));

    CHECK(parsed("2027-H1").to == d("2027-06-30"));
    CHECK(parsed("2027-h2").from == d("2027-07-01"));
    const ReportPeriod half09 = parsed("2027-H1", Cutoff::Decree09);
    CHECK(half09.from == d("2026-12-15"));
    CHECK(half09.to == d("2027-06-14"));
    const ReportPeriod second09 = parsed("2027-H2", Cutoff::Decree09);
    CHECK(second09.from == d("2027-06-15"));
    CHECK(second09.to == d("2027-12-14"));

    const ReportPeriod q3 = parsed("2027-Q3");
    CHECK(q3.from == d("2027-07-01"));
    CHECK(q3.to == d("2027-09-30"));
    const ReportPeriod q1_09 = parsed("2027-Q1", Cutoff::Decree09);
    CHECK(q1_09.from == d("2026-12-15"));
    CHECK(q1_09.to == d("2027-03-14"));
    const ReportPeriod q3_09 = parsed("2027-Q3", Cutoff::Decree09);
    CHECK(q3_09.from == d("2027-06-15"));
    CHECK(q3_09.to == d("2027-09-14"));
    CHECK(parsed("2028-Q1").to == d("2028-03-31"));

    const ReportPeriod custom = parsed("2026-10-01..2027-03-31");
    CHECK(custom.kind == PeriodKind::Custom);
    CHECK(custom.days() == 182);
    CHECK(custom.code() == QStringLiteral("2026-10-01..2027-03-31"));
    const ReportPeriod adHoc = parsed("2027-08-01..");
    CHECK(adHoc.kind == PeriodKind::AdHoc);
    CHECK(adHoc.to == d("2027-08-15"));

    // The parser reads back what code() writes.
    for (const char* text : {"2027", "2027-H1", "2027-Q4", "2026-10-01..2027-03-31"})
        CHECK(parsed(text).code() == QString::fromLatin1(text));

    for (const char* bad :
         {"", "27", "2027-H3", "2027-Q0", "2027-Q5", "2027-13-01..2027-12-31", "2027-03-31..2027-03-01",
          "1999", "2027-01-01..2027-02-30", "2027-10-01..", "2027;DROP", "2027-H1 "}) {
        const auto period = parsePeriod(QString::fromLatin1(bad), Cutoff::Calendar, d("2027-08-15"));
        INFO(bad);
        if (QByteArray(bad) == "2027-H1 ") {
            CHECK(period.ok()); // surrounding spaces are forgiven
            continue;
        }
        REQUIRE_FALSE(period.ok());
        CHECK(period.error().code == ErrorCode::InvalidArgument);
    }
    CHECK_FALSE(cutoffFromCode(QStringLiteral("fiscal")).ok());
    CHECK(*cutoffFromCode(QStringLiteral("decree09")) == Cutoff::Decree09);
}

TEST_CASE("periods: previous period and the same period in other years", "[reports][periods]") {
    CHECK(parsed("2027-Q1").previous() == parsed("2026-Q4"));
    CHECK(parsed("2027-H1").previous() == parsed("2026-H2"));
    CHECK(parsed("2027-H2", Cutoff::Decree09).previous() == parsed("2027-H1", Cutoff::Decree09));
    CHECK(parsed("2027").previous() == parsed("2026"));
    const ReportPeriod before = parsed("2027-01-11..2027-01-20").previous();
    CHECK(before.from == d("2027-01-01"));
    CHECK(before.to == d("2027-01-10"));
    CHECK(parsed("2027-Q3", Cutoff::Decree09).inYear(2030) == parsed("2030-Q3", Cutoff::Decree09));
    CHECK(parsed("2027-03-01..2027-04-30").inYear(2029).from == d("2029-03-01"));

    auto years = parseYearRange(QStringLiteral("2026..2030"));
    REQUIRE(years.ok());
    CHECK(*years == std::vector<int>{2026, 2027, 2028, 2029, 2030});
    CHECK_FALSE(parseYearRange(QStringLiteral("2030..2026")).ok());
    CHECK_FALSE(parseYearRange(QStringLiteral("2000..2020")).ok());
    CHECK_FALSE(parseYearRange(QStringLiteral("x")).ok());
}

TEST_CASE("the indicator catalogue is data and is checked against what the report can compute",
          "[reports][catalogue]") {
    auto catalogue = indicatorCatalogue();
    INFO((catalogue ? QString() : catalogue.error().message).toStdString());
    REQUIRE(catalogue.ok());
    QStringList codes;
    for (const Indicator& indicator : *catalogue)
        codes << indicator.code;
    for (const char* required : {"aid_cases_by_group",
                                 "aid_cases_by_form",
                                 "aid_cases_by_field",
                                 "aid_cases_by_sex",
                                 "aid_cases_by_age_band",
                                 "aid_cases_by_ethnicity",
                                 "aid_cases_by_nationality",
                                 "cases_carried_over_by_form",
                                 "cases_received_by_unit",
                                 "cases_accepted",
                                 "cases_assigned",
                                 "cases_closed",
                                 "cases_refused",
                                 "cases_withdrawn",
                                 "cases_discontinued",
                                 "cases_transferred",
                                 "cases_open_at_end_by_unit",
                                 "coverage_known",
                                 "coverage_aided",
                                 "coverage_percent",
                                 "urgent_acceptance_by_timeliness",
                                 "provider_changes_on_time_percent",
                                 "referrals_in_by_source_kind",
                                 "referrals_out_by_service",
                                 "referrals_out_by_referral_status",
                                 "referral_response_days_by_direction",
                                 "activities_by_activity_kind",
                                 "activity_participants",
                                 "cases_per_provider_by_provider"})
        CHECK(codes.contains(QString::fromLatin1(required)));

    const QByteArray unknownMeasure =
        R"({"indicators":[{"code":"x","section":"cases","measure":"cases; DROP TABLE people",
        "dimension":"total","label_vi":"x","label_en":"x"}]})";
    CHECK_FALSE(parseIndicatorCatalogue(unknownMeasure).ok());
    const QByteArray wrongDimension = R"({"indicators":[{"code":"x","section":"cases","measure":"activities",
        "dimension":"sex","label_vi":"x","label_en":"x"}]})";
    CHECK_FALSE(parseIndicatorCatalogue(wrongDimension).ok());
    const QByteArray good = R"({"indicators":[{"code":"x","section":"cases","measure":"activities",
        "dimension":"activity_kind","label_vi":"x","label_en":"x"}]})";
    CHECK(parseIndicatorCatalogue(good).ok());
    CHECK_FALSE(parseIndicatorCatalogue("not json").ok());
}

TEST_CASE("median in C++", "[reports]") {
    CHECK(median({}) == 0);
    CHECK(median({5}) == 5);
    CHECK(median({1, 5}) == 3);
    CHECK(median({9, 1, 3}) == 3);
    CHECK(median({4, 1, 3, 2}) == 2.5);
}

namespace {

// A small centre built row by row with plain SQL. Period of interest: 2027-H1 (calendar 2027-01-01 ..
// 2027-06-30; Decree 09 2026-12-15 .. 2027-06-14). Records sit on both sides of every bound.
struct HandBuilt {
    TempWorkspace ws;
    QString path;
    std::unique_ptr<Session> admin;
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
    qint64 provider = 0;

    HandBuilt() {
        path = createTestDatabase(ws).files.database;
        admin = openAsAdmin(path);
        const QSqlDatabase db = admin->db();
        const auto person = [&](const char* category, const char* name, const char* sex, QVariant birthDate,
                                QVariant birthYear, const char* ethnicity, const char* nationality,
                                const char* createdAt, QVariant status, QVariant accompanies) {
            return insertRow(
                db,
                QStringLiteral("INSERT INTO people (category, full_name, name_folded, sex, birth_date, "
                               "birth_year, ethnicity_code, nationality_code, id_type, id_number, phone, "
                               "current_status, accompanies_person_id, created_at, created_by, "
                               "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'none', '', "
                               "'0912345678', ?, ?, ?, 'admin', ?, 'admin')"),
                {QString::fromLatin1(category), QString::fromUtf8(name), QString::fromUtf8(name),
                 QString::fromLatin1(sex), birthDate, birthYear, QString::fromLatin1(ethnicity),
                 QString::fromLatin1(nationality), status, accompanies, QString::fromLatin1(createdAt),
                 QString::fromLatin1(createdAt)});
        };
        const QVariant none(QMetaType::fromType<QString>());
        const QVariant noId(QMetaType::fromType<qlonglong>());
        p1 = person("victim", "Lò Thị Một", "f", QStringLiteral("2010-03-01"), 2010, "kinh", "VN",
                    "2027-01-05T08:00:00.000Z", QStringLiteral("identified"), noId);
        p2 = person("under_identification", "Vàng A Hai", "m", none, 1990, "hmong", "VN",
                    "2027-06-30T23:00:00.000Z", QStringLiteral("under_identification"), noId);
        p3 = person("accompanying_minor", "Lò Văn Ba", "m", QStringLiteral("2015-07-01"), 2015, "kinh", "VN",
                    "2027-07-01T00:00:01.000Z", none, p1);
        p4 = person("victim", "Trần Thị Bốn", "", none, none, "kinh", "LA", "2026-12-31T10:00:00.000Z",
                    QStringLiteral("identified"), noId);
        p5 = person("victim", "Không Phải Năm", "f", none, 1999, "kinh", "VN", "2027-02-01T10:00:00.000Z",
                    QStringLiteral("not_victim"), noId);
        p6 = person("victim", "Chưa Được Sáu", "f", none, 2000, "tay", "VN", "2027-03-01T10:00:00.000Z",
                    QStringLiteral("identified"), noId);

        provider =
            insertRow(db,
                      QStringLiteral("INSERT INTO providers (kind, full_name) VALUES ('legal_aid_officer', "
                                     "'Trợ giúp viên A')"),
                      {});
        int number = 0;
        const auto kase = [&](qint64 person, const char* unit, const char* form, const char* field,
                              const char* received, QVariant accepted, QVariant assigned, QVariant ended,
                              const char* status, int urgent, QVariant providerId) {
            ++number;
            return insertRow(
                db,
                QStringLiteral("INSERT INTO cases (unit_code, form, field_code, group_code, "
                               "beneficiary_person_id, source, received_on, urgent, status, register_year, "
                               "register_number, file_code, provider_id, accepted_on, assigned_on, "
                               "ended_on, last_step_on, created_at, updated_at) VALUES (?, ?, ?, 'art7_6a', "
                               "?, 'walk_in', ?, ?, ?, 2027, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')"),
                {QString::fromLatin1(unit), QString::fromLatin1(form), QString::fromLatin1(field), person,
                 QString::fromLatin1(received), urgent, QString::fromLatin1(status), number,
                 QStringLiteral("TT.TV.%1.2027").arg(number), providerId, accepted, assigned, ended,
                 QString::fromLatin1(received)});
        };
        const auto s = [](const char* text) { return QVariant(QString::fromLatin1(text)); };
        c1 = kase(p1, "TT", "consultation", "hinh_su", "2026-12-20", s("2027-01-01"), s("2027-01-03"), none,
                  "in_progress", 1, provider);
        c2 = kase(p2, "CN1", "litigation", "dan_su", "2027-06-30", s("2027-06-30"), none, none, "accepted", 1,
                  noId);
        c3 = kase(p4, "TT", "out_of_court", "lao_dong", "2026-11-01", s("2026-12-31"), s("2026-12-31"),
                  s("2027-03-01"), "closed", 0, provider);
        c4 = kase(p1, "TT", "consultation", "hinh_su", "2027-07-01", s("2027-07-01"), none, none, "accepted",
                  0, noId);
        c5 = kase(p5, "TT", "consultation", "dan_su", "2027-02-01", none, none, s("2027-02-03"), "refused", 0,
                  noId);
        c6 = kase(p3, "TT", "consultation", "dan_su", "2026-06-01", none, none, s("2026-12-31"), "withdrawn",
                  0, noId);
        c7 = kase(p2, "CN1", "consultation", "dan_su", "2027-01-10", none, none, s("2027-06-30"),
                  "transferred", 0, noId);

        const auto transition = [&](qint64 caseId, const char* on, int late) {
            insertRow(
                db,
                QStringLiteral("INSERT INTO case_transitions (case_id, action, from_status, to_status, "
                               "effective_on, late, actor, at) VALUES (?, 'change_provider', 'in_progress', "
                               "'in_progress', ?, ?, 'admin', 'x')"),
                {caseId, QString::fromLatin1(on), late});
        };
        transition(c1, "2027-02-01", 1);
        transition(c3, "2027-01-15", 0);
        transition(c1, "2027-07-01", 0);

        const qint64 police = insertRow(
            db, QStringLiteral("INSERT INTO organisations (kind, name) VALUES ('police', 'Công an tỉnh')"),
            {});
        const qint64 clinic = insertRow(
            db,
            QStringLiteral("INSERT INTO organisations (kind, name) VALUES ('health_facility', 'Bệnh viện')"),
            {});
        const auto referral = [&](qint64 person, const char* direction, qint64 organisation,
                                  QVariant sourceKind, QVariant service, const char* status, const char* sent,
                                  QVariant answeredOn) {
            const qint64 id = insertRow(
                db,
                QStringLiteral(
                    "INSERT INTO referrals (person_id, direction, organisation_id, source_kind, service, "
                    "status, sent_on, due_on, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, 'admin', 'x', 'x')"),
                {person, QString::fromLatin1(direction), organisation, sourceKind, service,
                 QString::fromLatin1(status), QString::fromLatin1(sent), QString::fromLatin1(sent)});
            if (!answeredOn.isNull())
                insertRow(db,
                          QStringLiteral(
                              "INSERT INTO referral_status_history (referral_id, from_status, to_status, "
                              "changed_on, recorded_by, recorded_at) VALUES (?, 'sent', ?, ?, 'admin', 'x')"),
                          {id, QString::fromLatin1(status), answeredOn});
        };
        referral(p1, "in", police, s("police"), none, "accepted", "2027-01-01", s("2027-01-04"));
        referral(p1, "out", clinic, none, s("medical"), "declined", "2027-03-01", s("2027-03-02"));
        referral(p2, "out", clinic, none, s("shelter"), "sent", "2027-06-30", none);
        referral(p4, "in", police, s("police"), none, "accepted", "2026-12-31", s("2027-01-02"));
        referral(p6, "out", clinic, none, s("medical"), "accepted", "2027-04-01", s("2027-04-06"));

        const auto activity = [&](const char* kind, const char* on, int participants, int women) {
            insertRow(db,
                      QStringLiteral(
                          "INSERT INTO activities (kind, held_on, title, participants, female_participants, "
                          "created_by, created_at, updated_at) VALUES (?, ?, 'Hoạt động', ?, ?, 'admin', "
                          "'x', 'x')"),
                      {QString::fromLatin1(kind), QString::fromLatin1(on), participants, women});
        };
        activity("training", "2027-01-01", 30, 20);
        activity("legal_dissemination", "2027-06-30", 100, 60);
        activity("training", "2027-07-01", 50, 10);
    }

    Report compute(const ReportPeriod& period, ReportOptions options = {}) const {
        auto report = ReportService(*admin).compute(period, options);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report.ok());
        return std::move(report).value();
    }
};

double valueOf(const Report& report, const char* code, const char* key = "") {
    const ReportRow* row = report.find(QString::fromLatin1(code), QString::fromLatin1(key));
    INFO(code << " / " << key);
    REQUIRE(row != nullptr);
    return row->value;
}

// Plain SQL written for the test, independent of the production queries.
qint64 count(const Session& session, const char* sql, const QVariantList& values) {
    return scalar(session.db(), QString::fromLatin1(sql), values);
}

} // namespace

TEST_CASE("report figures match a hand-built data set, bounds included", "[reports][figures]") {
    HandBuilt f;
    const ReportPeriod h1 = parsed("2027-H1");
    const Report report = f.compute(h1);
    const QVariantList bounds{QStringLiteral("2027-01-01"), QStringLiteral("2027-06-30")};

    // People who received legal aid: cases accepted on 2027-01-01 and 2027-06-30 count, 2026-12-31 and
    // 2027-07-01 do not.
    CHECK(valueOf(report, "aid_cases") == 2);
    CHECK(valueOf(report, "aid_cases") ==
          count(*f.admin, "SELECT count(*) FROM cases WHERE accepted_on BETWEEN ? AND ?", bounds));
    CHECK(valueOf(report, "aid_people") == 2);
    CHECK(valueOf(report, "aid_cases_by_form", "consultation") == 1);
    CHECK(valueOf(report, "aid_cases_by_form", "litigation") == 1);
    CHECK(report.find(QStringLiteral("aid_cases_by_form"), QStringLiteral("out_of_court"))->value ==
          0); // 2026 only
    CHECK(valueOf(report, "aid_cases_by_sex", "f") ==
          count(*f.admin,
                "SELECT count(*) FROM cases WHERE accepted_on BETWEEN ? AND ? AND beneficiary_person_id IN "
                "(SELECT id FROM people WHERE sex = 'f')",
                bounds));
    CHECK(valueOf(report, "aid_cases_by_sex", "m") == 1);
    CHECK(valueOf(report, "aid_cases_by_age_band", "16_17") == 1); // born 2010-03-01, aided 2027-01-01: 16
    CHECK(valueOf(report, "aid_cases_by_age_band", "30_59") == 1); // born 1990 (year only)
    CHECK(valueOf(report, "aid_cases_by_ethnicity", "kinh") == 1);
    CHECK(valueOf(report, "aid_cases_by_ethnicity", "hmong") == 1);
    CHECK(valueOf(report, "aid_cases_by_nationality", "VN") == 2);
    CHECK(valueOf(report, "aid_cases_by_group", "art7_6a") == 2);
    CHECK(valueOf(report, "aid_cases_by_field", "hinh_su") == 1);
    CHECK(valueOf(report, "aid_cases_by_unit", "CN1") == 1);

    // Cases through the lifecycle.
    CHECK(valueOf(report, "cases_carried_over") == 2); // c1 open, c3 ended in the period; c6 ended 2026-12-31
    CHECK(valueOf(report, "cases_carried_over") ==
          count(*f.admin,
                "SELECT count(*) FROM cases WHERE received_on < ? AND NOT (ended_on IS NOT NULL AND ended_on "
                "< ?)",
                {QStringLiteral("2027-01-01"), QStringLiteral("2027-01-01")}));
    CHECK(valueOf(report, "cases_received") == 3);
    CHECK(valueOf(report, "cases_received") ==
          count(*f.admin, "SELECT count(*) FROM cases WHERE received_on BETWEEN ? AND ?", bounds));
    CHECK(valueOf(report, "cases_accepted") == 2);
    CHECK(valueOf(report, "cases_assigned") == 1);
    CHECK(valueOf(report, "cases_closed") == 1);
    CHECK(valueOf(report, "cases_refused") == 1);
    CHECK(valueOf(report, "cases_withdrawn") == 0);
    CHECK(valueOf(report, "cases_discontinued") == 0);
    CHECK(valueOf(report, "cases_transferred") == 1); // ended on the last day
    CHECK(valueOf(report, "cases_open_at_end") == 2);
    CHECK(valueOf(report, "cases_open_at_end_by_unit", "TT") == 1);
    CHECK(valueOf(report, "cases_received_by_form", "consultation") == 2);
    // Carried over + received = ended in the period + still open at its end.
    CHECK(valueOf(report, "cases_carried_over") + valueOf(report, "cases_received") ==
          valueOf(report, "cases_closed") + valueOf(report, "cases_refused") +
              valueOf(report, "cases_withdrawn") + valueOf(report, "cases_discontinued") +
              valueOf(report, "cases_transferred") + valueOf(report, "cases_open_at_end"));

    // Coverage: p1, p2 (recorded 23:00 on the last day) and p6 are known; p3 is recorded after the end, p4
    // before the start, p5 was found not to be a victim. p6 has no case.
    CHECK(valueOf(report, "coverage_known") == 3);
    CHECK(valueOf(report, "coverage_aided") == 2);
    CHECK(valueOf(report, "coverage_not_aided") == 1);
    CHECK(valueOf(report, "coverage_percent") == Approx(200.0 / 3));
    CHECK(valueOf(report, "coverage_known_by_category", "under_identification") == 1);
    CHECK(valueOf(report, "coverage_percent_by_category", "under_identification") == 100);

    // Timeliness.
    CHECK(valueOf(report, "urgent_acceptance") == 2);
    CHECK(valueOf(report, "urgent_acceptance_by_timeliness", "late") == 1);
    CHECK(valueOf(report, "urgent_acceptance_on_time_percent") == 50);
    CHECK(valueOf(report, "provider_changes") == 2);
    CHECK(valueOf(report, "provider_changes_by_timeliness", "on_time") == 1);
    CHECK(valueOf(report, "provider_changes_on_time_percent") == 50);

    // Referrals.
    CHECK(valueOf(report, "referrals_in") == 1);
    CHECK(valueOf(report, "referrals_in_by_source_kind", "police") == 1);
    CHECK(valueOf(report, "referrals_out") == 3);
    CHECK(valueOf(report, "referrals_out_by_service", "medical") == 2);
    CHECK(valueOf(report, "referrals_out_by_referral_status", "sent") == 1);
    CHECK(valueOf(report, "referral_response_days_by_direction", "in") == 3);
    CHECK(valueOf(report, "referral_response_days_by_direction", "out") == 3); // median of 1 and 5 days

    // Activities and providers.
    CHECK(valueOf(report, "activities") == 2);
    CHECK(valueOf(report, "activities_by_activity_kind", "training") == 1);
    CHECK(valueOf(report, "activity_participants") == 130);
    CHECK(valueOf(report, "activity_female_participants") == 80);
    CHECK(valueOf(report, "cases_per_provider_by_provider",
                  QString::number(f.provider).toLatin1().constData()) == 2);

    // The previous period (2026-H2) beside each number: c3 was accepted on 2026-12-31.
    REQUIRE(report.previousPeriod.has_value());
    CHECK(report.find(QStringLiteral("aid_cases"))->previous == 1.0);
}

TEST_CASE("report figures with Decree 09 cut-off dates and years side by side", "[reports][figures]") {
    HandBuilt f;
    ReportOptions options;
    options.compareYears = {2026, 2027, 2028};
    const Report report = f.compute(parsed("2027-H1", Cutoff::Decree09), options);
    // 2026-12-15 .. 2027-06-14: c1 (2027-01-01) and c3 (2026-12-31) are in, c2 (2027-06-30) is out.
    CHECK(valueOf(report, "aid_cases") == 2);
    CHECK(valueOf(report, "aid_cases_by_form", "out_of_court") == 1);
    CHECK(valueOf(report, "cases_received") == 3); // c1 2026-12-20, c5, c7
    CHECK(valueOf(report, "coverage_known") == 3); // p1, p4 (2026-12-31), p6
    CHECK(valueOf(report, "coverage_aided") == 2);
    const ReportRow* aid = report.find(QStringLiteral("aid_cases"));
    REQUIRE(aid != nullptr);
    CHECK(aid->years.at(2027) == 2);
    CHECK(aid->years.at(2026) == 0); // 2025-12-15 .. 2026-06-14
    CHECK(aid->years.at(2028) == 0);
    CHECK(aid->previous == 0.0); // 2026-06-15 .. 2026-12-14
}

TEST_CASE("drill-down ids, roles, the coverage list and its audit", "[reports][roles]") {
    HandBuilt f;
    const ReportPeriod h1 = parsed("2027-H1");
    ReportOptions options;
    options.withRecordIds = true;
    options.sections = {QStringLiteral("people_aided"), QStringLiteral("coverage")};
    const Report report = f.compute(h1, options);
    const ReportRow* women = report.find(QStringLiteral("aid_cases_by_sex"), QStringLiteral("f"));
    REQUIRE(women != nullptr);
    CHECK(women->recordType == QStringLiteral("case"));
    CHECK(women->recordIds == std::vector<qint64>{f.c1});
    CHECK(report.find(QStringLiteral("coverage_not_aided"))->recordIds == std::vector<qint64>{f.p6});
    CHECK(report.find(QStringLiteral("cases_received")) == nullptr); // section not asked for

    f.admin.reset();
    {
        auto statistics = sessionWithRole(f.path, Role::StatisticsOfficer);
        auto figures = ReportService(*statistics).compute(h1, options);
        REQUIRE(figures.ok());
        // Figures yes, the records behind them no.
        CHECK(figures->find(QStringLiteral("aid_cases_by_sex"), QStringLiteral("f"))->recordIds.empty());
        const auto gaps = ReportService(*statistics).coverageGaps(h1);
        REQUIRE_FALSE(gaps.ok());
        CHECK(gaps.error().code == ErrorCode::PermissionDenied);
    }
    {
        auto clerk = sessionWithRole(f.path, Role::IntakeClerk);
        const auto refused = ReportService(*clerk).compute(h1);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    auto officer = sessionWithRole(f.path, Role::LegalAidOfficer);
    const auto gaps = ReportService(*officer).coverageGaps(h1);
    REQUIRE(gaps.ok());
    REQUIRE(gaps->size() == 1);
    CHECK(gaps->front().personId == f.p6);
    CHECK(gaps->front().fullName == QStringLiteral("Chưa Được Sáu"));
    QSqlQuery audit =
        execute(officer->db(), QStringLiteral("SELECT target_id, details FROM audit_log WHERE action = "
                                              "'report.coverage_gaps' ORDER BY id DESC LIMIT 1"));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("2027-H1"));
    CHECK(audit.value(1).toString() == QStringLiteral("people=1"));
}

TEST_CASE("report JSON and CSV carry every row with stable codes", "[reports][output]") {
    HandBuilt f;
    ReportOptions options;
    options.compareYears = {2026, 2027};
    const Report report = f.compute(parsed("2027-H1"), options);
    const QJsonObject json = reportToJson(report);
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("2027-H1"));
    CHECK(json.value(QStringLiteral("rows")).toArray().size() == static_cast<qsizetype>(report.rows.size()));

    const QString csvPath = f.ws.path(QStringLiteral("report.csv"));
    REQUIRE(exportReportCsv(*f.admin, report, csvPath).ok());
    const QByteArray bytes = readAll(csvPath);
    CHECK(bytes.startsWith(
        "\xEF\xBB\xBF"
        "period,period_from,period_to,indicator,section,indicator_label,breakdown,key,key_label,"
        "unit,value,previous_value,change,value_2026,value_2027\r\n"));
    CHECK(bytes.contains("2027-H1,2027-01-01,2027-06-30,aid_cases,people_aided,"));
    CHECK(QFile::exists(f.ws.path(QStringLiteral("report.dictionary.csv"))));
    CHECK(scalar(f.admin->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.export'")) == 1);
}

namespace {

// Every (measure, dimension) pair the shipped catalogue reads.
std::set<MeasureDimension> cataloguePairs() {
    auto catalogue = indicatorCatalogue();
    REQUIRE(catalogue.ok());
    std::set<MeasureDimension> pairs;
    for (const Indicator& indicator : *catalogue) {
        if (indicator.isRatio()) {
            pairs.insert({indicator.numerator, indicator.dimension});
            pairs.insert({indicator.denominator, indicator.dimension});
        } else {
            pairs.insert({indicator.measure, indicator.dimension});
        }
    }
    return pairs;
}

// The grouped passes give, for every pair they compute and every period, exactly what the measure's own
// query gives (keys, values, and which keys are absent). With `mayLeave`, a pair may be left to that query.
void requireBatchMatchesMeasures(const Session& session, const std::vector<ReportPeriod>& periods,
                                 bool mayLeave = false) {
    const std::set<MeasureDimension> pairs = cataloguePairs();
    // On the one connection, and with half the passes on a second connection in a worker thread.
    for (const bool parallel : {false, true}) {
        INFO((parallel ? "two connections" : "one connection"));
        auto tables = ReportBatchRepository(session.db(), parallel ? ReaderAccess(session) : ReaderAccess())
                          .compute(periods, pairs);
        INFO((tables ? QString() : tables.error().message).toStdString());
        REQUIRE(tables.ok());
        REQUIRE(tables->size() == periods.size());
        const ReportRepository repository(session.db());
        for (std::size_t i = 0; i < periods.size(); ++i) {
            for (const auto& [measure, dimension] : pairs) {
                INFO(periods[i].code().toStdString()
                     << " " << measure.toStdString() << " by " << dimension.toStdString());
                const ValuesByKey* batch = (*tables)[i].find(measure, dimension);
                if (mayLeave && batch == nullptr)
                    continue;
                REQUIRE(batch != nullptr);
                auto expected = repository.aggregate(measure, dimension, periods[i]);
                REQUIRE(expected.ok());
                ValuesByKey byKey;
                for (const MeasureValue& value : *expected)
                    byKey[value.key] = value.value;
                CHECK(*batch == byKey);
            }
        }
    }
}

} // namespace

TEST_CASE("the shipped catalogue is computed by the grouped passes alone", "[reports][batch]") {
    for (const auto& [measure, dimension] : cataloguePairs()) {
        INFO(measure.toStdString() << " by " << dimension.toStdString());
        CHECK(ReportBatchRepository::covers(measure, dimension));
    }
}

TEST_CASE("grouped passes equal the per-measure queries on every bound and period kind", "[reports][batch]") {
    HandBuilt f;
    // Periods whose bounds fall on the records' edge dates, side by side, overlapping and empty.
    requireBatchMatchesMeasures(
        *f.admin, {parsed("2027-H1"), parsed("2026-H2"), parsed("2027-H1", Cutoff::Decree09), parsed("2027"),
                   parsed("2026"), parsed("2028"), parsed("2027-Q3"), parsed("2027-Q1", Cutoff::Decree09),
                   parsed("2027-06-30..2027-07-01"), parsed("2027-01-01..2027-01-01"),
                   parsed("2026-12-31..2027-06-30"), parsed("2025-01-01..2030-12-31")});
    // One period alone, and the report the desk computes (the previous period beside it) still match the
    // independent figures above.
    requireBatchMatchesMeasures(*f.admin, {parsed("2027-06-30..2027-06-30")});
}

TEST_CASE("a case whose beneficiary is missing leaves legal aid to the per-measure query",
          "[reports][batch]") {
    HandBuilt f;
    const QSqlDatabase db = f.admin->db();
    // A case accepted in 2027-H1 for a person who does not exist: only possible with the foreign keys off,
    // but the figures must still be those of the measure's SQL (which joins the person and so skips it).
    execute(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    insertRow(
        db,
        QStringLiteral("INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                       "source, received_on, urgent, status, register_year, register_number, file_code, "
                       "accepted_on, last_step_on, created_at, updated_at) VALUES ('TT', 'consultation', "
                       "'dan_su', 'art7_6a', 999999, 'walk_in', '2027-03-01', 0, 'accepted', 2027, 99, "
                       "'TT.TV.99.2027', '2027-03-02', '2027-03-02', 'x', 'x')"),
        {});
    execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    requireBatchMatchesMeasures(*f.admin, {parsed("2027-H1"), parsed("2026-H2")}, true);
    auto tables = ReportBatchRepository(f.admin->db()).compute({parsed("2027-H1")}, cataloguePairs());
    REQUIRE(tables.ok());
    CHECK(tables->front().find(QStringLiteral("aid_cases"), QStringLiteral("total")) == nullptr);
    CHECK(tables->front().find(QStringLiteral("aid_cases"), QStringLiteral("sex")) != nullptr);
    const Report report = f.compute(parsed("2027-H1"));
    CHECK(valueOf(report, "aid_cases") == 2); // the orphan case is not legal aid to anyone
    CHECK(valueOf(report, "cases_accepted") == 3);
}

TEST_CASE("report progress counts the passes and Cancel stops the computation", "[reports][batch]") {
    HandBuilt f;
    std::vector<std::pair<int, int>> calls;
    ReportOptions options;
    options.progress = [&calls](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    };
    const Report report = f.compute(parsed("2027-H1"), options);
    REQUIRE(calls.size() >= 3);
    CHECK(calls.front().first == 0);
    CHECK(calls.back().first == calls.back().second); // finished
    for (std::size_t i = 1; i < calls.size(); ++i) {
        CHECK(calls[i].first >= calls[i - 1].first);
        CHECK(calls[i].first <= calls[i].second);
    }
    CHECK_FALSE(report.millisByPass.empty());

    // Stopped after the first pass: no report, a Cancelled error.
    int seen = 0;
    options.progress = [&seen](int done, int) {
        ++seen;
        return done < 1;
    };
    auto stopped = ReportService(*f.admin).compute(parsed("2027-H1"), options);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(seen == 2);

    // The worker thread's service (own connection, role only) reports progress the same way.
    int workerCalls = 0;
    options.progress = [&workerCalls](int, int) {
        ++workerCalls;
        return true;
    };
    auto figures = ReportService(f.admin->db(), Role::StatisticsOfficer).compute(parsed("2027-H1"), options);
    REQUIRE(figures.ok());
    CHECK(workerCalls >= 3);
    CHECK(figures->find(QStringLiteral("aid_cases"))->value == 2);
}

TEST_CASE("age bands on birthdays at every bound, computed once per case", "[reports][batch]") {
    HandBuilt f;
    const QSqlDatabase db = f.admin->db();
    const QVariant none(QMetaType::fromType<QString>());
    int number = 100;
    // Each person gets one case accepted on 2027-03-10; the birth date puts the age just below or on a bound.
    const auto aided = [&](QVariant birthDate, QVariant birthYear) {
        const qint64 person = insertRow(
            db,
            QStringLiteral(
                "INSERT INTO people (category, full_name, name_folded, sex, birth_date, birth_year, "
                "ethnicity_code, nationality_code, id_type, id_number, created_at, created_by, "
                "updated_at, updated_by) VALUES ('victim', 'Tuổi', 'tuoi', 'f', ?, ?, 'kinh', 'VN', "
                "'none', '', '2027-03-01T00:00:00.000Z', 'admin', 'x', 'admin')"),
            {birthDate, birthYear});
        ++number;
        insertRow(
            db,
            QStringLiteral("INSERT INTO cases (unit_code, form, field_code, group_code, "
                           "beneficiary_person_id, source, received_on, urgent, status, register_year, "
                           "register_number, file_code, accepted_on, last_step_on, created_at, updated_at) "
                           "VALUES ('TT', 'consultation', 'dan_su', 'art7_6a', ?, 'walk_in', '2027-03-10', "
                           "0, 'accepted', 2027, ?, ?, '2027-03-10', '2027-03-10', 'x', 'x')"),
            {person, number, QStringLiteral("TT.TV.%1.2027").arg(number)});
    };
    const auto date = [](const char* iso) { return QVariant(QString::fromLatin1(iso)); };
    aided(date("2011-03-11"), 2011); // 15, the day before 16
    aided(date("2011-03-10"), 2011); // 16 on the day
    aided(date("2009-03-11"), 2009); // 17
    aided(date("2009-03-10"), 2009); // 18
    aided(date("1997-03-11"), 1997); // 29
    aided(date("1997-03-10"), 1997); // 30
    aided(date("1967-03-11"), 1967); // 59
    aided(date("1967-03-10"), 1967); // 60
    aided(date("1940-01-01"), 1940); // 87
    aided(date("2028-01-01"), 2028); // born after the day (bad data): under 16, as the measure says
    aided(none, 1967);               // 60 from the year alone
    aided(none, QVariant(QMetaType::fromType<qlonglong>())); // unknown

    requireBatchMatchesMeasures(*f.admin,
                                {parsed("2027-H1"), parsed("2027"), parsed("2027-03-10..2027-03-10")});
    const Report report = f.compute(parsed("2027-03-10..2027-03-10"));
    CHECK(valueOf(report, "aid_cases_by_age_band", "under_16") == 2);
    CHECK(valueOf(report, "aid_cases_by_age_band", "16_17") == 2);
    CHECK(valueOf(report, "aid_cases_by_age_band", "18_29") == 2);
    CHECK(valueOf(report, "aid_cases_by_age_band", "30_59") == 2);
    CHECK(valueOf(report, "aid_cases_by_age_band", "60_plus") == 3);
    CHECK(valueOf(report, "aid_cases_by_age_band", "unknown") == 1);
    CHECK(valueOf(report, "aid_people") == 12);
}

TEST_CASE("without the report indexes the figures come from the per-measure queries", "[reports][batch]") {
    HandBuilt f;
    const Report fast = f.compute(parsed("2027-H1"));
    execute(f.admin->db(), QStringLiteral("DROP INDEX people_report_walk"));
    const Report slow = f.compute(parsed("2027-H1"));
    REQUIRE(slow.rows.size() == fast.rows.size());
    for (std::size_t i = 0; i < fast.rows.size(); ++i) {
        INFO(fast.rows[i].code.toStdString() << " / " << fast.rows[i].key.toStdString());
        CHECK(slow.rows[i].code == fast.rows[i].code);
        CHECK(slow.rows[i].key == fast.rows[i].key);
        CHECK(slow.rows[i].value == fast.rows[i].value);
        CHECK(slow.rows[i].previous == fast.rows[i].previous);
    }
    CHECK(slow.millisByPass.empty()); // no pass completed: every figure was queried on its own
}

TEST_CASE("response days from the answers index: repeated answers, other steps, odd dates",
          "[reports][batch]") {
    HandBuilt f;
    const QSqlDatabase db = f.admin->db();
    // Every history row of the first referral sent in 2027: a second answer (counted, as the measure's join
    // counts it), a step that is no answer (not counted), an answer dated with a time of day (a fraction of a
    // day) and one whose date SQLite cannot read (0 days, as the measure's NULL reads).
    const qint64 referral = [&] {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM referrals WHERE sent_on = '2027-01-01'")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }();
    for (const char* row : {"'sent', 'declined', '2027-01-09'", "'sent', 'closed', '2027-01-20'",
                            "'accepted', 'declined', '2027-01-21'",
                            "'sent', 'accepted', '2027-01-02T12:00:00'", "'sent', 'accepted', 'not a date'"})
        insertRow(db,
                  QStringLiteral("INSERT INTO referral_status_history (referral_id, from_status, to_status, "
                                 "changed_on, recorded_by, recorded_at) VALUES (?, %1, 'admin', 'x')")
                      .arg(QString::fromLatin1(row)),
                  {referral});
    requireBatchMatchesMeasures(*f.admin, {parsed("2027-H1"), parsed("2027-Q1"), parsed("2026-H2"),
                                           parsed("2026-12-31..2027-01-31"), parsed("2027")});
    auto tables = ReportBatchRepository(db).compute({parsed("2027-Q1")}, cataloguePairs());
    REQUIRE(tables.ok());
    const ValuesByKey* inbound =
        tables->front().find(QStringLiteral("referral_response_days"), QStringLiteral("direction"));
    REQUIRE(inbound != nullptr);
    // In: 3, 8, 1.5 and 0 days (2027-01-01) and 2 days (the referral sent 2026-12-31 is not in Q1): 0, 1.5,
    // 3, 8 -> 2.25.
    CHECK(inbound->at(QStringLiteral("in")) == Approx(2.25));
}

// Small-cell protection of anonymised exports (issue 6): rare combinations of age band, sex, province,
// nationality and ethnicity are generalised or suppressed, common ones are left alone, and the export says
// exactly what it did — in its summary and in the audit entry, counts only.
#include "exchange/csv_reader.h"
#include "exchange/export_service.h"
#include "exchange/small_cell.h"
#include "reports/report_period.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDate>
#include <QFile>

using namespace legalaid;
using namespace legalaid::exchange;
using namespace legalaid::test;

namespace {

// Rows of six cells: id, sex, age band, province, nationality, ethnicity.
struct GuardRun {
    std::vector<std::vector<std::string>> written;
    SmallCellReport report;
};

GuardRun runGuard(int k, const std::vector<std::vector<std::string>>& rows) {
    GuardRun run;
    SmallCellGuard guard(k,
                         {{1, QuasiIdentifier::Sex, QStringLiteral("sex")},
                          {2, QuasiIdentifier::AgeBand, QStringLiteral("age_band")},
                          {3, QuasiIdentifier::Province, QStringLiteral("province")},
                          {4, QuasiIdentifier::Nationality, QStringLiteral("nationality")},
                          {5, QuasiIdentifier::Ethnicity, QStringLiteral("ethnicity")}},
                         6, [&run](const std::string_view* cells) -> Status {
                             run.written.emplace_back(cells, cells + 6);
                             return {};
                         });
    for (const auto& row : rows) {
        std::vector<std::string_view> cells(row.begin(), row.end());
        REQUIRE(guard.add(cells.data()).ok());
    }
    REQUIRE(guard.finish().ok());
    run.report = guard.report();
    return run;
}

void addRows(std::vector<std::vector<std::string>>& rows, int count, const std::vector<std::string>& values) {
    for (int i = 0; i < count; ++i) {
        std::vector<std::string> row{"r" + std::to_string(rows.size())};
        row.insert(row.end(), values.begin(), values.end());
        rows.push_back(row);
    }
}

const std::vector<std::string>* findRow(const GuardRun& run, const std::string& id) {
    for (const auto& row : run.written) {
        if (row.front() == id)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("small-cell guard: common combinations untouched, a rare one never written as it is",
          "[export][small-cell]") {
    std::vector<std::vector<std::string>> rows;
    addRows(rows, 20, {"f", "18_29", "ha_noi", "VN", "kinh"});
    addRows(rows, 11, {"m", "30_59", "nghe_an", "VN", "kinh"});
    addRows(rows, 1, {"m", "60_plus", "lai_chau", "CN", "mong"}); // r31: one of a kind
    const GuardRun run = runGuard(11, rows);

    CHECK(run.written.size() == 31);
    CHECK(findRow(run, "r31") == nullptr);
    for (int i = 0; i < 20; ++i)
        CHECK(*findRow(run, "r" + std::to_string(i)) ==
              std::vector<std::string>{"r" + std::to_string(i), "f", "18_29", "ha_noi", "VN", "kinh"});
    for (const auto& row : run.written) {
        for (const char* rare : {"lai_chau", "CN", "mong", "60_plus"})
            CHECK(std::find(row.begin(), row.end(), rare) == row.end());
    }
    CHECK(run.report.applied);
    CHECK(run.report.k == 11);
    CHECK(run.report.combinationsBelowK == 1);
    CHECK(run.report.rowsSuppressed == 1);
    CHECK(run.report.rowsGeneralised == 0);
    CHECK(run.report.totalCellsGeneralised() == 0);
    CHECK(run.report.auditText() ==
          QStringLiteral("k=11 below_k=1 generalised_cells=0 () generalised_rows=0 suppressed_rows=1"));
}

TEST_CASE("small-cell guard generalises rare rows step by step until k of them match",
          "[export][small-cell]") {
    std::vector<std::vector<std::string>> rows;
    addRows(rows, 12, {"f", "18_29", "ha_noi", "VN", "kinh"});
    // Two minority groups, six each: rare alone, twelve together as "minority" (level 1).
    addRows(rows, 6, {"f", "18_29", "ha_noi", "VN", "tay"});
    addRows(rows, 6, {"f", "18_29", "ha_noi", "VN", "thai"});
    // Four ages and provinces of one region, three rows each: only at level 3 (age band and region).
    addRows(rows, 3, {"m", "under_16", "son_la", "VN", "kinh"});
    addRows(rows, 3, {"m", "16_17", "son_la", "VN", "kinh"});
    addRows(rows, 3, {"m", "under_16", "lao_cai", "VN", "kinh"});
    addRows(rows, 3, {"m", "16_17", "dien_bien", "VN", "kinh"});
    const GuardRun run = runGuard(11, rows);

    REQUIRE(run.written.size() == rows.size());
    CHECK(*findRow(run, "r0") == std::vector<std::string>{"r0", "f", "18_29", "ha_noi", "VN", "kinh"});
    CHECK(*findRow(run, "r12") == std::vector<std::string>{"r12", "f", "18_29", "ha_noi", "VN", "minority"});
    CHECK(*findRow(run, "r18") == std::vector<std::string>{"r18", "f", "18_29", "ha_noi", "VN", "minority"});
    CHECK(*findRow(run, "r24") == std::vector<std::string>{"r24", "m", "under_18",
                                                           "region_northern_midlands_mountains", "VN",
                                                           "kinh"});
    CHECK(*findRow(run, "r35") == std::vector<std::string>{"r35", "m", "under_18",
                                                           "region_northern_midlands_mountains", "VN",
                                                           "kinh"});

    CHECK(run.report.combinationsBelowK == 6);
    CHECK(run.report.rowsSuppressed == 0);
    CHECK(run.report.rowsGeneralised == 24);
    REQUIRE(run.report.cellsGeneralised.size() == 5);
    CHECK(run.report.cellsGeneralised[0].column == QStringLiteral("sex"));
    CHECK(run.report.cellsGeneralised[0].cells == 0);
    CHECK(run.report.cellsGeneralised[1].cells == 12); // age_band of the twelve boys
    CHECK(run.report.cellsGeneralised[2].cells == 12); // province → region
    CHECK(run.report.cellsGeneralised[3].cells == 0);
    CHECK(run.report.cellsGeneralised[4].cells == 12); // ethnicity → minority
    CHECK(run.report.totalCellsGeneralised() == 36);

    // Every combination in the output holds at least k rows.
    std::map<std::vector<std::string>, int> classes;
    for (const auto& row : run.written)
        ++classes[std::vector<std::string>(row.begin() + 1, row.end())];
    for (const auto& [values, count] : classes)
        CHECK(count >= 11);
}

TEST_CASE("generalisation levels of each quasi-identifier", "[export][small-cell]") {
    CHECK(generalisedValue(QuasiIdentifier::Ethnicity, "mong", 0) == "mong");
    CHECK(generalisedValue(QuasiIdentifier::Ethnicity, "mong", 1) == "minority");
    CHECK(generalisedValue(QuasiIdentifier::Ethnicity, "kinh", 3) == "kinh");
    CHECK(generalisedValue(QuasiIdentifier::Nationality, "LA", 1) == "foreign");
    CHECK(generalisedValue(QuasiIdentifier::Nationality, "VN", 1) == "VN");
    CHECK(generalisedValue(QuasiIdentifier::AgeBand, "16_17", 1) == "16_17");
    CHECK(generalisedValue(QuasiIdentifier::AgeBand, "16_17", 2) == "under_18");
    CHECK(generalisedValue(QuasiIdentifier::AgeBand, "60_plus", 2) == "18_plus");
    CHECK(generalisedValue(QuasiIdentifier::AgeBand, "unknown", 3) == "unknown");
    CHECK(generalisedValue(QuasiIdentifier::Province, "ca_mau", 2) == "ca_mau");
    CHECK(generalisedValue(QuasiIdentifier::Province, "ca_mau", 3) == "region_mekong_delta");
    CHECK(generalisedValue(QuasiIdentifier::Province, "atlantis", 3) == "region_other");
    CHECK(generalisedValue(QuasiIdentifier::Province, "", 3).empty());
    CHECK(generalisedValue(QuasiIdentifier::Sex, "x", 3) == "x");
}

namespace {

struct SmallCellFixture {
    TempWorkspace ws;
    QString path;

    SmallCellFixture() {
        path = createTestDatabase(ws).files.database;
        auto admin = openAsAdmin(path);
        const QSqlDatabase db = admin->db();
        // Fifteen women of the same description, and one man whose description is his alone.
        for (int i = 0; i < 16; ++i) {
            const bool rare = i == 15;
            const qint64 person = insertRow(
                db,
                QStringLiteral(
                    "INSERT INTO people (category, full_name, name_folded, sex, birth_year, "
                    "ethnicity_code, nationality_code, province_code, phone, created_at, created_by, "
                    "updated_at, updated_by) VALUES ('victim', ?, 'x', ?, ?, ?, ?, ?, ?, "
                    "'2027-01-02T00:00:00Z', 'admin', 'x', 'admin')"),
                {rare ? QStringLiteral("Giàng A Hiếm") : QStringLiteral("Nguyễn Thị Thường %1").arg(i),
                 rare ? QStringLiteral("m") : QStringLiteral("f"), rare ? 1950 : 1995,
                 rare ? QStringLiteral("mong") : QStringLiteral("kinh"),
                 rare ? QStringLiteral("CN") : QStringLiteral("VN"),
                 rare ? QStringLiteral("lai_chau") : QStringLiteral("ha_noi"),
                 QStringLiteral("09123456%1").arg(i, 2, 10, QLatin1Char('0'))});
            insertRow(
                db,
                QStringLiteral(
                    "INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                    "source, received_on, status, register_year, register_number, file_code, "
                    "last_step_on, created_at, updated_at) VALUES ('TT', 'consultation', 'hinh_su', "
                    "'art7_6a', ?, 'walk_in', '2027-03-01', 'received', 2027, ?, ?, '2027-03-01', 'x', "
                    "'x')"),
                {person, i + 1, QStringLiteral("TT.TV.%1.2027").arg(i + 1)});
        }
    }
};

reports::ReportPeriod year2027() {
    auto parsed = reports::parsePeriod(QStringLiteral("2027"));
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

TEST_CASE("a case export leaves a one-of-a-kind person out and says so in the summary and the audit",
          "[export][small-cell]") {
    SmallCellFixture f;
    auto statistics = sessionWithRole(f.path, Role::StatisticsOfficer);
    const QString out = f.ws.path(QStringLiteral("cases.csv"));
    auto summary = ExportService(*statistics).exportRecords(ExportKind::Cases, year2027(), out);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 16);
    CHECK(summary->rows == 15);
    CHECK(summary->smallCell.applied);
    CHECK(summary->smallCell.k == 11);
    CHECK(summary->smallCell.rowsSuppressed == 1);

    const QByteArray bytes = readAll(out);
    CHECK(bytes.count(",f,30_59,kinh,VN,ha_noi\r\n") == 15); // the common combination, exactly as it is
    for (const char* rare : {"lai_chau", ",CN,", "mong", "60_plus", ",m,", "region_", "minority"})
        CHECK_FALSE(bytes.contains(rare));

    QSqlQuery audit = execute(statistics->db(),
                              QStringLiteral("SELECT details FROM audit_log WHERE action = 'export.cases'"));
    REQUIRE(audit.next());
    const QString details = audit.value(0).toString();
    CHECK(details.startsWith(QStringLiteral("rows=15 anonymised=yes")));
    CHECK(details.contains(QStringLiteral("k=11 below_k=1")));
    CHECK(details.contains(QStringLiteral("suppressed_rows=1")));
    for (const char* personal : {"Giàng", "lai_chau", "mong", "CN"})
        CHECK_FALSE(details.contains(QString::fromUtf8(personal)));

    // With k = 2 the same man is still alone: suppressed. With his description shared by no one, no k helps.
    ExportOptions two;
    two.k = 2;
    auto again = ExportService(*statistics).exportRecords(ExportKind::Cases, year2027(), out, two);
    REQUIRE(again.ok());
    CHECK(again->rows == 15);

    // People export: the same protection.
    auto people = ExportService(*statistics)
                      .exportRecords(ExportKind::People, year2027(), f.ws.path(QStringLiteral("people.csv")));
    REQUIRE(people.ok());
    CHECK(people->rows == 15);
    CHECK_FALSE(readAll(f.ws.path(QStringLiteral("people.csv"))).contains("lai_chau"));
}

TEST_CASE("k out of range is refused before anything is written; full exports are not generalised",
          "[export][small-cell]") {
    SmallCellFixture f;
    auto admin = openAsAdmin(f.path);
    const QString out = f.ws.path(QStringLiteral("cases.csv"));
    for (const int k : {0, 1, 1001}) {
        ExportOptions options;
        options.k = k;
        const auto refused = ExportService(*admin).exportRecords(ExportKind::Cases, year2027(), out, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(QFile::exists(out));
    }
    ExportOptions full;
    full.identified = true;
    auto summary = ExportService(*admin).exportRecords(ExportKind::Cases, year2027(), out, full);
    REQUIRE(summary.ok());
    CHECK_FALSE(summary->smallCell.applied);
    CHECK(summary->rows == 16);
    CHECK(readAll(out).contains("Giàng A Hiếm"));
}

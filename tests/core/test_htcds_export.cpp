// The HTCDS-aligned export (issue 6): one row per victim or person being identified, the field mapping in the
// data dictionary, anonymised and small-cell protected, audited.
#include "exchange/csv_reader.h"
#include "exchange/export_service.h"
#include "reports/report_period.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QFile>

using namespace legalaid;
using namespace legalaid::exchange;
using namespace legalaid::test;

namespace {

struct HtcdsFixture {
    TempWorkspace ws;
    QString path;

    HtcdsFixture() {
        path = createTestDatabase(ws).files.database;
        auto admin = openAsAdmin(path);
        const QSqlDatabase db = admin->db();
        const auto person = [&](const QString& name, const char* category, const char* sex, int birthYear,
                                const char* nationality, const char* exploitation, const char* destination,
                                const QVariant& arrival, const QVariant& status,
                                const QVariant& accompanies) {
            return insertRow(
                db,
                QStringLiteral(
                    "INSERT INTO people (category, full_name, name_folded, sex, birth_year, "
                    "nationality_code, "
                    "exploitation_code, destination_code, arrival_date, current_status, "
                    "accompanies_person_id, "
                    "id_type, id_number, phone, created_at, created_by, updated_at, updated_by) VALUES (?, "
                    "?, "
                    "'x', ?, ?, ?, ?, ?, ?, ?, ?, 'cccd', ?, '0911222333', '2027-01-02T00:00:00Z', 'admin', "
                    "'x', 'admin')"),
                {QString::fromLatin1(category), name, QString::fromLatin1(sex), birthYear,
                 QString::fromLatin1(nationality), QString::fromLatin1(exploitation),
                 QString::fromLatin1(destination), arrival, status, accompanies,
                 QStringLiteral("0013%1").arg(insertCount++, 8, 10, QLatin1Char('0'))});
        };
        qint64 first = 0;
        // Twelve girls trafficked at 16 for sexual exploitation to China, identified by the police.
        for (int i = 0; i < 12; ++i) {
            const qint64 id = person(QStringLiteral("Lò Thị Mẫu %1").arg(i), "victim", "f", 2000, "VN",
                                     "sexual_exploitation", "CN", QStringLiteral("2016-06-01"),
                                     QStringLiteral("identified"), QVariant());
            if (i == 0)
                first = id;
            execute(
                db,
                QStringLiteral("INSERT INTO identification_events (person_id, status, deciding_body, "
                               "decision_date, created_at, created_by) VALUES (?, 'under_identification', "
                               "'commune_committee', '2026-12-01', 'x', 'admin'), (?, 'identified', "
                               "'police', '2027-02-01', 'x', 'admin')"),
                {id, id});
        }
        // Two men being identified, no decision yet and no date of return.
        for (int i = 0; i < 2; ++i)
            person(QStringLiteral("Vàng A Chưa %1").arg(i), "under_identification", "m", 1990, "VN",
                   "forced_labour", "KH", QVariant(), QVariant(), QVariant());
        // An accompanying child: not a trafficking case of its own.
        person(QStringLiteral("Lò Văn Con"), "accompanying_minor", "m", 2020, "VN", "", "", QVariant(),
               QVariant(), first);
        // One person whose description is theirs alone.
        person(QStringLiteral("Người Hiếm Có"), "victim", "x", 1950, "LA", "organ_removal", "TH",
               QStringLiteral("2010-01-01"), QStringLiteral("identified"), QVariant());
    }

    int insertCount = 0;
};

reports::ReportPeriod year2027() {
    auto parsed = reports::parsePeriod(QStringLiteral("2027"));
    REQUIRE(parsed.ok());
    return *parsed;
}

QStringList rowOf(const std::vector<QStringList>& rows, const QString& column, const QString& value) {
    const qsizetype at = rows.front().indexOf(column);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].at(at) == value)
            return rows[i];
    }
    return {};
}

} // namespace

TEST_CASE("HTCDS export: mapped fields, no personal data, accompanying minors left out, rare rows suppressed",
          "[export][htcds]") {
    HtcdsFixture f;
    auto statistics = sessionWithRole(f.path, Role::StatisticsOfficer);
    const QString out = f.ws.path(QStringLiteral("htcds.csv"));
    ExportOptions options;
    options.k = 2;
    auto summary = ExportService(*statistics).exportRecords(ExportKind::Htcds, year2027(), out, options);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->anonymised);
    CHECK(summary->rowsRead == 15); // not the child
    CHECK(summary->rows == 14);     // not the one of a kind
    CHECK(summary->smallCell.rowsSuppressed == 1);

    const QByteArray bytes = readAll(out);
    CHECK(bytes.startsWith(
        "\xEF\xBB\xBF"
        "person_ref,category,year_of_registration,trafficking_status,deciding_body,"
        "decision_year,exploitation_type,is_sexual_exploit,is_forced_labour,"
        "is_forced_marriage,is_organ_removal,country_of_exploitation,gender,"
        "age_band_when_trafficked,majority_status_when_trafficked,age_basis,citizenship\r\n"));
    for (const char* secret : {"Lò", "Vàng", "Người Hiếm", "0911222333", "001300000000", ",organ_removal,",
                               ",LA\r\n", "accompanying_minor"})
        CHECK_FALSE(bytes.contains(secret));
    auto rows = parseCsv(bytes);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 15);

    const QStringList girl = rowOf(*rows, QStringLiteral("gender"), QStringLiteral("female"));
    REQUIRE_FALSE(girl.isEmpty());
    CHECK(girl.mid(1) ==
          QStringList{QStringLiteral("victim"), QStringLiteral("2027"), QStringLiteral("identified_victim"),
                      QStringLiteral("police"), QStringLiteral("2027"), QStringLiteral("sexual_exploitation"),
                      QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                      QStringLiteral("CN"), QStringLiteral("female"), QStringLiteral("16_17"),
                      QStringLiteral("minor"), QStringLiteral("arrival"), QStringLiteral("VN")});
    CHECK(girl.front().size() == 32);

    const QStringList man = rowOf(*rows, QStringLiteral("gender"), QStringLiteral("male"));
    REQUIRE_FALSE(man.isEmpty());
    CHECK(man.mid(1) == QStringList{QStringLiteral("under_identification"), QStringLiteral("2027"),
                                    QStringLiteral("unknown"), QString(), QString(),
                                    QStringLiteral("forced_labour"), QStringLiteral("0"), QStringLiteral("1"),
                                    QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("KH"),
                                    QStringLiteral("male"), QStringLiteral("30_59"), QStringLiteral("adult"),
                                    QStringLiteral("recorded"), QStringLiteral("VN")});

    // The dictionary documents the mapping of every column.
    auto dictionary = parseCsv(readAll(f.ws.path(QStringLiteral("htcds.dictionary.csv"))));
    REQUIRE(dictionary.ok());
    REQUIRE(dictionary->size() == static_cast<std::size_t>(rows->front().size() + 1));
    CHECK(dictionary->at(4).at(0) == QStringLiteral("trafficking_status"));
    CHECK(dictionary->at(4).at(3).contains(QStringLiteral("presumed_victim")));
    CHECK(dictionary->at(14).at(3).contains(QStringLiteral("date of arrival")));

    CHECK(
        scalar(statistics->db(),
               QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.htcds' AND details LIKE "
                              "'rows=14 anonymised=yes%suppressed_rows=1'")) == 1);
}

TEST_CASE("HTCDS export is never identified and default k protects a small data set", "[export][htcds]") {
    HtcdsFixture f;
    auto admin = openAsAdmin(f.path);
    const QString out = f.ws.path(QStringLiteral("htcds.csv"));
    ExportOptions full;
    full.identified = true;
    const auto refused = ExportService(*admin).exportRecords(ExportKind::Htcds, year2027(), out, full);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(QFile::exists(out));

    // k = 11: the twelve girls stay as they are; the two men and the one of a kind cannot reach 11 even
    // generalised, so they are suppressed.
    auto summary = ExportService(*admin).exportRecords(ExportKind::Htcds, wholeHistory(), out);
    REQUIRE(summary.ok());
    CHECK(summary->rows == 12);
    CHECK(summary->smallCell.rowsSuppressed == 3);
    CHECK(readAll(out).count(",female,16_17,minor,arrival,VN\r\n") == 12);
}

// CSV for upward reporting: the writer (RFC 4180, BOM, CRLF, formula injection), the reader, atomic
// streaming, and the record-level exports (anonymised by default, pseudonyms, roles, audit, cancellation).
#include "exchange/csv_reader.h"
#include "exchange/csv_writer.h"
#include "exchange/export_service.h"
#include "exchange/pseudonymiser.h"
#include "reports/report_period.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDir>
#include <QRandomGenerator>

using namespace legalaid;
using namespace legalaid::exchange;
using namespace legalaid::test;

TEST_CASE("CSV cells are quoted per RFC 4180 and neutralised against formulas", "[exchange][csv]") {
    const std::vector<CsvColumn> columns{{QStringLiteral("name"), CsvType::Text, {}, {}},
                                         {QStringLiteral("count"), CsvType::Integer, {}, {}},
                                         {QStringLiteral("on"), CsvType::Date, {}, {}}};
    const QByteArray bytes = csvDocument(
        columns,
        {{QStringLiteral("Nguyễn Thị Ánh, \"Tuyết\""), QStringLiteral("-5"), QStringLiteral("2027-01-01")},
         {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("=1+1"), QStringLiteral("+2027")},
         {QStringLiteral("dòng 1\r\ndòng 2"), QString(), QString()},
         {QStringLiteral("-2+3"), QStringLiteral("12"), QString()},
         {QStringLiteral("@SUM(A1)"), QStringLiteral("\t1"), QStringLiteral("\rX")}});
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") +
                                "name,count,on\r\n"
                                "\"Nguyễn Thị Ánh, \"\"Tuyết\"\"\",-5,2027-01-01\r\n"
                                "\"'=HYPERLINK(\"\"http://x\"\")\",'=1+1,'+2027\r\n"
                                "\"dòng 1\r\ndòng 2\",,\r\n"
                                "'-2+3,12,\r\n"
                                "'@SUM(A1),'\t1,\"'\rX\"\r\n";
    CHECK(bytes == expected);
    CHECK(neutraliseCell(QStringLiteral("Bình thường")) == QStringLiteral("Bình thường"));
    for (const char* dangerous : {"=", "+", "-", "@", "\t", "\r"})
        CHECK(neutraliseCell(QString::fromLatin1(dangerous) + QStringLiteral("x"))
                  .startsWith(QLatin1Char('\'')));

    // What the writer writes, the reader reads back (with the neutralising apostrophe kept).
    auto back = parseCsv(bytes);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 6);
    CHECK(back->at(1).at(0) == QStringLiteral("Nguyễn Thị Ánh, \"Tuyết\""));
    CHECK(back->at(3).at(0) == QStringLiteral("dòng 1\r\ndòng 2"));
    CHECK(back->at(2).at(1) == QStringLiteral("'=1+1"));
}

TEST_CASE("the CSV reader parses RFC 4180 and refuses malformed input with a line number",
          "[exchange][csv]") {
    auto simple = parseCsv("a,b\r\n1,\"x\"\"y\"\r\n,\n\"\"\r\nlast");
    REQUIRE(simple.ok());
    REQUIRE(simple->size() == 5);
    CHECK(simple->at(1) == QStringList{QStringLiteral("1"), QStringLiteral("x\"y")});
    CHECK(simple->at(2) == QStringList{QString(), QString()});
    CHECK(simple->at(3) == QStringList{QString()});
    CHECK(simple->at(4) == QStringList{QStringLiteral("last")});
    CHECK(parseCsv("")->empty());
    CHECK(parseCsv("\xEF\xBB\xBF")->empty());
    CHECK(parseCsv("\xEF\xBB\xBFx\r\n")->at(0) == QStringList{QStringLiteral("x")});

    const auto unterminated = parseCsv("a\r\nb,\"never closed\r\nmore");
    REQUIRE_FALSE(unterminated.ok());
    CHECK(unterminated.error().code == ErrorCode::InvalidArgument);
    CHECK(unterminated.error().message.contains(QStringLiteral("line 2")));
    CHECK_FALSE(parseCsv("\"a\"b").ok());
    CHECK_FALSE(parseCsv("a\"b").ok());
    CHECK_FALSE(parseCsv("\xC3\x28,x").ok()); // invalid UTF-8
    CsvLimits small;
    small.maxFields = 3;
    CHECK_FALSE(parseCsv("1,2,3,4", small).ok());
    small.maxFieldBytes = 4;
    CHECK_FALSE(parseCsv("12345", small).ok());

    // Any bytes: an answer, never a crash or a hang.
    QRandomGenerator random(6);
    const char alphabet[] = {'"', ',', '\r', '\n', 'a', ' ', '\xC3', '\xA1', '\xEF', '\xBB', '\xBF'};
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int length = static_cast<int>(random.bounded(40));
        for (int i = 0; i < length; ++i)
            bytes += alphabet[random.bounded(static_cast<int>(sizeof alphabet))];
        const auto result = parseCsv(bytes);
        if (result.ok()) {
            // A valid file survives a round trip through the writer.
            for (const QStringList& record : *result) {
                QByteArray again;
                appendCsvRecord(again, record, nullptr);
                Q_UNUSED(again);
            }
        }
    }
}

TEST_CASE("the streaming writer renames into place on commit and leaves nothing when cancelled",
          "[exchange][csv]") {
    TempWorkspace ws;
    const std::vector<CsvColumn> columns{{QStringLiteral("n"), CsvType::Integer, {}, {}}};
    const QString path = ws.path(QStringLiteral("out.csv"));
    {
        CsvFileWriter writer(path, columns);
        REQUIRE(writer.open().ok());
        for (int i = 0; i < 1000; ++i)
            REQUIRE(writer.writeRow({QString::number(i)}).ok());
        CHECK_FALSE(QFile::exists(path));
        writer.cancel();
    }
    CHECK(QDir(ws.dir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    {
        CsvFileWriter writer(path, columns);
        REQUIRE(writer.open().ok());
        REQUIRE(writer.writeRow({QStringLiteral("7")}).ok());
    } // destroyed without commit
    CHECK(QDir(ws.dir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CsvFileWriter writer(path, columns);
    REQUIRE(writer.open().ok());
    REQUIRE(writer.writeRow({QStringLiteral("7")}).ok());
    REQUIRE(writer.commit().ok());
    CHECK(readAll(path) == QByteArray("\xEF\xBB\xBFn\r\n7\r\n"));
    CHECK(QDir(ws.dir()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("out.csv")});

    CsvFileWriter nowhere(ws.path(QStringLiteral("missing/out.csv")), columns);
    const auto refused = nowhere.open();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ReadOnlyLocation);
}

TEST_CASE("age bands from a birth date or a birth year", "[exchange]") {
    CHECK(ageBand(QStringLiteral("2010-03-01"), 2010, QStringLiteral("2026-02-28")) ==
          QStringLiteral("under_16"));
    CHECK(ageBand(QStringLiteral("2010-03-01"), 2010, QStringLiteral("2026-03-01")) ==
          QStringLiteral("16_17"));
    CHECK(ageBand(QStringLiteral("2008-03-01"), 2008, QStringLiteral("2026-03-01")) ==
          QStringLiteral("18_29"));
    CHECK(ageBand(QString(), 1990, QStringLiteral("2026-01-01")) == QStringLiteral("30_59"));
    CHECK(ageBand(QString(), 1950, QStringLiteral("2026-01-01")) == QStringLiteral("60_plus"));
    CHECK(ageBand(QString(), 0, QStringLiteral("2026-01-01")) == QStringLiteral("unknown"));
}

namespace {

struct ExportFixture {
    TempWorkspace ws;
    QString path;
    qint64 person = 0;
    qint64 firstCase = 0;

    ExportFixture() {
        path = createTestDatabase(ws).files.database;
        auto admin = openAsAdmin(path);
        const QSqlDatabase db = admin->db();
        person = insertRow(
            db,
            QStringLiteral("INSERT INTO people (category, full_name, name_folded, sex, birth_date, "
                           "birth_year, ethnicity_code, nationality_code, id_type, id_number, "
                           "province_code, commune, phone, notes, created_at, created_by, updated_at, "
                           "updated_by) VALUES ('victim', 'Hoàng Thị Bí Mật', 'hoang thi bi mat', 'f', "
                           "'2009-05-01', 2009, 'kinh', 'VN', 'cccd', '001309012345', 'hai_phong', "
                           "'Xã Ninh Giang', '0987654321', '=cmd|calc', '2027-01-02T00:00:00Z', 'admin', "
                           "'x', 'admin')"),
            {});
        for (int i = 1; i <= 30; ++i) {
            const QString received = QDate(2027, 1, 1).addDays(i * 10).toString(Qt::ISODate);
            const qint64 id = insertRow(
                db,
                QStringLiteral(
                    "INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                    "source, received_on, status, register_year, register_number, file_code, "
                    "requester_name, summary, last_step_on, created_at, updated_at) VALUES ('TT', "
                    "'consultation', 'hinh_su', 'art7_6a', ?, 'walk_in', ?, 'received', 2027, ?, ?, "
                    "'Người Yêu Cầu', '+Tóm tắt bí mật', ?, 'x', 'x')"),
                {person, received, i, QStringLiteral("TT.TV.%1.2027").arg(i), received});
            if (i == 1)
                firstCase = id;
        }
    }
};

reports::ReportPeriod period(const char* text) {
    auto parsed = reports::parsePeriod(QString::fromLatin1(text));
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

TEST_CASE("anonymised case export: no personal data, stable pseudonyms, dictionary and audit",
          "[exchange][export]") {
    ExportFixture f;
    auto statistics = sessionWithRole(f.path, Role::StatisticsOfficer);
    const QString out = f.ws.path(QStringLiteral("cases-h1.csv"));
    std::vector<std::pair<qint64, qint64>> progress;
    ExportOptions options;
    options.k = 2; // one person: small-cell protection has its own tests (test_export_small_cell.cpp)
    options.progress = [&](qint64 done, qint64 total) {
        progress.emplace_back(done, total);
        return true;
    };
    auto summary =
        ExportService(*statistics).exportRecords(ExportKind::Cases, period("2027-H1"), out, options);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->anonymised);
    CHECK(summary->rows == 18); // received 2027-01-11 .. 2027-06-29
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back() == std::make_pair(qint64(18), qint64(18)));

    const QByteArray bytes = readAll(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "case_ref,person_ref,unit_code,form,"));
    CHECK(bytes.count("\r\n") == 19);
    CHECK_FALSE(bytes.contains("\n\n"));
    for (const char* secret : {"Hoàng", "Bí Mật", "001309012345", "0987654321", "Ninh Giang", "Người Yêu Cầu",
                               "Tóm tắt", "2009-05-01", "TT.TV."})
        CHECK_FALSE(bytes.contains(secret));
    CHECK(bytes.contains(",f,16_17,kinh,VN,hai_phong\r\n"));

    auto rows = parseCsv(bytes);
    REQUIRE(rows.ok());
    const QStringList header = rows->front();
    const qsizetype caseRef = header.indexOf(QStringLiteral("case_ref"));
    const QString firstInH1 = rows->at(1).at(caseRef);
    CHECK(firstInH1.size() == 32);

    // The dictionary describes every column in both languages.
    auto dictionary = parseCsv(readAll(f.ws.path(QStringLiteral("cases-h1.dictionary.csv"))));
    REQUIRE(dictionary.ok());
    CHECK(dictionary->front() == QStringList{QStringLiteral("column"), QStringLiteral("type"),
                                             QStringLiteral("description_vi"),
                                             QStringLiteral("description_en")});
    REQUIRE(dictionary->size() == static_cast<std::size_t>(header.size() + 1));
    for (std::size_t i = 1; i < dictionary->size(); ++i) {
        CHECK(dictionary->at(i).at(0) == header.at(static_cast<qsizetype>(i - 1)));
        CHECK_FALSE(dictionary->at(i).at(2).isEmpty());
        CHECK_FALSE(dictionary->at(i).at(3).isEmpty());
    }

    // A later export of an overlapping period gives the same case the same pseudonym.
    const QString later = f.ws.path(QStringLiteral("cases-q2.csv"));
    REQUIRE(ExportService(*statistics).exportRecords(ExportKind::Cases, period("2027-Q2"), later, options).ok());
    CHECK(readAll(later).contains(rows->back().at(caseRef).toLatin1()));

    QSqlQuery audit =
        execute(statistics->db(),
                QStringLiteral("SELECT target_id, details FROM audit_log WHERE action = 'export.cases' "
                               "ORDER BY id"));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("2027-H1"));
    CHECK(audit.value(1).toString().startsWith(QStringLiteral("rows=18 anonymised=yes")));
    CHECK(scalar(statistics->db(), QStringLiteral("SELECT count(*) FROM exchange_secrets")) == 1);
    CHECK(scalar(statistics->db(), QStringLiteral("SELECT length(secret) FROM exchange_secrets")) == 32);
}

TEST_CASE("identified exports need the role and say so; formulas in free text are neutralised",
          "[exchange][export]") {
    ExportFixture f;
    const QString out = f.ws.path(QStringLiteral("people.csv"));
    {
        auto statistics = sessionWithRole(f.path, Role::StatisticsOfficer);
        ExportOptions identified;
        identified.identified = true;
        const auto refused =
            ExportService(*statistics).exportRecords(ExportKind::People, period("2027"), out, identified);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(QFile::exists(out));
    }
    {
        auto clerk = sessionWithRole(f.path, Role::IntakeClerk);
        const auto refused = ExportService(*clerk).exportRecords(ExportKind::People, period("2027"), out);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    auto director = sessionWithRole(f.path, Role::Director);
    ExportOptions identified;
    identified.identified = true;
    auto summary =
        ExportService(*director).exportRecords(ExportKind::People, period("2027"), out, identified);
    REQUIRE(summary.ok());
    CHECK_FALSE(summary->anonymised);
    const QByteArray bytes = readAll(out);
    CHECK(bytes.contains("Hoàng Thị Bí Mật"));
    CHECK(bytes.contains(",'=cmd|calc\r\n")); // the notes cell, neutralised
    CHECK(scalar(director->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.people' AND "
                                "details LIKE 'rows=1 anonymised=no%'")) == 1);
    CHECK(scalar(director->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%Hoàng%'")) == 0);
}

TEST_CASE("a cancelled export leaves no file behind", "[exchange][export]") {
    ExportFixture f;
    auto admin = openAsAdmin(f.path);
    const QString out = f.ws.path(QStringLiteral("cancelled.csv"));
    ExportOptions options;
    options.progress = [](qint64 done, qint64) { return done == 0; }; // cancel at the end
    const auto cancelled =
        ExportService(*admin).exportRecords(ExportKind::Cases, period("2027"), out, options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(QDir(f.ws.dir()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(QDir(f.ws.dir()).entryList({QStringLiteral("*.csv*")}, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(scalar(admin->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.cases'")) == 0);
}

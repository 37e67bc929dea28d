// The export's fast path (issue 7) must write exactly what the plain path wrote: the UTF-8 row writer against
// the QString one, and pseudonyms against a one-shot keyed BLAKE2b of "<kind>:<id>" (exports of different
// periods and versions must keep joining upstream).
#include "exchange/csv_writer.h"
#include "exchange/export_repository.h"
#include "exchange/export_service.h"
#include "exchange/pseudonymiser.h"
#include "sql_rows.h"
#include "test_database.h"

#include <sodium.h>

using namespace legalaid;
using namespace legalaid::exchange;
using namespace legalaid::test;

TEST_CASE("the UTF-8 row writer writes the same bytes as the QString one", "[export][csv]") {
    TempWorkspace ws;
    const std::vector<CsvColumn> columns{{QStringLiteral("t"), CsvType::Text, {}, {}},
                                         {QStringLiteral("n"), CsvType::Integer, {}, {}},
                                         {QStringLiteral("d"), CsvType::Date, {}, {}},
                                         {QStringLiteral("b"), CsvType::Boolean, {}, {}}};
    const std::vector<std::vector<std::string>> rows{{"Nguyễn Thị Ánh, \"Tuyết\"", "-5", "2027-01-01", "1"},
                                                     {"=HYPERLINK(\"http://x\")", "=1+1", "+2027", "-1"},
                                                     {"dòng 1\r\ndòng 2", "", "", ""},
                                                     {"-2+3", "12", "-2027-01-01", "0"},
                                                     {"@SUM(A1)", "\t1", "\rX", "\n"},
                                                     {"plain", "007", "2027-02-30", "yes"}};
    const QString plainPath = ws.path(QStringLiteral("plain.csv"));
    const QString fastPath = ws.path(QStringLiteral("fast.csv"));
    CsvFileWriter plain(plainPath, columns);
    CsvFileWriter fast(fastPath, columns);
    REQUIRE(plain.open().ok());
    REQUIRE(fast.open().ok());
    for (const auto& row : rows) {
        QStringList cells;
        std::vector<std::string_view> views;
        for (const std::string& cell : row) {
            cells << QString::fromStdString(cell);
            views.emplace_back(cell);
        }
        REQUIRE(plain.writeRow(cells).ok());
        REQUIRE(fast.writeRow(views.data()).ok());
    }
    REQUIRE(plain.commit().ok());
    REQUIRE(fast.commit().ok());
    CHECK(readAll(fastPath) == readAll(plainPath));
    CHECK(readAll(fastPath).contains("'=HYPERLINK"));
}

TEST_CASE("pseudonyms are the keyed BLAKE2b of kind and id, as before the fast path", "[export]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    auto admin = openAsAdmin(path);
    auto pseudonyms = Pseudonymiser::forSession(*admin);
    REQUIRE(pseudonyms.ok());
    QSqlQuery secret = execute(admin->db(), QStringLiteral("SELECT secret FROM exchange_secrets"));
    REQUIRE(secret.next());
    const QByteArray key = secret.value(0).toByteArray();
    REQUIRE(key.size() == 32);
    for (const auto& [kind, id] : std::vector<std::pair<const char*, qint64>>{
             {"case", 1}, {"person", 42}, {"referral", 1234567890123LL}, {"activity", -7}}) {
        const QByteArray input = QByteArray(kind) + ':' + QByteArray::number(id);
        unsigned char hash[16];
        crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(input.constData()),
                           static_cast<unsigned long long>(input.size()),
                           reinterpret_cast<const unsigned char*>(key.constData()), 32);
        const QString expected =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 16).toHex());
        CHECK(pseudonyms->id(kind, id) == expected);
        std::array<char, 32> fast;
        pseudonyms->writeId(kind, id, fast);
        CHECK(QString::fromLatin1(fast.data(), 32) == expected);
    }
}

TEST_CASE("a large case export reads the people in memory and gets the same cells as the join", "[export]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    auto admin = openAsAdmin(path);
    const QSqlDatabase db = admin->db();
    // People with and without birth dates, years, codes; cases pointing at them out of order.
    std::vector<qint64> people;
    for (int i = 0; i < 6; ++i)
        people.push_back(insertRow(
            db,
            QStringLiteral(
                "INSERT INTO people (category, full_name, name_folded, sex, birth_date, birth_year, "
                "ethnicity_code, nationality_code, province_code, created_at, created_by, updated_at, "
                "updated_by) VALUES ('victim', 'Tên', 'ten', ?, ?, ?, ?, 'VN', ?, 'x', 'admin', 'x', "
                "'admin')"),
            {i % 2 ? QStringLiteral("f") : QStringLiteral("m"),
             i % 3 ? QVariant(QStringLiteral("199%1-0%1-1%1").arg(i + 1)) : QVariant(),
             i == 5 ? QVariant() : QVariant(1990 + i), i == 4 ? QStringLiteral("") : QStringLiteral("tay"),
             QStringLiteral("ha_noi")}));
    for (int i = 0; i < 12; ++i)
        insertRow(db,
                  QStringLiteral(
                      "INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                      "source, received_on, status, register_year, register_number, file_code, "
                      "last_step_on, created_at, updated_at) VALUES ('TT', 'consultation', 'hinh_su', "
                      "'art7_6a', ?, 'walk_in', '2027-03-01', 'received', 2027, ?, ?, '2027-03-01', "
                      "'x', 'x')"),
                  {people[static_cast<std::size_t>((i * 5) % 6)], i + 1,
                   QStringLiteral("TT.TV.%1.2027").arg(i + 1)});

    const auto rowsOf = [&](qint64 expectedRows) {
        std::vector<std::vector<std::string>> rows;
        auto cursor = ExportRepository(db).open(ExportKind::Cases, wholeHistory(), expectedRows, false);
        REQUIRE(cursor.ok());
        while ((*cursor)->next()) {
            std::vector<std::string> row;
            for (int column = ExportRepository::CaseId; column <= ExportRepository::CasePersonProvince;
                 ++column) {
                const ExportCursor& c = **cursor;
                row.push_back(c.isNull(column)
                                  ? std::string("<null>")
                                  : std::string(c.text(column)) + "|" + std::to_string(c.integer(column)));
            }
            rows.push_back(row);
        }
        REQUIRE((*cursor)->status().ok());
        return rows;
    };
    const auto joined = rowsOf(0);
    const auto inMemory = rowsOf(1000000);
    REQUIRE(joined.size() == 12);
    CHECK(inMemory == joined);
    CHECK(joined[1][ExportRepository::CasePersonBirthYear] == "<null>");
    CHECK(joined[2][ExportRepository::CasePersonBirthYear] == "1994|1994");
    CHECK(joined[2][ExportRepository::CasePersonBirthDate] == "1995-05-15|1995");
    CHECK(joined[0][ExportRepository::CasePersonBirthDate] == "<null>");
    // The read transaction of the in-memory path is over: a write goes through.
    CHECK(execute(db, QStringLiteral("UPDATE cases SET urgent = 0 WHERE id = 1")).numRowsAffected() == 1);
}

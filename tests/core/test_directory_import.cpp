// Importing the directory from another centre's CSV list (issue 6): all or nothing, every problem with its
// line number and a reason, audited, for the roles that may edit the directory.
#include "exchange/directory_import.h"
#include "sql_rows.h"
#include "test_database.h"

using namespace legalaid;
using namespace legalaid::exchange;
using namespace legalaid::test;

namespace {

const QByteArray kGoodFile =
    QByteArray("\xEF\xBB\xBF") +
    "record,kind,name,code,short_name,address,phone,province,organisation,card_number\r\n"
    "organisation,law_firm,Công ty Luật TNHH Bình An,,Bình An,\"Số 5, phố Lạch Tray\","
    "0225 3821 555,hai_phong,,\r\n"
    "organisation,legal_consulting_org,Trung tâm Tư vấn pháp luật Hội Luật gia,,,,,"
    "hai_phong,Công ty Luật TNHH Bình An,\r\n"
    "provider,lawyer,Trần Văn Bình,,,,0912 000 111,,Công ty Luật TNHH Bình An,LS-1234\r\n"
    "provider,legal_consultant,Lê Thị Hoà,,,,,,Trung tâm Tư vấn pháp luật Hội Luật gia,\r\n";

} // namespace

TEST_CASE("a directory list is imported in one transaction with one audit entry", "[directory-import]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    auto admin = openAsAdmin(path);
    const qint64 organisationsBefore = countRows(admin->db(), QStringLiteral("organisations"));
    auto report = DirectoryImportService(*admin).importCsv(kGoodFile);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    INFO((report->errors.empty() ? QString() : report->errors.front().reason).toStdString());
    CHECK(report->errors.empty());
    CHECK(report->organisations == 2);
    CHECK(report->providers == 2);
    CHECK(countRows(admin->db(), QStringLiteral("organisations")) == organisationsBefore + 2);
    CHECK(scalar(admin->db(),
                 QStringLiteral(
                     "SELECT count(*) FROM organisations c JOIN organisations p ON p.id = c.parent_id "
                     "WHERE c.kind = 'legal_consulting_org' AND p.name = 'Công ty Luật TNHH Bình An' "
                     "AND c.province_code = 'hai_phong'")) == 1);
    CHECK(scalar(admin->db(),
                 QStringLiteral(
                     "SELECT count(*) FROM providers p JOIN organisations o ON o.id = p.organisation_id "
                     "WHERE p.full_name = 'Trần Văn Bình' AND p.card_number = 'LS-1234' AND o.name = "
                     "'Công ty Luật TNHH Bình An'")) == 1);
    CHECK(scalar(admin->db(),
                 QStringLiteral("SELECT count(*) FROM organisations WHERE address = 'Số 5, phố Lạch "
                                "Tray'")) == 1);
    CHECK(scalar(
              admin->db(),
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'directory.import' AND details = "
                             "'organisations=2 providers=2'")) == 1);

    // The same file again: every line is now a duplicate, and nothing is written.
    auto again = DirectoryImportService(*admin).importCsv(kGoodFile);
    REQUIRE(again.ok());
    CHECK(again->errors.size() == 3); // two organisations by name, the lawyer by card number
    CHECK(countRows(admin->db(), QStringLiteral("organisations")) == organisationsBefore + 2);
    CHECK(countRows(admin->db(), QStringLiteral("providers")) == 2);
}

TEST_CASE("a directory file with problems imports nothing and names every line", "[directory-import]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    auto admin = openAsAdmin(path);
    const qint64 organisationsBefore = countRows(admin->db(), QStringLiteral("organisations"));
    const QByteArray bad =
        "record,kind,name,code,address,organisation,card_number,province\r\n"        // 1
        "organisation,law_firm,Văn phòng Luật sư Hợp Lệ,,,,,\r\n"                    // 2: fine
        "organisation,spaceship,Tàu vũ trụ,,,,,\r\n"                                 // 3
        "organisation,branch,Chi nhánh Không Mã,,\"dòng 1\r\ndòng 2\",,,\r\n"        // 4–5
        "provider,lawyer,Luật sư Không Thẻ,,,Văn phòng Luật sư Hợp Lệ,,\r\n"         // 6
        "provider,collaborator,Cộng tác viên Lạc,,,Văn phòng Ma,,\r\n"               // 7
        "person,lawyer,Ai Đó,,,,,\r\n"                                               // 8
        "organisation,law_firm,Văn phòng Sai Tỉnh,,,,,atlantis\r\n"                  // 9
        "organisation,branch,Chi nhánh Mã Sai,cn-1,,,,\r\n"                          // 10
        "provider,lawyer,Luật sư Trùng Thẻ,,,Văn phòng Luật sư Hợp Lệ,LS-1,\r\n"     // 11: fine
        "provider,lawyer,Luật sư Trùng Thẻ Hai,,,Văn phòng Luật sư Hợp Lệ,LS-1,\r\n" // 12
        "organisation,law_firm,Thiếu cột\r\n";                                       // 13
    auto report = DirectoryImportService(*admin).importCsv(bad);
    REQUIRE(report.ok());
    std::map<qsizetype, QString> byLine;
    for (const ImportLineError& error : report->errors)
        byLine[error.line] += error.reason + QLatin1Char(' ');
    for (const auto& [line, reason] : byLine)
        INFO(line << ": " << reason.toStdString());
    CHECK(byLine.size() == 9);
    CHECK(byLine[3].contains(QStringLiteral("spaceship")));
    CHECK(byLine[4].contains(QStringLiteral("unit code")));
    CHECK(byLine[6].contains(QStringLiteral("card")));
    CHECK(byLine[7].contains(QStringLiteral("Văn phòng Ma")));
    CHECK(byLine[8].contains(QStringLiteral("person")));
    CHECK(byLine[9].contains(QStringLiteral("atlantis")));
    CHECK(byLine[10].contains(QStringLiteral("cn-1")));
    CHECK(byLine[12].contains(QStringLiteral("line 11")));
    CHECK(byLine[13].contains(QStringLiteral("fields")));
    CHECK(report->organisations == 0);
    CHECK(report->providers == 0);
    CHECK(countRows(admin->db(), QStringLiteral("organisations")) == organisationsBefore);
    CHECK(countRows(admin->db(), QStringLiteral("providers")) == 0);
    CHECK(scalar(admin->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'directory.import'")) == 0);

    // A header problem stops at the header; a malformed file at its first bad line.
    auto header =
        DirectoryImportService(*admin).importCsv("record,kind,colour\r\norganisation,law_firm,x\r\n");
    REQUIRE(header.ok());
    REQUIRE(header->errors.size() == 2); // unknown column, no name column
    CHECK(header->errors.front().line == 1);
    auto malformed = DirectoryImportService(*admin).importCsv("record,kind,name\r\nprovider,\"lawyer,x\r\n");
    REQUIRE(malformed.ok());
    REQUIRE(malformed->errors.size() == 1);
    CHECK(malformed->errors.front().reason.contains(QStringLiteral("line 2")));
}

TEST_CASE("only the roles that edit the directory may import it", "[directory-import]") {
    TempWorkspace ws;
    const QString path = createTestDatabase(ws).files.database;
    for (const Role role : {Role::StatisticsOfficer, Role::Auditor}) {
        auto session = sessionWithRole(path, role);
        const auto refused = DirectoryImportService(*session).importCsv(kGoodFile);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    auto admin = openAsAdmin(path);
    CHECK(countRows(admin->db(), QStringLiteral("providers")) == 0);
}

// legalaid-cli import directory F.csv: the counts on success, and on any problem one error line that names
// every bad line, with nothing imported.
#include "cli_runner.h"

using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

} // namespace

TEST_CASE("import directory: all or nothing, every problem with its line", "[cli][directory-import]") {
    CliFixture f;
    const QString bad =
        f.ws.writeFile(s("bad.csv"), "record,kind,name,organisation,card_number\r\n"
                                     "organisation,law_firm,Văn phòng Luật sư Đúng,,\r\n"
                                     "provider,lawyer,Luật sư Thiếu Thẻ,Văn phòng Luật sư Đúng,\r\n"
                                     "organisation,spaceship,Tàu vũ trụ,,\r\n");
    const Run refused = f.asAdmin({s("import"), s("directory"), bad});
    requireError(refused, "E_INVALID_ARGUMENT", "2 problem");
    CHECK(refused.err.contains("Line 3:"));
    CHECK(refused.err.contains("Line 4:"));
    CHECK_FALSE(f.asAdmin({s("org"), s("list"), s("--json")}).out.contains("Văn phòng Luật sư Đúng"));

    const QString good =
        f.ws.writeFile(s("good.csv"), "record,kind,name,organisation,card_number\r\n"
                                      "organisation,law_firm,Văn phòng Luật sư Đúng,,\r\n"
                                      "provider,lawyer,Luật sư Có Thẻ,Văn phòng Luật sư Đúng,LS-77\r\n");
    const Run imported = f.asAdmin({s("import"), s("directory"), good, s("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(s("organisations")).toInt() == 1);
    CHECK(imported.json().value(s("providers")).toInt() == 1);
    const Run text = f.asAdmin({s("import"), s("directory"), f.ws.path(s("missing.csv"))});
    CHECK(text.exitCode != 0);
    const Run audit = f.asAdmin({s("audit"), s("list"), s("--json")});
    CHECK(audit.out.contains("directory.import"));
}

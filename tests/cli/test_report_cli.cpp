// legalaid-cli report run|coverage|print on a seeded database: output, files, errors and roles.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

struct ReportCli : CliFixture {
    ReportCli() {
        const Run seeded =
            asAdmin({s("seed"), s("--people"), s("200"), s("--cases"), s("250"), s("--referrals"), s("60"),
                     s("--seed"), s("5"), s("--until"), s("2026-11-20")});
        INFO(seeded.err.toStdString());
        REQUIRE(seeded.exitCode == 0);
    }

    Run as(const char* user, const char* role, QStringList arguments) const {
        const QString password =
            ws.writeFile(QString::fromLatin1(user) + s(".pw"), "mật khẩu thống kê 2026\n");
        if (!users.contains(QString::fromLatin1(user))) {
            const Run added = asAdmin({s("user"), s("add"), QString::fromLatin1(user), s("--role"),
                                       QString::fromLatin1(role), s("--full-name"), s("Người Dùng"),
                                       s("--new-password-file"), password});
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
            users << QString::fromLatin1(user);
        }
        arguments << s("--user") << QString::fromLatin1(user) << s("--password-file") << password;
        return cli(arguments);
    }
    mutable QStringList users;
};

double rowValue(const QJsonArray& rows, const char* code, const char* key = "") {
    for (const QJsonValue& row : rows) {
        const QJsonObject object = row.toObject();
        if (object.value(s("code")).toString() == s(code) && object.value(s("key")).toString() == s(key))
            return object.value(s("value")).toDouble();
    }
    FAIL("no row " << code);
    return -1;
}

} // namespace

TEST_CASE("report run prints every indicator, as JSON and CSV, with years side by side",
          "[cli][report-cli]") {
    ReportCli f;
    const Run json = f.asAdmin({s("report"), s("run"), s("--period"), s("2026"), s("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = json.json();
    CHECK(report.value(s("period")).toObject().value(s("from")).toString() == s("2026-01-01"));
    const QJsonArray rows = report.value(s("rows")).toArray();
    REQUIRE(rows.size() > 60);
    CHECK(rowValue(rows, "aid_cases") > 0);
    CHECK(rowValue(rows, "coverage_known") ==
          rowValue(rows, "coverage_aided") + rowValue(rows, "coverage_not_aided"));
    CHECK(rowValue(rows, "cases_carried_over") + rowValue(rows, "cases_received") ==
          rowValue(rows, "cases_closed") + rowValue(rows, "cases_refused") +
              rowValue(rows, "cases_withdrawn") + rowValue(rows, "cases_discontinued") +
              rowValue(rows, "cases_transferred") + rowValue(rows, "cases_open_at_end"));

    const Run text = f.asAdmin({s("report"), s("run"), s("--period"), s("2026-H1")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("First half of 2026 (01/01/2026 – 30/06/2026)"));
    CHECK(text.out.contains("[coverage_percent]"));

    const QString csv = f.ws.path(s("report-2026.csv"));
    const Run withCsv =
        f.asAdmin({s("report"), s("run"), s("--period"), s("2026-H1"), s("--cutoff"), s("decree09"),
                   s("--compare-years"), s("2025..2026"), s("--csv"), csv, s("--json")});
    INFO(withCsv.err.toStdString());
    REQUIRE(withCsv.exitCode == 0);
    CHECK(withCsv.json().value(s("period")).toObject().value(s("from")).toString() == s("2025-12-15"));
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "period,period_from,period_to,indicator,"));
    CHECK(bytes.contains(",value_2025,value_2026\r\n"));
    CHECK(bytes.count("\r\n") == bytes.count("\n")); // CRLF only (no line break inside a cell here)
    CHECK(QFile::exists(f.ws.path(s("report-2026.dictionary.csv"))));
}

TEST_CASE("report errors: bad periods and cut-offs, refused roles", "[cli][report-cli]") {
    ReportCli f;
    requireError(f.asAdmin({s("report"), s("run"), s("--period"), s("2026-H3")}), "E_INVALID_ARGUMENT",
                 "is not a reporting period");
    requireError(f.asAdmin({s("report"), s("run"), s("--period"), s("2026-12-31..2026-01-01")}),
                 "E_INVALID_ARGUMENT", "ends before it starts");
    requireError(f.asAdmin({s("report"), s("run"), s("--period"), s("2026"), s("--cutoff"), s("fiscal")}),
                 "E_INVALID_ARGUMENT", "calendar or decree09");
    requireError(
        f.asAdmin({s("report"), s("run"), s("--period"), s("2026"), s("--compare-years"), s("2030..2026")}),
        "E_INVALID_ARGUMENT");
    CHECK(f.asAdmin({s("report"), s("run"), s("--period"), s("2026-H3")}).exitCode == 2);
    const Run missing = f.asAdmin({s("report"), s("run")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.out.isEmpty());

    requireError(f.as("thu.ky", "intake_clerk", {s("report"), s("run"), s("--period"), s("2026")}),
                 "E_PERMISSION_DENIED");
    // The statistics officer sees the coverage figures but not the names behind them.
    const Run figures = f.as("thong.ke", "statistics_officer",
                             {s("report"), s("coverage"), s("--period"), s("2026"), s("--json")});
    REQUIRE(figures.exitCode == 0);
    CHECK(figures.json().contains(s("percent")));
    requireError(f.as("thong.ke", "statistics_officer",
                      {s("report"), s("coverage"), s("--period"), s("2026"), s("--list")}),
                 "E_PERMISSION_DENIED");
}

TEST_CASE("report coverage lists who has not received legal aid; report print writes a PDF",
          "[cli][report-cli]") {
    ReportCli f;
    const Run coverage =
        f.asAdmin({s("report"), s("coverage"), s("--period"), s("2026"), s("--list"), s("--json")});
    INFO(coverage.err.toStdString());
    REQUIRE(coverage.exitCode == 0);
    const QJsonObject result = coverage.json();
    CHECK(result.value(s("known")).toInt() ==
          result.value(s("aided")).toInt() + result.value(s("not_aided")).toInt());
    CHECK(result.value(s("not_aided_people")).toArray().size() == result.value(s("not_aided")).toInt());

    const QString pdf = f.ws.path(s("report.pdf"));
    const Run printed =
        f.asAdmin({s("report"), s("print"), s("--period"), s("2026-H1"), s("--out"), pdf, s("--json")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json().value(s("pages")).toInt() >= 1);
    CHECK(readAll(pdf).startsWith("%PDF"));
    const Run audit = f.asAdmin({s("audit"), s("list"), s("--json")});
    CHECK(audit.out.contains("report.print"));
    CHECK(audit.out.contains("report.coverage_gaps"));
}

TEST_CASE("report --period --format text|json|csv|pdf --out writes each form, audited", "[cli][report-cli]") {
    ReportCli f;
    const Run onScreen = f.asAdmin({s("report"), s("--period"), s("2026-H1")});
    INFO(onScreen.err.toStdString());
    REQUIRE(onScreen.exitCode == 0);
    CHECK(onScreen.out.contains("[coverage_percent]"));

    const Run jsonOnScreen = f.asAdmin({s("report"), s("--period"), s("2026"), s("--format"), s("json")});
    REQUIRE(jsonOnScreen.exitCode == 0);
    const QJsonObject printedJson = QJsonDocument::fromJson(jsonOnScreen.out).object();
    CHECK(printedJson.value(s("period")).toObject().value(s("from")).toString() == s("2026-01-01"));

    struct Form {
        const char* format;
        const char* file;
        QByteArray starts;
    };
    for (const Form& form :
         {Form{"text", "r.txt", QByteArray("First half of 2026")}, Form{"json", "r.json", QByteArray("{")},
          Form{"csv", "r.csv",
               QByteArray("\xEF\xBB\xBF"
                          "period,")},
          Form{"pdf", "r.pdf", QByteArray("%PDF")}}) {
        INFO(form.format);
        const QString out = f.ws.path(s(form.file));
        const Run written = f.asAdmin({s("report"), s("--period"), s("2026-H1"), s("--format"),
                                       s(form.format), s("--out"), out, s("--json")});
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        CHECK(written.json().value(s("format")).toString() == s(form.format));
        CHECK(readAll(out).startsWith(form.starts));
    }
    CHECK(
        QJsonDocument::fromJson(readAll(f.ws.path(s("r.json")))).object().value(s("rows")).toArray().size() >
        60);
    const Run audit = f.asAdmin({s("audit"), s("list"), s("--limit"), s("20"), s("--json")});
    for (const char* detail : {"format=text", "format=json", "format=csv"})
        CHECK(audit.out.contains(detail));
    CHECK(audit.out.contains("report.print"));

    // A CSV or PDF report is a file; an unknown format is named.
    requireError(f.asAdmin({s("report"), s("--period"), s("2026"), s("--format"), s("pdf")}),
                 "E_INVALID_ARGUMENT", "--out");
    requireError(f.asAdmin({s("report"), s("--period"), s("2026"), s("--format"), s("xlsx")}),
                 "E_INVALID_ARGUMENT", "xlsx");
}

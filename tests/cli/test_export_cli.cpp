// legalaid-cli export cases|people|referrals|activities|htcds: the bytes of the files, anonymisation checked
// against the seeded names, ID numbers and phones, small-cell protection reported, and the errors for bad
// periods, bad k and refused roles.
#include "cli_runner.h"
#include "exchange/csv_reader.h"

using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

struct ExportCli : CliFixture {
    ExportCli() {
        const Run seeded =
            asAdmin({s("seed"), s("--people"), s("200"), s("--cases"), s("250"), s("--referrals"), s("60"),
                     s("--seed"), s("7"), s("--until"), s("2026-11-20")});
        INFO(seeded.err.toStdString());
        REQUIRE(seeded.exitCode == 0);
    }
};

QList<QStringList> readCsv(const QString& path) {
    auto rows = legalaid::exchange::parseCsv(readAll(path));
    INFO((rows ? QString() : rows.error().message).toStdString());
    REQUIRE(rows.ok());
    return QList<QStringList>(rows->begin(), rows->end());
}

} // namespace

TEST_CASE("anonymised exports contain no name, ID number or phone of the seeded people",
          "[cli][export-cli]") {
    ExportCli f;
    // A person whose notes try a formula, and whose name we then look for.
    const Run added =
        f.asAdmin({s("person"), s("add"), s("--category"), s("victim"), s("--full-name"),
                   s("Đặng Thị Công Thức"), s("--sex"), s("f"), s("--birth-year"), s("2001"), s("--phone"),
                   s("0977 111 222"), s("--notes"), s("=HYPERLINK(\"http://x\",\"y\")")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    // What must not leak: every name, ID number and phone, read from an identified export (admin).
    const QString identified = f.ws.path(s("people-identified.csv"));
    const Run full = f.asAdmin({s("export"), s("people"), s("--period"), s("2026"), s("--out"), identified,
                                s("--identified"), s("--json")});
    INFO(full.err.toStdString());
    REQUIRE(full.exitCode == 0);
    CHECK_FALSE(full.json().value(s("anonymised")).toBool());
    const QList<QStringList> people = readCsv(identified);
    const QStringList header = people.front();
    const qsizetype nameColumn = header.indexOf(s("full_name"));
    const qsizetype idColumn = header.indexOf(s("id_number"));
    const qsizetype phoneColumn = header.indexOf(s("phone"));
    const qsizetype notesColumn = header.indexOf(s("notes"));
    REQUIRE(nameColumn >= 0);
    REQUIRE(people.size() > 150);
    QStringList secrets;
    bool neutralised = false;
    for (qsizetype i = 1; i < people.size(); ++i) {
        secrets << people[i][nameColumn];
        if (!people[i][idColumn].isEmpty())
            secrets << people[i][idColumn];
        if (!people[i][phoneColumn].isEmpty())
            secrets << people[i][phoneColumn];
        neutralised = neutralised || people[i][notesColumn] == s("'=HYPERLINK(\"http://x\",\"y\")");
    }
    CHECK(neutralised);
    CHECK(secrets.contains(s("Đặng Thị Công Thức")));

    for (const char* kind : {"people", "cases", "referrals", "activities"}) {
        const QString out = f.ws.path(QString::fromLatin1(kind) + s(".csv"));
        const Run exported = f.asAdmin(
            {s("export"), QString::fromLatin1(kind), s("--period"), s("2026"), s("--out"), out, s("--json")});
        INFO(kind << ": " << exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.json().value(s("anonymised")).toBool());
        const QByteArray bytes = readAll(out);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.count("\r\n") == exported.json().value(s("rows")).toInt() + 1);
        CHECK(bytes.count('\n') == bytes.count("\r\n"));
        const QString text = QString::fromUtf8(bytes);
        for (const QString& secret : secrets) {
            INFO(kind);
            CHECK_FALSE(text.contains(secret));
        }
        CHECK_FALSE(text.contains(s("HYPERLINK")));
        CHECK(QFile::exists(f.ws.path(QString::fromLatin1(kind) + s(".dictionary.csv"))));
    }
    const QByteArray cases = readAll(f.ws.path(s("cases.csv")));
    CHECK(cases.startsWith(
        "\xEF\xBB\xBF"
        "case_ref,person_ref,unit_code,form,field_of_law,beneficiary_group,source,"
        "received_on,accepted_on,assigned_on,ended_on,status,exit_ground,urgent,provider_kind,"
        "person_category,sex,age_band,ethnicity,nationality,province\r\n"));
    CHECK_FALSE(cases.contains("TT.")); // no file codes

    const Run audit = f.asAdmin({s("audit"), s("list"), s("--json")});
    CHECK(audit.out.contains("export.cases"));
    CHECK(audit.out.contains("rows="));
}

TEST_CASE("export errors: bad period, missing output, refused roles", "[cli][export-cli]") {
    ExportCli f;
    const QString out = f.ws.path(s("x.csv"));
    requireError(f.asAdmin({s("export"), s("cases"), s("--period"), s("2026-Q5"), s("--out"), out}),
                 "E_INVALID_ARGUMENT", "is not a reporting period");
    requireError(f.asAdmin({s("export"), s("cases"), s("--period"), s("2026"), s("--out"),
                            f.ws.path(s("no/such/folder/x.csv"))}),
                 "E_READ_ONLY");
    CHECK(f.asAdmin({s("export"), s("cases"), s("--period"), s("2026")}).exitCode != 0);
    requireError(f.asAdmin({s("export"), s("cases"), s("--out"), out, s("--k"), s("1")}),
                 "E_INVALID_ARGUMENT", "between 2 and 1000");
    requireError(f.asAdmin({s("export"), s("cases"), s("--out"), out, s("--k"), s("eleven")}),
                 "E_INVALID_ARGUMENT");
    CHECK(f.asAdmin({s("export"), s("htcds"), s("--out"), out, s("--full")}).exitCode !=
          0); // always anonymised
    CHECK_FALSE(QFile::exists(out));

    const QString password = f.ws.writeFile(s("stats.pw"), "mật khẩu thống kê 2026\n");
    REQUIRE(f.asAdmin({s("user"), s("add"), s("thong.ke"), s("--role"), s("statistics_officer"),
                       s("--full-name"), s("Thống Kê"), s("--new-password-file"), password})
                .exitCode == 0);
    const auto asStatistics = [&](QStringList arguments) {
        arguments << s("--user") << s("thong.ke") << s("--password-file") << password;
        return f.cli(arguments);
    };
    CHECK(asStatistics({s("export"), s("cases"), s("--period"), s("2026"), s("--out"), out}).exitCode == 0);
    requireError(asStatistics({s("export"), s("people"), s("--period"), s("2026"), s("--out"),
                               f.ws.path(s("y.csv")), s("--identified")}),
                 "E_PERMISSION_DENIED");
    CHECK_FALSE(QFile::exists(f.ws.path(s("y.csv"))));
}

TEST_CASE("exports without a period take everything; small-cell protection is reported; htcds and --full",
          "[cli][export-cli]") {
    ExportCli f;
    const QString out = f.ws.path(s("cases.csv"));
    const Run exported = f.asAdmin({s("export"), s("cases"), s("--out"), out, s("--json")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject result = exported.json();
    CHECK(result.value(s("rows_read")).toInt() == 250);
    const QJsonObject smallCell = result.value(s("small_cell")).toObject();
    CHECK(smallCell.value(s("applied")).toBool());
    CHECK(smallCell.value(s("k")).toInt() == 11);
    // 250 cases spread over 34 provinces, 54 ethnic groups, …: most combinations are rare.
    CHECK(smallCell.value(s("combinations_below_k")).toInt() > 0);
    CHECK(result.value(s("rows")).toInt() + smallCell.value(s("rows_suppressed")).toInt() == 250);
    CHECK(smallCell.value(s("cells_generalised_by_column")).toObject().keys() ==
          QStringList{s("age_band"), s("ethnicity"), s("nationality"), s("province"), s("sex")});
    CHECK(readAll(out).count("\r\n") == result.value(s("rows")).toInt() + 1);

    // Text output: one sentence says what was done.
    const Run text = f.asAdmin({s("export"), s("cases"), s("--out"), out, s("--k"), s("5")});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("k = 5"));
    CHECK(text.out.contains("rows suppressed"));

    const QString htcds = f.ws.path(s("htcds.csv"));
    const Run trafficking =
        f.asAdmin({s("export"), s("htcds"), s("--out"), htcds, s("--k"), s("3"), s("--json")});
    INFO(trafficking.err.toStdString());
    REQUIRE(trafficking.exitCode == 0);
    CHECK(trafficking.json().value(s("kind")).toString() == s("htcds"));
    CHECK(readAll(htcds).startsWith(
        "\xEF\xBB\xBFperson_ref,category,year_of_registration,trafficking_status,"));
    CHECK(QFile::exists(f.ws.path(s("htcds.dictionary.csv"))));

    // --full (the word for --identified): every row, names included, no generalisation.
    const QString full = f.ws.path(s("full.csv"));
    const Run named = f.asAdmin({s("export"), s("cases"), s("--out"), full, s("--full"), s("--json")});
    REQUIRE(named.exitCode == 0);
    CHECK_FALSE(named.json().value(s("anonymised")).toBool());
    CHECK(named.json().value(s("rows")).toInt() == 250);
    CHECK_FALSE(named.json().value(s("small_cell")).toObject().value(s("applied")).toBool());
}

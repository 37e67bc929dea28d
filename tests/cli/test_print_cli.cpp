#include "cli_runner.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDateTime>
#include <QFile>

using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// An initialised database with a beneficiary and a case opened through the CLI.
struct PrintCliFixture : CliFixture {
    qint64 caseId = 0;
    QString fileCode;

    PrintCliFixture() {
        qint64 person = 0;
        {
            auto admin = openAsAdmin(db);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            person =
                insertRow(admin->db(),
                          s("INSERT INTO people (category, full_name, name_folded, created_at, created_by, "
                            "updated_at, updated_by) VALUES ('victim', 'Nguyễn Thị Ánh Tuyết', "
                            "'nguyen thi anh tuyet', ?, 'test', ?, 'test')"),
                          {now, now});
        }
        const Run opened = asAdmin({s("case"), s("open"), s("--person"), QString::number(person), s("--form"),
                                    s("consultation"), s("--field"), s("hinh_su"), s("--json")});
        INFO(opened.err.toStdString());
        REQUIRE(opened.exitCode == 0);
        caseId = opened.json().value(s("id")).toInteger();
        fileCode = opened.json().value(s("file_code")).toString();
    }
};

QString pdfText(const QString& path) {
    const Run text = run({s("-layout"), path, s("-")}, {}, s("pdftotext"));
    INFO("pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
    REQUIRE(text.exitCode == 0);
    return QString::fromUtf8(text.out);
}

} // namespace

TEST_CASE("print form request writes the PDF, refuses to overwrite it without --force", "[print-cli]") {
    PrintCliFixture f;
    const QString out = f.ws.path(s("request.pdf"));
    const QStringList arguments = {
        s("print"), s("form"), s("request"), s("--case"), QString::number(f.caseId),
        s("--out"), out,       s("--json")};
    const Run printed = f.asAdmin(arguments);
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json().value(s("pages")).toInt() >= 1);
    CHECK(readAll(out).startsWith("%PDF"));
    const QString text = pdfText(out);
    CHECK(text.contains(s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(s("Nguyễn Thị Ánh Tuyết")));
    CHECK(text.contains(f.fileCode));

    const QByteArray before = readAll(out);
    QStringList again = arguments;
    again.removeAll(s("--json"));
    requireError(f.asAdmin(again), "E_INVALID_ARGUMENT");
    CHECK(readAll(out) == before);
    CHECK(f.asAdmin(QStringList(arguments) << s("--force")).exitCode == 0);

    const Run audit = f.asAdmin({s("audit"), s("list"), s("--json")});
    CHECK(audit.out.count("document.print") == 2);
}

TEST_CASE("print form refuses an unknown form and a missing case", "[print-cli]") {
    PrintCliFixture f;
    const QString out = f.ws.path(s("x.pdf"));
    requireError(f.asAdmin({s("print"), s("form"), s("sonnet"), s("--case"), QString::number(f.caseId),
                            s("--out"), out}),
                 "E_INVALID_ARGUMENT");
    const Run missing =
        f.asAdmin({s("print"), s("form"), s("request"), s("--case"), s("9999"), s("--out"), out});
    CHECK(missing.exitCode != 0);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("print form names every form of the issue's contract", "[print-cli]") {
    PrintCliFixture f;
    const QString out = f.ws.path(s("feedback.pdf"));
    const Run feedback = f.asAdmin(
        {s("print"), s("form"), s("feedback"), s("--case"), QString::number(f.caseId), s("--out"), out});
    INFO(feedback.err.toStdString());
    REQUIRE(feedback.exitCode == 0);
    CHECK(pdfText(out).contains(f.fileCode));
    // "assignment" is the decision assigning a provider: refused like `print decision-assign` for a case that
    // has not been assigned yet.
    const QString other = f.ws.path(s("other.pdf"));
    requireError(f.asAdmin({s("print"), s("form"), s("assignment"), s("--case"), QString::number(f.caseId),
                            s("--out"), other}),
                 "E_INVALID_ARGUMENT");
    // The referral slip is asked for by referral, not by case.
    requireError(f.asAdmin({s("print"), s("form"), s("referral"), s("--case"), QString::number(f.caseId),
                            s("--out"), other}),
                 "E_INVALID_ARGUMENT");
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("template set refuses an unknown placeholder; show and restore round-trip", "[print-cli]") {
    PrintCliFixture f;
    const QString bad = f.ws.writeFile(s("bad.html"), "<p>{{person.shoe_size}}</p>");
    const Run refused = f.asAdmin({s("template"), s("set"), s("request"), s("--file"), bad});
    requireError(refused, "E_INVALID_ARGUMENT");
    CHECK(refused.err.contains("person.shoe_size"));

    const QString good = f.ws.writeFile(s("good.html"), "<p>Mẫu riêng {{person.full_name}}</p>");
    const Run saved = f.asAdmin({s("template"), s("set"), s("request"), s("--file"), good, s("--json")});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.json().value(s("version")).toInt() == 1);
    const Run shown = f.asAdmin({s("template"), s("show"), s("request"), s("--json")});
    CHECK(shown.json().value(s("body")).toString() == s("<p>Mẫu riêng {{person.full_name}}</p>"));
    REQUIRE(f.asAdmin({s("template"), s("restore"), s("request")}).exitCode == 0);
    const Run restored = f.asAdmin({s("template"), s("show"), s("request"), s("--json")});
    CHECK(restored.json().value(s("default")).toBool());
    CHECK(restored.json().value(s("body")).toString().contains(s("ĐƠN YÊU CẦU TRỢ GIÚP PHÁP LÝ")));
}

TEST_CASE("print dossier, register, directory and beneficiaries write audited PDFs", "[print-cli]") {
    PrintCliFixture f;
    const int year = QDate::currentDate().year();
    const QString dossier = f.ws.path(s("dossier.pdf"));
    const Run printed =
        f.asAdmin({s("print"), s("dossier"), QString::number(f.caseId), s("--out"), dossier, s("--json")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json().value(s("pages")).toInt() >= 3);
    const QString dossierText = pdfText(dossier);
    CHECK(dossierText.contains(s("HỒ SƠ VỤ VIỆC TRỢ GIÚP PHÁP LÝ")));
    CHECK(dossierText.contains(f.fileCode));

    const QString reg = f.ws.path(s("register.pdf"));
    const Run registered = f.asAdmin(
        {s("print"), s("register"), s("--period"), QString::number(year), s("--out"), reg, s("--json")});
    INFO(registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);
    CHECK(registered.json().value(s("from")).toString() == s("%1-01-01").arg(year));
    CHECK_FALSE(registered.err.contains("Page ")); // the page progress is for a terminal only
    const QString registerText = pdfText(reg);
    CHECK(registerText.contains(s("SỔ THỤ LÝ, THEO DÕI VỤ VIỆC TRỢ GIÚP PHÁP LÝ")));
    CHECK(registerText.contains(s("Nguyễn Thị Ánh Tuyết")));

    const QString directory = f.ws.path(s("directory.pdf"));
    REQUIRE(f.asAdmin({s("print"), s("directory"), s("--out"), directory}).exitCode == 0);
    CHECK(pdfText(directory).contains(s("DANH SÁCH TỔ CHỨC THỰC HIỆN TRỢ GIÚP PHÁP LÝ")));

    const QString list = f.ws.path(s("list.pdf"));
    REQUIRE(
        f.asAdmin({s("print"), s("beneficiaries"), s("--period"), QString::number(year), s("--out"), list})
            .exitCode == 0);
    CHECK(pdfText(list).contains(s("Nguyễn Thị Ánh Tuyết")));

    const Run audit = f.asAdmin({s("audit"), s("list"), s("--json")});
    CHECK(audit.out.count("document.print") == 4);
}

TEST_CASE("print refuses a decision the case has not reached and a missing period", "[print-cli]") {
    PrintCliFixture f;
    const QString out = f.ws.path(s("x.pdf"));
    requireError(f.asAdmin({s("print"), s("refusal"), QString::number(f.caseId), s("--out"), out}),
                 "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({s("print"), s("decision-assign"), QString::number(f.caseId), s("--out"), out}),
                 "E_INVALID_ARGUMENT");
    const Run noPeriod = f.asAdmin({s("print"), s("register"), s("--out"), out});
    CHECK(noPeriod.exitCode != 0);
    CHECK_FALSE(QFile::exists(out));
}

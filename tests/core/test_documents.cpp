#include "documents/document_template.h"
#include "documents/document_template_service.h"
#include "documents/official_document.h"
#include "documents/request_form.h"
#include "pdf_files.h"
#include "records/account_service.h"
#include "records/cases/case_event_service.h"
#include "records/cases/case_service.h"
#include "records/people/person_service.h"
#include "test_cases_support.h"
#include "test_database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace legalaid;
using namespace legalaid::documents;
using namespace legalaid::test;

namespace {

QString pageText(const QString& path, int page) {
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
}

// A long document with a table of 150 rows: at least three pages.
OfficialDocument longDocument() {
    OfficialDocument document;
    document
        .setIssuer(QStringLiteral("Sở Tư pháp thành phố Hải Phòng"),
                   QStringLiteral("Trung tâm Trợ giúp pháp lý nhà nước"))
        .setNumber(QStringLiteral("12/TGPL"))
        .setPlaceDate(QStringLiteral("Hải Phòng"), QDate(2026, 6, 5))
        .setTitle(QStringLiteral("DANH SÁCH THỬ"))
        .setSignature(QStringLiteral("Giám đốc"), QStringLiteral("Trần Văn Bình"))
        .setRecipients({QStringLiteral("Sở Tư pháp"), QStringLiteral("Lưu: VT")})
        .setPrintMark({QStringLiteral("Nguyễn Văn Quản"), QDateTime(QDate(2026, 6, 5), QTime(9, 30)), true});
    QString table =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                       "style=\"border-collapse:collapse\"><thead><tr><th>STT</th><th>HEADCOL</th>"
                       "</tr></thead>");
    for (int row = 1; row <= 150; ++row)
        table += QStringLiteral("<tr><td>%1</td><td>Dòng số %1</td></tr>").arg(row);
    table += QStringLiteral("</table>");
    document.appendBodyHtml(table);
    return document;
}

struct CaseFixture {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);

    qint64 person(const QString& name) {
        PersonDetails details;
        details.fullName = name;
        details.sex = Sex::Female;
        details.birthYear = 1998;
        details.provinceCode = QStringLiteral("hai_phong");
        details.commune = QStringLiteral("Xã Tiên Lãng");
        details.phone = QStringLiteral("0912345678");
        auto saved = PersonService(*session).create(details);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return saved->id;
    }

    OpenedCase openCase(qint64 personId) {
        NewCase request;
        request.personId = personId;
        request.form = QStringLiteral("consultation");
        request.fieldCode = QStringLiteral("hinh_su");
        request.summary = QStringLiteral("Tư vấn về quyền của nạn nhân bị mua bán trong vụ án hình sự.");
        auto opened = CaseService(*session).open(request);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        NewCaseEvent document;
        document.caseId = opened->id;
        document.kind = QStringLiteral("document");
        document.direction = QStringLiteral("received");
        document.documentType = QStringLiteral("request");
        document.title = QStringLiteral("Giấy xác nhận nạn nhân");
        REQUIRE(CaseEventService(*session).add(document).ok());
        return *opened;
    }
};

} // namespace

TEST_CASE("Templates refuse unknown placeholders and unbalanced sections by name", "[documents]") {
    TemplateSchema schema;
    schema.values = {QStringLiteral("person.full_name")};
    schema.lists.insert(QStringLiteral("events"), {QStringLiteral("title")});
    CHECK(
        validateTemplate(QStringLiteral("<p>{{person.full_name}}</p>{{#events}}{{title}}{{/events}}"), schema)
            .ok());

    const Status unknown = validateTemplate(QStringLiteral("<p>{{person.nickname}}</p>"), schema);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::InvalidArgument);
    CHECK(unknown.error().message.contains(QStringLiteral("person.nickname")));

    const Status open = validateTemplate(QStringLiteral("{{#events}}{{title}}"), schema);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.contains(QStringLiteral("events")));
    const Status stray = validateTemplate(QStringLiteral("{{/events}}"), schema);
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().message.contains(QStringLiteral("events")));
    // An item's key is known only inside its list.
    const Status outside = validateTemplate(QStringLiteral("{{title}}"), schema);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message.contains(QStringLiteral("title")));
}

TEST_CASE("Template values are escaped and sections repeat", "[documents]") {
    TemplateData data;
    data.values.insert(QStringLiteral("person.full_name"), QStringLiteral("<b>Lan</b> & co"));
    TemplateData first, second;
    first.values.insert(QStringLiteral("title"), QStringLiteral("Một"));
    second.values.insert(QStringLiteral("title"), QStringLiteral("Hai"));
    data.lists.insert(QStringLiteral("events"), {first, second});
    auto html = expandTemplate(
        QStringLiteral("{{person.full_name}}|{{#events}}[{{title}}]{{/events}}{{^events}}none{{/events}}"),
        data);
    REQUIRE(html.ok());
    CHECK(*html == QStringLiteral("&lt;b&gt;Lan&lt;/b&gt; &amp; co|[Một][Hai]"));
}

TEST_CASE("The layout engine draws an A4 Decree 30 page with embedded serif fonts and margins",
          "[documents]") {
    TempWorkspace ws;
    auto rendered = renderPdf(longDocument());
    REQUIRE(rendered.ok());
    REQUIRE(rendered->pageCount >= 3);
    const QString path = savePdf(ws, QStringLiteral("long.pdf"), rendered->pdf);

    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(rendered->pageCount))));

    // Every font is embedded, and the body font is a serif (Times New Roman or Liberation Serif).
    const QString fonts = poppler(QStringLiteral("pdffonts"), {path});
    CHECK((fonts.contains(QStringLiteral("LiberationSerif")) ||
           fonts.contains(QStringLiteral("TimesNewRoman"))));
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        INFO(line.toStdString());
        CHECK(line.contains(
            QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))));
    }

    const QString first = pageText(path, 1);
    CHECK(first.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(first.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(first.contains(QStringLiteral("SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG")));
    CHECK(first.contains(QStringLiteral("Hải Phòng, ngày 05 tháng 6 năm 2026")));
    for (int page = 1; page <= rendered->pageCount; ++page) {
        const QString text = pageText(path, page);
        INFO("page " << page);
        // The header row repeats on every page of the table; the print mark is on every page.
        if (text.contains(QStringLiteral("Dòng số")))
            CHECK(text.contains(QStringLiteral("HEADCOL")));
        CHECK(text.contains(QStringLiteral("Nguyễn Văn Quản")));
        CHECK(text.contains(QStringLiteral("CONFIDENTIAL")));
        // Page numbers from page 2 only: a line holding just the number.
        const bool numbered = text.contains(QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(page),
                                                               QRegularExpression::MultilineOption));
        CHECK(numbered == (page > 1));
    }
    const QString last = pageText(path, rendered->pageCount);
    CHECK(last.contains(QStringLiteral("Nơi nhận:")));
    CHECK(last.contains(QStringLiteral("TRẦN VĂN BÌNH")) == false); // the name is as given, not capitalised
    CHECK(last.contains(QStringLiteral("Trần Văn Bình")));

    // Margins: no word starts left of 30 mm or ends right of 210 - 15 mm (points: 85.04 and 552.76).
    const QString bbox =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"));
    int words = 0;
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const auto match = it.next();
        ++words;
        INFO(match.captured(0).toStdString());
        CHECK(match.captured(1).toDouble() >= 84.5);
        CHECK(match.captured(3).toDouble() <= 553.5);
    }
    CHECK(words > 300);
}

TEST_CASE("The request form prints the case from the records, escaped, and is audited", "[documents]") {
    CaseFixture f;
    const qint64 personId = f.person(QStringLiteral("Nguyễn Thị Ánh Tuyết <b>"));
    const OpenedCase opened = f.openCase(personId);
    const qint64 before = cases::auditCount(f.session->db(), QStringLiteral("document.print"));

    QElapsedTimer timer;
    timer.start();
    auto pdf = printRequestForm(*f.session, opened.id);
    const qint64 elapsed = timer.elapsed();
    INFO((pdf ? QString() : pdf.error().message).toStdString());
    REQUIRE(pdf.ok());
    WARN("request form rendered in " << elapsed << " ms, " << pdf->pageCount << " page(s)");
    const QString path = savePdf(f.ws, QStringLiteral("request.pdf"), pdf->pdf);
    const QString text =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(text.contains(QStringLiteral("ĐƠN YÊU CẦU TRỢ GIÚP PHÁP LÝ")));
    CHECK(text.contains(QStringLiteral("Nguyễn Thị Ánh Tuyết <b>"))); // literally, not bold markup
    CHECK(text.contains(opened.fileCode));
    CHECK(text.contains(QStringLiteral("Giấy xác nhận nạn nhân")));
    // The read-back line sits in a column: read the page in reading order, lines joined.
    const QString flowing = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    CHECK(flowing.contains(
        QStringLiteral("Đơn đã được đọc lại cho người yêu cầu nghe và người yêu cầu đồng ý")));
    CHECK(text.contains(QStringLiteral("Điểm chỉ")));
    CHECK(text.contains(QStringLiteral("0912345678")));
    CHECK(poppler(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("(A4)")));

    CHECK(cases::auditCount(f.session->db(), QStringLiteral("document.print")) == before + 1);
    CHECK(scalar(f.session->db(),
                 QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'document.print' AND target_id = ? "
                     "AND details = 'code=request'"),
                 {QString::number(opened.id)}) == 1);
    CHECK(scalar(f.session->db(),
                 QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'document.print' AND details LIKE ?"),
                 {QStringLiteral("%Tuyết%")}) == 0);
}

TEST_CASE("A role without CaseView cannot print the request form", "[documents]") {
    CaseFixture f;
    const OpenedCase opened = f.openCase(f.person(QStringLiteral("Lê Thị Hoa")));
    const QString path = f.created.files.database;
    f.session.reset();
    auto statistics = sessionWithRole(path, Role::StatisticsOfficer);
    auto refused = printRequestForm(*statistics, opened.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(cases::auditCount(statistics->db(), QStringLiteral("document.print")) == 0);
}

TEST_CASE("Template overrides are versioned, checked, audited and restorable", "[documents]") {
    CaseFixture f;
    DocumentTemplateService templates(*f.session);
    auto shipped = templates.effective(QStringLiteral("request"));
    REQUIRE(shipped.ok());
    CHECK(shipped->version == 0);
    CHECK(shipped->body.contains(QStringLiteral("{{person.full_name}}")));

    auto refused = templates.save(QStringLiteral("request"), QStringLiteral("<p>{{person.shoe_size}}</p>"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().message.contains(QStringLiteral("person.shoe_size")));
    auto unbalanced = templates.save(QStringLiteral("request"), QStringLiteral("{{#documents}}{{title}}"));
    REQUIRE_FALSE(unbalanced.ok());
    CHECK(unbalanced.error().message.contains(QStringLiteral("documents")));
    CHECK_FALSE(templates.save(QStringLiteral("nonsense"), QStringLiteral("x")).ok());

    auto first = templates.save(QStringLiteral("request"), QStringLiteral("<p>V1 {{person.full_name}}</p>"));
    REQUIRE(first.ok());
    CHECK(*first == 1);
    auto second = templates.save(QStringLiteral("request"), QStringLiteral("<p>V2 {{person.full_name}}</p>"));
    REQUIRE(second.ok());
    CHECK(*second == 2);
    CHECK(templates.effective(QStringLiteral("request"))->body.startsWith(QStringLiteral("<p>V2")));
    CHECK(templates.versions(QStringLiteral("request"))->size() == 2);
    CHECK(cases::auditCount(f.session->db(), QStringLiteral("document.template.save")) == 2);

    // The override is what prints.
    const OpenedCase opened = f.openCase(f.person(QStringLiteral("Phạm Thị Mai")));
    auto pdf = printRequestForm(*f.session, opened.id);
    REQUIRE(pdf.ok());
    const QString path = savePdf(f.ws, QStringLiteral("v2.pdf"), pdf->pdf);
    CHECK(pageText(path, 1).contains(QStringLiteral("V2 Phạm Thị Mai")));

    REQUIRE(templates.restoreDefault(QStringLiteral("request")).ok());
    CHECK(templates.effective(QStringLiteral("request"))->version == 0);
    CHECK(templates.versions(QStringLiteral("request"))->size() == 2);
    CHECK(cases::auditCount(f.session->db(), QStringLiteral("document.template.restore")) == 1);
}

TEST_CASE("Only a role that edits the centre settings may change a template", "[documents]") {
    CaseFixture f;
    const QString path = f.created.files.database;
    f.session.reset();
    auto clerk = sessionWithRole(path, Role::IntakeClerk);
    auto refused =
        DocumentTemplateService(*clerk).save(QStringLiteral("request"), QStringLiteral("<p>x</p>"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}

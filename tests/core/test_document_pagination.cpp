// Pagination of the printed documents: long tables are cut between rows with their header row on every page,
// every line of text is written on exactly one page (never again, clipped, at the foot of the page before),
// the layout time grows linearly with the rows, and a long print reports progress and can be cancelled.
#include "documents/document_catalogue.h"
#include "documents/official_document.h"
#include "documents/page_composer.h"
#include "pdf_files.h"
#include "test_database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::documents;
using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// The text of page `page` alone, as pdftotext extracts it (clipped text included: it is in the PDF).
QString pageText(const QString& path, int page) {
    return poppler(s("pdftotext"),
                   {s("-f"), QString::number(page), s("-l"), QString::number(page), path, s("-")});
}

int countWord(const QString& text, const QString& word) {
    return int(
        text.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)))));
}

// A document with a text before, a long table whose rows take one to four lines, and a text after.
OfficialDocument tableDocument(int rows) {
    OfficialDocument document;
    document.setIssuer(s("Sở Tư pháp"), s("Trung tâm Trợ giúp pháp lý"))
        .setTitle(s("BẢNG KIỂM TRA"))
        .setPrintMark({s("Người in"), QDateTime(QDate(2026, 6, 5), QTime(9, 30)), true});
    QString html =
        s("<p>Đoạn mở đầu BEFORETABLE.</p>"
          "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
          "<th width=\"22%\">HEADCOL</th><th width=\"50%\">Nội dung</th><th width=\"28%\">Ghi chú</th>"
          "</tr></thead>");
    for (int row = 1; row <= rows; ++row) {
        QString lines;
        for (int extra = 0; extra < row % 4; ++extra)
            lines += s("<br/>dòng thêm");
        html += s("<tr><td>R%1START</td><td><b>Nguyễn Thị</b> số %1%2<br/>R%1END</td><td>ghi chú</td></tr>")
                    .arg(row)
                    .arg(lines);
    }
    html += s("</table><p>Đoạn kết AFTERTABLE.</p>");
    document.appendBodyHtml(html);
    return document;
}

} // namespace

TEST_CASE("Long tables are split out of the HTML with their header; other tables stay in the flow",
          "[documents-pagination]") {
    const QString html =
        s("<p>a</p><table width=\"100%\" border=\"1\" cellpadding=\"3\"><thead><tr><th width=\"40%\">H1</th>"
          "<th width=\"60%\">H2</th></tr></thead>\n<tr><td align=\"center\" style=\"font-size:10pt\">x</td>"
          "<td>y<br/>z</td></tr>\n<tr><td colspan=\"2\"><b>org</b></td></tr></table><p>b</p>"
          "<table><tr><td>small</td></tr></table>"
          "<table><thead><tr><th>N</th></tr></thead><tr><td><table><tr><td>in</td></tr></table></td></tr>"
          "</table><!-- <table><thead> in a comment --><p>c</p>");
    const auto parts = detail::splitLongTables(html);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].flowHtml == s("<p>a</p>"));
    REQUIRE(parts[1].table.has_value());
    const detail::HtmlTable& table = *parts[1].table;
    CHECK(table.borderPx == 1);
    CHECK(table.paddingPx == 3);
    REQUIRE(table.header.size() == 1);
    REQUIRE(table.header[0].cells.size() == 2);
    CHECK(table.header[0].cells[0].header);
    CHECK(table.header[0].cells[0].widthPercent == 40);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells[0].align == s("center"));
    CHECK(table.rows[0].cells[0].style == s("font-size:10pt"));
    CHECK(table.rows[0].cells[1].html == s("y<br/>z"));
    CHECK(table.rows[1].cells[0].columnSpan == 2);
    // The small table and the table with a nested table are left to the flow.
    CHECK(parts[2].flowHtml.startsWith(s("<p>b</p><table><tr><td>small")));
    CHECK(parts[2].flowHtml.endsWith(s("<p>c</p>")));
}

TEST_CASE("Each row's text is on exactly one page and every page of the table starts with its header row",
          "[documents-pagination]") {
    constexpr int kRows = 150;
    auto pdf = renderPdf(tableDocument(kRows));
    REQUIRE(pdf.ok());
    REQUIRE(pdf->pageCount >= 4);
    TempWorkspace ws;
    const QString path = savePdf(ws, s("table.pdf"), pdf->pdf);
    std::vector<int> startPage(kRows + 1, 0);
    std::vector<int> endPage(kRows + 1, 0);
    std::vector<int> seen(kRows + 1, 0);
    int before = 0;
    int after = 0;
    for (int page = 1; page <= pdf->pageCount; ++page) {
        INFO("page " << page);
        const QString text = pageText(path, page);
        // The header row once on every page (the table runs on to the last page).
        CHECK(countWord(text, s("HEADCOL")) == 1);
        CHECK(text.contains(s("CONFIDENTIAL")));
        before += countWord(text, s("BEFORETABLE"));
        after += countWord(text, s("AFTERTABLE"));
        for (int row = 1; row <= kRows; ++row) {
            const int starts = countWord(text, s("R%1START").arg(row));
            const int ends = countWord(text, s("R%1END").arg(row));
            seen[row] += starts;
            if (starts > 0)
                startPage[row] = page;
            if (ends > 0)
                endPage[row] = page;
            INFO("row " << row);
            CHECK(starts == ends); // never cut: both ends of the row on the same page, or neither
        }
    }
    CHECK(before == 1);
    CHECK(after == 1);
    for (int row = 1; row <= kRows; ++row) {
        INFO("row " << row);
        CHECK(seen[row] == 1); // exactly once in the whole document
        CHECK(startPage[row] == endPage[row]);
        if (row > 1)
            CHECK(startPage[row] >= startPage[row - 1]); // in order
    }
}

TEST_CASE("Text that runs over a page break is written once, on the page it is seen on",
          "[documents-pagination]") {
    // Long paragraphs and a contents-like flow: the line after each page break was written (clipped) at the
    // foot of the page before as well.
    OfficialDocument document;
    document.setIssuer(s("Sở Tư pháp"), s("Trung tâm")).setTitle(s("VĂN BẢN DÀI"));
    QString body;
    for (int line = 1; line <= 160; ++line)
        body += s("<p style=\"margin:0\">Dòng L%1X của văn bản.</p>").arg(line);
    document.appendBodyHtml(body);
    auto pdf = renderPdf(document);
    REQUIRE(pdf.ok());
    REQUIRE(pdf->pageCount >= 3);
    TempWorkspace ws;
    const QString path = savePdf(ws, s("flow.pdf"), pdf->pdf);
    std::vector<int> seen(161, 0);
    for (int page = 1; page <= pdf->pageCount; ++page) {
        const QString text = pageText(path, page);
        for (int line = 1; line <= 160; ++line)
            seen[line] += countWord(text, s("L%1X").arg(line));
    }
    for (int line = 1; line <= 160; ++line) {
        INFO("line " << line);
        CHECK(seen[line] == 1);
    }
}

TEST_CASE("The layout time grows linearly with the rows of a long table", "[documents-pagination]") {
    // Warm up the fonts first, then compare 400 and 1,600 rows: four times the rows may take at most about
    // four times as long (the old layout was quadratic); a wide margin keeps a busy machine from failing it.
    REQUIRE(renderPdf(tableDocument(20)).ok());
    QElapsedTimer timer;
    timer.start();
    auto small = renderPdf(tableDocument(400));
    const qint64 smallMs = qMax<qint64>(timer.restart(), 1);
    auto large = renderPdf(tableDocument(1600));
    const qint64 largeMs = timer.elapsed();
    REQUIRE(small.ok());
    REQUIRE(large.ok());
    WARN("400 rows: " << smallMs << " ms, " << small->pageCount << " pages; 1600 rows: " << largeMs << " ms, "
                      << large->pageCount << " pages");
    CHECK(large->pageCount >= 3 * small->pageCount);
    CHECK(largeMs < 7 * smallMs);
}

TEST_CASE("A long print reports each page and stops when cancelled", "[documents-pagination]") {
    const OfficialDocument document = tableDocument(150);
    std::vector<std::pair<int, int>> calls;
    RenderControl control;
    control.progress = [&](int done, int total) { calls.emplace_back(done, total); };
    auto pdf = renderPdf(document, control);
    REQUIRE(pdf.ok());
    REQUIRE(int(calls.size()) == pdf->pageCount + 1);
    for (int index = 0; index <= pdf->pageCount; ++index) {
        CHECK(calls[index].first == index);
        CHECK(calls[index].second == pdf->pageCount);
    }

    std::atomic_bool stop{false};
    RenderControl cancelling;
    cancelling.cancel = &stop;
    int lastDone = 0;
    cancelling.progress = [&](int done, int) {
        lastDone = done;
        if (done == 2)
            stop = true;
    };
    auto cancelled = renderPdf(document, cancelling);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(lastDone == 2);

    // A cancel before the layout is done stops at once.
    std::atomic_bool already{true};
    RenderControl early;
    early.cancel = &already;
    auto none = renderPdf(document, early);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::Cancelled);
}

TEST_CASE("A cancelled PDF print is not audited; a finished one is", "[documents-pagination]") {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);
    PrintRequest request;
    request.code = s("directory");
    const auto prints = [&] {
        QSqlQuery query(session->db());
        REQUIRE(query.exec(s("SELECT count(*) FROM audit_log WHERE action = 'document.print'")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    const int at = prints();
    std::atomic_bool stop{true};
    RenderControl control;
    control.cancel = &stop;
    auto cancelled = printDocumentPdf(*session, request, control);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(prints() == at);
    stop = false;
    auto printed = printDocumentPdf(*session, request, control);
    INFO((printed ? QString() : printed.error().message).toStdString());
    REQUIRE(printed.ok());
    CHECK(prints() == at + 1);
}

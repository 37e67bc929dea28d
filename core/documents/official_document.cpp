#include "documents/official_document.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <memory>

namespace legalaid::documents {

namespace {

constexpr int kPdfResolution = 300;
constexpr double kBodyPointSize = 13;
constexpr double kFooterPointSize = 8;
constexpr double kFooterBandMm = 11;        // reserved at the foot of the content area for the print mark
constexpr double kPageNumberFromTopMm = 10; // the page number's baseline band inside the top margin

// QTextDocument reads HTML lengths as CSS pixels (1/96 inch) and scales them to the device; spacing is
// thought of in points, as on paper.
QString px(double pt) {
    return QString::number(qMax(0, qRound(pt * 96.0 / 72.0)));
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString twoDigits(int n) {
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// A short centred rule over `percent` of the column: the middle cell of a three-cell table carries a top
// border (a table's own width is not honoured inside a table cell; its columns' widths are).
QString ruleHtml(int percent, double spaceAbovePt) {
    const int side = (100 - percent) / 2;
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top:%1px; border-style:none\"><tr>"
                          "<td width=\"%2%\" style=\"font-size:2pt\"></td>"
                          "<td width=\"%3%\" style=\"border-top:1px solid #000000; font-size:2pt\"></td>"
                          "<td width=\"%2%\" style=\"font-size:2pt\"></td></tr></table>")
        .arg(px(spaceAbovePt))
        .arg(side)
        .arg(100 - 2 * side);
}

QString nationalHtml(double nationalPt, double mottoPt) {
    return QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:%1pt; font-weight:bold\">"
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
                          "<p align=\"center\" style=\"margin:0; font-size:%2pt; font-weight:bold\">"
                          "Độc lập - Tự do - Hạnh phúc</p>")
               .arg(nationalPt)
               .arg(mottoPt) +
           ruleHtml(mottoPt < 13.5 ? 62 : 40, 1.5); // about as long as the motto
}

// A small table (the heading, a signature block, a fingerprint box) is never split across pages: when one
// crosses a page boundary it starts on the next page. Long tables have a header row (<thead>) and flow on,
// repeating it.
void keepSmallTablesTogether(QTextDocument& text, double pageHeight) {
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        const auto frames = text.rootFrame()->childFrames();
        for (QTextFrame* frame : frames) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table || table->format().headerRowCount() > 0)
                continue;
            const QRectF box = text.documentLayout()->frameBoundingRect(table);
            if (box.height() >= pageHeight)
                continue;
            const int firstPage = int(box.top() / pageHeight);
            const int lastPage = int((box.bottom() - 1) / pageHeight);
            if (firstPage == lastPage)
                continue;
            QTextTableFormat format = table->format();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            moved = true;
            break; // everything after it moved: lay out again and look from the start
        }
        if (!moved)
            return;
    }
}

// The page a y position of the laid-out document falls on.
int pageOf(double y, double pageHeight) {
    return int(y / pageHeight);
}

struct RowExtent {
    double top = 0;    // the top of the row's first line (any cell)
    double bottom = 0; // the bottom of the row's last line (any cell)
};

RowExtent rowExtent(QTextDocument& text, QTextTable* table, int row) {
    RowExtent extent{1e18, -1e18};
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        const QRectF top = text.documentLayout()->blockBoundingRect(first);
        const QRectF bottom = text.documentLayout()->blockBoundingRect(last);
        extent.top = qMin(extent.top, top.top());
        extent.bottom = qMax(extent.bottom, bottom.bottom());
    }
    return extent;
}

// Qt moves a table row to the next page only when none of its cells has a line left on the current page,
// so a row of several lines is cut in two at the page boundary. A row must be read whole on one page: the
// row before a row that would be cut gets room at the bottom of its cells until the cut row starts past the
// page end, where the layout moves it to the next page under the repeated header row.
//
// Laying the document out again after each moved row would cost one layout per page (minutes for a
// 5,000-case register), so the moves are planned together: the rows' natural heights come from one layout
// without pages, the page breaks are simulated with them, the room is added to every row before a break at
// once, and the document is laid out again. A row the plan missed (the first line of a moved row lands a
// little differently than estimated) is planned again from the new layout, a few rounds at most.
class TableRowKeeper {
public:
    TableRowKeeper(QTextDocument& text, QTextTable* table, double pageHeight)
        : m_text(text)
        , m_table(table)
        , m_pageHeight(pageHeight)
        , m_firstBody(table->format().headerRowCount()) {}

    void run() {
        for (int round = 0; round < 4; ++round) {
            const std::vector<RowExtent> placed = extents();
            const int firstCut = firstCutRow(placed);
            if (firstCut < 0)
                return;
            // Where the first line of a row that starts a page lands (under the repeated header).
            double pageStartOffset = -1;
            for (int row = m_firstBody + 1; row < m_table->rows(); ++row) {
                const int page = pageOf(placed[row].top, m_pageHeight);
                if (page > 0 && pageOf(placed[row - 1].bottom - 1, m_pageHeight) < page &&
                    !isCut(placed[row])) {
                    pageStartOffset = placed[row].top - page * m_pageHeight;
                    break;
                }
            }
            // The rows' own heights, without pages, from a copy (changing this document's page size back and
            // forth leaves the blocks after the table laid out for the wrong page size).
            const std::vector<RowExtent> natural = naturalExtents();
            if (pageStartOffset < 0) // no row starts a page yet: estimate from the header's height
                pageStartOffset = natural[m_firstBody].top - natural[0].top;
            // Simulate from the first cut row on; rows before it stay where they are.
            double y = placed[firstCut].top;
            std::vector<std::pair<int, double>> moves; // row, room to add to the row before it
            for (int row = firstCut; row < m_table->rows(); ++row) {
                if (row > firstCut)
                    y += natural[row].top - natural[row - 1].top;
                const double height = natural[row].bottom - natural[row].top;
                if (height >= m_pageHeight * 0.8)
                    continue; // a row taller than a page is cut whatever we do
                const int page = pageOf(y, m_pageHeight);
                if (page == pageOf(y + height - 1, m_pageHeight))
                    continue;
                const double pageEnd = (page + 1) * m_pageHeight;
                moves.emplace_back(row, pageEnd - y + 2);
                y = pageEnd + pageStartOffset;
            }
            // One edit block: the layout runs once at its end, not once per changed cell.
            QTextCursor editing(&m_text);
            editing.beginEditBlock();
            for (const auto& [row, room] : moves)
                addRoomAfter(editing, row - 1, room);
            editing.endEditBlock();
            m_text.pageCount(); // lays the document out again
        }
    }

private:
    [[nodiscard]] bool isCut(const RowExtent& extent) const {
        return extent.bottom - extent.top < m_pageHeight * 0.8 &&
               pageOf(extent.top, m_pageHeight) != pageOf(extent.bottom - 1, m_pageHeight);
    }

    [[nodiscard]] int firstCutRow(const std::vector<RowExtent>& rows) const {
        // The first body row cannot move on its own: Qt keeps it with the header.
        for (int row = m_firstBody + 1; row < int(rows.size()); ++row)
            if (isCut(rows[row]))
                return row;
        return -1;
    }

    [[nodiscard]] std::vector<RowExtent> naturalExtents() {
        std::unique_ptr<QTextDocument> copy(m_text.clone());
        copy->documentLayout()->setPaintDevice(m_text.documentLayout()->paintDevice());
        copy->setDefaultFont(m_text.defaultFont());
        copy->setDocumentMargin(m_text.documentMargin());
        copy->setPageSize(QSizeF(m_text.pageSize().width(), -1));
        const int index = int(m_text.rootFrame()->childFrames().indexOf(m_table));
        auto* table = qobject_cast<QTextTable*>(copy->rootFrame()->childFrames().value(index));
        std::vector<RowExtent> rows;
        if (!table)
            return extents();
        for (int row = 0; row < table->rows(); ++row)
            rows.push_back(rowExtent(*copy, table, row));
        return rows;
    }

    [[nodiscard]] std::vector<RowExtent> extents() {
        std::vector<RowExtent> rows;
        rows.reserve(m_table->rows());
        for (int row = 0; row < m_table->rows(); ++row)
            rows.push_back(rowExtent(m_text, m_table, row));
        return rows;
    }

    void addRoomAfter(QTextCursor& editing, int row, double room) {
        for (int column = 0; column < m_table->columns(); ++column) {
            const QTextTableCell cell = m_table->cellAt(row, column);
            if (!cell.isValid() || cell.row() + cell.rowSpan() - 1 != row || cell.column() != column)
                continue;
            editing.setPosition(cell.lastCursorPosition().position());
            QTextBlockFormat format = editing.blockFormat();
            format.setBottomMargin(format.bottomMargin() + room);
            editing.setBlockFormat(format);
        }
    }

    QTextDocument& m_text;
    QTextTable* m_table;
    double m_pageHeight;
    int m_firstBody;
};

void keepTableRowsWhole(QTextDocument& text, double pageHeight) {
    const auto frames = text.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table && table->format().headerRowCount() > 0 && table->rows() > 2)
            TableRowKeeper(text, table, pageHeight).run();
    }
}

// The contents page: each heading carries <a name="toc-N">, each entry of the contents the marker
// [[page:toc-N]] in a right-aligned cell; once the layout is final the markers become page numbers (a
// narrower text in the same cell: nothing moves).
// Where a heading's first line is: a page break before the block moves its lines, not the block's top.
double headingTop(QTextDocument& text, const QTextBlock& block) {
    const double top = text.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout* layout = block.layout();
    return layout && layout->lineCount() > 0 ? top + layout->lineAt(0).y() : top;
}

void fillContentsPageNumbers(QTextDocument& text, double pageHeight) {
    QHash<QString, int> pages;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString& name : names)
                if (name.startsWith(QLatin1String("toc-")) && !pages.contains(name))
                    pages.insert(name, pageOf(headingTop(text, block), pageHeight) + 1);
        }
    }
    static const QRegularExpression marker(QStringLiteral("\\[\\[page:(toc-[0-9]+)\\]\\]"));
    for (QTextCursor found = text.find(marker); !found.isNull(); found = text.find(marker, found)) {
        const QString name = marker.match(found.selectedText()).captured(1);
        found.insertText(pages.contains(name) ? QString::number(pages.value(name)) : QString());
    }
}

} // namespace

OfficialDocument& OfficialDocument::setOrientation(QPageLayout::Orientation orientation) {
    m_orientation = orientation;
    return *this;
}
OfficialDocument& OfficialDocument::setHeaderStyle(HeaderStyle style) {
    m_style = style;
    return *this;
}
OfficialDocument& OfficialDocument::setIssuer(const QString& parentAgency, const QString& issuingBody) {
    m_parentAgency = parentAgency.trimmed();
    m_issuingBody = issuingBody.trimmed();
    return *this;
}
OfficialDocument& OfficialDocument::setNumber(const QString& number) {
    m_number = number.trimmed();
    return *this;
}
OfficialDocument& OfficialDocument::setPlaceDate(const QString& place, const QDate& date) {
    m_place = place.trimmed();
    m_date = date;
    return *this;
}
OfficialDocument& OfficialDocument::setTitle(const QString& title, const QString& subtitle) {
    m_title = title;
    m_subtitle = subtitle;
    return *this;
}
OfficialDocument& OfficialDocument::appendBodyHtml(const QString& html) {
    m_body += html;
    return *this;
}
OfficialDocument& OfficialDocument::setSignature(const QString& title, const QString& name) {
    m_signerTitle = title;
    m_signerName = name;
    m_hasSignature = true;
    return *this;
}
OfficialDocument& OfficialDocument::setRecipients(const QStringList& recipients) {
    m_recipients = recipients;
    return *this;
}
OfficialDocument& OfficialDocument::setPrintMark(const PrintMark& mark) {
    m_mark = mark;
    return *this;
}
OfficialDocument& OfficialDocument::setHasContents(bool hasContents) {
    m_hasContents = hasContents;
    return *this;
}
OfficialDocument& OfficialDocument::setDocumentTitle(const QString& title) {
    m_documentTitle = title;
    return *this;
}

QPageLayout OfficialDocument::pageLayout() const {
    return officialPageLayout(m_orientation);
}

QString OfficialDocument::headerHtml() const {
    const QString placeDate =
        QStringLiteral("<p align=\"right\" style=\"margin:0; font-style:italic\">%1%2</p>")
            .arg(m_place.isEmpty() ? QString() : esc(m_place) + QStringLiteral(", "),
                 m_date.isValid() ? vietnameseDateWords(m_date) : QStringLiteral("ngày …… tháng …… năm ……"));
    if (m_style == HeaderStyle::NationalOnly)
        return nationalHtml(13, 14) + QStringLiteral("<p style=\"margin:0; font-size:8pt\">&nbsp;</p>") +
               (m_place.isEmpty() && !m_date.isValid() ? QString() : placeDate);

    // Decree 30, appendix I: the issuing body over the left part, the national heading over the right; the
    // number under the issuing body and the place and date under the motto, on the same line.
    QString left;
    if (!m_parentAgency.isEmpty())
        left += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:12pt\">") +
                esc(m_parentAgency.toUpper()) + QStringLiteral("</p>");
    left += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:12pt; font-weight:bold\">") +
            esc(m_issuingBody.toUpper()) + QStringLiteral("</p>") + ruleHtml(36, 1.5);
    const QString number =
        m_number.isEmpty()
            ? QString()
            : QStringLiteral("<p align=\"center\" style=\"margin:0\">Số: %1</p>").arg(esc(m_number));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                          "<td width=\"45%\" valign=\"top\">") +
           left + QStringLiteral("</td><td width=\"55%\" valign=\"top\">") + nationalHtml(12, 13) +
           QStringLiteral("</td></tr><tr><td valign=\"top\" style=\"padding-top:%1px\">").arg(px(6)) +
           number + QStringLiteral("</td><td valign=\"top\" style=\"padding-top:%1px\">").arg(px(6)) +
           QString(placeDate).replace(QStringLiteral("align=\"right\""), QStringLiteral("align=\"center\"")) +
           QStringLiteral("</td></tr></table>");
}

QString OfficialDocument::closingHtml() const {
    if (!m_hasSignature && m_recipients.isEmpty())
        return {};
    QString left;
    if (!m_recipients.isEmpty()) {
        left = QStringLiteral("<p style=\"margin:0; font-size:12pt; font-weight:bold; font-style:italic\">"
                              "Nơi nhận:</p>");
        for (const QString& recipient : m_recipients)
            left += QStringLiteral("<p style=\"margin:0; font-size:11pt\">- ") + esc(recipient) +
                    QStringLiteral(";</p>");
    }
    QString right;
    if (m_hasSignature) {
        right = QStringLiteral("<p align=\"center\" style=\"margin:0; font-weight:bold\">") +
                esc(m_signerTitle.toUpper()) +
                QStringLiteral("</p><p style=\"margin:0; font-size:%1pt\">&nbsp;</p>").arg(56) +
                QStringLiteral("<p align=\"center\" style=\"margin:0; font-weight:bold\">") +
                esc(m_signerName) + QStringLiteral("</p>");
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                          "style=\"margin-top:%1px\"><tr><td width=\"50%\" valign=\"top\">")
               .arg(px(12)) +
           left + QStringLiteral("</td><td width=\"50%\" valign=\"top\">") + right +
           QStringLiteral("</td></tr></table>");
}

QString OfficialDocument::html() const {
    QString html = QStringLiteral("<html><body>") + headerHtml();
    if (!m_title.isEmpty())
        html +=
            QStringLiteral("<p align=\"center\" style=\"margin-top:%1px; margin-bottom:0; font-size:14pt; "
                           "font-weight:bold\">")
                .arg(px(18)) +
            esc(m_title) + QStringLiteral("</p>");
    if (!m_subtitle.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:14pt; font-weight:bold\">") +
                esc(m_subtitle) + QStringLiteral("</p>");
    html += m_body + closingHtml() + QStringLiteral("</body></html>");
    return html;
}

QPageLayout officialPageLayout(QPageLayout::Orientation orientation) {
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(30, 20, 15, 20),
                       QPageLayout::Millimeter);
}

QString documentFontFamily() {
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString& candidate :
             {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("Tinos"),
              QStringLiteral("DejaVu Serif")})
            if (installed.contains(candidate, Qt::CaseInsensitive))
                return candidate;
        return QStringLiteral("serif");
    }();
    return family;
}

QString vietnameseDateWords(const QDate& date) {
    const int month = date.month();
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(twoDigits(date.day()), month <= 2 ? twoDigits(month) : QString::number(month),
             QString::number(date.year()));
}

Result<RenderStats> renderDocument(const OfficialDocument& document, QPagedPaintDevice& device) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "Documents", "Documents can only be drawn in a graphical application."));
    const double dotsPerMm = device.logicalDpiY() / 25.4;
    const PrintMark& mark = document.printMark();
    const bool hasMark = !mark.user.isEmpty() || mark.at.isValid() || mark.personalData;
    const double footerBand = hasMark ? kFooterBandMm * dotsPerMm : 0;
    const QSizeF page(device.width(), device.height() - footerBand);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&device); // point sizes exact at the device's resolution
    QFont font(documentFontFamily());
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(kBodyPointSize);
    text.setDefaultFont(font);
    text.setDocumentMargin(0); // the page layout's margins are the Decree 30 margins
    text.setPageSize(page);
    text.setHtml(document.html());
    keepSmallTablesTogether(text, page.height());
    keepTableRowsWhole(text, page.height());
    if (document.hasContents())
        fillContentsPageNumbers(text, page.height());
    const int pages = text.pageCount();

    QFont small(font);
    small.setPointSizeF(kFooterPointSize);
    QFont number(font);
    number.setPointSizeF(13);
    const QString printedLine =
        QCoreApplication::translate("Documents", "Printed by %1 on %2")
            .arg(mark.user, mark.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    const QString confidential = QCoreApplication::translate(
        "Documents", "CONFIDENTIAL – contains personal data; do not disclose without the person's consent "
                     "(Law on Prevention and Combat of Human Trafficking 2024).");
    const double topMargin = document.pageLayout().margins(QPageLayout::Millimeter).top() * dotsPerMm;

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, QCoreApplication::translate("Documents", "The document could not be "
                                                                                 "drawn on the page."));
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Documents", "A new page could not be started."));
        painter.save();
        const QRectF clip(0, index * page.height(), page.width(), page.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setPen(Qt::black);
        if (index > 0) { // Decree 30: page numbers centred in the top margin, from the second page
            painter.setFont(number);
            const QRectF band(0, -topMargin, page.width(), kPageNumberFromTopMm * dotsPerMm + 2 * dotsPerMm);
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignBottom, QString::number(index + 1));
        }
        if (hasMark) {
            const double top = page.height() + 2 * dotsPerMm;
            painter.drawLine(QPointF(0, top), QPointF(page.width(), top));
            painter.setFont(small);
            const QString footer =
                mark.personalData ? printedLine + QLatin1Char('\n') + confidential : printedLine;
            painter.drawText(QRectF(0, top + 0.8 * dotsPerMm, page.width(), footerBand - 2.8 * dotsPerMm),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footer);
        }
    }
    painter.end();
    return RenderStats{pages};
}

Result<RenderedPdf> renderPdf(const OfficialDocument& document) {
    // Drawn in memory first: a failure never leaves half a PDF behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    QString failure;
    ErrorCode failureCode = ErrorCode::Internal;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(document.pageLayout());
        writer.setTitle(document.documentTitle());
        writer.setCreator(QStringLiteral("legalaid-desk"));
        const auto stats = renderDocument(document, writer);
        if (stats.ok()) {
            pageCount = stats->pageCount;
        } else {
            failure = stats.error().message;
            failureCode = stats.error().code;
        }
    }
    buffer.close();
    if (!failure.isEmpty())
        return makeError(failureCode, failure);
    if (buffer.data().isEmpty())
        return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                  "Documents", "The document could not be drawn as a PDF."));
    return RenderedPdf{buffer.data(), pageCount};
}

} // namespace legalaid::documents

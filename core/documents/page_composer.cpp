#include "documents/page_composer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <cmath>

namespace legalaid::documents::detail {

namespace {

// ---- Splitting the HTML ------------------------------------------------------------------------------

QHash<QString, QString> attributesOf(const QString& text) {
    static const QRegularExpression attribute(
        QStringLiteral("([A-Za-z_:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"));
    QHash<QString, QString> attributes;
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString value = match.captured(2);
        if (match.capturedLength(3) > 0)
            value = match.captured(3);
        else if (match.capturedLength(4) > 0)
            value = match.captured(4);
        attributes.insert(match.captured(1).toLower(), value.trimmed());
    }
    return attributes;
}

double numberOf(const QString& text, double fallback) {
    static const QRegularExpression number(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)"));
    const auto match = number.match(text);
    return match.hasMatch() ? match.captured(1).toDouble() : fallback;
}

// The table being read while scanning the HTML.
struct TableScan {
    int start = 0;
    HtmlTable table;
    bool hasHead = false;
    bool simple = true;
    bool inHead = false;
    bool rowOpen = false;
    HtmlRow row;
    bool cellOpen = false;
    HtmlCell cell;
    int cellStart = 0;

    void closeCell(const QString& html, int end) {
        if (!cellOpen)
            return;
        cell.html = html.mid(cellStart, end - cellStart);
        row.cells.push_back(std::move(cell));
        cell = HtmlCell{};
        cellOpen = false;
    }
    void closeRow(const QString& html, int end) {
        closeCell(html, end);
        if (rowOpen && !row.cells.empty())
            (inHead ? table.header : table.rows).push_back(std::move(row));
        row = HtmlRow{};
        rowOpen = false;
    }
};

} // namespace

std::vector<HtmlPart> splitLongTables(const QString& html) {
    static const QRegularExpression tag(
        QStringLiteral("<!--[\\s\\S]*?-->|<(/?)([A-Za-z][A-Za-z0-9]*)\\b([^>]*)>"));
    std::vector<HtmlPart> parts;
    int flowStart = 0;
    int depth = 0;
    TableScan scan;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength(2) == 0)
            continue; // a comment
        const bool closing = match.capturedLength(1) > 0;
        const QString name = match.captured(2).toLower();
        if (name == QLatin1String("table")) {
            if (!closing) {
                if (depth == 0) {
                    scan = TableScan{};
                    scan.start = int(match.capturedStart());
                    const auto attributes = attributesOf(match.captured(3));
                    scan.table.borderPx = numberOf(attributes.value(QStringLiteral("border")), 0);
                    scan.table.paddingPx = numberOf(attributes.value(QStringLiteral("cellpadding")), 0);
                    const QString width = attributes.value(QStringLiteral("width"), QStringLiteral("100%"));
                    scan.table.widthPercent =
                        width.endsWith(QLatin1Char('%')) ? qBound(1.0, numberOf(width, 100), 100.0) : 100;
                    scan.table.breakBefore = attributes.value(QStringLiteral("style"))
                                                 .remove(QLatin1Char(' '))
                                                 .contains(QLatin1String("page-break-before:always"));
                    if (!width.endsWith(QLatin1Char('%')) ||
                        attributes.value(QStringLiteral("style")).contains(QLatin1String("margin")))
                        scan.simple = false; // a table of a fixed width or with margins: Qt lays it out
                } else {
                    scan.simple = false; // a table in a table
                }
                ++depth;
            } else if (depth > 0) {
                --depth;
                if (depth == 0) {
                    scan.closeRow(html, int(match.capturedStart()));
                    const int end = int(match.capturedEnd());
                    if (scan.hasHead && scan.simple && !scan.table.header.empty()) {
                        parts.push_back({html.mid(flowStart, scan.start - flowStart), std::nullopt});
                        parts.push_back({QString(), std::move(scan.table)});
                        flowStart = end;
                    }
                }
            }
            continue;
        }
        if (depth != 1)
            continue;
        if (name == QLatin1String("thead")) {
            scan.closeRow(html, int(match.capturedStart()));
            scan.inHead = !closing;
            scan.hasHead = true;
        } else if (name == QLatin1String("tbody")) {
            scan.closeRow(html, int(match.capturedStart()));
        } else if (name == QLatin1String("tfoot") || name == QLatin1String("caption")) {
            scan.simple = false;
        } else if (name == QLatin1String("tr")) {
            scan.closeRow(html, int(match.capturedStart()));
            scan.rowOpen = !closing;
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            scan.closeCell(html, int(match.capturedStart()));
            if (closing)
                continue;
            if (!scan.rowOpen) {
                scan.rowOpen = true;
            }
            const auto attributes = attributesOf(match.captured(3));
            HtmlCell& cell = scan.cell;
            cell.header = name == QLatin1String("th");
            cell.columnSpan = qMax(1, int(numberOf(attributes.value(QStringLiteral("colspan")), 1)));
            if (numberOf(attributes.value(QStringLiteral("rowspan")), 1) > 1)
                scan.simple = false;
            cell.align = attributes.value(QStringLiteral("align")).toLower();
            cell.valign = attributes.value(QStringLiteral("valign")).toLower();
            cell.style = attributes.value(QStringLiteral("style"));
            const QString width = attributes.value(QStringLiteral("width"));
            cell.widthPercent = width.endsWith(QLatin1Char('%')) ? numberOf(width, 0) : 0;
            scan.cellOpen = true;
            scan.cellStart = int(match.capturedEnd());
        }
    }
    parts.push_back({html.mid(flowStart), std::nullopt});
    return parts;
}

namespace {

// ---- Layout ------------------------------------------------------------------------------------------

constexpr double kEpsilon = 0.01;

// A run of ordinary HTML laid out without pages, and the vertical spans it may not be cut inside.
struct Flow {
    std::unique_ptr<QTextDocument> text;
    struct Span {
        double top = 0;
        double bottom = 0;
        bool breakBefore = false;
    };
    std::vector<Span> spans; // sorted, not overlapping
    double height = 0;
};

struct LongTable {
    HtmlTable html;
    std::vector<double> columnLeft; // device units, from the table's left edge; one more than columns
    std::vector<double> headerHeights;
    std::vector<double> rowHeights; // each with its top border
    double border = 0;              // device units
    double padding = 0;
    double headerHeight = 0;
    struct Measured {
        double height = 0;
        int uses = 0;
    };
    QHash<QString, Measured> measured;                   // by cellKey()
    QHash<QString, std::shared_ptr<QTextDocument>> kept; // repeated cells, laid out once for drawing
};

// What one page shows: a slice of a flow, or rows of a long table (under its header row when `header`).
struct Placement {
    int part = 0;
    double destination = 0; // y on the page
    double sourceTop = 0;   // flow: the slice of the flow's layout
    double sourceBottom = 0;
    int rowFrom = 0; // table: rows [rowFrom, rowTo)
    int rowTo = 0;
    bool header = false;
};

bool isEmptyBlock(const QTextBlock& block) {
    return block.length() <= 1 && !block.textList();
}

Flow layoutFlow(const QString& html, QPaintDevice& device, double width, const QFont& font,
                double pageHeight) {
    Flow flow;
    flow.text = std::make_unique<QTextDocument>();
    QTextDocument& text = *flow.text;
    text.documentLayout()->setPaintDevice(&device);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    text.setPageSize(QSizeF(width, -1)); // no pages: the composer cuts them
    text.setHtml(html);
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    flow.height = layout->documentSize().height();
    // The space a run's last paragraph asks for below it (Qt leaves it out at the end of the document).
    for (QTextBlock block = text.lastBlock(); block.isValid(); block = block.previous()) {
        if (isEmptyBlock(block))
            continue;
        if (text.frameAt(block.position()) == text.rootFrame())
            flow.height =
                qMax(flow.height, layout->blockBoundingRect(block).bottom() +
                                      block.blockFormat().bottomMargin() * device.logicalDpiY() / 96.0);
        break;
    }

    std::vector<Flow::Span> spans;
    bool pendingBreak = false;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const bool breakBefore =
            pendingBreak || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        pendingBreak = false;
        if (isEmptyBlock(block) || !block.layout() || block.layout()->lineCount() == 0) {
            pendingBreak = breakBefore || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter);
            continue;
        }
        const QRectF box = layout->blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        for (int index = 0; index < lines->lineCount(); ++index) {
            const QTextLine line = lines->lineAt(index);
            spans.push_back(
                {box.top() + line.y(), box.top() + line.y() + line.height(), index == 0 && breakBefore});
        }
        pendingBreak = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter;
    }
    // A table of the flow (a heading, a signature block, the contents) stays whole on one page when it
    // fits on one.
    const auto frames = text.rootFrame()->childFrames();
    const double pxToDevice = device.logicalDpiY() / 96.0;
    for (QTextFrame* frame : frames) {
        QRectF box = layout->frameBoundingRect(frame);
        // Qt reports a table's box moved down by its first cell's offset (margin, border, spacing, padding).
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            const QTextTableFormat format = table->format();
            const double padding =
                format.hasProperty(QTextFormat::TableCellPadding) ? format.cellPadding() : 0;
            box.translate(0, -(format.topMargin() + format.border() + format.cellSpacing() + padding) *
                                 pxToDevice);
        }
        const bool breakBefore = frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        if (box.height() < pageHeight || breakBefore)
            spans.push_back({box.top(), box.top() + qMin(box.height(), pageHeight), breakBefore});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Flow::Span& a, const Flow::Span& b) { return a.top < b.top; });
    for (const Flow::Span& span : spans) {
        if (!flow.spans.empty() && span.top < flow.spans.back().bottom - kEpsilon) {
            if (span.breakBefore && span.top > flow.spans.back().top + kEpsilon) {
                // A block that starts a page is never inside what comes before it.
                flow.spans.back().bottom = span.top;
                flow.spans.push_back(span);
                continue;
            }
            flow.spans.back().bottom = qMax(flow.spans.back().bottom, span.bottom);
            flow.spans.back().breakBefore = flow.spans.back().breakBefore || span.breakBefore;
            continue;
        }
        flow.spans.push_back(span);
    }
    return flow;
}

// The HTML a cell's content is laid out from: the cell's alignment and style on a block around it.
QString cellHtml(const HtmlCell& cell) {
    QString align = cell.align;
    if (align.isEmpty() && cell.header)
        align = QStringLiteral("center");
    QString style = cell.style;
    if (cell.header)
        style.prepend(QStringLiteral("font-weight:bold; "));
    return QStringLiteral("<div%1 style=\"margin:0; %2\">%3</div>")
        .arg(align.isEmpty() ? QString() : QStringLiteral(" align=\"%1\"").arg(align.toHtmlEscaped()),
             style.toHtmlEscaped(), cell.html);
}

// The cells of the lists are short texts with <b>, <i> and <br/>: they are built with a text cursor, which
// costs a fraction of the HTML parser (the register's thousands of cells would take seconds). Anything else
// (another tag, a style property besides the font's size, weight and style) goes through the parser.
bool buildSimpleCell(QTextDocument& text, const HtmlCell& cell) {
    QTextCharFormat base;
    for (const QString& declaration : cell.style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int colon = int(declaration.indexOf(QLatin1Char(':')));
        if (colon < 0)
            return false;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed().toLower();
        if (property == QLatin1String("font-size") && value.endsWith(QLatin1String("pt")))
            base.setFontPointSize(numberOf(value, 0));
        else if (property == QLatin1String("font-weight") && value == QLatin1String("bold"))
            base.setFontWeight(QFont::Bold);
        else if (property == QLatin1String("font-weight") && value == QLatin1String("normal"))
            base.setFontWeight(QFont::Normal);
        else if (property == QLatin1String("font-style") && value == QLatin1String("italic"))
            base.setFontItalic(true);
        else
            return false;
    }
    if (base.hasProperty(QTextFormat::FontPointSize) && base.fontPointSize() <= 0)
        return false;
    if (cell.header)
        base.setFontWeight(QFont::Bold);
    Qt::Alignment alignment = Qt::AlignLeft;
    const QString align = cell.align.isEmpty() && cell.header ? QStringLiteral("center") : cell.align;
    if (align == QLatin1String("center"))
        alignment = Qt::AlignHCenter;
    else if (align == QLatin1String("right"))
        alignment = Qt::AlignRight;
    else if (align == QLatin1String("justify"))
        alignment = Qt::AlignJustify;
    else if (!align.isEmpty() && align != QLatin1String("left"))
        return false;

    // Runs of text with their bold/italic/underline depth; <br/> is a line separator in the same block.
    struct Run {
        QString text;
        int bold = 0;
        int italic = 0;
        int underline = 0;
    };
    std::vector<Run> runs;
    static const QRegularExpression token(QStringLiteral("<(/?)([A-Za-z]+)\\s*(/?)>|<|([^<]+)"));
    int bold = 0;
    int italic = 0;
    int underline = 0;
    for (auto it = token.globalMatch(cell.html); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength(4) > 0) {
            QString piece = match.captured(4);
            if (piece.contains(QLatin1Char('&'))) {
                static const QRegularExpression unknownEntity(
                    QStringLiteral("&(?!(amp|lt|gt|quot|#39|nbsp);)"));
                if (piece.contains(unknownEntity))
                    return false; // an entity the parser knows better
                piece.replace(QLatin1String("&lt;"), QLatin1String("<"))
                    .replace(QLatin1String("&gt;"), QLatin1String(">"))
                    .replace(QLatin1String("&quot;"), QLatin1String("\""))
                    .replace(QLatin1String("&#39;"), QLatin1String("'"))
                    .replace(QLatin1String("&nbsp;"), QString(QChar::Nbsp))
                    .replace(QLatin1String("&amp;"), QLatin1String("&"));
            }
            runs.push_back({piece, bold, italic, underline});
            continue;
        }
        if (match.capturedLength(2) == 0)
            return false; // a lone '<'
        const QString name = match.captured(2).toLower();
        const int step = match.capturedLength(1) > 0 ? -1 : 1;
        if (name == QLatin1String("br") && step > 0) {
            runs.push_back({QString(QChar::LineSeparator), bold, italic, underline});
        } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            bold = qMax(0, bold + step);
        } else if (name == QLatin1String("i") || name == QLatin1String("em")) {
            italic = qMax(0, italic + step);
        } else if (name == QLatin1String("u")) {
            underline = qMax(0, underline + step);
        } else if (name != QLatin1String("span")) {
            return false;
        }
    }
    // HTML's white space: runs collapse to one space, none at the ends of a line.
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n]+"));
    bool lineStart = true;
    for (std::size_t index = 0; index < runs.size(); ++index) {
        Run& run = runs[index];
        if (run.text == QString(QChar::LineSeparator)) {
            lineStart = true;
            continue;
        }
        run.text.replace(space, QStringLiteral(" "));
        if (lineStart && run.text.startsWith(QLatin1Char(' ')))
            run.text.remove(0, 1);
        if (!run.text.isEmpty())
            lineStart = run.text.endsWith(QLatin1Char(' '));
    }
    text.clear();
    QTextCursor cursor(&text);
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setTopMargin(0);
    block.setBottomMargin(0);
    cursor.setBlockFormat(block);
    cursor.setBlockCharFormat(base);
    for (const Run& run : runs) {
        if (run.text.isEmpty())
            continue;
        QTextCharFormat format = base;
        if (run.bold > 0)
            format.setFontWeight(QFont::Bold);
        if (run.italic > 0)
            format.setFontItalic(true);
        if (run.underline > 0)
            format.setFontUnderline(true);
        cursor.insertText(run.text, format);
    }
    return true;
}

} // namespace

struct PageComposer::Impl {
    QPaintDevice& device;
    QSizeF page;
    QFont font;
    double pxToDevice = 1;
    std::vector<Flow> flows;       // by part index (empty for tables)
    std::vector<LongTable> tables; // by part index (unused for flows)
    std::vector<bool> isTable;
    std::vector<std::vector<Placement>> pages;
    QTextDocument cellText; // reused for every cell: measuring and drawing

    Impl(QPaintDevice& target, QSizeF size, const QFont& base)
        : device(target)
        , page(size)
        , font(base)
        , pxToDevice(target.logicalDpiY() / 96.0) {
        cellText.documentLayout()->setPaintDevice(&device);
        cellText.setDefaultFont(font);
        cellText.setDocumentMargin(0);
    }

    // Lays the cell's content out at its width; returns its height.
    double layCell(const HtmlCell& cell, double width) {
        cellText.setPageSize(QSizeF(qMax(1.0, width), -1));
        if (!buildSimpleCell(cellText, cell))
            cellText.setHtml(cellHtml(cell));
        return cellText.documentLayout()->documentSize().height();
    }

    struct CellBox {
        double left = 0;
        double width = 0;
    };

    [[nodiscard]] std::vector<CellBox> cellBoxes(const LongTable& table, const HtmlRow& row) const {
        std::vector<CellBox> boxes;
        int column = 0;
        const int columns = int(table.columnLeft.size()) - 1;
        for (const HtmlCell& cell : row.cells) {
            const int first = qMin(column, columns - 1);
            const int last = qMin(column + cell.columnSpan, columns);
            boxes.push_back({table.columnLeft[first], table.columnLeft[last] - table.columnLeft[first]});
            column += cell.columnSpan;
        }
        return boxes;
    }

    // A cell's identity for the caches: what it shows and how wide it is.
    static QString cellKey(const HtmlCell& cell, double width) {
        return QString::number(width, 'f', 1) + QLatin1Char('\x1f') + cell.style + QLatin1Char('\x1f') +
               cell.align + (cell.header ? QLatin1String("h") : QLatin1String("d")) + QLatin1Char('\x1f') +
               cell.html;
    }

    [[nodiscard]] double contentWidth(const LongTable& table, const CellBox& box) const {
        return box.width - 2 * table.padding - 2 * table.border;
    }

    // The row's height: its top border, the padding and the tallest cell.
    double measureRow(LongTable& table, const HtmlRow& row) {
        const auto boxes = cellBoxes(table, row);
        double tallest = 0;
        for (std::size_t index = 0; index < row.cells.size(); ++index) {
            const HtmlCell& cell = row.cells[index];
            const double width = contentWidth(table, boxes[index]);
            // Many cells repeat (the form, the field, the status): each distinct one is laid out once.
            auto found = table.measured.find(cellKey(cell, width));
            if (found == table.measured.end())
                found = table.measured.insert(cellKey(cell, width), {layCell(cell, width), 0});
            ++found->uses;
            tallest = qMax(tallest, found->height);
        }
        return table.border + 2 * table.padding + tallest;
    }

    // The laid-out content of a cell to draw: a repeated cell's document is kept, any other is laid out
    // again in the shared document.
    QTextDocument& drawnCell(LongTable& table, const HtmlCell& cell, double width, double& height) {
        const QString key = cellKey(cell, width);
        const auto found = table.measured.constFind(key);
        if (found == table.measured.cend() || found->uses < 2) {
            height = layCell(cell, width);
            return cellText;
        }
        height = found->height;
        auto& kept = table.kept[key];
        if (!kept) {
            kept = std::make_shared<QTextDocument>();
            kept->documentLayout()->setPaintDevice(&device);
            kept->setDefaultFont(font);
            kept->setDocumentMargin(0);
            kept->setPageSize(QSizeF(qMax(1.0, width), -1));
            if (!buildSimpleCell(*kept, cell))
                kept->setHtml(cellHtml(cell));
            kept->documentLayout()->documentSize();
        }
        return *kept;
    }

    LongTable prepareTable(HtmlTable html, const ComposeControl& control, bool& cancelled) {
        LongTable table;
        table.html = std::move(html);
        table.border = table.html.borderPx > 0 ? qMax(1.0, table.html.borderPx * pxToDevice) : 0;
        table.padding = table.html.paddingPx * pxToDevice;
        // Columns: as many as the widest row spans; widths from the header's (or the rows') percentages, the
        // rest shared equally.
        int columns = 0;
        const auto countColumns = [&](const HtmlRow& row) {
            int count = 0;
            for (const HtmlCell& cell : row.cells)
                count += cell.columnSpan;
            columns = qMax(columns, count);
        };
        for (const HtmlRow& row : table.html.header)
            countColumns(row);
        for (const HtmlRow& row : table.html.rows)
            countColumns(row);
        columns = qMax(1, columns);
        std::vector<double> percent(columns, 0);
        const auto takeWidths = [&](const HtmlRow& row) {
            int column = 0;
            for (const HtmlCell& cell : row.cells) {
                if (cell.widthPercent > 0)
                    for (int span = 0; span < cell.columnSpan && column + span < columns; ++span)
                        if (percent[column + span] == 0)
                            percent[column + span] = cell.widthPercent / cell.columnSpan;
                column += cell.columnSpan;
            }
        };
        for (const HtmlRow& row : table.html.header)
            takeWidths(row);
        if (!table.html.rows.empty())
            takeWidths(table.html.rows.front());
        double given = 0;
        int unset = 0;
        for (double value : percent) {
            given += value;
            unset += value == 0 ? 1 : 0;
        }
        const double rest = unset > 0 ? qMax(0.0, 100 - given) / unset : 0;
        for (double& value : percent)
            if (value == 0)
                value = rest > 0 ? rest : 100.0 / columns;
        double total = 0;
        for (double value : percent)
            total += value;
        const double width = page.width() * table.html.widthPercent / 100;
        table.columnLeft.push_back(0);
        for (double value : percent)
            table.columnLeft.push_back(table.columnLeft.back() + width * value / total);

        for (const HtmlRow& row : table.html.header) {
            table.headerHeights.push_back(measureRow(table, row));
            table.headerHeight += table.headerHeights.back();
        }
        table.rowHeights.reserve(table.html.rows.size());
        for (std::size_t index = 0; index < table.html.rows.size(); ++index) {
            if (index % 64 == 0 && control.cancelled()) {
                cancelled = true;
                break;
            }
            table.rowHeights.push_back(measureRow(table, table.html.rows[index]));
        }
        return table;
    }

    [[nodiscard]] bool pageEmpty() const { return pages.back().empty(); }

    void paginateFlow(int part, double& y) {
        const Flow& flow = flows[part];
        if (flow.spans.empty())
            return;
        const double height = page.height();
        double sliceTop = pageEmpty() && y <= kEpsilon ? flow.spans.front().top : 0;
        double sliceDestination = y;
        double sliceBottom = sliceTop;
        bool sliceUsed = false;
        const auto closeSlice = [&] {
            if (sliceUsed)
                pages.back().push_back({part, sliceDestination, sliceTop, sliceBottom});
        };
        for (const Flow::Span& span : flow.spans) {
            const bool somethingBefore = sliceUsed || !pageEmpty();
            const bool fits = sliceDestination + (span.bottom - sliceTop) <= height + kEpsilon;
            if (somethingBefore && (span.breakBefore || !fits)) {
                closeSlice();
                pages.emplace_back();
                sliceTop = span.top;
                sliceDestination = 0;
                sliceUsed = false;
            }
            // A span taller than a page (a very long table cell) is cut where it must be.
            while (sliceDestination + (span.bottom - sliceTop) > height + kEpsilon) {
                sliceBottom = sliceTop + (height - sliceDestination);
                sliceUsed = true;
                closeSlice();
                pages.emplace_back();
                sliceTop = sliceBottom;
                sliceDestination = 0;
                sliceUsed = false;
            }
            sliceBottom = span.bottom;
            sliceUsed = true;
        }
        closeSlice();
        // What follows the flow starts after its last line and the space below it.
        y = sliceDestination + (qMax(flow.height, sliceBottom) - sliceTop);
        y = qMax(y, sliceDestination + (sliceBottom - sliceTop));
    }

    void paginateTable(int part, double& y) {
        const LongTable& table = tables[part];
        const double height = page.height();
        if (table.html.breakBefore && !pageEmpty()) {
            pages.emplace_back();
            y = 0;
        }
        Placement current{part, y, 0, 0, 0, 0, true};
        bool open = false;
        const auto open_ = [&](int row) {
            current = Placement{part, y, 0, 0, row, row, true};
            open = true;
            y += table.headerHeight;
        };
        const int rows = int(table.rowHeights.size());
        if (rows == 0) {
            if (!pageEmpty() && y + table.headerHeight + table.border > height + kEpsilon) {
                pages.emplace_back();
                y = 0;
            }
            open_(0);
        }
        for (int row = 0; row < rows; ++row) {
            const double rowHeight = table.rowHeights[row];
            if (!open) {
                if (!pageEmpty() && y + table.headerHeight + rowHeight + table.border > height + kEpsilon) {
                    pages.emplace_back();
                    y = 0;
                }
                open_(row);
            } else if (y + rowHeight + table.border > height + kEpsilon) {
                current.rowTo = row;
                pages.back().push_back(current);
                pages.emplace_back();
                y = 0;
                open_(row);
            }
            y += rowHeight;
        }
        current.rowTo = rows;
        pages.back().push_back(current);
        y += table.border; // the last row's bottom border
    }

    void drawFlow(QPainter& painter, const Placement& placement) {
        QTextDocument& text = *flows[placement.part].text;
        painter.save();
        painter.translate(0, placement.destination - placement.sourceTop);
        const QRectF slice(0, placement.sourceTop, page.width(),
                           placement.sourceBottom - placement.sourceTop);
        painter.setClipRect(slice.adjusted(-page.width(), 0, page.width(), 0));
        QAbstractTextDocumentLayout::PaintContext context;
        // Inside the slice by a hair: QTextLayout draws a line that touches the clip's edge, so the first
        // line of the next page (starting exactly at the slice's bottom) would be written, clipped but still
        // in the PDF's text, at the foot of this page.
        context.clip = slice.adjusted(-page.width(), 1, page.width(), -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
    }

    void drawRow(QPainter& painter, LongTable& table, const HtmlRow& row, double top, double height) {
        const auto boxes = cellBoxes(table, row);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        for (std::size_t index = 0; index < row.cells.size(); ++index) {
            const HtmlCell& cell = row.cells[index];
            double contentHeight = 0;
            QTextDocument& content = drawnCell(table, cell, contentWidth(table, boxes[index]), contentHeight);
            const double room = height - table.border - 2 * table.padding;
            QString valign = cell.valign;
            if (valign.isEmpty() && cell.header)
                valign = QStringLiteral("middle");
            double offset = 0;
            if (valign == QLatin1String("middle"))
                offset = qMax(0.0, (room - contentHeight) / 2);
            else if (valign == QLatin1String("bottom"))
                offset = qMax(0.0, room - contentHeight);
            painter.save();
            painter.translate(boxes[index].left + table.border + table.padding,
                              top + table.border + table.padding + offset);
            content.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        if (table.border <= 0)
            return;
        // The grid: the row's top rule and the cells' left rules; the right edge closes the row.
        painter.save();
        QPen pen(Qt::black);
        pen.setWidthF(table.border);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        const double half = table.border / 2;
        const double right = table.columnLeft.back();
        painter.drawLine(QPointF(0, top + half), QPointF(right, top + half));
        for (const CellBox& box : boxes)
            painter.drawLine(QPointF(box.left + half, top),
                             QPointF(box.left + half, top + height + table.border));
        painter.drawLine(QPointF(right - half, top), QPointF(right - half, top + height + table.border));
        painter.restore();
    }

    void drawTable(QPainter& painter, const Placement& placement) {
        LongTable& table = tables[placement.part];
        double y = placement.destination;
        for (std::size_t index = 0; index < table.html.header.size(); ++index) {
            drawRow(painter, table, table.html.header[index], y, table.headerHeights[index]);
            y += table.headerHeights[index];
        }
        for (int row = placement.rowFrom; row < placement.rowTo; ++row) {
            drawRow(painter, table, table.html.rows[row], y, table.rowHeights[row]);
            y += table.rowHeights[row];
        }
        if (table.border > 0) { // the bottom rule of the last row on the page
            painter.save();
            QPen pen(Qt::black);
            pen.setWidthF(table.border);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(QPointF(0, y + table.border / 2),
                             QPointF(table.columnLeft.back(), y + table.border / 2));
            painter.restore();
        }
    }
};

PageComposer::PageComposer(QPaintDevice& device, QSizeF page, const QFont& font)
    : d(std::make_unique<Impl>(device, page, font)) {}

PageComposer::~PageComposer() = default;

Status PageComposer::compose(const QString& html, const ComposeControl& control) {
    // The contents' page markers become "888" anchored under the marker's name before the layout (digits
    // have one width), so that the page numbers written in afterwards never make a line wrap differently.
    static const QRegularExpression marker(QStringLiteral("\\[\\[page:(toc-[0-9]+)\\]\\]"));
    QString text = html;
    if (text.contains(QLatin1String("[[page:")))
        text.replace(marker, QStringLiteral("<a name=\"page-of-\\1\">888</a>"));
    std::vector<HtmlPart> parts = splitLongTables(text);
    const int count = int(parts.size());
    d->flows.resize(count);
    d->tables.resize(count);
    d->isTable.assign(count, false);
    d->pages.clear();
    d->pages.emplace_back();
    double y = 0;
    for (int part = 0; part < count; ++part) {
        if (control.cancelled())
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Documents", "Printing was cancelled."));
        if (parts[part].table) {
            bool cancelled = false;
            d->tables[part] = d->prepareTable(std::move(*parts[part].table), control, cancelled);
            if (cancelled)
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate("Documents", "Printing was cancelled."));
            d->isTable[part] = true;
            d->paginateTable(part, y);
        } else {
            d->flows[part] =
                layoutFlow(parts[part].flowHtml, d->device, d->page.width(), d->font, d->page.height());
            d->paginateFlow(part, y);
        }
    }
    while (d->pages.size() > 1 && d->pages.back().empty())
        d->pages.pop_back();
    return {};
}

int PageComposer::pageCount() const {
    return int(d->pages.size());
}

void PageComposer::fillContentsPageNumbers() {
    // Where each heading is: the page of the slice its first line lies in.
    QHash<QString, int> pages;
    for (int index = 0; index < int(d->pages.size()); ++index) {
        for (const Placement& placement : d->pages[index]) {
            if (d->isTable[placement.part])
                continue;
            QTextDocument& text = *d->flows[placement.part].text;
            for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QStringList names = it.fragment().charFormat().anchorNames();
                    for (const QString& name : names) {
                        if (!name.startsWith(QLatin1String("toc-")) || pages.contains(name))
                            continue;
                        const QRectF box = text.documentLayout()->blockBoundingRect(block);
                        const QTextLayout* layout = block.layout();
                        const double top =
                            box.top() + (layout && layout->lineCount() > 0 ? layout->lineAt(0).y() : 0);
                        if (top >= placement.sourceTop - kEpsilon && top < placement.sourceBottom)
                            pages.insert(name, index + 1);
                    }
                }
            }
        }
    }
    for (Flow& flow : d->flows) {
        if (!flow.text)
            continue;
        struct Slot {
            int position = 0;
            int length = 0;
            QString name;
        };
        std::vector<Slot> numbers;
        for (QTextBlock block = flow.text->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                for (const QString& name : it.fragment().charFormat().anchorNames())
                    if (name.startsWith(QLatin1String("page-of-")))
                        numbers.push_back({it.fragment().position(), it.fragment().length(), name.mid(8)});
        // Qt names only the anchor's first character: the placeholder is the "888" that starts there.
        // Replaced from the end so that the positions before hold.
        std::sort(numbers.begin(), numbers.end(),
                  [](const Slot& a, const Slot& b) { return a.position < b.position; });
        for (auto number = numbers.rbegin(); number != numbers.rend(); ++number) {
            QTextCursor cursor(flow.text.get());
            cursor.setPosition(number->position);
            cursor.setPosition(number->position + 3, QTextCursor::KeepAnchor);
            if (cursor.selectedText() != QLatin1String("888"))
                continue;
            cursor.insertText(pages.contains(number->name) ? QString::number(pages.value(number->name))
                                                           : QString());
        }
    }
}

void PageComposer::drawPage(QPainter& painter, int index) {
    if (index < 0 || index >= int(d->pages.size()))
        return;
    for (const Placement& placement : d->pages[index]) {
        if (d->isTable[placement.part])
            d->drawTable(painter, placement);
        else
            d->drawFlow(painter, placement);
    }
}

} // namespace legalaid::documents::detail

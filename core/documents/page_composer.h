#pragma once

// Internal to core/documents: lays an official document's HTML out on pages (official_document.cpp uses it).

#include "common/result.h"

#include <QFont>
#include <QSizeF>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace legalaid::documents::detail {

// A cell of a long table as the template wrote it: its inner HTML and the attributes that shape it.
struct HtmlCell {
    QString html;
    bool header = false; // <th>
    int columnSpan = 1;
    QString align;  // the cell's align attribute (left, center, right, justify) or empty
    QString valign; // top, middle, bottom or empty
    QString style;  // the cell's style attribute, applied to its content
    double widthPercent = 0;
};

struct HtmlRow {
    std::vector<HtmlCell> cells;
};

// A long table: one with a header row (<thead>), which repeats on every page it continues on.
struct HtmlTable {
    double borderPx = 0;
    double paddingPx = 0;
    double widthPercent = 100;
    bool breakBefore = false;
    std::vector<HtmlRow> header;
    std::vector<HtmlRow> rows;
};

// The document's HTML cut into runs of ordinary HTML and the long tables between them.
struct HtmlPart {
    QString flowHtml; // when !table
    std::optional<HtmlTable> table;
};

// Splits `html` at its top-level tables that have a <thead> (and no nested table, row span or <tfoot>).
[[nodiscard]] std::vector<HtmlPart> splitLongTables(const QString& html);

// Read while the document is measured: set from another thread (the desk's Cancel button) or from the
// caller's progress callback.
struct ComposeControl {
    const std::atomic_bool* cancel = nullptr;
    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Lays the parts out once, then draws page by page. Ordinary HTML is laid out by QTextDocument without
// pages and cut between lines (a small table is kept whole); a long table is measured row by row at its
// column widths and cut between rows, its header row repeated on each page.
class PageComposer {
public:
    PageComposer(QPaintDevice& device, QSizeF page, const QFont& font);
    ~PageComposer();
    PageComposer(const PageComposer&) = delete;
    PageComposer& operator=(const PageComposer&) = delete;

    // Measures and paginates; Cancelled when the control asks to stop.
    [[nodiscard]] Status compose(const QString& html, const ComposeControl& control);
    // The contents page: headings carry <a name="toc-N">, the contents the markers [[page:toc-N]], replaced
    // by the heading's page number.
    void fillContentsPageNumbers();
    [[nodiscard]] int pageCount() const;
    // Draws page `index` with its top left at the painter's origin: only what lies on that page.
    void drawPage(QPainter& painter, int index);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace legalaid::documents::detail

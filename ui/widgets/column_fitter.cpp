#include "widgets/column_fitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace legalaid::ui {

namespace {

constexpr int kTitlePadding = 24; // the header's margins and sort indicator
constexpr int kCellPadding = 16;

} // namespace

ColumnFitter::ColumnFitter(QTableView* view, int stretchColumn, int stretchMinimum)
    : QObject(view)
    , m_view(view)
    , m_stretch(stretchColumn)
    , m_stretchMinimum(stretchMinimum) {
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    // Long (Vietnamese) titles wrap onto two lines rather than widening their column.
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(2 * header->fontMetrics().height() + 8);
    view->setTextElideMode(Qt::ElideRight);
    view->setWordWrap(false);
    view->viewport()->installEventFilter(this);
}

int ColumnFitter::titleFloor(int column) const {
    const QFontMetrics titles(m_view->horizontalHeader()->font());
    const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
    int widestWord = 0;
    for (const QString& word : title.split(QLatin1Char(' ')))
        widestWord = std::max(widestWord, titles.horizontalAdvance(word));
    return widestWord + kTitlePadding;
}

int ColumnFitter::titleWidth(int column) const {
    const QFontMetrics titles(m_view->horizontalHeader()->font());
    const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
    return std::max(titleFloor(column), (titles.horizontalAdvance(title) + 1) / 2 + kTitlePadding);
}

void ColumnFitter::setWantedWidths(QList<int> widths) {
    m_wanted = std::move(widths);
    m_lastWidth = -1;
    apply();
}

void ColumnFitter::measureContents(int cap) {
    const QAbstractItemModel* model = m_view->model();
    const QFontMetrics cells = m_view->fontMetrics();
    QList<int> widths;
    for (int column = 0; column < model->columnCount(); ++column) {
        int content = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            content = std::max(content, cells.horizontalAdvance(model->index(row, column).data().toString()));
        widths << std::max(std::min(content + kCellPadding, cap), titleWidth(column));
    }
    setWantedWidths(widths);
}

void ColumnFitter::measureSamples(std::initializer_list<QStringList> samples, int cap) {
    const QFontMetrics cells = m_view->fontMetrics();
    QList<int> widths;
    int column = 0;
    for (const QStringList& texts : samples) {
        int content = 0;
        for (const QString& text : texts)
            content = std::max(content, cells.horizontalAdvance(text));
        widths << std::max(std::min(content + kCellPadding, cap), titleWidth(column));
        ++column;
    }
    setWantedWidths(widths);
}

void ColumnFitter::apply() {
    QHeaderView* header = m_view->horizontalHeader();
    const int columns = header->count();
    if (columns == 0 || m_wanted.isEmpty())
        return;
    const int available = m_view->viewport()->width() - (m_stretch < columns ? m_stretchMinimum : 0);
    m_lastWidth = m_view->viewport()->width();

    // The largest width `limit` at which the other columns, each at min(wanted, max(limit, floor)), fit.
    const auto total = [&](int limit) {
        int sum = 0;
        for (int column = 0; column < columns; ++column) {
            if (column != m_stretch && !header->isSectionHidden(column))
                sum += std::min(m_wanted.value(column, 0), std::max(limit, titleFloor(column)));
        }
        return sum;
    };
    int limit = *std::max_element(m_wanted.cbegin(), m_wanted.cend());
    if (total(limit) > available) {
        int low = 0;
        int high = limit;
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            if (total(middle) <= available)
                low = middle;
            else
                high = middle - 1;
        }
        limit = low;
    }
    for (int column = 0; column < columns; ++column) {
        if (column == m_stretch)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column,
                              std::min(m_wanted.value(column, 0), std::max(limit, titleFloor(column))));
    }
    if (m_stretch < columns)
        header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && watched == m_view->viewport() &&
        m_view->viewport()->width() != m_lastWidth)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace legalaid::ui

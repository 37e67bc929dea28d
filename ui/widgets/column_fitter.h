#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <initializer_list>

class QTableView;

namespace legalaid::ui {

// Keeps every column of a table inside its viewport, so the list never needs a horizontal scroll bar at the
// 1280-pixel window (issue 4: nothing clipped in Vietnamese). One column stretches over what the others
// leave; the others get the width they want (their content, their title on at most two lines). When the
// viewport is too narrow for all of that, the widest columns give up width first (their cells are elided:
// the models give the whole text as the cell's tooltip), never below their title's longest word.
// The fitter is a child of the view and refits whenever the viewport changes width.
class ColumnFitter : public QObject {
public:
    ColumnFitter(QTableView* view, int stretchColumn, int stretchMinimum = 160);

    // The width each column would like (index = column; the stretch column's entry is ignored).
    void setWantedWidths(QList<int> widths);
    // Wanted widths measured from the rows the model holds now (for small in-memory lists): each column's
    // widest cell, at most `cap` pixels, or its title on two lines, whichever is wider.
    void measureContents(int cap);
    // Wanted widths from sample texts, one list per column (for lazily loaded lists, whose rows are not all
    // there: the longest catalogue labels, a long name, a date): each column's widest sample, at most `cap`
    // pixels, or its title on two lines, whichever is wider.
    void measureSamples(std::initializer_list<QStringList> samples, int cap);
    // Distributes the viewport's width again (called on every viewport resize).
    void apply();

    // The width a column's title needs on at most two lines, with room for the sort indicator.
    [[nodiscard]] int titleWidth(int column) const;
    // The narrowest a column may become: its title's longest word.
    [[nodiscard]] int titleFloor(int column) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    int m_stretch;
    int m_stretchMinimum;
    QList<int> m_wanted;
    int m_lastWidth = -1;
};

} // namespace legalaid::ui

#pragma once

#include "reports/report_drilldown.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace legalaid {
class ReaderAccess;
}

namespace legalaid::ui {

class WindowedListModel;

// What the dialog's title says about the figure: the indicator, the key, the period.
struct FigureTitle {
    QString indicatorLabel;
    QString keyLabel; // "" for a total
    QString periodLabel;
};

// The records behind one figure of the report, listed a window at a time (the ids are in memory, the rows
// are read as the table scrolls). Open (Enter, double-click, the button) asks for the record to be shown on
// its page and leaves the dialog open, so the user can go through the list one record after another.
// Not modal: the desk's lock closes it like any other dialog; detachList() lets go of the database first.
class RecordsBehindDialog : public QDialog {
    Q_OBJECT

public:
    RecordsBehindDialog(const ReaderAccess& access, const reports::RecordsBehind& records,
                        const FigureTitle& title, QWidget* parent = nullptr);
    ~RecordsBehindDialog() override;

    [[nodiscard]] WindowedListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] const QString& recordType() const { return m_recordType; }
    // Asks to show the record of the current row (the Open button, Enter, double-click).
    void openCurrent();
    // Stops the list's worker and drops its rows (before the desk locks).
    void detachList();

signals:
    // Show this record on its page.
    void openRequested(const QString& recordType, qint64 id);

private:
    void updateOpen();

    QString m_recordType;
    WindowedListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "lists/list_source.h"
#include "records/reader_access.h"

#include <QAbstractTableModel>
#include <memory>

namespace legalaid::ui {

// A table model over a ListSource that never loads the whole list: a worker thread with its own
// connection counts the rows in the background and fetches windows of rows as the view asks for them.
// Rows not loaded yet show as empty until their window arrives. Changing the source (a new filter or
// search) discards every result still on its way for the old one. Only a bounded number of windows is kept
// in memory, so scrolling a million rows end to end stays small.
class WindowedListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit WindowedListModel(QObject* parent = nullptr);
    ~WindowedListModel() override;

    // Starts the worker on the signed-in database. Call again after unlocking.
    void attach(const ReaderAccess& access);
    // Stops the worker and closes its connection, drops every row (before the desk locks).
    void detach();

    // Shows a new list (filters/sort changed). Resets the model; the count and first window follow.
    void setSource(std::shared_ptr<const lists::ListSource> source);
    [[nodiscard]] std::shared_ptr<const lists::ListSource> source() const;

    // The record id of a row, or 0 while its window is still loading.
    [[nodiscard]] qint64 idAt(int row) const;
    // True until the background count of the current source has arrived.
    [[nodiscard]] bool isCounting() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The total for the current source is known (rowCount() now reports it).
    void countReady(qint64 count);
    // The first window of the current source has arrived (used by tests and to select the first row).
    void firstWindowReady();
    // Loading failed; one sentence for the status bar.
    void loadFailed(const QString& message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace legalaid::ui

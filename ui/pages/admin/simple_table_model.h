#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace legalaid::ui {

// A small read-only table (users, catalogue entries, holidays, a page of the audit log, the directory): every
// row is in memory, so it is only for lists that stay small. Each row carries the key of its record.
class SimpleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        QVariant key;        // the record's id or code (Qt::UserRole on every cell)
        QStringList cells;   // the text of each column
        bool dimmed = false; // inactive entries are shown greyed
    };

    explicit SimpleTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    void clear();
    [[nodiscard]] const Row& row(int index) const { return m_rows.at(std::size_t(index)); }
    // The row holding `key`, or -1.
    [[nodiscard]] int rowOf(const QVariant& key) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace legalaid::ui

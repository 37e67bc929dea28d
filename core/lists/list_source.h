#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace legalaid::lists {

// One row of a list as the desk shows it: the record's id and its cells, in column order.
struct ListRow {
    qint64 id = 0;
    QVariantList cells;
};

// A list the desk shows (people, cases, referrals, …) with its filters and sort order already chosen.
// The filters and the ordering are applied in SQL; the desk asks for windows of rows as the user scrolls and
// for the total in the background. A source is immutable once built and is used from a worker thread with
// that thread's own connection, so it must not hold a connection or any mutable state.
// Implementations are repositories: their SQL is parameterised and runs on SQLite 3.15.
class ListSource {
public:
    virtual ~ListSource() = default;

    // Column headers, translated.
    [[nodiscard]] virtual QStringList columnTitles() const = 0;
    // How many rows the filters select.
    [[nodiscard]] virtual Result<qint64> count(const QSqlDatabase& db) const = 0;
    // Rows [offset, offset + limit) in the chosen order. Must stay fast for any offset on a million rows
    // (keyset or an index that covers the order; the benchmark suite measures "jump to any scroll position").
    [[nodiscard]] virtual Result<std::vector<ListRow>> fetch(const QSqlDatabase& db, qint64 offset,
                                                           int limit) const = 0;
};

} // namespace legalaid::lists

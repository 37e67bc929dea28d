#include "pages/referrals/overdue_highlight_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace legalaid::ui {

OverdueHighlightModel::OverdueHighlightModel(int overdueColumn, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_overdueColumn(overdueColumn) {}

bool OverdueHighlightModel::isOverdue(int row) const {
    if (!sourceModel() || row < 0 || row >= rowCount())
        return false;
    return !sourceModel()->index(row, m_overdueColumn).data(Qt::DisplayRole).toString().isEmpty();
}

QVariant OverdueHighlightModel::data(const QModelIndex& index, int role) const {
    if (index.isValid() &&
        (role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::FontRole) &&
        isOverdue(index.row())) {
        // A pale red row with dark red text: readable in light themes and distinct from the selection.
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        if (index.column() == m_overdueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace legalaid::ui

#pragma once

#include <QIdentityProxyModel>

namespace legalaid::ui {

// Shows the rows of the referral list whose answer is overdue in warning colours: the source's Overdue
// column (ReferralListSource::Overdue) carries a mark for them.
class OverdueHighlightModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit OverdueHighlightModel(int overdueColumn, QObject* parent = nullptr);

    [[nodiscard]] bool isOverdue(int row) const;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_overdueColumn;
};

} // namespace legalaid::ui

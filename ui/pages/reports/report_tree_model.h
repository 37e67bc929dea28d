#pragma once

#include "domain/role.h"
#include "reports/report_service.h"

#include <QAbstractItemModel>
#include <optional>
#include <vector>

namespace legalaid::ui {

// The figures of a computed report as a read-only tree: section → indicator → breakdown key. An indicator
// whose dimension is "total" carries its number on its own line; the others list one child per key.
class ReportTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, PreviousColumn, ChangeColumn, ColumnCount };
    // The indicator code of a line (also on its keys), for the chart.
    static constexpr int IndicatorCodeRole = Qt::UserRole + 1;
    // Drill-down (on every column of a figure's line): the breakdown key's code ("" for a total), the kind of
    // record behind the figure ("case", "person", "referral", "activity"; "" for percentages, sums and
    // headings), whether the viewer may open the list behind it (a count above zero the role may see) and,
    // when the role may not, the core's sentence saying why.
    static constexpr int BreakdownKeyRole = Qt::UserRole + 2;
    static constexpr int RecordTypeRole = Qt::UserRole + 3;
    static constexpr int HasRecordsBehindRole = Qt::UserRole + 4;
    static constexpr int RecordsRefusalRole = Qt::UserRole + 5;

    using QAbstractItemModel::QAbstractItemModel;

    void setReport(const reports::Report& report);
    void clear();
    // The role of the signed-in user, for the drill-down roles and tooltips; none while the desk is locked.
    void setViewerRole(std::optional<Role> role);
    // The report row a line shows (any column), or nullptr for a heading.
    [[nodiscard]] const reports::ReportRow* reportRowAt(const QModelIndex& index) const;
    [[nodiscard]] const reports::Report& report() const { return m_report; }
    [[nodiscard]] bool isEmpty() const { return m_report.rows.empty(); }
    // The report rows of one indicator, in report order.
    [[nodiscard]] std::vector<const reports::ReportRow*> rowsOf(const QString& code) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    // How a number of this unit is written for people.
    [[nodiscard]] static QString formatValue(double value, const QString& unit);

private:
    struct Node {
        QString text;
        QString code; // indicator code ("" for a section)
        int parent = -1;
        int rowInParent = 0;
        int reportRow = -1; // index into m_report.rows, -1 for a heading
        std::vector<int> children;
    };
    int addNode(int parent, Node node);
    [[nodiscard]] int nodeOf(const QModelIndex& index) const;

    [[nodiscard]] QString recordsRefusal(const reports::ReportRow& row) const;

    reports::Report m_report;
    std::optional<Role> m_viewerRole;
    std::vector<Node> m_nodes{Node{}}; // node 0 is the invisible root
};

} // namespace legalaid::ui

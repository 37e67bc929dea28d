#include "pages/reports/report_tree_model.h"

#include "reports/indicator_catalogue.h"
#include "reports/report_drilldown.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace legalaid::ui {

using reports::ReportRow;

void ReportTreeModel::clear() {
    beginResetModel();
    m_report = {};
    m_nodes.assign(1, Node{});
    endResetModel();
}

int ReportTreeModel::addNode(int parent, Node node) {
    node.parent = parent;
    node.rowInParent = static_cast<int>(m_nodes[static_cast<size_t>(parent)].children.size());
    m_nodes.push_back(std::move(node));
    const int id = static_cast<int>(m_nodes.size()) - 1;
    m_nodes[static_cast<size_t>(parent)].children.push_back(id);
    return id;
}

void ReportTreeModel::setReport(const reports::Report& report) {
    beginResetModel();
    m_report = report;
    m_nodes.assign(1, Node{});
    QString section;
    QString code;
    int sectionNode = 0;
    int indicatorNode = 0;
    for (size_t i = 0; i < m_report.rows.size(); ++i) {
        const ReportRow& row = m_report.rows[i];
        if (row.section != section || sectionNode == 0) {
            section = row.section;
            code.clear();
            sectionNode =
                addNode(0, Node{reports::sectionLabel(section, m_report.language), {}, -1, 0, -1, {}});
        }
        const bool total = row.dimension == QLatin1String("total");
        if (row.code != code) {
            code = row.code;
            indicatorNode =
                addNode(sectionNode, Node{row.label, row.code, -1, 0, total ? static_cast<int>(i) : -1, {}});
            if (total)
                continue;
        }
        if (total)
            continue; // a total has one line; a second key would be a catalogue error
        addNode(
            indicatorNode,
            Node{row.keyLabel.isEmpty() ? row.key : row.keyLabel, row.code, -1, 0, static_cast<int>(i), {}});
    }
    endResetModel();
}

void ReportTreeModel::setViewerRole(std::optional<Role> role) {
    if (m_viewerRole == role)
        return;
    m_viewerRole = role;
    if (m_nodes.size() > 1)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ReportRow* ReportTreeModel::reportRowAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const Node& node = m_nodes[static_cast<size_t>(nodeOf(index))];
    return node.reportRow >= 0 ? &m_report.rows[static_cast<size_t>(node.reportRow)] : nullptr;
}

QString ReportTreeModel::recordsRefusal(const ReportRow& row) const {
    if (!m_viewerRole)
        return {};
    const Status allowed = reports::mayListRecordsBehind(*m_viewerRole, row.code);
    return allowed ? QString() : allowed.error().message;
}

std::vector<const ReportRow*> ReportTreeModel::rowsOf(const QString& code) const {
    std::vector<const ReportRow*> rows;
    for (const ReportRow& row : m_report.rows)
        if (row.code == code)
            rows.push_back(&row);
    return rows;
}

int ReportTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<int>(index.internalId()) : 0;
}

QModelIndex ReportTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node& node = m_nodes[static_cast<size_t>(nodeOf(parent))];
    if (row >= static_cast<int>(node.children.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(node.children[static_cast<size_t>(row)]));
}

QModelIndex ReportTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[static_cast<size_t>(nodeOf(child))].parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(parentNode)].rowInParent, 0,
                       static_cast<quintptr>(parentNode));
}

int ReportTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<size_t>(nodeOf(parent))].children.size());
}

int ReportTreeModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QString ReportTreeModel::formatValue(double value, const QString& unit) {
    const QLocale locale;
    if (unit == QLatin1String("percent"))
        return locale.toString(value, 'f', 1) + QLatin1Char('%');
    if (unit == QLatin1String("count"))
        return locale.toString(static_cast<qint64>(value));
    return locale.toString(value, 'f', 1);
}

QVariant ReportTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = m_nodes[static_cast<size_t>(nodeOf(index))];
    const ReportRow* row =
        node.reportRow >= 0 ? &m_report.rows[static_cast<size_t>(node.reportRow)] : nullptr;
    if (role == IndicatorCodeRole)
        return node.code;
    if (role == BreakdownKeyRole)
        return row ? QVariant(row->key) : QVariant();
    const bool drillDownRole = role == RecordTypeRole || role == RecordsRefusalRole ||
                               role == HasRecordsBehindRole || role == Qt::ForegroundRole ||
                               (role == Qt::ToolTipRole && index.column() != LabelColumn);
    // Only the roles that need it look the indicator up and ask the permission matrix (paints ask a lot).
    const QString recordType = row && drillDownRole ? reports::recordTypeBehind(row->code) : QString();
    if (role == RecordTypeRole)
        return recordType;
    if (role == RecordsRefusalRole)
        return row && !recordType.isEmpty() ? recordsRefusal(*row) : QString();
    const bool hasRecords =
        row && !recordType.isEmpty() && row->value > 0 && m_viewerRole && recordsRefusal(*row).isEmpty();
    if (role == HasRecordsBehindRole)
        return hasRecords;
    // A figure that opens its list looks like a link; one the role may not open says why.
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && hasRecords)
        return QGuiApplication::palette().brush(QPalette::Link);
    if (role == Qt::ToolTipRole && index.column() != LabelColumn && row && !recordType.isEmpty() &&
        row->value > 0 && m_viewerRole) {
        const QString refusal = recordsRefusal(*row);
        return refusal.isEmpty() ? tr("Double-click or press Enter to list the records behind this figure.")
                                 : refusal;
    }
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && node.parent == 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == LabelColumn)
        return node.code.isEmpty() ? node.text : QStringLiteral("%1 [%2]").arg(node.text, node.code);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return node.text;
    case ValueColumn:
        return row ? formatValue(row->value, row->unit) : QVariant();
    case PreviousColumn:
        return row && row->previous ? formatValue(*row->previous, row->unit) : QVariant();
    case ChangeColumn: {
        if (!row || !row->previous)
            return {};
        const double change = row->value - *row->previous;
        if (change == 0)
            return QStringLiteral("0");
        const QString text = formatValue(std::abs(change), row->unit);
        return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
    }
    default:
        return {};
    }
}

QVariant ReportTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("This period");
    case PreviousColumn:
        return tr("Previous period");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

Qt::ItemFlags ReportTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable; // read-only
}

} // namespace legalaid::ui

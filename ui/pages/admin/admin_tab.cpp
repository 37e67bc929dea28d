#include "pages/admin/admin_tab.h"

#include "widgets/error_label.h"

#include <QTableView>
#include <QVBoxLayout>

namespace legalaid::ui {

QWidget* fieldWithError(QWidget* field, ErrorLabel* error, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    error->setParent(box);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field);
    // The row is as tall as the field and its message: a form never spreads its rows over spare height.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return box;
}

void limitColumnWidths(QTableView* table, int maximum) {
    table->resizeColumnsToContents();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->columnWidth(column) > maximum)
            table->setColumnWidth(column, maximum);
    }
}

void allowFor(QWidget* control, Role role, Operation operation, const QString& allowedTip) {
    const Status allowed = requirePermission(role, operation);
    control->setEnabled(allowed.ok());
    control->setToolTip(allowed.ok() ? allowedTip : allowed.error().message);
}

} // namespace legalaid::ui

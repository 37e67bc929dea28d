#pragma once

#include "domain/role.h"
#include "records/permissions.h"

#include <QWidget>

class QFormLayout;
class QTableView;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

class ErrorLabel;

// One tab of the administration page. Like a page, it holds the session only between attach() and detach().
class AdminTab : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void attach(Session& session) = 0;
    virtual void detach() = 0;
};

// A field with its error message right under it, as one row of a form; the label's buddy (and Tab) reach the
// field itself.
[[nodiscard]] QWidget* fieldWithError(QWidget* field, ErrorLabel* error, QWidget* parent);

// Fits the columns to their contents, none wider than `maximum` pixels (long names are shown in full as
// tooltips).
void limitColumnWidths(QTableView* table, int maximum = 360);

// Enables `control` when the role may do `operation`; otherwise disables it with the core's sentence saying
// why as its tooltip (`allowedTip` when allowed).
void allowFor(QWidget* control, Role role, Operation operation, const QString& allowedTip = {});

} // namespace legalaid::ui

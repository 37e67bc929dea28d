#include "pages/reports/reports_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

ReportsPage::ReportsPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("reportsPage"));
}

QString ReportsPage::title() const {
    return tr("Reports");
}

bool ReportsPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ViewAggregates);
}

void ReportsPage::attach(Session& session) {
    m_session = &session;
}

void ReportsPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

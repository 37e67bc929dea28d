#include "pages/activities/activities_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

ActivitiesPage::ActivitiesPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("activitiesPage"));
}

QString ActivitiesPage::title() const {
    return tr("Activities");
}

bool ActivitiesPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ActivityView);
}

void ActivitiesPage::attach(Session& session) {
    m_session = &session;
}

void ActivitiesPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

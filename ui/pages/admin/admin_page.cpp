#include "pages/admin/admin_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

AdminPage::AdminPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("adminPage"));
}

QString AdminPage::title() const {
    return tr("Administration");
}

bool AdminPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ManageUsers) || isAllowed(role, Operation::ViewAuditLog) ||
           isAllowed(role, Operation::CatalogueEdit);
}

void AdminPage::attach(Session& session) {
    m_session = &session;
}

void AdminPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

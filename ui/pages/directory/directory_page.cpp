#include "pages/directory/directory_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

DirectoryPage::DirectoryPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("directoryPage"));
}

QString DirectoryPage::title() const {
    return tr("Directory");
}

bool DirectoryPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::DirectoryView);
}

void DirectoryPage::attach(Session& session) {
    m_session = &session;
}

void DirectoryPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

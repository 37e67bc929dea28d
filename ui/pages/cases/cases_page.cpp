#include "pages/cases/cases_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

CasesPage::CasesPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("casesPage"));
}

QString CasesPage::title() const {
    return tr("Cases");
}

bool CasesPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::CaseView);
}

void CasesPage::attach(Session& session) {
    m_session = &session;
}

void CasesPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

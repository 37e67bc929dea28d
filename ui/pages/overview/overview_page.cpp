#include "pages/overview/overview_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

OverviewPage::OverviewPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("overviewPage"));
}

QString OverviewPage::title() const {
    return tr("Overview");
}

bool OverviewPage::isAvailableTo(Role /*role*/) const {
    // Every role sees the overview; what each number may open is decided by the page it links to.
    return true;
}

void OverviewPage::attach(Session& session) {
    m_session = &session;
}

void OverviewPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

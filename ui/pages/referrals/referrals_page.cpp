#include "pages/referrals/referrals_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

ReferralsPage::ReferralsPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("referralsPage"));
}

QString ReferralsPage::title() const {
    return tr("Referrals");
}

bool ReferralsPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ReferralView);
}

void ReferralsPage::attach(Session& session) {
    m_session = &session;
}

void ReferralsPage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

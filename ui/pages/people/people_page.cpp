#include "pages/people/people_page.h"

#include "records/permissions.h"

namespace legalaid::ui {

PeoplePage::PeoplePage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("peoplePage"));
}

QString PeoplePage::title() const {
    return tr("People");
}

bool PeoplePage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::PersonSearch);
}

void PeoplePage::attach(Session& session) {
    m_session = &session;
}

void PeoplePage::detach() {
    m_session = nullptr;
}

} // namespace legalaid::ui

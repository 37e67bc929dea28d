#pragma once

#include "pages/desk_page.h"

namespace legalaid::ui {

class ReferralsPage : public DeskPage {
    Q_OBJECT

public:
    explicit ReferralsPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("referrals"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/referrals.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

private:
    Session* m_session = nullptr;
};

} // namespace legalaid::ui

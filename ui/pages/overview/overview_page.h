#pragma once

#include "pages/desk_page.h"

namespace legalaid::ui {

class OverviewPage : public DeskPage {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("overview"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/overview.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

private:
    Session* m_session = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "pages/desk_page.h"

namespace legalaid::ui {

class ActivitiesPage : public DeskPage {
    Q_OBJECT

public:
    explicit ActivitiesPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("activities"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/activities.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

private:
    Session* m_session = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "pages/desk_page.h"

namespace legalaid::ui {

class PeoplePage : public DeskPage {
    Q_OBJECT

public:
    explicit PeoplePage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("people"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/people.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

private:
    Session* m_session = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "pages/desk_page.h"

namespace legalaid::ui {

class AdminPage : public DeskPage {
    Q_OBJECT

public:
    explicit AdminPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("admin"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/admin.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

private:
    Session* m_session = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "pages/desk_page.h"

namespace legalaid::ui {

class DirectoryPage : public DeskPage {
    Q_OBJECT

public:
    explicit DirectoryPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("directory"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/directory.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

private:
    Session* m_session = nullptr;
};

} // namespace legalaid::ui

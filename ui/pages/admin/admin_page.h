#pragma once

#include "pages/desk_page.h"

class QTabWidget;

namespace legalaid::ui {

class AdminTab;
class AuditTab;
class BackupsTab;
class CataloguesTab;
class CentreTab;
class HolidaysTab;
class TemplatesTab;
class UsersTab;

// Quản trị: users and roles, the centre's settings, editable catalogues, the holiday calendar, the audit log
// with "Verify chain", and backups. Each tab is shown only to the roles that may see it.
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
    [[nodiscard]] bool hasUnsavedChanges() const override;
    bool save() override;

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // Whether a tab is shown to the signed-in role.
    [[nodiscard]] bool isTabShown(const AdminTab* tab) const;
    [[nodiscard]] UsersTab* usersTab() const { return m_users; }
    [[nodiscard]] CentreTab* centreTab() const { return m_centre; }
    [[nodiscard]] CataloguesTab* cataloguesTab() const { return m_catalogues; }
    [[nodiscard]] HolidaysTab* holidaysTab() const { return m_holidays; }
    [[nodiscard]] AuditTab* auditTab() const { return m_audit; }
    [[nodiscard]] BackupsTab* backupsTab() const { return m_backups; }
    [[nodiscard]] TemplatesTab* templatesTab() const { return m_templates; }

private:
    Session* m_session = nullptr;
    QTabWidget* m_tabs = nullptr;
    UsersTab* m_users = nullptr;
    CentreTab* m_centre = nullptr;
    CataloguesTab* m_catalogues = nullptr;
    HolidaysTab* m_holidays = nullptr;
    AuditTab* m_audit = nullptr;
    BackupsTab* m_backups = nullptr;
    TemplatesTab* m_templates = nullptr;
};

} // namespace legalaid::ui

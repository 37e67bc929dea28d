#include "pages/admin/admin_page.h"

#include "pages/admin/maintenance_tabs.h"
#include "pages/admin/settings_tabs.h"
#include "pages/admin/templates_tab.h"
#include "pages/admin/users_tab.h"
#include "records/permissions.h"
#include "records/session.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

// Who may see each tab. Catalogues and holidays are reference data every role reading this page may see;
// changing them needs CatalogueEdit (the buttons say so).
bool mayCatalogues(Role role) {
    return isAllowed(role, Operation::CatalogueEdit) || isAllowed(role, Operation::ManageUsers) ||
           isAllowed(role, Operation::ViewAuditLog);
}

} // namespace

AdminPage::AdminPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("adminPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* heading = new QLabel(tr("Administration"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_users = new UsersTab(this);
    m_centre = new CentreTab(this);
    m_catalogues = new CataloguesTab(this);
    m_holidays = new HolidaysTab(this);
    m_audit = new AuditTab(this);
    m_backups = new BackupsTab(this);
    m_templates = new TemplatesTab(this);
    m_templates->hide();
    for (AdminTab* tab :
         std::initializer_list<AdminTab*>{m_users, m_centre, m_catalogues, m_holidays, m_audit, m_backups})
        tab->hide();
}

QString AdminPage::title() const {
    return tr("Administration");
}

bool AdminPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ManageUsers) || isAllowed(role, Operation::ViewAuditLog) ||
           isAllowed(role, Operation::CatalogueEdit);
}

bool AdminPage::isTabShown(const AdminTab* tab) const {
    return m_tabs->indexOf(const_cast<AdminTab*>(tab)) >= 0;
}

void AdminPage::attach(Session& session) {
    m_session = &session;
    const Role role = session.user().role;
    QWidget* current = m_tabs->currentWidget();
    // Rebuilt for each sign-in: a different user may unlock a different role.
    while (m_tabs->count() > 0) {
        QWidget* tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->hide();
    }
    const auto show = [&](AdminTab* tab, const QString& label, bool allowed) {
        if (!allowed)
            return;
        m_tabs->addTab(tab, label);
        tab->attach(session);
    };
    show(m_users, tr("Users and roles"), isAllowed(role, Operation::ManageUsers));
    show(m_centre, tr("Centre"), isAllowed(role, Operation::EditCentreSettings));
    show(m_catalogues, tr("Catalogues"), mayCatalogues(role));
    show(m_holidays, tr("Holidays"), mayCatalogues(role));
    // Mẫu văn bản: readable by every role of this page; editing needs EditCentreSettings (the tab says so).
    show(m_templates, tr("Templates"), mayCatalogues(role));
    show(m_audit, tr("Audit log"), isAllowed(role, Operation::ViewAuditLog));
    // Backups: the service is core/records/backup (BackupService / writeBackupFile).
    show(m_backups, tr("Backups"),
         isAllowed(role, Operation::BackupCreate) || isAllowed(role, Operation::BackupRestore));
    if (current && m_tabs->indexOf(current) >= 0)
        m_tabs->setCurrentWidget(current);
}

void AdminPage::detach() {
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<AdminTab*>(m_tabs->widget(i))->detach();
    m_session = nullptr;
}

bool AdminPage::hasUnsavedChanges() const {
    return (isTabShown(m_centre) && m_centre->hasUnsavedChanges()) ||
           (isTabShown(m_templates) && m_templates->hasUnsavedChanges());
}

bool AdminPage::save() {
    if (m_tabs->currentWidget() == m_centre && m_centre->hasUnsavedChanges())
        return m_centre->save();
    if (m_tabs->currentWidget() == m_templates && m_templates->hasUnsavedChanges())
        return m_templates->save();
    return true;
}

} // namespace legalaid::ui

#pragma once

#include "pages/desk_page.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace legalaid::ui {

class ColumnFitter;
class ErrorLabel;
class SimpleTableModel;

// Danh bạ: organisations (the centre, branches, contracted organisations, partners) and legal-aid providers,
// each with a form validated as you type, and the printable "Danh sách tổ chức thực hiện TGPL và người thực
// hiện TGPL". Editing needs DirectoryEdit; the directory is small, so the lists are read whole.
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
    [[nodiscard]] bool hasUnsavedChanges() const override;
    bool save() override;
    void createNew() override;

    [[nodiscard]] SimpleTableModel* organisationsModel() const { return m_organisations; }
    [[nodiscard]] SimpleTableModel* providersModel() const { return m_providers; }
    bool saveOrganisation();
    bool saveProvider();
    // Shows the printable list in a print preview (DirectoryView).
    void printList();

private:
    QWidget* buildOrganisationsTab();
    QWidget* buildProvidersTab();
    void reload();
    void validateOrganisation();
    void validateProvider();
    void showOrganisation(const QModelIndex& index);
    void showProvider(const QModelIndex& index);
    void clearOrganisationForm();
    void clearProviderForm();
    void deactivateSelected();
    void updateRole();

    Session* m_session = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_print = nullptr;

    SimpleTableModel* m_organisations = nullptr;
    QTableView* m_organisationsView = nullptr;
    ColumnFitter* m_organisationColumns = nullptr;
    qint64 m_organisationId = 0; // 0: a new organisation
    QComboBox* m_orgKind = nullptr;
    QLineEdit* m_orgName = nullptr;
    ErrorLabel* m_orgNameError = nullptr;
    QLineEdit* m_orgCode = nullptr;
    ErrorLabel* m_orgCodeError = nullptr;
    QLineEdit* m_orgShortName = nullptr;
    QLineEdit* m_orgAddress = nullptr;
    QLineEdit* m_orgPhone = nullptr;
    ErrorLabel* m_orgPhoneError = nullptr;
    QPushButton* m_orgNew = nullptr;
    QPushButton* m_orgSave = nullptr;
    QPushButton* m_orgDeactivate = nullptr;
    ErrorLabel* m_orgError = nullptr;
    bool m_orgDirty = false;

    SimpleTableModel* m_providers = nullptr;
    QTableView* m_providersView = nullptr;
    ColumnFitter* m_providerColumns = nullptr;
    qint64 m_providerId = 0;
    QComboBox* m_provKind = nullptr;
    QLineEdit* m_provName = nullptr;
    ErrorLabel* m_provNameError = nullptr;
    QLineEdit* m_provCard = nullptr;
    ErrorLabel* m_provCardError = nullptr;
    QComboBox* m_provOrganisation = nullptr;
    ErrorLabel* m_provOrganisationError = nullptr;
    QLineEdit* m_provPhone = nullptr;
    ErrorLabel* m_provPhoneError = nullptr;
    QPushButton* m_provNew = nullptr;
    QPushButton* m_provSave = nullptr;
    QPushButton* m_provDeactivate = nullptr;
    ErrorLabel* m_provError = nullptr;
    bool m_provDirty = false;
    bool m_filling = false;
};

} // namespace legalaid::ui

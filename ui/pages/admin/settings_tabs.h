#pragma once

#include "pages/admin/admin_tab.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace legalaid::ui {

class ErrorLabel;
class SimpleTableModel;

// The centre's settings as printed on documents (EditCentreSettings).
class CentreTab : public AdminTab {
    Q_OBJECT

public:
    explicit CentreTab(QWidget* parent = nullptr);
    void attach(Session& session) override;
    void detach() override;
    bool save();
    [[nodiscard]] bool hasUnsavedChanges() const;

private:
    void validate();

    Session* m_session = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_parent = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    bool m_loading = false;
    bool m_dirty = false;
};

// Editable catalogues: beneficiary groups, fields of law, deadline rules; the fixed partner kinds are listed
// for reference. Reading is open; changes need CatalogueEdit.
class CataloguesTab : public AdminTab {
    Q_OBJECT

public:
    explicit CataloguesTab(QWidget* parent = nullptr);
    void attach(Session& session) override;
    void detach() override;

    [[nodiscard]] SimpleTableModel* groupsModel() const { return m_groups; }
    [[nodiscard]] SimpleTableModel* fieldsModel() const { return m_fields; }
    [[nodiscard]] SimpleTableModel* rulesModel() const { return m_rules; }

private:
    void reload();
    void addEntry();
    void toggleSelected();
    void setRule();
    void validateEntry();
    void updateButtons();

    Session* m_session = nullptr;
    QTabWidget* m_kinds = nullptr;
    SimpleTableModel* m_groups = nullptr;
    SimpleTableModel* m_fields = nullptr;
    SimpleTableModel* m_rules = nullptr;
    SimpleTableModel* m_partnerKinds = nullptr;
    QTableView* m_groupsView = nullptr;
    QTableView* m_fieldsView = nullptr;
    QTableView* m_rulesView = nullptr;

    QLineEdit* m_code = nullptr;
    QLineEdit* m_labelVi = nullptr;
    QLineEdit* m_labelEn = nullptr;
    QLineEdit* m_basis = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_toggle = nullptr;
    QSpinBox* m_days = nullptr;
    QPushButton* m_setRule = nullptr;
    ErrorLabel* m_error = nullptr;
    QWidget* m_entryForm = nullptr;
    QWidget* m_ruleForm = nullptr;
};

// The holiday calendar of one year (CatalogueEdit to change it).
class HolidaysTab : public AdminTab {
    Q_OBJECT

public:
    explicit HolidaysTab(QWidget* parent = nullptr);
    void attach(Session& session) override;
    void detach() override;
    [[nodiscard]] SimpleTableModel* model() const { return m_model; }

private:
    void reload();
    void addHoliday();
    void removeSelected();
    void updateButtons();

    Session* m_session = nullptr;
    QSpinBox* m_year = nullptr;
    SimpleTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace legalaid::ui

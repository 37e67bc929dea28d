#pragma once

#include "lists/case_list_source.h"
#include "pages/desk_page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace legalaid::ui {

class ColumnFitter;

class CaseDetailWidget;
class ErrorLabel;
class NewCaseDialog;
class WindowedListModel;

// Vụ việc: the case list with its filter bar (status, form, provider, deadline, month received, file code)
// over a WindowedListModel, and one case's detail (CaseDetailWidget). Ctrl+Shift+N receives a new request.
class CasesPage : public DeskPage {
    Q_OBJECT

public:
    explicit CasesPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("cases"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/cases.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

    [[nodiscard]] bool hasUnsavedChanges() const override;
    bool save() override;
    void focusSearch() override;
    void createNew() override;
    void openLink(const QVariantMap& filter) override;

    [[nodiscard]] WindowedListModel* model() const { return m_model; }
    [[nodiscard]] CaseDetailWidget* detail() const { return m_detail; }
    [[nodiscard]] lists::CaseListFilter currentFilter() const;
    // Shows one case's detail (an audited view).
    bool openCase(qint64 caseId);
    void showList();

private:
    void applyFilter();
    void loadProviders();
    void setFilterControls(const lists::CaseListFilter& filter);
    void openCurrent();

    Session* m_session = nullptr;
    bool m_settingControls = false;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_deadline = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_order = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_count = nullptr;
    ErrorLabel* m_listError = nullptr;
    QTableView* m_table = nullptr;
    ColumnFitter* m_columns = nullptr; // keeps the columns inside the list's width
    WindowedListModel* m_model = nullptr;
    CaseDetailWidget* m_detail = nullptr;
    QPointer<NewCaseDialog> m_newCase;
};

} // namespace legalaid::ui

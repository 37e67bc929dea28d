#pragma once

#include "lists/people_list_source.h"
#include "pages/desk_page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace legalaid::ui {

class PersonDetailView;
class PersonForm;
class WindowedListModel;

// Người được TGPL: the list of people with its filters and search-as-you-type, one person's file in tabs,
// and the new/edit form.
class PeoplePage : public DeskPage {
    Q_OBJECT

public:
    explicit PeoplePage(QWidget* parent = nullptr);
    ~PeoplePage() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("people"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/people.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;
    [[nodiscard]] bool hasUnsavedChanges() const override;
    bool save() override;
    void focusSearch() override;
    void createNew() override;
    void openLink(const QVariantMap& filter) override;

    // For tests and the benchmark.
    [[nodiscard]] WindowedListModel* listModel() const { return m_model; }
    [[nodiscard]] QTableView* listView() const { return m_view; }
    [[nodiscard]] PersonDetailView* detailView() const { return m_detail; }
    [[nodiscard]] PersonForm* form() const { return m_form; }
    [[nodiscard]] lists::PeopleListFilter currentFilter() const;
    // Opens one person's file (audited through PersonService::get).
    void showPerson(qint64 personId);

private:
    void applyFilter();
    void updateCount();
    void editPerson(qint64 personId);
    void closeForm();
    void updatePermissions();

    Session* m_session = nullptr;
    WindowedListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_ageBand = nullptr;
    QComboBox* m_province = nullptr;
    QCheckBox* m_hasOpenCase = nullptr;
    QCheckBox* m_withoutCase = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QPushButton* m_newPerson = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_side = nullptr;
    QLabel* m_placeholder = nullptr;
    PersonDetailView* m_detail = nullptr;
    PersonForm* m_form = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_selectionDelay = nullptr;
    bool m_applyingLink = false;
};

} // namespace legalaid::ui

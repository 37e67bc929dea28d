#pragma once

#include "pages/desk_page.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace legalaid::ui {

class ColumnFitter;
class ErrorLabel;
class SimpleTableModel;

// Hoạt động: outreach and training activities (legal dissemination sessions, communication products,
// trainings) of the last years, newest first, with a form validated as you type. Editing needs ActivityEdit.
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
    [[nodiscard]] bool hasUnsavedChanges() const override { return m_dirty; }
    bool save() override;
    void createNew() override;
    // {"activityId": id} (the records behind a report figure): every kind listed, that activity shown.
    void openLink(const QVariantMap& filter) override;

    [[nodiscard]] SimpleTableModel* model() const { return m_model; }

private:
    void reload();
    void validate();
    void showActivity(const QModelIndex& index);
    void clearForm();
    void updateRole();
    void markDirty();

    Session* m_session = nullptr;
    SimpleTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ColumnFitter* m_columns = nullptr;
    QComboBox* m_kindFilter = nullptr;
    qint64 m_activityId = 0;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_heldOn = nullptr;
    ErrorLabel* m_heldOnError = nullptr;
    QLineEdit* m_title = nullptr;
    ErrorLabel* m_titleError = nullptr;
    QComboBox* m_audience = nullptr;
    QSpinBox* m_participants = nullptr;
    QSpinBox* m_women = nullptr;
    ErrorLabel* m_womenError = nullptr;
    QLineEdit* m_place = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    ErrorLabel* m_error = nullptr;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace legalaid::ui

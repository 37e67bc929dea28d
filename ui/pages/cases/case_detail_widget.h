#pragma once

#include "domain/case_lifecycle.h"
#include "pages/cases/case_step_dialog.h"
#include "records/cases/case_service.h"

#include <QWidget>
#include <map>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace legalaid {
class Session;
}

namespace legalaid::ui {

class ErrorLabel;

// One case: its header (file code, beneficiary, form, status, provider, deadlines), the lifecycle as
// buttons enabled only when the step is allowed (by the state machine and by the role), the event timeline,
// the file's document register, hearings, evaluation and feedback, and the Print menu. Opening a case goes
// through CaseService::get, which audits the view.
class CaseDetailWidget : public QWidget {
    Q_OBJECT

public:
    explicit CaseDetailWidget(QWidget* parent = nullptr);

    void setSession(Session* session);
    // Loads and shows the case (an audited view); false when the core refused, with its sentence shown.
    bool showCase(qint64 caseId);
    // Forgets the shown case (before locking).
    void clear();

    [[nodiscard]] qint64 caseId() const { return m_details ? m_details->record.id : 0; }
    [[nodiscard]] std::optional<CaseStatus> status() const;
    [[nodiscard]] QPushButton* actionButton(CaseAction action) const { return m_actionButtons.at(action); }
    // Opens the dialog of a lifecycle step (what the button does).
    void beginAction(CaseAction action);
    // Opens the dialog that adds an event of `kind` (note, hearing, document, evaluation, feedback).
    void beginEvent(const QString& kind);

    [[nodiscard]] QStandardItemModel* timelineModel() const { return m_timeline; }
    [[nodiscard]] QStandardItemModel* documentsModel() const { return m_documents; }
    [[nodiscard]] QStandardItemModel* hearingsModel() const { return m_hearings; }
    [[nodiscard]] QStandardItemModel* evaluationsModel() const { return m_evaluations; }

signals:
    void backRequested();
    // A step or an event changed the case: the list shows it anew.
    void caseChanged(qint64 caseId);

private:
    void fill();
    void updateActions();
    void buildPrintMenu();
    void print(const QString& documentCode);
    [[nodiscard]] QString deadlinesText() const;
    [[nodiscard]] Status runStep(CaseAction action, const CaseStepInput& input);

    Session* m_session = nullptr;
    std::optional<CaseDetails> m_details;

    QLabel* m_title = nullptr;
    QLabel* m_beneficiary = nullptr;
    QLabel* m_form = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_provider = nullptr;
    QLabel* m_received = nullptr;
    QLabel* m_deadlines = nullptr;
    QLabel* m_summary = nullptr;
    ErrorLabel* m_message = nullptr;
    QToolButton* m_print = nullptr;
    QGroupBox* m_lifecycle = nullptr;
    std::map<CaseAction, QPushButton*> m_actionButtons;
    std::map<QString, QPushButton*> m_eventButtons;
    QTabWidget* m_tabs = nullptr;
    QStandardItemModel* m_timeline = nullptr;
    QStandardItemModel* m_documents = nullptr;
    QStandardItemModel* m_hearings = nullptr;
    QStandardItemModel* m_evaluations = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "common/result.h"
#include "records/cases/case_event_service.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace legalaid::ui {

class ErrorLabel;

// Adds one event to a case: a note, a hearing, a document of the file's register, a quality evaluation or
// the beneficiary's feedback. Required fields are checked as the user types; on OK `submit` calls the core
// and its refusal is shown in the dialog, which stays open.
class CaseEventDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Status(const NewCaseEvent&)>;
    CaseEventDialog(qint64 caseId, const QString& kind, Submit submit, QWidget* parent = nullptr);

    [[nodiscard]] NewCaseEvent event() const;

private:
    [[nodiscard]] bool validate();
    void trySubmit();

    qint64 m_caseId = 0;
    QString m_kind;
    Submit m_submit;
    QDateEdit* m_on = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_court = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_documentType = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_party = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_rating = nullptr;
    QComboBox* m_satisfied = nullptr;
    ErrorLabel* m_textError = nullptr;
    ErrorLabel* m_courtError = nullptr;
    ErrorLabel* m_titleError = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace legalaid::ui

#pragma once

#include "common/result.h"
#include "domain/case_lifecycle.h"

#include <QDate>
#include <QDialog>
#include <functional>
#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace legalaid::ui {

class ErrorLabel;

// What a lifecycle step needs, as the user gave it.
struct CaseStepInput {
    QDate on;
    qint64 providerId = 0;
    qint64 organisationId = 0;
    QString ground;
    QString reason;
    QString outcome;
    QDate requestedOn;
};

using NamedIds = std::vector<std::pair<qint64, QString>>;

// Asks for what one lifecycle step needs (date; provider, reason, ground, organisation or outcome as the
// step requires), checks the required fields as the user types, and on OK hands the input to `submit`
// (the page calls the core service). When the core refuses, its sentence is shown and the dialog stays open.
class CaseStepDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Status(const CaseStepInput&)>;
    CaseStepDialog(CaseAction action, const NamedIds& providers, const NamedIds& organisations,
                   const QDate& earliest, Submit submit, QWidget* parent = nullptr);

    [[nodiscard]] CaseAction action() const { return m_action; }
    [[nodiscard]] CaseStepInput input() const;

private:
    [[nodiscard]] bool validate();
    void trySubmit();

    CaseAction m_action;
    Submit m_submit;
    QDateEdit* m_on = nullptr;
    QDateEdit* m_requestedOn = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_organisation = nullptr;
    QComboBox* m_ground = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_outcome = nullptr;
    ErrorLabel* m_providerError = nullptr;
    ErrorLabel* m_organisationError = nullptr;
    ErrorLabel* m_reasonError = nullptr;
    ErrorLabel* m_outcomeError = nullptr;
    ErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace legalaid::ui

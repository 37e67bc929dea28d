#include "pages/cases/case_step_dialog.h"

#include "domain/case_catalogues.h"
#include "pages/cases/form_helpers.h"
#include "widgets/error_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

bool needsProvider(CaseAction action) {
    return action == CaseAction::Assign || action == CaseAction::ChangeProvider;
}
bool needsReason(CaseAction action) {
    return action == CaseAction::ChangeProvider || action == CaseAction::Refuse ||
           action == CaseAction::Withdraw || action == CaseAction::Discontinue ||
           action == CaseAction::Transfer;
}

QDateEdit* dateEdit(const QDate& value, const QString& objectName) {
    auto* edit = new QDateEdit(value);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

} // namespace

CaseStepDialog::CaseStepDialog(CaseAction action, const NamedIds& providers, const NamedIds& organisations,
                               const QDate& earliest, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("caseStepDialog"));
    setWindowTitle(forms::capitalised(caseActionLabel(action)));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_on = dateEdit(QDate::currentDate(), QStringLiteral("stepDate"));
    m_on->setMinimumDate(earliest.isValid() ? std::min(earliest, QDate::currentDate()) : QDate(2000, 1, 1));
    m_on->setAccessibleName(tr("Date of this step"));
    form->addRow(tr("&Date:"), m_on);

    if (needsProvider(action)) {
        m_provider = new QComboBox;
        m_provider->setObjectName(QStringLiteral("stepProvider"));
        m_provider->setAccessibleName(tr("Provider"));
        m_provider->addItem(tr("Choose a provider…"), 0);
        for (const auto& [id, name] : providers)
            m_provider->addItem(name, id);
        m_providerError = new ErrorLabel;
        m_providerError->setObjectName(QStringLiteral("stepProviderError"));
        form->addRow(tr("&Provider:"), forms::withError(m_provider, m_providerError));
        connect(m_provider, &QComboBox::currentIndexChanged, this, [this] { (void)validate(); });
    }
    if (action == CaseAction::ChangeProvider) {
        m_requestedOn = dateEdit(QDate::currentDate(), QStringLiteral("stepRequestedOn"));
        m_requestedOn->setAccessibleName(tr("Date the change was requested"));
        form->addRow(tr("Change re&quested on:"), m_requestedOn);
    }
    if (action == CaseAction::Transfer) {
        m_organisation = new QComboBox;
        m_organisation->setObjectName(QStringLiteral("stepOrganisation"));
        m_organisation->setAccessibleName(tr("Organisation the case is transferred to"));
        m_organisation->addItem(tr("Choose an organisation…"), 0);
        for (const auto& [id, name] : organisations)
            m_organisation->addItem(name, id);
        m_organisationError = new ErrorLabel;
        form->addRow(tr("&Transfer to:"), forms::withError(m_organisation, m_organisationError));
        connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] { (void)validate(); });
    }
    if (action == CaseAction::Refuse || action == CaseAction::Discontinue) {
        m_ground = new QComboBox;
        m_ground->setObjectName(QStringLiteral("stepGround"));
        m_ground->setAccessibleName(tr("Ground"));
        const auto catalogue = action == CaseAction::Refuse ? CaseCatalogue::RefusalGround
                                                            : CaseCatalogue::DiscontinuationGround;
        for (const CatalogueItem& item : catalogueItems(catalogue))
            m_ground->addItem(forms::capitalised(item.label), item.code);
        form->addRow(tr("&Ground:"), m_ground);
    }
    if (needsReason(action)) {
        m_reason = new QPlainTextEdit;
        m_reason->setObjectName(QStringLiteral("stepReason"));
        m_reason->setAccessibleName(tr("Written reason"));
        m_reason->setTabChangesFocus(true);
        m_reason->setFixedHeight(80);
        m_reasonError = new ErrorLabel;
        m_reasonError->setObjectName(QStringLiteral("stepReasonError"));
        form->addRow(tr("&Reason:"), forms::withError(m_reason, m_reasonError));
        connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { (void)validate(); });
    }
    if (action == CaseAction::Close) {
        m_outcome = new QLineEdit;
        m_outcome->setObjectName(QStringLiteral("stepOutcome"));
        m_outcome->setAccessibleName(tr("Outcome"));
        m_outcomeError = new ErrorLabel;
        m_outcomeError->setObjectName(QStringLiteral("stepOutcomeError"));
        form->addRow(tr("&Outcome:"), forms::withError(m_outcome, m_outcomeError));
        connect(m_outcome, &QLineEdit::textChanged, this, [this] { (void)validate(); });
    }

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("stepError"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(forms::capitalised(caseActionLabel(action)));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stepOk"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseStepDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No complaint before the user has typed anything; OK stays available and explains what is missing.
}

CaseStepInput CaseStepDialog::input() const {
    CaseStepInput input;
    input.on = m_on->date();
    if (m_provider)
        input.providerId = m_provider->currentData().toLongLong();
    if (m_organisation)
        input.organisationId = m_organisation->currentData().toLongLong();
    if (m_ground)
        input.ground = m_ground->currentData().toString();
    if (m_reason)
        input.reason = m_reason->toPlainText().trimmed();
    if (m_outcome)
        input.outcome = m_outcome->text().trimmed();
    input.requestedOn = m_requestedOn ? m_requestedOn->date() : QDate();
    return input;
}

bool CaseStepDialog::validate() {
    const CaseStepInput given = input();
    bool ok = true;
    const auto check = [&ok](ErrorLabel* label, bool missing, const QString& message) {
        if (!label)
            return;
        if (missing) {
            label->showError(message);
            ok = false;
        } else {
            label->clearError();
        }
    };
    check(m_providerError, m_provider && given.providerId == 0,
          tr("Choose the provider who will handle the case."));
    check(m_organisationError, m_organisation && given.organisationId == 0,
          tr("Choose the organisation that takes over the case."));
    check(m_reasonError, m_reason && given.reason.isEmpty(), tr("Write the reason; it is kept in the file."));
    check(m_outcomeError, m_outcome && given.outcome.isEmpty(), tr("Write the outcome of the legal aid."));
    return ok;
}

void CaseStepDialog::trySubmit() {
    m_error->clearError();
    if (!validate())
        return;
    const Status done = m_submit ? m_submit(input()) : Status();
    if (!done) {
        m_error->showError(done.error().message);
        return;
    }
    accept();
}

} // namespace legalaid::ui

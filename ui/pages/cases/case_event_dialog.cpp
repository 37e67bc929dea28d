#include "pages/cases/case_event_dialog.h"

#include "domain/case_catalogues.h"
#include "pages/cases/form_helpers.h"
#include "widgets/error_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QComboBox* catalogueCombo(CaseCatalogue catalogue, const QString& objectName, const QString& accessibleName) {
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    for (const CatalogueItem& item : catalogueItems(catalogue))
        combo->addItem(forms::capitalised(item.label), item.code);
    return combo;
}

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

CaseEventDialog::CaseEventDialog(qint64 caseId, const QString& kind, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_caseId(caseId)
    , m_kind(kind)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("caseEventDialog"));
    setWindowTitle(forms::capitalised(catalogueLabel(CaseCatalogue::EventKind, kind)));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    const bool hearing = kind == QStringLiteral("hearing");
    m_on = new QDateEdit(QDate::currentDate());
    m_on->setObjectName(QStringLiteral("eventDate"));
    m_on->setAccessibleName(tr("Date"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    if (!hearing) // a hearing may be ahead; everything else has happened
        m_on->setMaximumDate(QDate::currentDate());
    form->addRow(hearing ? tr("Hearing &date:") : tr("&Date:"), m_on);

    if (hearing) {
        m_court = lineEdit(QStringLiteral("eventCourt"), tr("Court or procedural body"));
        m_courtError = new ErrorLabel;
        form->addRow(tr("&Court:"), forms::withError(m_court, m_courtError));
        connect(m_court, &QLineEdit::textChanged, this, [this] { (void)validate(); });
        m_stage = catalogueCombo(CaseCatalogue::HearingStage, QStringLiteral("eventStage"), tr("Stage"));
        form->addRow(tr("&Stage:"), m_stage);
    } else if (kind == QStringLiteral("document")) {
        m_direction = catalogueCombo(CaseCatalogue::DocumentDirection, QStringLiteral("eventDirection"),
                                     tr("Direction"));
        form->addRow(tr("D&irection:"), m_direction);
        m_documentType = catalogueCombo(CaseCatalogue::DocumentType, QStringLiteral("eventDocumentType"),
                                        tr("Document type"));
        form->addRow(tr("&Type:"), m_documentType);
        m_number = lineEdit(QStringLiteral("eventNumber"), tr("Document number"));
        form->addRow(tr("&Number:"), m_number);
        m_party = lineEdit(QStringLiteral("eventParty"), tr("Issued by or sent to"));
        form->addRow(tr("Issued by / sent &to:"), m_party);
        m_title = lineEdit(QStringLiteral("eventTitle"), tr("Document title"));
        m_titleError = new ErrorLabel;
        form->addRow(tr("T&itle:"), forms::withError(m_title, m_titleError));
        connect(m_title, &QLineEdit::textChanged, this, [this] { (void)validate(); });
    } else if (kind == QStringLiteral("evaluation")) {
        m_rating =
            catalogueCombo(CaseCatalogue::EvaluationRating, QStringLiteral("eventRating"), tr("Rating"));
        form->addRow(tr("&Rating:"), m_rating);
    } else if (kind == QStringLiteral("feedback")) {
        m_satisfied = new QComboBox;
        m_satisfied->setObjectName(QStringLiteral("eventSatisfied"));
        m_satisfied->setAccessibleName(tr("Was the beneficiary satisfied"));
        m_satisfied->addItem(tr("Satisfied"), true);
        m_satisfied->addItem(tr("Not satisfied"), false);
        form->addRow(tr("&Beneficiary:"), m_satisfied);
    }
    if (kind != QStringLiteral("document")) {
        m_text = new QPlainTextEdit;
        m_text->setObjectName(QStringLiteral("eventText"));
        m_text->setAccessibleName(kind == QStringLiteral("note") ? tr("Note") : tr("Comments"));
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(90);
        m_textError = new ErrorLabel;
        m_textError->setObjectName(QStringLiteral("eventTextError"));
        form->addRow(kind == QStringLiteral("note") ? tr("&Note:") : tr("C&omments:"),
                     forms::withError(m_text, m_textError));
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] { (void)validate(); });
    }

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("eventError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("eventSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseEventDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewCaseEvent CaseEventDialog::event() const {
    NewCaseEvent event;
    event.caseId = m_caseId;
    event.kind = m_kind;
    event.on = m_on->date();
    if (m_text)
        event.text = m_text->toPlainText().trimmed();
    if (m_court)
        event.court = m_court->text().trimmed();
    if (m_stage)
        event.stage = m_stage->currentData().toString();
    if (m_direction)
        event.direction = m_direction->currentData().toString();
    if (m_documentType)
        event.documentType = m_documentType->currentData().toString();
    if (m_number)
        event.number = m_number->text().trimmed();
    if (m_party)
        event.party = m_party->text().trimmed();
    if (m_title)
        event.title = m_title->text().trimmed();
    if (m_rating)
        event.rating = m_rating->currentData().toString();
    if (m_satisfied)
        event.satisfied = m_satisfied->currentData().toBool();
    return event;
}

bool CaseEventDialog::validate() {
    const NewCaseEvent given = event();
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
    check(m_textError, m_kind == QStringLiteral("note") && given.text.isEmpty(), tr("Write the note."));
    check(m_courtError, m_court && given.court.isEmpty(),
          tr("Name the court or body that holds the hearing."));
    check(m_titleError, m_title && given.title.isEmpty(),
          tr("Give the document's title or what it is about."));
    return ok;
}

void CaseEventDialog::trySubmit() {
    m_error->clearError();
    if (!validate())
        return;
    const Status done = m_submit ? m_submit(event()) : Status();
    if (!done) {
        m_error->showError(done.error().message);
        return;
    }
    accept();
}

} // namespace legalaid::ui

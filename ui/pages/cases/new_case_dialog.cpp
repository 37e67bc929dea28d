#include "pages/cases/new_case_dialog.h"

#include "domain/case_catalogues.h"
#include "pages/cases/form_helpers.h"
#include "records/cases/case_catalogue_service.h"
#include "records/people/person_service.h"
#include "records/session.h"
#include "widgets/eliding_combo_box.h"
#include "widgets/error_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace legalaid::ui {

namespace {

QDateEdit* dateEdit(const QString& objectName, const QString& accessibleName) {
    auto* edit = new QDateEdit(QDate::currentDate());
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

// An optional date: a check box that enables the date beside it.
QWidget* optionalDate(QCheckBox* enabled, QDateEdit* date) {
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(enabled);
    row->addWidget(date, 1);
    date->setEnabled(false);
    QObject::connect(enabled, &QCheckBox::toggled, date, &QWidget::setEnabled);
    box->setFocusProxy(enabled);
    return box;
}

} // namespace

NewCaseDialog::NewCaseDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(&session) {
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("Receive a legal-aid request"));
    resize(760, 640);
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contentLayout->addLayout(form);
    // Spare height stays below the fields instead of opening gaps between them.
    contentLayout->addStretch(1);

    // The beneficiary: found by name, ID number, phone or file code, chosen from the people records.
    auto* personBox = new QWidget;
    auto* personLayout = new QVBoxLayout(personBox);
    personLayout->setContentsMargins(0, 0, 0, 0);
    m_personSearch = new QLineEdit;
    m_personSearch->setObjectName(QStringLiteral("beneficiarySearch"));
    m_personSearch->setAccessibleName(tr("Find the beneficiary"));
    m_personSearch->setPlaceholderText(tr("Name, ID number, phone or file code"));
    m_personSearch->setClearButtonEnabled(true);
    m_people = new QListWidget;
    m_people->setObjectName(QStringLiteral("beneficiaryResults"));
    m_people->setAccessibleName(tr("People found"));
    m_people->setFixedHeight(96);
    m_personError = new ErrorLabel;
    m_personError->setObjectName(QStringLiteral("beneficiaryError"));
    personLayout->addWidget(m_personSearch);
    personLayout->addWidget(m_people);
    personLayout->addWidget(m_personError);
    personBox->setFocusProxy(m_personSearch);
    form->addRow(tr("&Beneficiary:"), personBox);
    connect(m_personSearch, &QLineEdit::textEdited, this, &NewCaseDialog::searchPeople);
    connect(m_people, &QListWidget::currentRowChanged, this, [this] {
        m_modified = true;
        (void)validate();
    });

    m_form = new QComboBox;
    m_form->setObjectName(QStringLiteral("caseForm"));
    m_form->setAccessibleName(tr("Form of legal aid"));
    for (CaseForm form : allCaseForms())
        m_form->addItem(forms::capitalised(caseFormLabel(form)), caseFormCode(form));
    form->addRow(tr("&Form:"), m_form);

    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("caseField"));
    m_field->setAccessibleName(tr("Field of law"));
    m_group = new ElidingComboBox;
    m_group->setObjectName(QStringLiteral("caseGroup"));
    m_group->setAccessibleName(tr("Beneficiary group"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(40);
    CaseCatalogueService catalogues(session);
    if (auto fields = catalogues.fields(); fields) {
        for (const FieldOfLaw& field : *fields)
            m_field->addItem(field.labelVi.isEmpty() ? field.code : field.labelVi, field.code);
    }
    if (auto groups = catalogues.groups(); groups) {
        for (const BeneficiaryGroup& group : *groups) {
            if (!group.historical) {
                m_group->addItem(group.labelVi, group.code);
                m_group->setItemData(m_group->count() - 1, group.legalBasis, Qt::ToolTipRole);
            }
        }
    }
    // The open list is wide enough for the longest group; the box's tooltip gives the chosen one whole.
    int widestGroup = 0;
    for (int item = 0; item < m_group->count(); ++item)
        widestGroup =
            std::max(widestGroup, m_group->fontMetrics().horizontalAdvance(m_group->itemText(item)));
    m_group->view()->setMinimumWidth(std::min(widestGroup + 48, 1200));
    m_group->view()->setTextElideMode(Qt::ElideNone);
    const auto showGroupWhole = [this] {
        const QString basis = m_group->currentData(Qt::ToolTipRole).toString();
        m_group->setToolTip(basis.isEmpty() ? m_group->currentText()
                                            : m_group->currentText() + QStringLiteral("\n") + basis);
    };
    connect(m_group, &QComboBox::currentIndexChanged, m_group, showGroupWhole);
    forms::selectData(m_group, QStringLiteral("art7_6a"));
    showGroupWhole();
    form->addRow(tr("Field of &law:"), m_field);
    form->addRow(tr("Beneficiary &group:"), m_group);

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("caseSource"));
    m_source->setAccessibleName(tr("How the request came"));
    for (const CatalogueItem& item : catalogueItems(CaseCatalogue::Source))
        m_source->addItem(forms::capitalised(item.label), item.code);
    form->addRow(tr("Request came &by:"), m_source);

    m_receivedOn = dateEdit(QStringLiteral("caseReceivedOn"), tr("Date received"));
    m_receivedOn->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Received on:"), m_receivedOn);

    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setAccessibleName(tr("What is asked"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(72);
    form->addRow(tr("What is &asked:"), m_summary);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { m_modified = true; });

    m_requesterName = new QLineEdit;
    m_requesterName->setObjectName(QStringLiteral("requesterName"));
    m_requesterName->setAccessibleName(tr("Representative who made the request"));
    m_requesterName->setPlaceholderText(tr("Empty when the beneficiary asked themself"));
    form->addRow(tr("Re&presentative:"), m_requesterName);
    m_requesterRelation = new QLineEdit;
    m_requesterRelation->setObjectName(QStringLiteral("requesterRelation"));
    m_requesterRelation->setAccessibleName(tr("Representative's relation to the beneficiary"));
    m_relationError = new ErrorLabel;
    m_relationError->setObjectName(QStringLiteral("requesterRelationError"));
    form->addRow(tr("Rela&tion:"), forms::withError(m_requesterRelation, m_relationError));
    for (QLineEdit* edit : {m_requesterName, m_requesterRelation})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_modified = true;
            (void)validate();
        });

    m_hasHearing = new QCheckBox(tr("A hearing is set"));
    m_hasHearing->setObjectName(QStringLiteral("caseHasHearing"));
    m_hearingDate = dateEdit(QStringLiteral("caseHearingDate"), tr("Hearing date"));
    form->addRow(tr("&Hearing:"), optionalDate(m_hasHearing, m_hearingDate));
    m_hasLimitation = new QCheckBox(tr("A limitation period ends"));
    m_hasLimitation->setObjectName(QStringLiteral("caseHasLimitation"));
    m_limitationDate = dateEdit(QStringLiteral("caseLimitationDate"), tr("End of the limitation period"));
    form->addRow(tr("Li&mitation:"), optionalDate(m_hasLimitation, m_limitationDate));
    m_courtAppointed = new QCheckBox(tr("Defence appointed by the court (always urgent)"));
    m_courtAppointed->setObjectName(QStringLiteral("caseCourtAppointed"));
    form->addRow(QString(), m_courtAppointed);

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("newCaseError"));
    outer->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("newCaseSave"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_personSearch->setFocus();
}

void NewCaseDialog::searchPeople(const QString& text) {
    m_modified = true;
    m_people->clear();
    if (!m_session || text.trimmed().size() < 2)
        return;
    auto found = PersonService(*m_session).search(text, 20);
    if (!found) {
        m_personError->showError(found.error().message);
        return;
    }
    for (const search::PersonMatch& match : *found) {
        auto* item = new QListWidgetItem(match.fullName, m_people);
        item->setData(Qt::UserRole, match.personId);
    }
    if (m_people->count() == 1)
        m_people->setCurrentRow(0);
}

NewCase NewCaseDialog::request() const {
    NewCase request;
    if (const QListWidgetItem* chosen = m_people->currentItem())
        request.personId = chosen->data(Qt::UserRole).toLongLong();
    request.form = m_form->currentData().toString();
    request.fieldCode = m_field->currentData().toString();
    request.groupCode = m_group->currentData().toString();
    request.source = m_source->currentData().toString();
    request.receivedOn = m_receivedOn->date();
    request.summary = m_summary->toPlainText().trimmed();
    request.requesterName = m_requesterName->text().trimmed();
    request.requesterRelation = m_requesterRelation->text().trimmed();
    if (m_hasHearing->isChecked())
        request.hearingDate = m_hearingDate->date();
    if (m_hasLimitation->isChecked())
        request.limitationDate = m_limitationDate->date();
    request.courtAppointed = m_courtAppointed->isChecked();
    return request;
}

bool NewCaseDialog::validate() {
    const NewCase given = request();
    bool ok = true;
    const auto check = [&ok](ErrorLabel* label, bool missing, const QString& message) {
        if (missing) {
            label->showError(message);
            ok = false;
        } else {
            label->clearError();
        }
    };
    check(m_personError, given.personId == 0,
          tr("Find the beneficiary and choose them in the list; add them on the People page first if they "
             "are not there."));
    check(m_relationError, given.requesterName.isEmpty() != given.requesterRelation.isEmpty(),
          tr("Give both the representative's name and their relation to the beneficiary, or neither."));
    return ok;
}

bool NewCaseDialog::save() {
    m_error->clearError();
    if (!validate())
        return false;
    if (!m_session) {
        m_error->showError(tr("The desk is locked; unlock it to save the request."));
        return false;
    }
    auto opened = CaseService(*m_session).open(request());
    if (!opened) {
        m_error->showError(opened.error().message);
        return false;
    }
    m_modified = false;
    emit caseOpened(opened->id, opened->fileCode);
    accept();
    return true;
}

} // namespace legalaid::ui

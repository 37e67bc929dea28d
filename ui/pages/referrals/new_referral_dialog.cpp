#include "pages/referrals/new_referral_dialog.h"

#include "domain/referral_catalogue.h"
#include "pages/cases/form_helpers.h"
#include "pages/referrals/consent_check_panel.h"
#include "records/directory/directory_service.h"
#include "records/people/person_service.h"
#include "records/session.h"
#include "widgets/error_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace legalaid::ui {

NewReferralDialog::NewReferralDialog(Session& session, const QString& direction, QWidget* parent)
    : QDialog(parent)
    , m_session(&session)
    , m_direction(direction) {
    const bool outgoing = direction == QStringLiteral("out");
    setObjectName(QStringLiteral("newReferralDialog"));
    setWindowTitle(outgoing ? tr("Refer a person to a service") : tr("Record an incoming referral"));
    resize(760, outgoing ? 620 : 420);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    auto* personBox = new QWidget;
    auto* personLayout = new QVBoxLayout(personBox);
    personLayout->setContentsMargins(0, 0, 0, 0);
    m_personSearch = new QLineEdit;
    m_personSearch->setObjectName(QStringLiteral("referralPersonSearch"));
    m_personSearch->setAccessibleName(tr("Find the person"));
    m_personSearch->setPlaceholderText(tr("Name, ID number, phone or file code"));
    m_personSearch->setClearButtonEnabled(true);
    m_people = new QListWidget;
    m_people->setObjectName(QStringLiteral("referralPeople"));
    m_people->setAccessibleName(tr("People found"));
    m_people->setFixedHeight(80);
    m_personError = new ErrorLabel;
    personLayout->addWidget(m_personSearch);
    personLayout->addWidget(m_people);
    personLayout->addWidget(m_personError);
    personBox->setFocusProxy(m_personSearch);
    form->addRow(tr("&Person:"), personBox);
    connect(m_personSearch, &QLineEdit::textEdited, this, &NewReferralDialog::searchPeople);
    connect(m_people, &QListWidget::currentRowChanged, this, &NewReferralDialog::recheck);

    m_partner = new QComboBox;
    m_partner->setObjectName(QStringLiteral("referralPartner"));
    m_partner->setAccessibleName(outgoing ? tr("Partner the person is sent to") : tr("Partner who referred"));
    m_partner->addItem(tr("Choose a partner…"), 0);
    if (auto organisations = DirectoryService(session).listOrganisations({}); organisations) {
        for (const Organisation& organisation : *organisations)
            m_partner->addItem(organisation.name, organisation.id);
    }
    form->addRow(outgoing ? tr("Sent &to:") : tr("Referred &by:"), m_partner);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &NewReferralDialog::recheck);

    if (outgoing) {
        m_service = new QComboBox;
        m_service->setObjectName(QStringLiteral("referralService"));
        m_service->setAccessibleName(tr("Service asked for"));
        for (const QString& code : referralServiceCodes())
            m_service->addItem(forms::capitalised(referralServiceLabel(code)), code);
        form->addRow(tr("&Service:"), m_service);
        m_abroad = new QCheckBox(tr("The person is outside Vietnam"));
        m_abroad->setObjectName(QStringLiteral("referralAbroad"));
        form->addRow(QString(), m_abroad);
    }
    m_sentOn = new QDateEdit(QDate::currentDate());
    m_sentOn->setObjectName(QStringLiteral("referralSentOn"));
    m_sentOn->setAccessibleName(tr("Date sent"));
    m_sentOn->setCalendarPopup(true);
    m_sentOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_sentOn->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_sentOn);
    connect(m_sentOn, &QDateEdit::dateChanged, this, &NewReferralDialog::recheck);
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("referralNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(60);
    form->addRow(tr("&Note:"), m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_modified = true; });

    if (outgoing) {
        m_consent = new ConsentCheckPanel;
        layout->addWidget(m_consent);
    }
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("referralError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("referralSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recheck();
}

void NewReferralDialog::searchPeople(const QString& text) {
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

void NewReferralDialog::choosePerson(qint64 personId, const QString& fullName) {
    m_people->clear();
    auto* item = new QListWidgetItem(fullName, m_people);
    item->setData(Qt::UserRole, personId);
    m_people->setCurrentRow(0);
}

void NewReferralDialog::recheck() {
    const NewReferral given = referral();
    if (given.personId > 0)
        m_personError->clearError();
    m_error->clearError();
    if (m_consent && m_session) {
        m_consent->check(*m_session, given.personId, given.organisationId, m_sentOn->date());
        // Nothing is disclosed without consent: Save waits for it and says why.
        m_save->setEnabled(m_consent->allowed());
        m_save->setToolTip(m_consent->allowed() ? QString() : m_consent->refusal());
        if (!m_consent->allowed() && !m_consent->refusal().isEmpty())
            m_error->showError(m_consent->refusal());
    }
}

NewReferral NewReferralDialog::referral() const {
    NewReferral referral;
    if (const QListWidgetItem* chosen = m_people->currentItem())
        referral.personId = chosen->data(Qt::UserRole).toLongLong();
    referral.direction = m_direction;
    referral.organisationId = m_partner->currentData().toLongLong();
    if (m_service)
        referral.service = m_service->currentData().toString();
    referral.sentOn = m_sentOn->date();
    if (m_consent)
        referral.disclose = m_consent->chosenFields();
    referral.personAbroad = m_abroad && m_abroad->isChecked();
    referral.note = m_note->toPlainText().trimmed();
    return referral;
}

bool NewReferralDialog::save() {
    m_error->clearError();
    const NewReferral given = referral();
    if (given.personId <= 0) {
        m_personError->showError(tr("Find the person and choose them in the list."));
        return false;
    }
    if (!m_session) {
        m_error->showError(tr("The desk is locked; unlock it to save the referral."));
        return false;
    }
    auto created = ReferralService(*m_session).create(given);
    if (!created) {
        m_error->showError(created.error().message);
        return false;
    }
    m_modified = false;
    emit referralRecorded(created->id);
    accept();
    return true;
}

} // namespace legalaid::ui

#include "pages/referrals/consent_check_panel.h"

#include "domain/referral_catalogue.h"
#include "records/people/consent_check.h"
#include "records/session.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace legalaid::ui {

ConsentCheckPanel::ConsentCheckPanel(QWidget* parent)
    : QGroupBox(tr("Consent check before disclosure"), parent) {
    setObjectName(QStringLiteral("consentCheck"));
    auto* layout = new QVBoxLayout(this);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("consentVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto* fields = new QGridLayout;
    int index = 0;
    for (const QString& code : disclosableFieldCodes()) {
        auto* box = new QCheckBox(disclosableFieldLabel(code));
        box->setObjectName(QStringLiteral("disclose_") + code);
        box->setChecked(code == QStringLiteral("full_name"));
        connect(box, &QCheckBox::toggled, this, &ConsentCheckPanel::changed);
        // Two columns: three of the Vietnamese field names side by side were wider than the page.
        fields->addWidget(box, index / 2, index % 2);
        m_fields[code] = box;
        ++index;
    }
    layout->addLayout(fields);
    m_disclosedList = new QLabel;
    m_disclosedList->setObjectName(QStringLiteral("consentDisclosed"));
    m_disclosedList->setWordWrap(true);
    m_disclosedList->setVisible(false);
    layout->addWidget(m_disclosedList);
    layout->addStretch(1);
    reset(tr("Choose the person and the partner to check the person's consent."));
}

void ConsentCheckPanel::reset(const QString& hint) {
    m_allowed = false;
    m_refusal.clear();
    m_verdict->setText(hint);
    m_verdict->setStyleSheet({});
    for (auto& [code, box] : m_fields)
        box->setEnabled(false);
    emit changed();
}

void ConsentCheckPanel::check(Session& session, qint64 personId, qint64 organisationId, const QDate& on) {
    if (personId <= 0 || organisationId <= 0) {
        reset(tr("Choose the person and the partner to check the person's consent."));
        return;
    }
    auto decision = checkDisclosure(session.db(), personId, organisationId, on);
    if (!decision) {
        reset(decision.error().message);
        m_refusal = decision.error().message;
        return;
    }
    m_allowed = decision->allowed && decision->consentId > 0;
    if (m_allowed) {
        m_refusal.clear();
        m_verdict->setText(tr("Consent no. %1 covers this partner on %2. Only the fields ticked below are "
                              "disclosed; the person's name always is.")
                               .arg(decision->consentId)
                               .arg(on.toString(QStringLiteral("dd/MM/yyyy"))));
        m_verdict->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_refusal =
            decision->reason.isEmpty()
                ? tr("The person's consent does not allow sharing with this partner: record the consent "
                     "first.")
                : decision->reason;
        m_verdict->setText(m_refusal);
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    for (auto& [code, box] : m_fields)
        box->setEnabled(m_allowed && code != QStringLiteral("full_name"));
    emit changed();
}

QStringList ConsentCheckPanel::chosenFields() const {
    QStringList chosen;
    for (const QString& code : disclosableFieldCodes()) {
        if (m_fields.at(code)->isChecked())
            chosen << code;
    }
    return chosen;
}

void ConsentCheckPanel::showFixedFields(const QStringList& fields) {
    // A recorded referral: a short list of what went out instead of the whole grid of choices.
    QStringList labels;
    for (auto& [code, box] : m_fields) {
        box->setChecked(fields.contains(code));
        box->setVisible(false);
        if (fields.contains(code))
            labels << disclosableFieldLabel(code);
    }
    m_disclosedList->setText(
        tr("Disclosed: %1").arg(labels.isEmpty() ? tr("nothing") : labels.join(QStringLiteral(", "))));
    m_disclosedList->setVisible(true);
}

} // namespace legalaid::ui

#include "pages/people/person_detail_view.h"

#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"
#include "domain/person_catalogues.h"
#include "domain/referral_catalogue.h"
#include "records/audit_log.h"
#include "records/cases/case_service.h"
#include "records/people/person_repository.h"
#include "records/people/person_service.h"
#include "records/permissions.h"
#include "records/referrals/referral_service.h"
#include "records/session.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

// How many of the latest audit entries are searched for this person's history.
constexpr int kAuditEntriesScanned = 5000;

QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setAccessibleName(accessibleName);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells, qint64 id = 0) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

void finishTable(QTableWidget* table) {
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

QString date(const QDate& value) {
    return value.isValid() ? value.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString label(PersonCatalogue catalogue, const QString& code) {
    return code.isEmpty() ? QString() : personCatalogueLabel(catalogue, code);
}

QString yesNo(bool value) {
    return value ? QCoreApplication::translate("PersonDetailView", "Yes")
                 : QCoreApplication::translate("PersonDetailView", "No");
}

} // namespace

PersonDetailView::PersonDetailView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("personDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_heading, 1);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setObjectName(QStringLiteral("editPerson"));
    m_edit->setAccessibleName(tr("Edit this person"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_personId != 0)
            emit editRequested(m_personId);
    });
    top->addWidget(m_edit);
    layout->addLayout(top);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("personDetailMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->setAccessibleName(tr("Person's file"));
    m_tabs->setUsesScrollButtons(true);

    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_identityPage = new QWidget(scroll);
    m_identity = new QFormLayout(m_identityPage);
    m_identity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_identity->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(m_identityPage);
    m_tabs->addTab(scroll, tr("Identity"));

    m_identification =
        makeTable({tr("Decided on"), tr("Status"), tr("Deciding body"), tr("Document"), tr("Note")},
                  tr("Identification history"), m_tabs);
    m_tabs->addTab(m_identification, tr("Identification"));
    m_consents = makeTable(
        {tr("Given on"), tr("Keep data"), tr("Share"), tr("Given by"), tr("Partners"), tr("Withdrawn on")},
        tr("Consents"), m_tabs);
    m_tabs->addTab(m_consents, tr("Consent"));
    m_related = makeTable({tr("Relation"), tr("Full name"), tr("Born")}, tr("Accompanying minors"), m_tabs);
    connect(m_related, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id != 0)
            emit personActivated(id);
    });
    m_tabs->addTab(m_related, tr("Minors / accompanied"));
    m_cases = makeTable({tr("File code"), tr("Form"), tr("Status"), tr("Received")}, tr("Cases"), m_tabs);
    m_tabs->addTab(m_cases, tr("Cases"));
    m_referrals = makeTable({tr("Direction"), tr("Service"), tr("Status"), tr("Sent on"), tr("Answer due")},
                            tr("Referrals and support services"), m_tabs);
    m_tabs->addTab(m_referrals, tr("Referrals and support"));
    m_audit = makeTable({tr("When"), tr("User"), tr("Action"), tr("Details")}, tr("Audit history"), m_tabs);
    m_auditTab = m_tabs->addTab(m_audit, tr("Audit history"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void PersonDetailView::setEditAllowed(bool allowed, const QString& whyNot) {
    m_edit->setEnabled(allowed);
    m_edit->setToolTip(allowed ? tr("Change this person's record") : whyNot);
}

void PersonDetailView::clear() {
    m_personId = 0;
    m_record = {};
    m_heading->clear();
    m_message->hide();
    while (m_identity->rowCount() > 0)
        m_identity->removeRow(0);
    for (QTableWidget* table : {m_identification, m_consents, m_related, m_cases, m_referrals, m_audit})
        table->setRowCount(0);
    m_tabs->setEnabled(false);
    m_edit->setVisible(false);
}

Status PersonDetailView::showPerson(Session& session, qint64 personId) {
    clear();
    auto file = PersonService(session).get(personId); // audited: person.view
    if (!file) {
        m_message->setText(file.error().message);
        m_message->show();
        return file.error();
    }
    m_personId = personId;
    m_tabs->setEnabled(true);
    m_edit->setVisible(true);
    m_record = file->person;
    const PersonRecord& record = m_record;
    const PersonDetails& p = record.details;
    m_heading->setText(p.fullName);

    const auto addField = [this](const QString& name, const QString& value) {
        auto* shown = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_identityPage);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        shown->setWordWrap(true);
        m_identity->addRow(name, shown);
    };
    const QString born =
        p.birthDate.isValid() ? date(p.birthDate) : (p.birthYear ? QString::number(*p.birthYear) : QString());
    addField(tr("Category:"), label(PersonCatalogue::Category, personCategoryCode(p.category)));
    addField(tr("Identification status:"), record.currentStatus
                                               ? label(PersonCatalogue::IdentificationStatus,
                                                       identificationStatusCode(*record.currentStatus))
                                               : QString());
    addField(tr("Sex:"), label(PersonCatalogue::Sex, sexCode(p.sex)));
    addField(tr("Born:"), born);
    addField(tr("Ethnicity:"), label(PersonCatalogue::Ethnicity, p.ethnicityCode));
    addField(tr("Nationality:"), label(PersonCatalogue::Country, p.nationalityCode));
    addField(tr("ID document:"), p.idType == IdDocumentType::None
                                     ? QString()
                                     : label(PersonCatalogue::IdDocumentType, idDocumentTypeCode(p.idType)) +
                                           QStringLiteral(" ") + p.idNumber);
    addField(tr("Province:"), label(PersonCatalogue::Province, p.provinceCode));
    addField(tr("Commune:"), p.commune);
    addField(tr("Phone:"), p.phone);
    addField(tr("Form of exploitation:"), label(PersonCatalogue::ExploitationType, p.exploitationCode));
    addField(tr("Destination:"), label(PersonCatalogue::Country, p.destinationCode));
    addField(tr("Return:"), label(PersonCatalogue::ReturnMode, p.returnModeCode));
    addField(tr("Arrival date:"), date(p.arrivalDate));
    addField(tr("Notes:"), p.notes);
    addField(tr("Recorded:"), tr("%1 by %2").arg(record.createdAt.left(10), record.createdBy));
    addField(tr("Last changed:"), tr("%1 by %2").arg(record.updatedAt.left(10), record.updatedBy));

    for (const IdentificationEvent& event : file->identification) {
        const IdentificationDecision& d = event.decision;
        QString document = label(PersonCatalogue::ConfirmingDocumentType, d.documentTypeCode);
        if (!d.documentNumber.isEmpty())
            document += QStringLiteral(" ") + d.documentNumber;
        addRow(m_identification,
               {date(d.decisionDate),
                label(PersonCatalogue::IdentificationStatus, identificationStatusCode(d.status)),
                label(PersonCatalogue::DecidingBody, d.decidingBodyCode), document.trimmed(), d.note});
    }
    finishTable(m_identification);

    for (const StoredConsent& consent : file->consents) {
        QStringList partners;
        for (const PartnerOrganisation& partner : consent.partners)
            partners << partner.name;
        QString givenBy = label(PersonCatalogue::ConsentGiver, consentGiverCode(consent.details.givenBy));
        if (!consent.details.representativeName.isEmpty())
            givenBy += QStringLiteral(" (") + consent.details.representativeName + QLatin1Char(')');
        addRow(m_consents,
               {date(consent.details.givenOn), yesNo(consent.details.keepData), yesNo(consent.details.share),
                givenBy, partners.join(QStringLiteral(", ")), date(consent.withdrawnOn)});
    }
    finishTable(m_consents);

    // Names of the people linked to this one (no other detail: opening them is a separate, audited view).
    PersonRepository people(session.db());
    const auto addRelated = [&](const QString& relation, qint64 id) {
        auto found = people.find(id);
        if (!found || !found->has_value())
            return;
        const PersonDetails& other = (*found)->details;
        addRow(m_related,
               {relation, other.fullName,
                other.birthDate.isValid()
                    ? date(other.birthDate)
                    : (other.birthYear ? QString::number(*other.birthYear) : QString())},
               id);
    };
    if (p.accompaniesPersonId)
        addRelated(tr("Accompanies"), *p.accompaniesPersonId);
    for (const qint64 minor : file->accompanyingMinorIds)
        addRelated(tr("Accompanying minor"), minor);
    finishTable(m_related);

    if (isAllowed(session.user().role, Operation::CaseView)) {
        CaseFilter filter;
        filter.personId = personId;
        filter.limit = 200;
        if (auto cases = CaseService(session).list(filter)) {
            for (const CaseListRow& row : *cases)
                addRow(m_cases,
                       {row.fileCode, caseFormLabel(row.form), caseStatusLabel(row.status),
                        date(row.receivedOn)},
                       row.id);
        }
    }
    finishTable(m_cases);

    if (isAllowed(session.user().role, Operation::ReferralView)) {
        ReferralFilter filter;
        filter.personId = personId;
        if (auto referrals = ReferralService(session).list(filter)) {
            for (const Referral& referral : *referrals)
                addRow(m_referrals,
                       {referralDirectionLabel(referral.direction),
                        referral.service.isEmpty() ? QString() : referralServiceLabel(referral.service),
                        referralStatusLabel(referral.status), date(referral.sentOn), date(referral.dueOn)},
                       referral.id);
        }
    }
    finishTable(m_referrals);

    const bool mayAudit = isAllowed(session.user().role, Operation::ViewAuditLog);
    m_tabs->setTabVisible(m_auditTab, mayAudit);
    if (mayAudit)
        fillAudit(session);
    return {};
}

void PersonDetailView::fillAudit(Session& session) {
    auto entries = AuditLog(session.db()).latest(kAuditEntriesScanned);
    if (!entries)
        return;
    const QString id = QString::number(m_personId);
    for (const AuditEntry& entry : *entries) {
        if (entry.targetType == QLatin1String("person") && entry.targetId == id)
            addRow(m_audit, {entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), entry.actor,
                             entry.action, entry.details});
    }
    finishTable(m_audit);
}

} // namespace legalaid::ui

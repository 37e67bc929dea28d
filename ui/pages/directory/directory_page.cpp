#include "pages/directory/directory_page.h"

#include "documents/document_catalogue.h"
#include "documents/official_document.h"
#include "domain/directory_catalogue.h"
#include "pages/admin/admin_tab.h"
#include "pages/admin/simple_table_model.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/session.h"
#include "widgets/column_fitter.h"
#include "widgets/eliding_combo_box.h"
#include "widgets/error_label.h"
#include "widgets/print_progress.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QTableView* listView(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                     QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

// A choice box as wide as the form gives it, not as its longest label (long Vietnamese kinds and
// organisation names): a longer chosen label is elided, whole in the open list and in the tooltip.
void compactCombo(QComboBox* combo) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->setToolTip(combo->currentText());
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
}

QLineEdit* lineEdit(const char* objectName, const QString& accessibleName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

ErrorLabel* errorLabel(const char* objectName) {
    auto* label = new ErrorLabel;
    label->setObjectName(QLatin1String(objectName));
    return label;
}

// Digits, spaces, dots, dashes and a leading plus: how phone numbers are written in the directory.
bool plausiblePhone(const QString& phone) {
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 .\\-]{5,19}$"));
    return phone.isEmpty() || pattern.match(phone).hasMatch();
}

} // namespace

DirectoryPage::DirectoryPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("directoryPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(tr("Directory"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading);
    header->addStretch();
    m_print = new QPushButton(tr("&Print list…"), this);
    m_print->setObjectName(QStringLiteral("directoryPrint"));
    m_print->setAccessibleName(tr("Print the list of legal-aid organisations and providers"));
    connect(m_print, &QPushButton::clicked, this, &DirectoryPage::printList);
    header->addWidget(m_print);
    layout->addLayout(header);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("directoryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOrganisationsTab(), tr("&Organisations"));
    m_tabs->addTab(buildProvidersTab(), tr("P&roviders"));
    layout->addWidget(m_tabs, 1);
    updateRole();
}

QWidget* DirectoryPage::buildOrganisationsTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QHBoxLayout(tab);
    m_organisations =
        new SimpleTableModel({tr("Kind"), tr("Name"), tr("Code"), tr("Phone"), tr("Status")}, this);
    m_organisationsView =
        listView(m_organisations, QStringLiteral("organisationsTable"), tr("Organisations"), tab);
    // The name takes what the other columns leave (at least room for a usual name); long kinds are elided
    // (the cell's tooltip has the whole text), so the list never scrolls sideways.
    m_organisationColumns = new ColumnFitter(m_organisationsView, 1, 260);
    // The list gets two thirds of the width: the form's fields need less than its columns.
    layout->addWidget(m_organisationsView, 2);

    auto* box = new QGroupBox(tr("Organisation"), tab);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_orgKind = new ElidingComboBox(box);
    m_orgKind->setObjectName(QStringLiteral("organisationKind"));
    m_orgKind->setAccessibleName(tr("Kind of organisation"));
    for (const QString& code : organisationKindCodes())
        m_orgKind->addItem(organisationKindLabel(code), code);
    compactCombo(m_orgKind);
    form->addRow(tr("&Kind:"), m_orgKind);
    m_orgName = lineEdit("organisationName", tr("Organisation name"));
    m_orgNameError = errorLabel("organisationNameError");
    form->addRow(tr("&Name:"), fieldWithError(m_orgName, m_orgNameError, box));
    m_orgCode = lineEdit("organisationCode", tr("Unit code"));
    m_orgCode->setMaxLength(10);
    m_orgCodeError = errorLabel("organisationCodeError");
    form->addRow(tr("Unit &code:"), fieldWithError(m_orgCode, m_orgCodeError, box));
    m_orgShortName = lineEdit("organisationShortName", tr("Short name"));
    form->addRow(tr("S&hort name:"), m_orgShortName);
    m_orgAddress = lineEdit("organisationAddress", tr("Address"));
    form->addRow(tr("&Address:"), m_orgAddress);
    m_orgPhone = lineEdit("organisationPhone", tr("Phone"));
    m_orgPhoneError = errorLabel("organisationPhoneError");
    form->addRow(tr("P&hone:"), fieldWithError(m_orgPhone, m_orgPhoneError, box));
    auto* buttons = new QHBoxLayout;
    m_orgNew = new QPushButton(tr("&New"), box);
    m_orgSave = new QPushButton(tr("&Save"), box);
    m_orgSave->setObjectName(QStringLiteral("organisationSave"));
    m_orgDeactivate = new QPushButton(tr("&Deactivate"), box);
    m_orgDeactivate->setObjectName(QStringLiteral("organisationDeactivate"));
    buttons->addWidget(m_orgNew);
    buttons->addWidget(m_orgSave);
    buttons->addWidget(m_orgDeactivate);
    buttons->addStretch();
    form->addRow(buttons);
    m_orgError = errorLabel("organisationError");
    m_orgError->setParent(box);
    form->addRow(m_orgError);
    layout->addWidget(box, 1);

    connect(m_orgKind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_orgDirty = true;
        validateOrganisation();
    });
    for (QLineEdit* edit : {m_orgName, m_orgCode, m_orgShortName, m_orgAddress, m_orgPhone})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                m_orgDirty = true;
            validateOrganisation();
        });
    connect(m_organisationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { showOrganisation(index); });
    connect(m_orgNew, &QPushButton::clicked, this, &DirectoryPage::clearOrganisationForm);
    connect(m_orgSave, &QPushButton::clicked, this, &DirectoryPage::saveOrganisation);
    connect(m_orgDeactivate, &QPushButton::clicked, this, &DirectoryPage::deactivateSelected);
    return tab;
}

QWidget* DirectoryPage::buildProvidersTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QHBoxLayout(tab);
    m_providers = new SimpleTableModel(
        {tr("Kind"), tr("Full name"), tr("Card number"), tr("Organisation"), tr("Status")}, this);
    m_providersView = listView(m_providers, QStringLiteral("providersTable"), tr("Providers"), tab);
    // The organisation, the longest text, takes what the other columns leave.
    m_providerColumns = new ColumnFitter(m_providersView, 3, 200);
    layout->addWidget(m_providersView, 2);

    auto* box = new QGroupBox(tr("Provider"), tab);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_provKind = new ElidingComboBox(box);
    m_provKind->setObjectName(QStringLiteral("providerKind"));
    m_provKind->setAccessibleName(tr("Kind of provider"));
    for (const QString& code : providerKindCodes())
        m_provKind->addItem(providerKindLabel(code), code);
    compactCombo(m_provKind);
    form->addRow(tr("&Kind:"), m_provKind);
    m_provName = lineEdit("providerName", tr("Provider's full name"));
    m_provNameError = errorLabel("providerNameError");
    form->addRow(tr("&Full name:"), fieldWithError(m_provName, m_provNameError, box));
    m_provCard = lineEdit("providerCard", tr("Card number"));
    m_provCardError = errorLabel("providerCardError");
    form->addRow(tr("&Card number:"), fieldWithError(m_provCard, m_provCardError, box));
    m_provOrganisation = new ElidingComboBox;
    m_provOrganisation->setObjectName(QStringLiteral("providerOrganisation"));
    m_provOrganisation->setAccessibleName(tr("Organisation the provider works for"));
    compactCombo(m_provOrganisation);
    m_provOrganisationError = errorLabel("providerOrganisationError");
    form->addRow(tr("&Organisation:"), fieldWithError(m_provOrganisation, m_provOrganisationError, box));
    m_provPhone = lineEdit("providerPhone", tr("Phone"));
    m_provPhoneError = errorLabel("providerPhoneError");
    form->addRow(tr("P&hone:"), fieldWithError(m_provPhone, m_provPhoneError, box));
    auto* buttons = new QHBoxLayout;
    m_provNew = new QPushButton(tr("&New"), box);
    m_provSave = new QPushButton(tr("&Save"), box);
    m_provSave->setObjectName(QStringLiteral("providerSave"));
    m_provDeactivate = new QPushButton(tr("&Deactivate"), box);
    m_provDeactivate->setObjectName(QStringLiteral("providerDeactivate"));
    buttons->addWidget(m_provNew);
    buttons->addWidget(m_provSave);
    buttons->addWidget(m_provDeactivate);
    buttons->addStretch();
    form->addRow(buttons);
    m_provError = errorLabel("providerError");
    m_provError->setParent(box);
    form->addRow(m_provError);
    layout->addWidget(box, 1);

    for (QComboBox* combo : {m_provKind, m_provOrganisation})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                m_provDirty = true;
            validateProvider();
        });
    for (QLineEdit* edit : {m_provName, m_provCard, m_provPhone})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                m_provDirty = true;
            validateProvider();
        });
    connect(m_providersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { showProvider(index); });
    connect(m_provNew, &QPushButton::clicked, this, &DirectoryPage::clearProviderForm);
    connect(m_provSave, &QPushButton::clicked, this, &DirectoryPage::saveProvider);
    connect(m_provDeactivate, &QPushButton::clicked, this, &DirectoryPage::deactivateSelected);
    return tab;
}

QString DirectoryPage::title() const {
    return tr("Directory");
}

bool DirectoryPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::DirectoryView);
}

void DirectoryPage::attach(Session& session) {
    m_session = &session;
    reload();
    updateRole();
}

void DirectoryPage::detach() {
    m_session = nullptr;
    m_organisations->clear();
    m_providers->clear();
    m_orgError->clearError();
    m_provError->clearError();
    updateRole();
}

bool DirectoryPage::hasUnsavedChanges() const {
    return m_orgDirty || m_provDirty;
}

bool DirectoryPage::save() {
    bool saved = true;
    if (m_orgDirty)
        saved = saveOrganisation() && saved;
    if (m_provDirty)
        saved = saveProvider() && saved;
    return saved;
}

void DirectoryPage::createNew() {
    if (m_tabs->currentIndex() == 0)
        clearOrganisationForm();
    else
        clearProviderForm();
}

void DirectoryPage::updateRole() {
    const Role role = m_session ? m_session->user().role : Role::Auditor;
    const bool editable = m_session && isAllowed(role, Operation::DirectoryEdit);
    for (QPushButton* button :
         {m_orgNew, m_orgSave, m_orgDeactivate, m_provNew, m_provSave, m_provDeactivate})
        allowFor(button, role, Operation::DirectoryEdit);
    for (QWidget* field : std::initializer_list<QWidget*>{m_orgKind, m_orgName, m_orgCode, m_orgShortName,
                                                          m_orgAddress, m_orgPhone, m_provKind, m_provName,
                                                          m_provCard, m_provOrganisation, m_provPhone})
        field->setEnabled(editable);
    // The printed directory is the one document this page offers (core/documents, "directory").
    allowFor(m_print, role, Operation::DirectoryView,
             tr("Preview and print the list of organisations and providers"));
    if (!m_session)
        m_print->setEnabled(false);
    if (editable) {
        validateOrganisation();
        validateProvider();
    }
}

void DirectoryPage::reload() {
    if (!m_session)
        return;
    DirectoryService directory(*m_session);
    OrganisationFilter organisationFilter;
    organisationFilter.includeInactive = true;
    auto organisations = directory.listOrganisations(organisationFilter);
    if (!organisations) {
        m_orgError->showError(organisations.error().message);
        return;
    }
    std::vector<SimpleTableModel::Row> rows;
    std::map<qint64, QString> names;
    m_filling = true;
    const QVariant chosen = m_provOrganisation->currentData();
    m_provOrganisation->clear();
    m_provOrganisation->addItem(tr("(choose)"), QVariant(qint64(0)));
    for (const Organisation& organisation : *organisations) {
        names[organisation.id] = organisation.name;
        rows.push_back({organisation.id,
                        {organisationKindLabel(organisation.kind), organisation.name, organisation.code,
                         organisation.phone, organisation.active ? tr("Active") : tr("Deactivated")},
                        !organisation.active});
        if (organisation.active)
            m_provOrganisation->addItem(organisation.name, organisation.id);
    }
    const int again = m_provOrganisation->findData(chosen);
    m_provOrganisation->setCurrentIndex(again >= 0 ? again : 0);
    m_filling = false;
    m_organisations->setRows(std::move(rows));

    ProviderFilter providerFilter;
    providerFilter.includeInactive = true;
    auto providers = directory.listProviders(providerFilter);
    if (!providers) {
        m_provError->showError(providers.error().message);
        return;
    }
    rows.clear();
    for (const Provider& provider : *providers) {
        const auto organisation = names.find(provider.organisationId);
        rows.push_back({provider.id,
                        {providerKindLabel(provider.kind), provider.fullName, provider.cardNumber,
                         organisation == names.end() ? QString() : organisation->second,
                         provider.active ? tr("Active") : tr("Deactivated")},
                        !provider.active});
    }
    m_providers->setRows(std::move(rows));
    m_organisationColumns->measureContents(260);
    m_providerColumns->measureContents(220);
}

void DirectoryPage::validateOrganisation() {
    bool valid = true;
    const QString kind = m_orgKind->currentData().toString();
    if (m_orgName->text().trimmed().isEmpty()) {
        m_orgNameError->showError(m_orgDirty ? tr("Enter the organisation's name.") : QString());
        valid = false;
    } else {
        m_orgNameError->clearError();
    }
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z][A-Z0-9]{0,9}$"));
    const QString code = m_orgCode->text().trimmed();
    if (code.isEmpty() && isLegalAidUnitKind(kind)) {
        m_orgCodeError->showError(tr("The centre and each branch need a unit code, for example CN1."));
        valid = false;
    } else if (!code.isEmpty() && !codePattern.match(code).hasMatch()) {
        m_orgCodeError->showError(
            tr("Use 1 to 10 capital letters and digits without accents, starting with a letter."));
        valid = false;
    } else {
        m_orgCodeError->clearError();
    }
    if (!plausiblePhone(m_orgPhone->text().trimmed())) {
        m_orgPhoneError->showError(tr("A phone number has digits only, with spaces, dots or dashes."));
        valid = false;
    } else {
        m_orgPhoneError->clearError();
    }
    if (m_session && isAllowed(m_session->user().role, Operation::DirectoryEdit)) {
        m_orgSave->setEnabled(valid && m_orgDirty);
        m_orgDeactivate->setEnabled(m_organisationId != 0);
    }
}

void DirectoryPage::validateProvider() {
    bool valid = true;
    const QString kind = m_provKind->currentData().toString();
    if (m_provName->text().trimmed().isEmpty()) {
        m_provNameError->showError(m_provDirty ? tr("Enter the provider's full name.") : QString());
        valid = false;
    } else {
        m_provNameError->clearError();
    }
    if (providerNeedsCard(kind) && m_provCard->text().trimmed().isEmpty()) {
        m_provCardError->showError(
            tr("A %1 acts under a card: enter the card number.").arg(providerKindLabel(kind).toLower()));
        valid = false;
    } else {
        m_provCardError->clearError();
    }
    if (m_provOrganisation->currentData().toLongLong() <= 0) {
        m_provOrganisationError->showError(m_provDirty ? tr("Choose the organisation the provider works for.")
                                                       : QString());
        valid = false;
    } else {
        m_provOrganisationError->clearError();
    }
    if (!plausiblePhone(m_provPhone->text().trimmed())) {
        m_provPhoneError->showError(tr("A phone number has digits only, with spaces, dots or dashes."));
        valid = false;
    } else {
        m_provPhoneError->clearError();
    }
    if (m_session && isAllowed(m_session->user().role, Operation::DirectoryEdit)) {
        m_provSave->setEnabled(valid && m_provDirty);
        m_provDeactivate->setEnabled(m_providerId != 0);
    }
}

void DirectoryPage::showOrganisation(const QModelIndex& index) {
    if (!m_session || !index.isValid())
        return;
    auto organisation =
        DirectoryService(*m_session).organisation(m_organisations->row(index.row()).key.toLongLong());
    if (!organisation) {
        m_orgError->showError(organisation.error().message);
        return;
    }
    m_filling = true;
    m_organisationId = organisation->id;
    m_orgKind->setCurrentIndex(std::max(0, m_orgKind->findData(organisation->kind)));
    m_orgName->setText(organisation->name);
    m_orgCode->setText(organisation->code);
    m_orgShortName->setText(organisation->shortName);
    m_orgAddress->setText(organisation->address);
    m_orgPhone->setText(organisation->phone);
    m_filling = false;
    m_orgDirty = false;
    m_orgError->clearError();
    validateOrganisation();
}

void DirectoryPage::showProvider(const QModelIndex& index) {
    if (!m_session || !index.isValid())
        return;
    auto provider = DirectoryService(*m_session).provider(m_providers->row(index.row()).key.toLongLong());
    if (!provider) {
        m_provError->showError(provider.error().message);
        return;
    }
    m_filling = true;
    m_providerId = provider->id;
    m_provKind->setCurrentIndex(std::max(0, m_provKind->findData(provider->kind)));
    m_provName->setText(provider->fullName);
    m_provCard->setText(provider->cardNumber);
    m_provOrganisation->setCurrentIndex(std::max(0, m_provOrganisation->findData(provider->organisationId)));
    m_provPhone->setText(provider->phone);
    m_filling = false;
    m_provDirty = false;
    m_provError->clearError();
    validateProvider();
}

void DirectoryPage::clearOrganisationForm() {
    m_filling = true;
    m_organisationId = 0;
    for (QLineEdit* edit : {m_orgName, m_orgCode, m_orgShortName, m_orgAddress, m_orgPhone})
        edit->clear();
    m_filling = false;
    m_orgDirty = false;
    m_organisationsView->clearSelection();
    m_orgError->clearError();
    validateOrganisation();
    m_orgName->setFocus();
}

void DirectoryPage::clearProviderForm() {
    m_filling = true;
    m_providerId = 0;
    for (QLineEdit* edit : {m_provName, m_provCard, m_provPhone})
        edit->clear();
    m_provOrganisation->setCurrentIndex(0);
    m_filling = false;
    m_provDirty = false;
    m_providersView->clearSelection();
    m_provError->clearError();
    validateProvider();
    m_provName->setFocus();
}

bool DirectoryPage::saveOrganisation() {
    if (!m_session)
        return false;
    DirectoryService directory(*m_session);
    Status saved;
    if (m_organisationId == 0) {
        Organisation organisation;
        organisation.kind = m_orgKind->currentData().toString();
        organisation.name = m_orgName->text().trimmed();
        organisation.code = m_orgCode->text().trimmed();
        organisation.shortName = m_orgShortName->text().trimmed();
        organisation.address = m_orgAddress->text().trimmed();
        organisation.phone = m_orgPhone->text().trimmed();
        auto added = directory.addOrganisation(organisation);
        if (added)
            m_organisationId = *added;
        else
            saved = added.error();
    } else {
        OrganisationChanges changes;
        changes.kind = m_orgKind->currentData().toString();
        changes.name = m_orgName->text().trimmed();
        changes.code = m_orgCode->text().trimmed();
        changes.shortName = m_orgShortName->text().trimmed();
        changes.address = m_orgAddress->text().trimmed();
        changes.phone = m_orgPhone->text().trimmed();
        saved = directory.updateOrganisation(m_organisationId, changes);
    }
    if (!saved) {
        m_orgError->showError(saved.error().message);
        return false;
    }
    m_orgError->clearError();
    m_orgDirty = false;
    const qint64 id = m_organisationId;
    reload();
    if (const int row = m_organisations->rowOf(id); row >= 0)
        m_organisationsView->selectRow(row);
    validateOrganisation();
    return true;
}

bool DirectoryPage::saveProvider() {
    if (!m_session)
        return false;
    DirectoryService directory(*m_session);
    Status saved;
    if (m_providerId == 0) {
        Provider provider;
        provider.kind = m_provKind->currentData().toString();
        provider.fullName = m_provName->text().trimmed();
        provider.cardNumber = m_provCard->text().trimmed();
        provider.organisationId = m_provOrganisation->currentData().toLongLong();
        provider.phone = m_provPhone->text().trimmed();
        auto added = directory.addProvider(provider);
        if (added)
            m_providerId = *added;
        else
            saved = added.error();
    } else {
        ProviderChanges changes;
        changes.kind = m_provKind->currentData().toString();
        changes.fullName = m_provName->text().trimmed();
        changes.cardNumber = m_provCard->text().trimmed();
        changes.organisationId = m_provOrganisation->currentData().toLongLong();
        changes.phone = m_provPhone->text().trimmed();
        saved = directory.updateProvider(m_providerId, changes);
    }
    if (!saved) {
        m_provError->showError(saved.error().message);
        return false;
    }
    m_provError->clearError();
    m_provDirty = false;
    const qint64 id = m_providerId;
    reload();
    if (const int row = m_providers->rowOf(id); row >= 0)
        m_providersView->selectRow(row);
    validateProvider();
    return true;
}

void DirectoryPage::deactivateSelected() {
    if (!m_session)
        return;
    const bool organisations = m_tabs->currentIndex() == 0;
    const qint64 id = organisations ? m_organisationId : m_providerId;
    if (id == 0)
        return;
    DirectoryService directory(*m_session);
    const Status done =
        organisations ? directory.deactivateOrganisation(id) : directory.deactivateProvider(id);
    ErrorLabel* error = organisations ? m_orgError : m_provError;
    if (!done) {
        error->showError(done.error().message);
        return;
    }
    error->clearError();
    reload();
}

void DirectoryPage::printList() {
    if (!m_session)
        return;
    documents::PrintRequest request;
    request.code = QStringLiteral("directory");
    auto document = documents::buildDocument(*m_session, request);
    if (!document) {
        QMessageBox::warning(this, tr("Print list"), document.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents::officialPageLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the directory"));
    preview.resize(1000, 680);
    const documents::OfficialDocument& built = *document;
    // A national directory runs to many pages: drawn under a progress dialog with Cancel.
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &built, previewDialog = &preview](QPrinter* target) {
                PrintProgress progress(previewDialog);
                const auto drawn = documents::renderDocument(built, *target, progress.control());
                if (!drawn && drawn.error().code == ErrorCode::Cancelled)
                    showPrintNote(this, progress.cancelledSentence()); // the user's choice, not an error
            });
    const int answer = preview.exec();
    // The lock may have closed the preview and detached the page meanwhile.
    if (answer == QDialog::Accepted && m_session)
        (void)m_session->audit(m_session->event(QStringLiteral("document.print"), QStringLiteral("document"),
                                                {}, QStringLiteral("code=directory")));
}

} // namespace legalaid::ui

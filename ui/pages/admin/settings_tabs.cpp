#include "pages/admin/settings_tabs.h"

#include "domain/directory_catalogue.h"
#include "pages/admin/simple_table_model.h"
#include "records/calendar/calendar_service.h"
#include "records/cases/case_catalogue_service.h"
#include "records/centre_settings.h"
#include "records/centre_settings_service.h"
#include "records/session.h"
#include "widgets/error_label.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QVariant selectedKey(const QTableView* table) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QVariant() : rows.first().data(Qt::UserRole);
}

bool selectedIsDimmed(const QTableView* table, const SimpleTableModel* model) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return !rows.isEmpty() && model->row(rows.first().row()).dimmed;
}

} // namespace

// ---------------------------------------------------------------------------------------------- centre

CentreTab::CentreTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminCentreTab"));
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto line = [this](const char* objectName, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setAccessibleName(accessible);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                m_dirty = true;
            validate();
        });
        return edit;
    };
    m_name = line("centreName", tr("Centre name"));
    m_code = line("centreCode", tr("Centre code"));
    m_code->setMaxLength(10);
    m_place = line("centrePlace", tr("Place name"));
    m_parent = line("centreParent", tr("Parent agency"));
    form->addRow(tr("Centre &name:"), m_name);
    form->addRow(tr("Centre &code (in file codes):"), m_code);
    form->addRow(tr("&Place (in document dates):"), m_place);
    form->addRow(tr("Parent &agency:"), m_parent);
    outer->addLayout(form);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("centreError"));
    outer->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save settings"), this);
    m_save->setObjectName(QStringLiteral("centreSave"));
    connect(m_save, &QPushButton::clicked, this, &CentreTab::save);
    buttons->addWidget(m_save);
    buttons->addStretch();
    outer->addLayout(buttons);
    outer->addStretch();
}

void CentreTab::attach(Session& session) {
    m_session = &session;
    if (!m_dirty) {
        // Edits kept behind the lock screen stay; otherwise show what is stored.
        m_loading = true;
        const CentreSettings& centre = session.centre();
        m_name->setText(centre.name);
        m_code->setText(centre.code);
        m_place->setText(centre.placeName);
        m_parent->setText(centre.parentAgency);
        m_loading = false;
    }
    allowFor(m_save, session.user().role, Operation::EditCentreSettings);
    for (QLineEdit* edit : {m_name, m_code, m_place, m_parent})
        edit->setReadOnly(!isAllowed(session.user().role, Operation::EditCentreSettings));
    validate();
}

void CentreTab::detach() {
    m_session = nullptr;
    if (!m_dirty) {
        for (QLineEdit* edit : {m_name, m_code, m_place, m_parent})
            edit->clear();
    }
}

bool CentreTab::hasUnsavedChanges() const {
    return m_dirty;
}

void CentreTab::validate() {
    const CentreSettings settings{m_name->text().trimmed(), m_code->text().trimmed(),
                                  m_place->text().trimmed(), m_parent->text().trimmed()};
    const Status valid = validateCentreSettings(settings);
    m_error->showError(valid ? QString() : valid.error().message);
    if (m_session && isAllowed(m_session->user().role, Operation::EditCentreSettings))
        m_save->setEnabled(valid.ok() && m_dirty);
}

bool CentreTab::save() {
    if (!m_session)
        return false;
    const CentreSettings settings{m_name->text().trimmed(), m_code->text().trimmed(),
                                  m_place->text().trimmed(), m_parent->text().trimmed()};
    // The core checks the role, validates and audits; the tab only shows its answer.
    if (const Status saved = updateCentreSettings(*m_session, settings); !saved) {
        m_error->showError(saved.error().message);
        return false;
    }
    m_dirty = false;
    validate();
    return true;
}

// ---------------------------------------------------------------------------------------------- catalogues

CataloguesTab::CataloguesTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminCataloguesTab"));
    auto* outer = new QVBoxLayout(this);
    m_kinds = new QTabWidget(this);
    m_kinds->setObjectName(QStringLiteral("catalogueKinds"));
    m_groups = new SimpleTableModel(
        {tr("Code"), tr("Name (Vietnamese)"), tr("Name (English)"), tr("Legal basis"), tr("Status")}, this);
    m_fields =
        new SimpleTableModel({tr("Code"), tr("Name (Vietnamese)"), tr("Name (English)"), tr("Status")}, this);
    m_rules = new SimpleTableModel({tr("Code"), tr("Deadline"), tr("Working days"), tr("Legal basis")}, this);
    m_partnerKinds = new SimpleTableModel({tr("Code"), tr("Kind of organisation")}, this);
    m_groupsView = makeTable(m_groups, QStringLiteral("groupsTable"), tr("Beneficiary groups"), m_kinds);
    m_fieldsView = makeTable(m_fields, QStringLiteral("fieldsTable"), tr("Fields of law"), m_kinds);
    m_rulesView = makeTable(m_rules, QStringLiteral("rulesTable"), tr("Deadline rules"), m_kinds);
    auto* partnersView =
        makeTable(m_partnerKinds, QStringLiteral("partnerKindsTable"), tr("Partner kinds"), m_kinds);
    m_kinds->addTab(m_groupsView, tr("Beneficiary groups"));
    m_kinds->addTab(m_fieldsView, tr("Fields of law"));
    m_kinds->addTab(m_rulesView, tr("Deadline rules"));
    m_kinds->addTab(partnersView, tr("Partner kinds"));
    outer->addWidget(m_kinds, 1);

    std::vector<SimpleTableModel::Row> partnerRows;
    for (const QString& code : organisationKindCodes())
        partnerRows.push_back({code, {code, organisationKindLabel(code)}});
    m_partnerKinds->setRows(std::move(partnerRows));

    // Adding an entry (groups and fields of law) or changing a rule's working days.
    m_entryForm = new QGroupBox(tr("Add an entry"), this);
    auto* entry = new QFormLayout(m_entryForm);
    entry->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_code = new QLineEdit(m_entryForm);
    m_code->setObjectName(QStringLiteral("catalogueCode"));
    m_code->setAccessibleName(tr("Code"));
    m_labelVi = new QLineEdit(m_entryForm);
    m_labelVi->setObjectName(QStringLiteral("catalogueLabelVi"));
    m_labelVi->setAccessibleName(tr("Name in Vietnamese"));
    m_labelEn = new QLineEdit(m_entryForm);
    m_labelEn->setObjectName(QStringLiteral("catalogueLabelEn"));
    m_labelEn->setAccessibleName(tr("Name in English"));
    m_basis = new QLineEdit(m_entryForm);
    m_basis->setAccessibleName(tr("Legal basis"));
    entry->addRow(tr("C&ode:"), m_code);
    entry->addRow(tr("Name (&Vietnamese):"), m_labelVi);
    entry->addRow(tr("Name (&English):"), m_labelEn);
    entry->addRow(tr("Legal &basis:"), m_basis);
    auto* entryButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add entry"), m_entryForm);
    m_add->setObjectName(QStringLiteral("catalogueAdd"));
    m_toggle = new QPushButton(tr("&Deactivate selected"), m_entryForm);
    m_toggle->setObjectName(QStringLiteral("catalogueToggle"));
    entryButtons->addWidget(m_add);
    entryButtons->addWidget(m_toggle);
    entryButtons->addStretch();
    entry->addRow(QString(), entryButtons);
    outer->addWidget(m_entryForm);

    m_ruleForm = new QGroupBox(tr("Selected rule"), this);
    auto* rule = new QHBoxLayout(m_ruleForm);
    auto* daysLabel = new QLabel(tr("&Working days:"), m_ruleForm);
    m_days = new QSpinBox(m_ruleForm);
    m_days->setObjectName(QStringLiteral("ruleDays"));
    m_days->setRange(1, 90);
    m_days->setAccessibleName(tr("Working days"));
    daysLabel->setBuddy(m_days);
    m_setRule = new QPushButton(tr("Sa&ve rule"), m_ruleForm);
    m_setRule->setObjectName(QStringLiteral("ruleSave"));
    rule->addWidget(daysLabel);
    rule->addWidget(m_days);
    rule->addWidget(m_setRule);
    rule->addStretch();
    outer->addWidget(m_ruleForm);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("catalogueError"));
    outer->addWidget(m_error);

    connect(m_kinds, &QTabWidget::currentChanged, this, &CataloguesTab::updateButtons);
    for (QTableView* view : {m_groupsView, m_fieldsView, m_rulesView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &CataloguesTab::updateButtons);
    for (QLineEdit* edit : {m_code, m_labelVi, m_labelEn})
        connect(edit, &QLineEdit::textChanged, this, &CataloguesTab::validateEntry);
    connect(m_add, &QPushButton::clicked, this, &CataloguesTab::addEntry);
    connect(m_toggle, &QPushButton::clicked, this, &CataloguesTab::toggleSelected);
    connect(m_setRule, &QPushButton::clicked, this, &CataloguesTab::setRule);
    updateButtons();
}

void CataloguesTab::attach(Session& session) {
    m_session = &session;
    reload();
    updateButtons();
}

void CataloguesTab::detach() {
    m_session = nullptr;
    m_groups->clear();
    m_fields->clear();
    m_rules->clear();
    m_error->clearError();
}

void CataloguesTab::reload() {
    if (!m_session)
        return;
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    CaseCatalogueService catalogues(*m_session);
    if (auto groups = catalogues.groups(true)) {
        std::vector<SimpleTableModel::Row> rows;
        for (const BeneficiaryGroup& group : *groups)
            rows.push_back({group.code,
                            {group.code, group.labelVi, group.labelEn, group.legalBasis,
                             group.active ? tr("In use") : tr("Not in use")},
                            !group.active});
        m_groups->setRows(std::move(rows));
    } else {
        m_error->showError(groups.error().message);
    }
    if (auto fields = catalogues.fields(true)) {
        std::vector<SimpleTableModel::Row> rows;
        for (const FieldOfLaw& field : *fields)
            rows.push_back(
                {field.code,
                 {field.code, field.labelVi, field.labelEn, field.active ? tr("In use") : tr("Not in use")},
                 !field.active});
        m_fields->setRows(std::move(rows));
    } else {
        m_error->showError(fields.error().message);
    }
    if (auto rules = CalendarService(*m_session).deadlineRules()) {
        std::vector<SimpleTableModel::Row> rows;
        for (const DeadlineRule& rule : *rules)
            rows.push_back({rule.code,
                            {rule.code, vietnamese ? rule.labelVi : rule.labelEn,
                             QString::number(rule.workingDays), rule.legalBasis}});
        m_rules->setRows(std::move(rows));
    } else {
        m_error->showError(rules.error().message);
    }
    for (QTableView* view : {m_groupsView, m_fieldsView, m_rulesView})
        limitColumnWidths(view);
}

void CataloguesTab::validateEntry() {
    const bool complete = !m_code->text().trimmed().isEmpty() && !m_labelVi->text().trimmed().isEmpty() &&
                          !m_labelEn->text().trimmed().isEmpty();
    const bool editable = m_session && isAllowed(m_session->user().role, Operation::CatalogueEdit);
    m_add->setEnabled(editable && complete);
    if (editable)
        m_add->setToolTip(complete ? QString() : tr("Enter a code and the name in both languages."));
}

void CataloguesTab::updateButtons() {
    const int current = m_kinds->currentIndex();
    const bool entries = current == 0 || current == 1;
    m_entryForm->setVisible(entries);
    m_ruleForm->setVisible(current == 2);
    m_basis->setEnabled(current == 0);
    const Role role = m_session ? m_session->user().role : Role::Auditor;
    const bool editable = m_session && isAllowed(role, Operation::CatalogueEdit);
    allowFor(m_add, role, Operation::CatalogueEdit);
    allowFor(m_toggle, role, Operation::CatalogueEdit);
    allowFor(m_setRule, role, Operation::CatalogueEdit);
    for (QWidget* field : std::initializer_list<QWidget*>{m_code, m_labelVi, m_labelEn, m_basis, m_days})
        field->setEnabled(editable && (field != m_basis || current == 0));
    if (editable) {
        QTableView* view = current == 0 ? m_groupsView : m_fieldsView;
        SimpleTableModel* model = current == 0 ? m_groups : m_fields;
        const bool selected = entries && selectedKey(view).isValid();
        m_toggle->setEnabled(selected);
        m_toggle->setText(selected && selectedIsDimmed(view, model) ? tr("&Activate selected")
                                                                    : tr("&Deactivate selected"));
        m_toggle->setToolTip(selected ? QString() : tr("Select an entry in the list first."));
        const QVariant rule = selectedKey(m_rulesView);
        m_setRule->setEnabled(rule.isValid());
        m_setRule->setToolTip(rule.isValid() ? QString() : tr("Select a rule in the list first."));
        if (rule.isValid()) {
            const int row = m_rules->rowOf(rule);
            m_days->setValue(m_rules->row(row).cells.value(2).toInt());
        }
        validateEntry();
    }
}

void CataloguesTab::addEntry() {
    if (!m_session)
        return;
    CaseCatalogueService catalogues(*m_session);
    Status added;
    if (m_kinds->currentIndex() == 0) {
        BeneficiaryGroup group;
        group.code = m_code->text().trimmed();
        group.labelVi = m_labelVi->text().trimmed();
        group.labelEn = m_labelEn->text().trimmed();
        group.legalBasis = m_basis->text().trimmed();
        group.sortOrder = 1000;
        added = catalogues.addGroup(group);
    } else {
        FieldOfLaw field;
        field.code = m_code->text().trimmed();
        field.labelVi = m_labelVi->text().trimmed();
        field.labelEn = m_labelEn->text().trimmed();
        field.sortOrder = 1000;
        added = catalogues.addField(field);
    }
    if (!added) {
        m_error->showError(added.error().message);
        return;
    }
    m_error->clearError();
    for (QLineEdit* edit : {m_code, m_labelVi, m_labelEn, m_basis})
        edit->clear();
    reload();
    updateButtons();
}

void CataloguesTab::toggleSelected() {
    if (!m_session)
        return;
    const bool groups = m_kinds->currentIndex() == 0;
    QTableView* view = groups ? m_groupsView : m_fieldsView;
    SimpleTableModel* model = groups ? m_groups : m_fields;
    const QVariant key = selectedKey(view);
    if (!key.isValid())
        return;
    const bool activate = selectedIsDimmed(view, model);
    CaseCatalogueService catalogues(*m_session);
    const Status changed = groups ? catalogues.setGroupActive(key.toString(), activate)
                                  : catalogues.setFieldActive(key.toString(), activate);
    if (!changed) {
        m_error->showError(changed.error().message);
        return;
    }
    m_error->clearError();
    reload();
    const int row = model->rowOf(key);
    if (row >= 0)
        view->selectRow(row);
    updateButtons();
}

void CataloguesTab::setRule() {
    if (!m_session)
        return;
    const QVariant key = selectedKey(m_rulesView);
    if (!key.isValid())
        return;
    const Status changed = CalendarService(*m_session).setDeadlineRule(key.toString(), m_days->value());
    if (!changed) {
        m_error->showError(changed.error().message);
        return;
    }
    m_error->clearError();
    reload();
    const int row = m_rules->rowOf(key);
    if (row >= 0)
        m_rulesView->selectRow(row);
    updateButtons();
}

// ---------------------------------------------------------------------------------------------- holidays

HolidaysTab::HolidaysTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminHolidaysTab"));
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("holidayYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    outer->addLayout(top);
    m_model = new SimpleTableModel({tr("Date"), tr("Weekday"), tr("Holiday")}, this);
    m_table = makeTable(m_model, QStringLiteral("holidaysTable"), tr("Public holidays"), this);
    outer->addWidget(m_table, 1);

    auto* addBox = new QGroupBox(tr("Add or rename a holiday"), this);
    auto* add = new QHBoxLayout(addBox);
    auto* dateLabel = new QLabel(tr("&Date:"), addBox);
    m_date = new QDateEdit(QDate::currentDate(), addBox);
    m_date->setObjectName(QStringLiteral("holidayDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleName(tr("Holiday date"));
    dateLabel->setBuddy(m_date);
    auto* nameLabel = new QLabel(tr("&Name:"), addBox);
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setAccessibleName(tr("Holiday name"));
    nameLabel->setBuddy(m_name);
    m_add = new QPushButton(tr("&Add holiday"), addBox);
    m_add->setObjectName(QStringLiteral("holidayAdd"));
    m_remove = new QPushButton(tr("&Remove selected"), addBox);
    m_remove->setObjectName(QStringLiteral("holidayRemove"));
    add->addWidget(dateLabel);
    add->addWidget(m_date);
    add->addWidget(nameLabel);
    add->addWidget(m_name, 1);
    add->addWidget(m_add);
    add->addWidget(m_remove);
    outer->addWidget(addBox);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("holidayError"));
    outer->addWidget(m_error);

    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, &HolidaysTab::reload);
    connect(m_name, &QLineEdit::textChanged, this, &HolidaysTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HolidaysTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &HolidaysTab::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysTab::removeSelected);
    updateButtons();
}

void HolidaysTab::attach(Session& session) {
    m_session = &session;
    reload();
}

void HolidaysTab::detach() {
    m_session = nullptr;
    m_model->clear();
    m_error->clearError();
}

void HolidaysTab::reload() {
    if (!m_session)
        return;
    auto holidays = CalendarService(*m_session).holidays(m_year->value());
    if (!holidays) {
        m_error->showError(holidays.error().message);
        m_model->clear();
        return;
    }
    const QLocale locale;
    std::vector<SimpleTableModel::Row> rows;
    for (const Holiday& holiday : *holidays)
        rows.push_back({holiday.date,
                        {holiday.date.toString(QStringLiteral("dd/MM/yyyy")),
                         locale.dayName(holiday.date.dayOfWeek()), holiday.name}});
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    updateButtons();
}

void HolidaysTab::updateButtons() {
    const Role role = m_session ? m_session->user().role : Role::Auditor;
    allowFor(m_add, role, Operation::CatalogueEdit);
    allowFor(m_remove, role, Operation::CatalogueEdit);
    if (!m_session || !isAllowed(role, Operation::CatalogueEdit)) {
        m_date->setEnabled(false);
        m_name->setEnabled(false);
        return;
    }
    m_date->setEnabled(true);
    m_name->setEnabled(true);
    const bool named = !m_name->text().trimmed().isEmpty();
    m_add->setEnabled(named);
    m_add->setToolTip(named ? QString() : tr("Enter the holiday's name."));
    const bool selected = selectedKey(m_table).isValid();
    m_remove->setEnabled(selected);
    m_remove->setToolTip(selected ? QString() : tr("Select a holiday in the list first."));
}

void HolidaysTab::addHoliday() {
    if (!m_session)
        return;
    const QDate date = m_date->date();
    const Status added = CalendarService(*m_session).setHoliday(date, m_name->text().trimmed());
    if (!added) {
        m_error->showError(added.error().message);
        return;
    }
    m_error->clearError();
    m_name->clear();
    if (m_year->value() != date.year())
        m_year->setValue(date.year()); // reloads
    else
        reload();
}

void HolidaysTab::removeSelected() {
    if (!m_session)
        return;
    const QVariant key = selectedKey(m_table);
    if (!key.isValid())
        return;
    const Status removed = CalendarService(*m_session).removeHoliday(key.toDate());
    if (!removed) {
        m_error->showError(removed.error().message);
        return;
    }
    m_error->clearError();
    reload();
}

} // namespace legalaid::ui

#include "pages/people/people_page.h"

#include "domain/person_catalogues.h"
#include "models/windowed_list_model.h"
#include "pages/people/person_detail_view.h"
#include "pages/people/person_form.h"
#include "records/people/person_service.h"
#include "records/permissions.h"
#include "records/reader_access.h"
#include "records/session.h"
#include "widgets/column_fitter.h"
#include "widgets/eliding_combo_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace legalaid::ui {

namespace {

// Search-as-you-type waits for this pause in typing, so a fast typist does not start a query per letter.
constexpr int kSearchDelayMs = 150;
// Moving through the list with the arrow keys opens (and audits) only the person the user stops on.
constexpr int kSelectionDelayMs = 300;

QComboBox* filterCombo(const QString& anyLabel, const QString& accessibleName, QWidget* parent) {
    auto* combo = new ElidingComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // A chosen entry longer than the box is elided; the tooltip gives it whole.
    QObject::connect(
        combo, &QComboBox::currentTextChanged, combo, [combo, accessibleName](const QString& text) {
            combo->setToolTip(combo->currentIndex() <= 0 ? accessibleName
                                                         : accessibleName + QStringLiteral(": ") + text);
        });
    combo->addItem(anyLabel, QString());
    // As wide as the "any" entry, not the longest one (a Vietnamese category is 45 letters): the five filters
    // and the list fit the 1280-pixel window; the open list shows every entry in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // (Qt counts the minimum contents length in widths of "x".)
    const QFontMetrics metrics = combo->fontMetrics();
    combo->setMinimumContentsLength(
        metrics.horizontalAdvance(anyLabel) / std::max(1, metrics.horizontalAdvance(QLatin1Char('x'))) + 1);
    return combo;
}

void addCatalogue(QComboBox* combo, PersonCatalogue catalogue) {
    for (const PersonCatalogueEntry& entry : personCatalogueEntries(catalogue))
        combo->addItem(entry.label, entry.code);
}

void selectCode(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString permissionMessage(Role role, Operation operation) {
    const Status allowed = requirePermission(role, operation);
    return allowed ? QString() : allowed.error().message;
}

} // namespace

PeoplePage::PeoplePage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("peoplePage"));
    m_model = new WindowedListModel(this);
    m_model->setObjectName(QStringLiteral("peopleModel"));

    auto* layout = new QVBoxLayout(this);

    // Row 1: search, the case filters and the new-person action.
    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Name, ID or phone number, case file code"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    m_hasOpenCase = new QCheckBox(tr("With an &open case"), this);
    m_hasOpenCase->setObjectName(QStringLiteral("filterHasOpenCase"));
    m_withoutCase = new QCheckBox(tr("&Without a case"), this);
    m_withoutCase->setObjectName(QStringLiteral("filterWithoutCase"));
    searchRow->addWidget(m_hasOpenCase);
    searchRow->addWidget(m_withoutCase);
    m_newPerson = new QPushButton(QIcon(QStringLiteral(":/icons/people.svg")), tr("&New person"), this);
    m_newPerson->setObjectName(QStringLiteral("newPerson"));
    m_newPerson->setAccessibleName(tr("New person"));
    searchRow->addWidget(m_newPerson);
    layout->addLayout(searchRow);

    // Row 2: the person filters.
    auto* filterRow = new QHBoxLayout;
    m_category = filterCombo(tr("All categories"), tr("Category"), this);
    m_category->setObjectName(QStringLiteral("filterCategory"));
    addCatalogue(m_category, PersonCatalogue::Category);
    m_status = filterCombo(tr("Any identification status"), tr("Identification status"), this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    addCatalogue(m_status, PersonCatalogue::IdentificationStatus);
    m_sex = filterCombo(tr("Either sex"), tr("Sex"), this);
    m_sex->setObjectName(QStringLiteral("filterSex"));
    addCatalogue(m_sex, PersonCatalogue::Sex);
    m_ageBand = filterCombo(tr("Any age"), tr("Age"), this);
    m_ageBand->setObjectName(QStringLiteral("filterAgeBand"));
    for (const QString& band : lists::peopleAgeBands())
        m_ageBand->addItem(band == QLatin1String("60+") ? tr("60 and over") : tr("%1 years").arg(band), band);
    m_province = filterCombo(tr("All provinces"), tr("Province"), this);
    m_province->setObjectName(QStringLiteral("filterProvince"));
    addCatalogue(m_province, PersonCatalogue::Province);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_category);
    filterRow->addWidget(filterLabel);
    for (QComboBox* combo : {m_category, m_status, m_sex, m_ageBand, m_province})
        filterRow->addWidget(combo);
    m_clearFilters = new QPushButton(tr("&Clear filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    filterRow->addWidget(m_clearFilters);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    auto* listPane = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(listPane);
    m_view->setObjectName(QStringLiteral("peopleList"));
    m_view->setAccessibleName(tr("People"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    // Fixed row heights: the view never asks a million rows for their size.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Every column fits the list's width without a horizontal scroll bar: the name takes what the others
    // leave, long titles wrap onto two lines, and when the detail pane takes its share the widest columns
    // (category, status) give up width first, their labels elided (the cell's tooltip has the whole text).
    auto* columns = new ColumnFitter(m_view, 0, 150);
    listLayout->addWidget(m_view, 1);
    auto* countRow = new QHBoxLayout;
    m_count = new QLabel(listPane);
    m_count->setObjectName(QStringLiteral("peopleCount"));
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    // While nobody is chosen the list has the whole width (the detail pane is hidden); this line says how to
    // open a file instead.
    auto* chooseHint =
        new QLabel(tr("Choose a person in the list to see their file, or add a new person."), listPane);
    chooseHint->setObjectName(QStringLiteral("peopleChooseHint"));
    chooseHint->setEnabled(false);
    countRow->addWidget(chooseHint);
    listLayout->addLayout(countRow);

    m_side = new QStackedWidget(m_splitter);
    m_placeholder =
        new QLabel(tr("Choose a person in the list to see their file, or add a new person."), m_side);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_side->addWidget(m_placeholder);
    m_detail = new PersonDetailView(m_side);
    m_side->addWidget(m_detail);
    m_form = new PersonForm(m_side);
    m_side->addWidget(m_form);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The list gets the larger share: its Vietnamese category and status labels are long.
    m_splitter->setSizes({800, 380});
    layout->addWidget(m_splitter, 1);
    // The detail pane shows only when it has something to show (a file or the form): an empty pane would
    // take a third of the width from the list's long Vietnamese labels. It comes back at the width it had.
    m_side->hide();
    connect(m_side, &QStackedWidget::currentChanged, this, [this, chooseHint] {
        const bool wanted = m_side->currentWidget() != m_placeholder;
        chooseHint->setVisible(!wanted);
        if (wanted == m_side->isVisibleTo(this))
            return;
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (!wanted)
            m_splitter->setProperty("sideWidth", sizes.value(1));
        m_side->setVisible(wanted);
        if (wanted && total > 0) {
            const int side = m_splitter->property("sideWidth").isValid()
                                 ? m_splitter->property("sideWidth").toInt()
                                 : std::min(total * 2 / 5, 380);
            m_splitter->setSizes({total - side, side});
        }
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &PeoplePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_applyingLink)
            m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        m_view->setFocus();
    });
    for (QComboBox* combo : {m_category, m_status, m_sex, m_ageBand, m_province})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_applyingLink)
                applyFilter();
        });
    for (QCheckBox* check : {m_hasOpenCase, m_withoutCase})
        connect(check, &QCheckBox::toggled, this, [this, check](bool on) {
            // "With an open case" and "without a case" exclude each other.
            QCheckBox* other = check == m_hasOpenCase ? m_withoutCase : m_hasOpenCase;
            if (on && other->isChecked()) {
                const bool was = m_applyingLink;
                m_applyingLink = true;
                other->setChecked(false);
                m_applyingLink = was;
            }
            if (!m_applyingLink)
                applyFilter();
        });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] { openLink({}); });
    connect(m_newPerson, &QPushButton::clicked, this, &PeoplePage::createNew);

    connect(m_model, &WindowedListModel::countReady, this, &PeoplePage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateCount);
    connect(m_model, &WindowedListModel::firstWindowReady, this, [this, columns] {
        // Column widths once per list: each column as wide as its longest usual label (the filters hold
        // every category, status and province label) or its title on two lines; the name stretches.
        QHeaderView* header = m_view->horizontalHeader();
        if (header->count() == 0 || header->property("sized").toBool())
            return;
        const QFontMetrics cells = m_view->fontMetrics();
        const auto widestItem = [&cells](const QComboBox* combo, int cap) {
            int widest = 0;
            for (int item = 1; item < combo->count(); ++item)
                widest = std::max(widest, cells.horizontalAdvance(combo->itemText(item)));
            return std::min(widest, cap) + 16;
        };
        const int unit = cells.averageCharWidth();
        QList<int> widths(header->count(), 0);
        const int wanted[] = {0,
                              widestItem(m_category, 48 * unit),
                              widestItem(m_status, 30 * unit),
                              widestItem(m_sex, 6 * unit),
                              cells.horizontalAdvance(QStringLiteral("00/00/0000")) + 16,
                              widestItem(m_province, 14 * unit),
                              4 * unit + 16};
        for (int column = 1; column < header->count() && column < 7; ++column)
            widths[column] = std::max(wanted[column], columns->titleWidth(column));
        columns->setWantedWidths(widths);
        header->setProperty("sized", true);
    });
    connect(m_model, &WindowedListModel::loadFailed, this,
            [this](const QString& message) { m_count->setText(message); });

    m_selectionDelay = new QTimer(this);
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(kSelectionDelayMs);
    connect(m_selectionDelay, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid() || (m_form->hasUnsavedChanges() && m_side->currentWidget() == m_form))
            return;
        if (const qint64 id = m_model->idAt(current.row()); id != 0 && id != m_detail->personId())
            showPerson(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_selectionDelay->start(); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_selectionDelay->stop();
        if (const qint64 id = m_model->idAt(index.row()); id != 0)
            showPerson(id);
    });

    connect(m_detail, &PersonDetailView::editRequested, this, &PeoplePage::editPerson);
    connect(m_detail, &PersonDetailView::personActivated, this, &PeoplePage::showPerson);
    connect(m_form, &PersonForm::saveRequested, this, [this] { save(); });
    connect(m_form, &PersonForm::cancelRequested, this, &PeoplePage::closeForm);

    setTabOrder(m_search, m_hasOpenCase);
    setTabOrder(m_hasOpenCase, m_withoutCase);
    setTabOrder(m_withoutCase, m_newPerson);
    setTabOrder(m_newPerson, m_category);
    setTabOrder(m_category, m_status);
    setTabOrder(m_status, m_sex);
    setTabOrder(m_sex, m_ageBand);
    setTabOrder(m_ageBand, m_province);
    setTabOrder(m_province, m_clearFilters);
    setTabOrder(m_clearFilters, m_view);

    updatePermissions();
    updateCount();
}

PeoplePage::~PeoplePage() = default;

QString PeoplePage::title() const {
    return tr("People");
}

bool PeoplePage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::PersonSearch);
}

void PeoplePage::attach(Session& session) {
    m_session = &session;
    m_form->setSession(&session);
    updatePermissions();
    m_model->attach(ReaderAccess(session));
    applyFilter();
}

void PeoplePage::detach() {
    m_searchDelay->stop();
    m_selectionDelay->stop();
    m_model->detach();
    m_detail->clear();
    m_form->setSession(nullptr);
    // An unsaved form stays as typed (the lock screen hides it); anything read from the database goes.
    if (m_side->currentWidget() != m_form || !m_form->hasUnsavedChanges())
        m_side->setCurrentWidget(m_placeholder);
    m_session = nullptr;
    updateCount();
}

lists::PeopleListFilter PeoplePage::currentFilter() const {
    lists::PeopleListFilter filter;
    filter.category = m_category->currentData().toString();
    filter.identificationStatus = m_status->currentData().toString();
    filter.sex = m_sex->currentData().toString();
    filter.ageBand = m_ageBand->currentData().toString();
    filter.province = m_province->currentData().toString();
    filter.hasOpenCase = m_hasOpenCase->isChecked();
    filter.withoutCase = m_withoutCase->isChecked();
    filter.search = m_search->text();
    return filter;
}

void PeoplePage::applyFilter() {
    m_searchDelay->stop();
    if (!m_session)
        return;
    m_model->setSource(std::make_shared<lists::PeopleListSource>(currentFilter()));
}

void PeoplePage::updateCount() {
    if (!m_session) {
        m_count->clear();
        return;
    }
    if (m_model->isCounting()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    m_count->setText(tr("%n people", nullptr, m_model->rowCount()));
}

void PeoplePage::openLink(const QVariantMap& link) {
    // One person (the records behind a report figure): their file, the list's filters unchanged.
    if (link.contains(QStringLiteral("personId"))) {
        showPerson(link.value(QStringLiteral("personId")).toLongLong());
        return;
    }
    const lists::PeopleListFilter filter = lists::PeopleListFilter::fromLink(link);
    m_applyingLink = true;
    selectCode(m_category, filter.category);
    selectCode(m_status, filter.identificationStatus);
    selectCode(m_sex, filter.sex);
    selectCode(m_ageBand, filter.ageBand);
    selectCode(m_province, filter.province);
    m_hasOpenCase->setChecked(filter.hasOpenCase);
    m_withoutCase->setChecked(filter.withoutCase && !filter.hasOpenCase);
    m_search->setText(filter.search);
    m_applyingLink = false;
    applyFilter();
}

void PeoplePage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::showPerson(qint64 personId) {
    if (!m_session)
        return;
    if (m_side->currentWidget() == m_form && m_form->hasUnsavedChanges())
        return;                                       // the unsaved form stays in front; Save or Cancel first
    (void)m_detail->showPerson(*m_session, personId); // the failure is shown in the detail pane
    m_side->setCurrentWidget(m_detail);
}

void PeoplePage::createNew() {
    if (!m_session || !isAllowed(m_session->user().role, Operation::PersonCreate))
        return;
    if (!(m_side->currentWidget() == m_form && m_form->hasUnsavedChanges()))
        m_form->startNew();
    updatePermissions();
    m_side->setCurrentWidget(m_form);
    m_form->focusFirstField();
}

void PeoplePage::editPerson(qint64 personId) {
    if (!m_session || m_detail->personId() != personId)
        return;
    m_form->startEdit(m_detail->record());
    updatePermissions();
    m_side->setCurrentWidget(m_form);
    m_form->focusFirstField();
}

void PeoplePage::closeForm() {
    const qint64 editing = m_form->personId();
    m_form->startNew();
    if (editing != 0 && m_session)
        showPerson(editing);
    else
        m_side->setCurrentWidget(m_detail->personId() != 0 ? static_cast<QWidget*>(m_detail) : m_placeholder);
}

bool PeoplePage::hasUnsavedChanges() const {
    return m_form->hasUnsavedChanges();
}

bool PeoplePage::save() {
    if (m_side->currentWidget() != m_form && !m_form->hasUnsavedChanges())
        return true;
    if (!m_session) {
        m_form->showSaveError(tr("The desk is locked: unlock it to save."));
        return false;
    }
    m_form->validateAll();
    PersonService people(*m_session);
    Result<SavedPerson> saved = m_form->isNew() ? people.create(m_form->details())
                                                : people.update(m_form->personId(), m_form->changes());
    if (!saved) {
        m_form->showSaveError(saved.error().message);
        return false;
    }
    m_form->markSaved();
    m_form->startNew();
    applyFilter(); // the new or changed person appears in the list in their place
    showPerson(saved->id);
    return true;
}

void PeoplePage::updatePermissions() {
    const Role role = m_session ? m_session->user().role : Role::Auditor;
    const bool mayCreate = m_session && isAllowed(role, Operation::PersonCreate);
    const bool mayUpdate = m_session && isAllowed(role, Operation::PersonUpdate);
    const QString whyNotCreate = m_session ? permissionMessage(role, Operation::PersonCreate) : QString();
    m_newPerson->setEnabled(mayCreate);
    m_newPerson->setToolTip(mayCreate ? tr("Add a person (Ctrl+N)") : whyNotCreate);
    m_detail->setEditAllowed(mayUpdate,
                             m_session ? permissionMessage(role, Operation::PersonUpdate) : QString());
    if (m_form->isNew())
        m_form->setSaveAllowed(mayCreate, whyNotCreate);
    else
        m_form->setSaveAllowed(mayUpdate,
                               m_session ? permissionMessage(role, Operation::PersonUpdate) : QString());
}

} // namespace legalaid::ui

#include "pages/cases/cases_page.h"

#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"
#include "models/windowed_list_model.h"
#include "pages/cases/case_detail_widget.h"
#include "pages/cases/form_helpers.h"
#include "pages/cases/new_case_dialog.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/reader_access.h"
#include "records/session.h"
#include "widgets/column_fitter.h"
#include "widgets/error_label.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QComboBox* filterCombo(const QString& objectName, const QString& accessibleName) {
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CasesPage::CasesPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("casesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack);

    // The list.
    auto* listPanel = new QWidget;
    listPanel->setObjectName(QStringLiteral("caseListPanel"));
    auto* listLayout = new QVBoxLayout(listPanel);

    auto* titleRow = new QHBoxLayout;
    auto* heading = new QLabel(tr("Legal-aid cases"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    titleRow->addWidget(heading);
    titleRow->addStretch(1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("caseCount"));
    titleRow->addWidget(m_count);
    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(QStringLiteral("caseOpen"));
    m_open->setToolTip(tr("Open the selected case (Enter)"));
    titleRow->addWidget(m_open);
    m_new = new QPushButton(tr("&Receive a request…"));
    m_new->setObjectName(QStringLiteral("caseNew"));
    m_new->setToolTip(tr("Receive a new legal-aid request (Ctrl+Shift+N)"));
    titleRow->addWidget(m_new);
    listLayout->addLayout(titleRow);

    // Filter bar: two rows so that Vietnamese labels fit at 1366×768 (the window is 1280 pixels wide). Each
    // row is its own line (not one grid): a grid adds the widest control of every column of both rows.
    auto* filters = new QVBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setAccessibleName(tr("Search by file code"));
    m_search->setPlaceholderText(tr("Part of the file code, e.g. TGTT.05"));
    m_search->setClearButtonEnabled(true);
    m_status = filterCombo(QStringLiteral("caseStatusFilter"), tr("Status filter"));
    m_status->addItem(tr("Every status"), QString());
    m_status->addItem(tr("Open (not finished)"), QStringLiteral("open"));
    for (CaseStatus status : allCaseStatuses())
        m_status->addItem(forms::capitalised(caseStatusLabel(status)), caseStatusCode(status));
    m_form = filterCombo(QStringLiteral("caseFormFilter"), tr("Form filter"));
    m_form->addItem(tr("Every form"), QString());
    for (CaseForm form : allCaseForms())
        m_form->addItem(forms::capitalised(caseFormLabel(form)), caseFormCode(form));
    m_provider = filterCombo(QStringLiteral("caseProviderFilter"), tr("Provider filter"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(18);
    m_deadline = filterCombo(QStringLiteral("caseDeadlineFilter"), tr("Deadline filter"));
    m_deadline->addItem(tr("Any deadline"), QString());
    m_deadline->addItem(tr("Due this week"), QStringLiteral("this_week"));
    m_deadline->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_month = filterCombo(QStringLiteral("caseMonthFilter"), tr("Month received"));
    m_month->addItem(tr("Any month"), QString());
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    for (int back = 0; back < 36; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        m_month->addItem(month.toString(QStringLiteral("MM/yyyy")),
                         month.toString(QStringLiteral("yyyy-MM")));
    }
    m_order = filterCombo(QStringLiteral("caseOrder"), tr("Order"));
    m_order->addItem(tr("Newest first"), static_cast<int>(lists::CaseListOrder::NewestFirst));
    m_order->addItem(tr("Oldest first"), static_cast<int>(lists::CaseListOrder::OldestFirst));
    m_order->addItem(tr("Register order"), static_cast<int>(lists::CaseListOrder::RegisterOrder));
    // The Vietnamese status and form labels are long: the combos are as wide as their "every" entry.
    for (QComboBox* combo : {m_status, m_form, m_deadline, m_order})
        forms::sizeToFirstEntry(combo);

    auto* firstRow = new QHBoxLayout;
    firstRow->setSpacing(8);
    firstRow->addWidget(buddyLabel(tr("&File code:"), m_search));
    firstRow->addWidget(m_search, 1);
    firstRow->addWidget(buddyLabel(tr("S&tatus:"), m_status));
    firstRow->addWidget(m_status);
    firstRow->addWidget(buddyLabel(tr("F&orm:"), m_form));
    firstRow->addWidget(m_form);
    filters->addLayout(firstRow);
    auto* secondRow = new QHBoxLayout;
    secondRow->setSpacing(8);
    secondRow->addWidget(buddyLabel(tr("Pro&vider:"), m_provider));
    secondRow->addWidget(m_provider);
    secondRow->addWidget(buddyLabel(tr("&Deadline:"), m_deadline));
    secondRow->addWidget(m_deadline);
    secondRow->addWidget(buddyLabel(tr("&Month:"), m_month));
    secondRow->addWidget(m_month);
    secondRow->addWidget(buddyLabel(tr("Or&der:"), m_order));
    secondRow->addWidget(m_order);
    secondRow->addStretch(1);
    filters->addLayout(secondRow);
    listLayout->addLayout(filters);

    m_listError = new ErrorLabel;
    m_listError->setObjectName(QStringLiteral("caseListError"));
    listLayout->addWidget(m_listError);

    m_model = new WindowedListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The beneficiary's name takes what the other columns leave; no horizontal scroll bar at 1280 pixels.
    m_columns = new ColumnFitter(m_table, lists::CaseListSource::Beneficiary, 160);
    listLayout->addWidget(m_table, 1);
    m_stack->addWidget(listPanel);

    m_detail = new CaseDetailWidget;
    m_stack->addWidget(m_detail);

    // Tab order: the filter bar left to right, then the list and its buttons.
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_form);
    setTabOrder(m_form, m_provider);
    setTabOrder(m_provider, m_deadline);
    setTabOrder(m_deadline, m_month);
    setTabOrder(m_month, m_order);
    setTabOrder(m_order, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_new);

    // Typing in the search waits for a short pause; the combos apply at once.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &CasesPage::applyFilter);
    for (QComboBox* combo : {m_status, m_form, m_provider, m_deadline, m_month, m_order})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);

    connect(m_model, &WindowedListModel::countReady, this, [this](qint64 count) {
        m_count->setText(tr("%n case(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX))));
    });
    connect(m_model, &WindowedListModel::firstWindowReady, this, [this] {
        if (!m_table->horizontalHeader()->property("sized").toBool() && m_model->columnCount() > 0) {
            // File code, beneficiary (stretches), form, status, provider, received, next deadline: sized to
            // their longest (Vietnamese) entries, the longest status and form labels at most ~22 letters.
            QStringList forms;
            for (CaseForm form : allCaseForms())
                forms << caseFormLabel(form);
            QStringList statuses;
            for (CaseStatus status : allCaseStatuses())
                statuses << caseStatusLabel(status);
            const QString date = QStringLiteral("00/00/0000");
            m_columns->measureSamples(
                {{QStringLiteral("CN1.DDNTT.34.2026")},
                 {},
                 forms,
                 statuses,
                 {QStringLiteral("Nguyễn Thị Ngọc Phương")},
                 {date},
                 {QCoreApplication::translate("CaseListSource", "%1 (overdue)").arg(date)}},
                // about 22 average letters at most: longer cells are elided
                22 * m_table->fontMetrics().averageCharWidth());
            m_table->horizontalHeader()->setProperty("sized", true);
        }
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &WindowedListModel::loadFailed, m_listError, &ErrorLabel::showError);
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &CasesPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &CasesPage::createNew);
    connect(m_detail, &CaseDetailWidget::backRequested, this, &CasesPage::showList);
    connect(m_detail, &CaseDetailWidget::caseChanged, this, [this] { applyFilter(); });
}

QString CasesPage::title() const {
    return tr("Cases");
}

bool CasesPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::CaseView);
}

void CasesPage::attach(Session& session) {
    m_session = &session;
    m_detail->setSession(&session);
    if (m_newCase)
        m_newCase->deleteLater(); // a form left open over a lock was for the previous session
    const Status mayOpen = requirePermission(session.user().role, Operation::CaseOpen);
    m_new->setEnabled(mayOpen.ok());
    m_new->setToolTip(mayOpen ? tr("Receive a new legal-aid request (Ctrl+Shift+N)")
                              : mayOpen.error().message);
    loadProviders();
    m_model->attach(ReaderAccess(session));
    applyFilter();
}

void CasesPage::detach() {
    m_model->detach();
    m_detail->setSession(nullptr);
    if (m_newCase)
        m_newCase->detachSession();
    m_session = nullptr;
    m_count->clear();
    m_provider->clear();
    m_stack->setCurrentIndex(0);
}

void CasesPage::loadProviders() {
    m_settingControls = true;
    const QVariant chosen = m_provider->currentData();
    m_provider->clear();
    m_provider->addItem(tr("Every provider"), QVariant());
    if (m_session) {
        if (auto providers = DirectoryService(*m_session).listProviders({}); providers) {
            for (const Provider& provider : *providers)
                m_provider->addItem(provider.fullName, provider.id);
        }
    }
    if (chosen.isValid())
        (void)forms::selectData(m_provider, chosen);
    m_settingControls = false;
}

lists::CaseListFilter CasesPage::currentFilter() const {
    lists::CaseListFilter filter;
    filter.status = m_status->currentData().toString();
    filter.form = m_form->currentData().toString();
    filter.deadline = m_deadline->currentData().toString();
    filter.month = m_month->currentData().toString();
    filter.fileCodeText = m_search->text().trimmed();
    if (const QVariant provider = m_provider->currentData(); provider.isValid() && provider.toLongLong() > 0)
        filter.providerId = provider.toLongLong();
    return filter;
}

void CasesPage::applyFilter() {
    if (m_settingControls || !m_session)
        return;
    m_listError->clearError();
    auto source = lists::CaseListSource::create(
        m_session->db(), currentFilter(), static_cast<lists::CaseListOrder>(m_order->currentData().toInt()));
    if (!source) {
        m_listError->showError(source.error().message);
        return;
    }
    m_count->setText(tr("Counting…"));
    m_model->setSource(std::move(source).value());
}

void CasesPage::setFilterControls(const lists::CaseListFilter& filter) {
    m_settingControls = true;
    const auto choose = [](QComboBox* combo, const QString& value, const QString& label) {
        if (!forms::selectData(combo, value)) {
            combo->addItem(label, value); // e.g. a month older than the list offers
            combo->setCurrentIndex(combo->count() - 1);
        }
    };
    choose(m_status, filter.status, filter.status);
    choose(m_form, filter.form, filter.form);
    choose(m_deadline, filter.deadline, filter.deadline);
    choose(m_month, filter.month,
           QDate::fromString(filter.month + QStringLiteral("-01"), Qt::ISODate)
               .toString(QStringLiteral("MM/yyyy")));
    if (filter.providerId) {
        if (!forms::selectData(m_provider, *filter.providerId)) {
            m_provider->addItem(tr("Provider no. %1").arg(*filter.providerId), *filter.providerId);
            m_provider->setCurrentIndex(m_provider->count() - 1);
        }
    } else {
        m_provider->setCurrentIndex(0);
    }
    m_search->setText(filter.fileCodeText);
    m_settingControls = false;
}

void CasesPage::openLink(const QVariantMap& link) {
    // One case (the records behind a report figure): its detail, the list's filters unchanged.
    if (link.contains(QStringLiteral("caseId"))) {
        (void)openCase(link.value(QStringLiteral("caseId")).toLongLong());
        return;
    }
    setFilterControls(lists::CaseListFilter::fromLink(link));
    showList();
    applyFilter();
}

void CasesPage::showList() {
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void CasesPage::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id > 0)
        (void)openCase(id);
}

bool CasesPage::openCase(qint64 caseId) {
    if (!m_session)
        return false;
    const bool shown = m_detail->showCase(caseId);
    m_stack->setCurrentWidget(m_detail);
    return shown;
}

void CasesPage::focusSearch() {
    showList();
    m_search->setFocus();
    m_search->selectAll();
}

void CasesPage::createNew() {
    if (!m_session)
        return;
    if (const Status mayOpen = requirePermission(m_session->user().role, Operation::CaseOpen); !mayOpen) {
        m_listError->showError(mayOpen.error().message);
        return;
    }
    if (m_newCase) {
        m_newCase->raise();
        m_newCase->activateWindow();
        return;
    }
    m_newCase = new NewCaseDialog(*m_session, this);
    m_newCase->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newCase, &NewCaseDialog::caseOpened, this, [this](qint64 id) {
        applyFilter();
        (void)openCase(id);
    });
    m_newCase->open();
}

bool CasesPage::hasUnsavedChanges() const {
    return m_newCase && m_newCase->isModified();
}

bool CasesPage::save() {
    return m_newCase ? m_newCase->save() : true;
}

} // namespace legalaid::ui

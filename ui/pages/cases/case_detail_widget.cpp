#include "pages/cases/case_detail_widget.h"

#include "documents/document_catalogue.h"
#include "domain/case_catalogues.h"
#include "pages/cases/case_event_dialog.h"
#include "pages/cases/form_helpers.h"
#include "records/calendar/working_days.h"
#include "records/cases/case_event_service.h"
#include "records/cases/case_lifecycle_service.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/session.h"
#include "widgets/error_label.h"
#include "widgets/print_progress.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace legalaid::ui {

namespace {

QString displayDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QLabel* valueLabel(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTableView* tableFor(QStandardItemModel* model, const QString& objectName, const QString& accessibleName) {
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(150);
    return view;
}

QList<QStandardItem*> rowOf(const QStringList& cells) {
    QList<QStandardItem*> items;
    for (const QString& cell : cells) {
        auto* item = new QStandardItem(cell);
        item->setEditable(false);
        items << item;
    }
    return items;
}

} // namespace

CaseDetailWidget::CaseDetailWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("caseDetail"));
    auto* layout = new QVBoxLayout(this);

    // Title row: back, the file code, print.
    auto* titleRow = new QHBoxLayout;
    auto* back = new QPushButton(tr("← Back to the list"));
    back->setObjectName(QStringLiteral("caseBack"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Back to the case list (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &CaseDetailWidget::backRequested);
    titleRow->addWidget(back);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titleRow->addWidget(m_title, 1);
    m_print = new QToolButton;
    m_print->setObjectName(QStringLiteral("casePrint"));
    m_print->setText(tr("&Print"));
    m_print->setAccessibleName(tr("Print a document of this case"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_print->setMenu(new QMenu(m_print));
    titleRow->addWidget(m_print);
    layout->addLayout(titleRow);

    // Header: who, what, where it stands.
    auto* header = new QGridLayout;
    header->setHorizontalSpacing(18);
    const auto addField = [header](int row, int column, const QString& label, QLabel* value) {
        auto* caption = new QLabel(label);
        caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
        caption->setBuddy(value);
        header->addWidget(caption, row, column * 2);
        header->addWidget(value, row, column * 2 + 1);
    };
    m_beneficiary = valueLabel(QStringLiteral("caseBeneficiary"));
    m_form = valueLabel(QStringLiteral("caseFormValue"));
    m_status = valueLabel(QStringLiteral("caseStatus"));
    m_provider = valueLabel(QStringLiteral("caseProvider"));
    m_received = valueLabel(QStringLiteral("caseReceived"));
    m_deadlines = valueLabel(QStringLiteral("caseDeadlines"));
    m_summary = valueLabel(QStringLiteral("caseSummaryValue"));
    addField(0, 0, tr("Beneficiary:"), m_beneficiary);
    addField(0, 1, tr("Form:"), m_form);
    addField(0, 2, tr("Status:"), m_status);
    addField(1, 0, tr("Provider:"), m_provider);
    addField(1, 1, tr("Received:"), m_received);
    addField(1, 2, tr("Deadlines:"), m_deadlines);
    addField(2, 0, tr("Request:"), m_summary);
    header->addWidget(m_summary, 2, 1, 1, 5);
    header->setColumnStretch(1, 2);
    header->setColumnStretch(3, 2);
    header->setColumnStretch(5, 3);
    layout->addLayout(header);

    // The lifecycle: the main line, then the side exits.
    m_lifecycle = new QGroupBox(tr("Lifecycle"));
    m_lifecycle->setObjectName(QStringLiteral("caseLifecycle"));
    auto* lifecycle = new QVBoxLayout(m_lifecycle);
    auto* mainLine = new QHBoxLayout;
    auto* sideExits = new QHBoxLayout;
    for (CaseAction action : allCaseActions()) {
        auto* button = new QPushButton(forms::capitalised(caseActionLabel(action)));
        button->setObjectName(QStringLiteral("caseAction_") + caseActionCode(action));
        button->setAccessibleName(forms::capitalised(caseActionLabel(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { beginAction(action); });
        const bool side = action == CaseAction::Refuse || action == CaseAction::Withdraw ||
                          action == CaseAction::Discontinue || action == CaseAction::Transfer;
        (side ? sideExits : mainLine)->addWidget(button);
        m_actionButtons[action] = button;
    }
    mainLine->addStretch(1);
    sideExits->addStretch(1);
    lifecycle->addLayout(mainLine);
    lifecycle->addLayout(sideExits);
    layout->addWidget(m_lifecycle);

    m_message = new ErrorLabel;
    m_message->setObjectName(QStringLiteral("caseDetailError"));
    layout->addWidget(m_message);

    // Events.
    m_timeline = new QStandardItemModel(0, 4, this);
    m_timeline->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Recorded by"), tr("Details")});
    m_documents = new QStandardItemModel(0, 6, this);
    m_documents->setHorizontalHeaderLabels(
        {tr("Date"), tr("Direction"), tr("Type"), tr("Number"), tr("Issued by / sent to"), tr("Title")});
    m_hearings = new QStandardItemModel(0, 4, this);
    m_hearings->setHorizontalHeaderLabels({tr("Date"), tr("Court"), tr("Stage"), tr("Notes")});
    m_evaluations = new QStandardItemModel(0, 4, this);
    m_evaluations->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Result"), tr("Comments")});

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    const auto addTab = [this](QStandardItemModel* model, const QString& name, const QString& title,
                               const QStringList& kinds) {
        auto* page = new QWidget;
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(tableFor(model, name, title), 1);
        auto* buttons = new QHBoxLayout;
        for (const QString& kind : kinds) {
            auto* add = new QPushButton(tr("Add %1…").arg(catalogueLabel(CaseCatalogue::EventKind, kind)));
            add->setObjectName(QStringLiteral("caseAddEvent_") + kind);
            connect(add, &QPushButton::clicked, this, [this, kind] { beginEvent(kind); });
            buttons->addWidget(add);
            m_eventButtons[kind] = add;
        }
        buttons->addStretch(1);
        pageLayout->addLayout(buttons);
        m_tabs->addTab(page, title);
    };
    addTab(m_timeline, QStringLiteral("caseTimeline"), tr("Timeline"), {QStringLiteral("note")});
    addTab(m_documents, QStringLiteral("caseDocuments"), tr("Documents of the file"),
           {QStringLiteral("document")});
    addTab(m_hearings, QStringLiteral("caseHearings"), tr("Hearings"), {QStringLiteral("hearing")});
    addTab(m_evaluations, QStringLiteral("caseEvaluations"), tr("Evaluation and feedback"),
           {QStringLiteral("evaluation"), QStringLiteral("feedback")});
    layout->addWidget(m_tabs, 1);
    updateActions();
}

void CaseDetailWidget::setSession(Session* session) {
    m_session = session;
    if (!session)
        clear();
    buildPrintMenu();
    updateActions();
}

std::optional<CaseStatus> CaseDetailWidget::status() const {
    if (!m_details)
        return std::nullopt;
    return m_details->record.status;
}

bool CaseDetailWidget::showCase(qint64 caseId) {
    m_message->clearError();
    if (!m_session)
        return false;
    auto details = CaseService(*m_session).get(caseId);
    if (!details) {
        m_details.reset();
        fill();
        m_message->showError(details.error().message);
        return false;
    }
    m_details = std::move(details).value();
    fill();
    return true;
}

void CaseDetailWidget::clear() {
    m_details.reset();
    m_message->clearError();
    fill();
}

QString CaseDetailWidget::deadlinesText() const {
    if (!m_details || !m_session)
        return {};
    const CaseRecord& record = m_details->record;
    QStringList lines;
    if (record.status == CaseStatus::Accepted && record.acceptedOn.isValid()) {
        const QSqlDatabase db = m_session->db();
        auto calendar = WorkingDayCalendar::load(db);
        auto days = deadlineWorkingDays(db, QStringLiteral("assign_after_accept"));
        if (calendar && days) {
            const QDate due = calendar->addWorkingDays(record.acceptedOn, *days);
            lines << (due < QDate::currentDate() ? tr("assign a provider by %1 (overdue)")
                                                 : tr("assign a provider by %1"))
                         .arg(displayDate(due));
        }
    }
    if (record.status == CaseStatus::Received && record.urgent)
        lines << tr("urgent: accept on the day received (%1)").arg(displayDate(record.receivedOn));
    if (record.hearingDate.isValid())
        lines << tr("hearing on %1").arg(displayDate(record.hearingDate));
    if (record.limitationDate.isValid())
        lines << tr("limitation period ends %1").arg(displayDate(record.limitationDate));
    for (const CaseTransitionRecord& transition : m_details->transitions) {
        if (transition.late)
            lines << tr("provider change decided late on %1").arg(displayDate(transition.effectiveOn));
    }
    return lines.isEmpty() ? tr("none open") : lines.join(QStringLiteral("; "));
}

void CaseDetailWidget::fill() {
    for (QStandardItemModel* model : {m_timeline, m_documents, m_hearings, m_evaluations})
        model->removeRows(0, model->rowCount());
    if (!m_details) {
        for (QLabel* label :
             {m_title, m_beneficiary, m_form, m_status, m_provider, m_received, m_deadlines, m_summary})
            label->clear();
        updateActions();
        return;
    }
    const CaseRecord& record = m_details->record;
    m_title->setText(record.fileCode);
    m_beneficiary->setText(m_details->personName);
    m_form->setText(forms::capitalised(caseFormLabel(record.form)));
    m_status->setText(forms::capitalised(caseStatusLabel(record.status)));
    m_provider->setText(m_details->providerName.isEmpty() ? tr("not assigned") : m_details->providerName);
    m_received->setText(displayDate(record.receivedOn));
    m_deadlines->setText(deadlinesText());
    m_summary->setText(record.summary);

    // The timeline: lifecycle steps and events, by date (steps first on the same day).
    struct Entry {
        QDate on;
        int order;
        QStringList cells;
    };
    std::vector<Entry> entries;
    int order = 0;
    for (const CaseTransitionRecord& step : m_details->transitions) {
        const auto action = std::find_if(allCaseActions().begin(), allCaseActions().end(),
                                         [&](CaseAction a) { return caseActionCode(a) == step.action; });
        const QString what = action != allCaseActions().end() ? forms::capitalised(caseActionLabel(*action))
                                                              : tr("Request received");
        QStringList details;
        if (const auto to = caseStatusFromCode(step.toStatus))
            details << tr("status: %1").arg(caseStatusLabel(*to));
        if (!step.ground.isEmpty())
            details << step.ground;
        if (!step.reason.isEmpty())
            details << step.reason;
        entries.push_back(
            {step.effectiveOn,
             order++,
             {displayDate(step.effectiveOn), what, step.actor, details.join(QStringLiteral(" — "))}});
    }
    for (const CaseEventRecord& event : m_details->events) {
        const QString kindLabel = forms::capitalised(catalogueLabel(CaseCatalogue::EventKind, event.kind));
        QString details = event.body;
        if (event.kind == QStringLiteral("document")) {
            details = event.documentTitle;
            m_documents->appendRow(
                rowOf({displayDate(event.occurredOn),
                       catalogueLabel(CaseCatalogue::DocumentDirection, event.documentDirection),
                       catalogueLabel(CaseCatalogue::DocumentType, event.documentType), event.documentNumber,
                       event.documentParty, event.documentTitle}));
        } else if (event.kind == QStringLiteral("hearing")) {
            details = event.court;
            m_hearings->appendRow(
                rowOf({displayDate(event.occurredOn), event.court,
                       catalogueLabel(CaseCatalogue::HearingStage, event.stage), event.body}));
        } else if (event.kind == QStringLiteral("evaluation")) {
            m_evaluations->appendRow(
                rowOf({displayDate(event.occurredOn), kindLabel,
                       catalogueLabel(CaseCatalogue::EvaluationRating, event.rating), event.body}));
        } else if (event.kind == QStringLiteral("feedback")) {
            const QString result = !event.satisfied   ? QString()
                                   : *event.satisfied ? tr("satisfied")
                                                      : tr("not satisfied");
            m_evaluations->appendRow(rowOf({displayDate(event.occurredOn), kindLabel, result, event.body}));
        }
        entries.push_back(
            {event.occurredOn, order++, {displayDate(event.occurredOn), kindLabel, event.actor, details}});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.on < b.on; });
    for (const Entry& entry : entries)
        m_timeline->appendRow(rowOf(entry.cells));
    if (m_details->textHidden)
        m_message->showError(tr("Your role does not show the text of notes and events; dates and kinds are "
                                "listed."));
    updateActions();
}

void CaseDetailWidget::updateActions() {
    const bool loaded = m_details.has_value() && m_session;
    const std::optional<Role> role = m_session ? std::optional<Role>(m_session->user().role) : std::nullopt;
    const Status mayTransition = role ? requirePermission(*role, Operation::CaseTransition)
                                      : Status(makeError(ErrorCode::Internal, {}));
    for (auto& [action, button] : m_actionButtons) {
        if (!loaded) {
            button->setEnabled(false);
            button->setToolTip({});
            continue;
        }
        // The state machine first: a step the status does not allow is explained by the core's sentence.
        const auto next = applyCaseAction(m_details->record.status, action);
        if (!next) {
            button->setEnabled(false);
            button->setToolTip(next.error().message);
        } else if (!mayTransition) {
            button->setEnabled(false);
            button->setToolTip(mayTransition.error().message);
        } else {
            button->setEnabled(true);
            button->setToolTip({});
        }
    }
    const Status mayAddEvents =
        role ? requirePermission(*role, Operation::CaseEventAdd) : Status(makeError(ErrorCode::Internal, {}));
    for (auto& [kind, button] : m_eventButtons) {
        button->setEnabled(loaded && mayAddEvents.ok());
        button->setToolTip(loaded && !mayAddEvents ? mayAddEvents.error().message : QString());
    }
    m_print->setEnabled(loaded && !m_print->menu()->isEmpty());
}

void CaseDetailWidget::buildPrintMenu() {
    QMenu* menu = m_print->menu();
    menu->clear();
    if (!m_session) {
        m_print->setEnabled(false);
        return;
    }
    for (const documents::PrintableDocument& document :
         documents::printableDocuments(documents::PrintContext::Case, m_session->user().role)) {
        QAction* action = menu->addAction(document.title);
        action->setData(document.code);
        const QString code = document.code;
        connect(action, &QAction::triggered, this, [this, code] { print(code); });
    }
    if (menu->isEmpty())
        m_print->setToolTip(tr("Your role may not print the documents of a case."));
    else
        m_print->setToolTip(tr("Print a form or decision of this case"));
}

void CaseDetailWidget::print(const QString& documentCode) {
    if (!m_session || !m_details)
        return;
    m_message->clearError();
    documents::PrintRequest request;
    request.code = documentCode;
    request.id = m_details->record.id;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("casePrintPreview"));
    preview.setWindowTitle(tr("Print %1").arg(m_details->record.fileCode));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, request, previewDialog = &preview](QPrinter* device) {
                if (!m_session)
                    return; // locked while the preview was open
                // A dossier runs to many pages: drawn under a progress dialog with Cancel.
                const auto printed = printWithProgress(m_session, request, *device, previewDialog);
                if (printed)
                    return;
                if (printed.error().code == ErrorCode::Cancelled)
                    showPrintNote(this, printed.error().message); // the user's choice, not an error
                else
                    m_message->showError(printed.error().message);
            });
    preview.exec();
}

Status CaseDetailWidget::runStep(CaseAction action, const CaseStepInput& input) {
    if (!m_session || !m_details)
        return makeError(ErrorCode::Cancelled, tr("The desk is locked; unlock it and try again."));
    CaseLifecycleService lifecycle(*m_session);
    const qint64 id = m_details->record.id;
    switch (action) {
    case CaseAction::Accept:
        return lifecycle.accept(id, input.on);
    case CaseAction::Assign:
        return lifecycle.assign(id, input.providerId, input.on);
    case CaseAction::Start:
        return lifecycle.start(id, input.on);
    case CaseAction::ChangeProvider: {
        auto changed =
            lifecycle.changeProvider(id, input.providerId, input.reason, input.requestedOn, input.on);
        if (!changed)
            return changed.error();
        return {};
    }
    case CaseAction::Refuse:
        return lifecycle.refuse(id, input.ground, input.reason, input.on);
    case CaseAction::Withdraw:
        return lifecycle.withdraw(id, input.reason, input.on);
    case CaseAction::Discontinue:
        return lifecycle.discontinue(id, input.ground, input.reason, input.on);
    case CaseAction::Transfer:
        return lifecycle.transfer(id, input.organisationId, input.reason, input.on);
    case CaseAction::Close:
        return lifecycle.close(id, input.outcome, input.on);
    }
    return {};
}

void CaseDetailWidget::beginAction(CaseAction action) {
    if (!m_session || !m_details)
        return;
    NamedIds providers;
    NamedIds organisations;
    DirectoryService directory(*m_session);
    if (action == CaseAction::Assign || action == CaseAction::ChangeProvider) {
        if (auto list = directory.listProviders({}); list) {
            for (const Provider& provider : *list)
                if (!m_details->record.providerId || *m_details->record.providerId != provider.id)
                    providers.emplace_back(provider.id, provider.fullName);
        }
    }
    if (action == CaseAction::Transfer) {
        if (auto list = directory.listOrganisations({}); list) {
            for (const Organisation& organisation : *list)
                organisations.emplace_back(organisation.id, organisation.name);
        }
    }
    const qint64 id = m_details->record.id;
    auto* dialog = new CaseStepDialog(
        action, providers, organisations, m_details->record.lastStepOn,
        [this, action](const CaseStepInput& input) { return runStep(action, input); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (!m_session)
            return;
        (void)showCase(id);
        emit caseChanged(id);
    });
    dialog->open();
}

void CaseDetailWidget::beginEvent(const QString& kind) {
    if (!m_session || !m_details)
        return;
    const qint64 id = m_details->record.id;
    auto* dialog = new CaseEventDialog(
        id, kind,
        [this](const NewCaseEvent& event) -> Status {
            if (!m_session)
                return makeError(ErrorCode::Cancelled, tr("The desk is locked; unlock it and try again."));
            auto added = CaseEventService(*m_session).add(event);
            if (!added)
                return added.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (!m_session)
            return;
        (void)showCase(id);
        emit caseChanged(id);
    });
    dialog->open();
}

} // namespace legalaid::ui

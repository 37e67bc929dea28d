#include "pages/referrals/referrals_page.h"

#include "documents/document_catalogue.h"
#include "domain/referral_catalogue.h"
#include "lists/referral_list_source.h"
#include "models/windowed_list_model.h"
#include "pages/cases/form_helpers.h"
#include "pages/referrals/consent_check_panel.h"
#include "pages/referrals/new_referral_dialog.h"
#include "pages/referrals/overdue_highlight_model.h"
#include "records/people/consent_check.h"
#include "records/permissions.h"
#include "records/reader_access.h"
#include "records/session.h"
#include "widgets/column_fitter.h"
#include "widgets/error_label.h"
#include "widgets/print_progress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QString displayDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReferralsPage::ReferralsPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("referralsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    // The list.
    auto* listPanel = new QWidget;
    auto* listLayout = new QVBoxLayout(listPanel);
    auto* titleRow = new QHBoxLayout;
    auto* heading = new QLabel(tr("Referrals"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    titleRow->addWidget(heading);
    titleRow->addStretch(1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("referralCount"));
    titleRow->addWidget(m_count);
    m_newIn = new QPushButton(tr("Record an &incoming referral…"));
    m_newIn->setObjectName(QStringLiteral("referralNewIn"));
    titleRow->addWidget(m_newIn);
    m_newOut = new QPushButton(tr("Refer to a &service…"));
    m_newOut->setObjectName(QStringLiteral("referralNewOut"));
    titleRow->addWidget(m_newOut);
    listLayout->addLayout(titleRow);

    auto* filters = new QHBoxLayout;
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("referralDirectionFilter"));
    m_direction->setAccessibleName(tr("Direction filter"));
    m_direction->addItem(tr("Incoming and outgoing"), QString());
    m_direction->addItem(tr("Incoming"), QStringLiteral("in"));
    m_direction->addItem(tr("Outgoing"), QStringLiteral("out"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("referralStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Every status"), QString());
    for (const QString& code : referralStatusCodes())
        m_status->addItem(forms::capitalised(referralStatusLabel(code)), code);
    m_awaiting = new QCheckBox(tr("&Awaiting an answer"));
    m_awaiting->setObjectName(QStringLiteral("referralAwaitingFilter"));
    m_overdue = new QCheckBox(tr("Answer o&verdue"));
    m_overdue->setObjectName(QStringLiteral("referralOverdueFilter"));
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("referralOrder"));
    m_order->setAccessibleName(tr("Order"));
    m_order->addItem(tr("Newest first"), static_cast<int>(lists::ReferralListOrder::NewestFirst));
    m_order->addItem(tr("Answer due first"), static_cast<int>(lists::ReferralListOrder::DueFirst));
    // As wide as their first entry: the filter bar fits the 1280-pixel window in Vietnamese.
    forms::sizeToFirstEntry(m_status);
    forms::sizeToFirstEntry(m_order);
    filters->addWidget(buddyLabel(tr("&Direction:"), m_direction));
    filters->addWidget(m_direction);
    filters->addWidget(buddyLabel(tr("S&tatus:"), m_status));
    filters->addWidget(m_status);
    filters->addWidget(m_awaiting);
    filters->addWidget(m_overdue);
    filters->addWidget(buddyLabel(tr("Or&der:"), m_order));
    filters->addWidget(m_order);
    filters->addStretch(1);
    listLayout->addLayout(filters);
    m_listError = new ErrorLabel;
    m_listError->setObjectName(QStringLiteral("referralListError"));
    listLayout->addWidget(m_listError);

    m_model = new WindowedListModel(this);
    m_highlight = new OverdueHighlightModel(lists::ReferralListSource::Overdue, this);
    m_highlight->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("referralTable"));
    m_table->setAccessibleName(tr("Referrals"));
    m_table->setModel(m_highlight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The partner's name (the longest text) takes what the other columns leave; the long Vietnamese direction
    // labels ("Chuyển đến (được chuyển gửi đến)") are elided, their whole text in the tooltip.
    m_columns = new ColumnFitter(m_table, lists::ReferralListSource::Partner, 160);
    listLayout->addWidget(m_table, 1);
    splitter->addWidget(listPanel);

    // The selected referral.
    auto* detail = new QWidget;
    detail->setObjectName(QStringLiteral("referralDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    auto* summaryRow = new QHBoxLayout;
    m_summary = new QLabel(tr("Choose a referral in the list to see it here."));
    m_summary->setObjectName(QStringLiteral("referralSummary"));
    m_summary->setWordWrap(true);
    summaryRow->addWidget(m_summary, 1);
    m_print = new QToolButton;
    m_print->setObjectName(QStringLiteral("referralPrint"));
    m_print->setText(tr("&Print"));
    m_print->setAccessibleName(tr("Print the referral slip"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setMenu(new QMenu(m_print));
    summaryRow->addWidget(m_print);
    detailLayout->addLayout(summaryRow);
    auto* statusRow = new QHBoxLayout;
    for (const QString& code : referralStatusCodes()) {
        if (code == QStringLiteral("sent"))
            continue; // where every referral starts
        auto* button = new QPushButton(tr("Mark %1").arg(referralStatusLabel(code)));
        button->setObjectName(QStringLiteral("referralStatus_") + code);
        connect(button, &QPushButton::clicked, this, [this, code] { beginStatusChange(code); });
        statusRow->addWidget(button);
        m_statusButtons[code] = button;
    }
    statusRow->addStretch(1);
    detailLayout->addLayout(statusRow);
    m_detailError = new ErrorLabel;
    m_detailError->setObjectName(QStringLiteral("referralDetailError"));
    detailLayout->addWidget(m_detailError);
    auto* lower = new QHBoxLayout;
    m_history = new QStandardItemModel(0, 4, this);
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("Recorded by"), tr("Note")});
    auto* history = new QTableView;
    history->setObjectName(QStringLiteral("referralHistory"));
    history->setAccessibleName(tr("Status history"));
    history->setModel(m_history);
    history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    history->verticalHeader()->hide();
    history->horizontalHeader()->setStretchLastSection(true);
    lower->addWidget(history, 3);
    m_disclosed = new ConsentCheckPanel;
    m_disclosed->setObjectName(QStringLiteral("referralDisclosed"));
    m_disclosed->setTitle(tr("Consent and what was disclosed"));
    lower->addWidget(m_disclosed, 2);
    detailLayout->addLayout(lower, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    for (QComboBox* combo : {m_direction, m_status, m_order})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReferralsPage::applyFilter);
    for (QCheckBox* box : {m_awaiting, m_overdue})
        connect(box, &QCheckBox::toggled, this, &ReferralsPage::applyFilter);
    connect(m_model, &WindowedListModel::countReady, this, [this](qint64 count) {
        m_count->setText(tr("%n referral(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX))));
    });
    connect(m_model, &WindowedListModel::firstWindowReady, this, [this] {
        if (!m_table->horizontalHeader()->property("sized").toBool() && m_highlight->columnCount() > 0) {
            // Direction, person, partner (stretches), service, status, sent, answer due, overdue: sized to
            // their longest (Vietnamese) entries, at most ~22 letters; longer ones are elided.
            QStringList directions;
            for (const QString& code : {QStringLiteral("in"), QStringLiteral("out")})
                directions << referralDirectionLabel(code);
            QStringList services;
            for (const QString& code : referralServiceCodes())
                services << referralServiceLabel(code);
            QStringList statuses;
            for (const QString& code : referralStatusCodes())
                statuses << referralStatusLabel(code);
            const QString date = QStringLiteral("00/00/0000");
            m_columns->measureSamples({directions,
                                       {QStringLiteral("Nguyễn Thị Ngọc Phương")},
                                       {},
                                       services,
                                       statuses,
                                       {date},
                                       {date},
                                       {QCoreApplication::translate("ReferralListSource", "overdue")}},
                                      // about 22 average letters at most: longer cells are elided
                                      22 * m_table->fontMetrics().averageCharWidth());
            m_table->horizontalHeader()->setProperty("sized", true);
        }
    });
    connect(m_model, &WindowedListModel::loadFailed, m_listError, &ErrorLabel::showError);
    connect(m_table, &QTableView::activated, this, &ReferralsPage::showCurrent);
    connect(m_table, &QTableView::clicked, this, &ReferralsPage::showCurrent);
    connect(m_newOut, &QPushButton::clicked, this, [this] { (void)beginReferral(QStringLiteral("out")); });
    connect(m_newIn, &QPushButton::clicked, this, [this] { (void)beginReferral(QStringLiteral("in")); });
    fillDetail();
}

QString ReferralsPage::title() const {
    return tr("Referrals");
}

bool ReferralsPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ReferralView);
}

void ReferralsPage::attach(Session& session) {
    m_session = &session;
    if (m_newReferral)
        m_newReferral->deleteLater();
    const Status mayRecord = requirePermission(session.user().role, Operation::ReferralRecord);
    for (QPushButton* button : {m_newIn, m_newOut}) {
        button->setEnabled(mayRecord.ok());
        button->setToolTip(mayRecord ? QString() : mayRecord.error().message);
    }
    buildPrintMenu();
    m_model->attach(ReaderAccess(session));
    applyFilter();
}

void ReferralsPage::detach() {
    m_model->detach();
    if (m_newReferral)
        m_newReferral->detachSession();
    m_session = nullptr;
    m_details.reset();
    m_count->clear();
    fillDetail();
}

void ReferralsPage::applyFilter() {
    if (m_settingControls || !m_session)
        return;
    m_listError->clearError();
    lists::ReferralListFilter filter;
    filter.direction = m_direction->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.awaitingAnswer = m_awaiting->isChecked();
    filter.overdue = m_overdue->isChecked();
    m_status->setEnabled(!filter.awaitingAnswer && !filter.overdue); // both mean "still sent"
    auto source = lists::ReferralListSource::create(
        filter, static_cast<lists::ReferralListOrder>(m_order->currentData().toInt()));
    if (!source) {
        m_listError->showError(source.error().message);
        return;
    }
    m_count->setText(tr("Counting…"));
    m_model->setSource(std::move(source).value());
}

void ReferralsPage::openLink(const QVariantMap& link) {
    // One referral (the records behind a report figure): its detail, the list's filters unchanged.
    if (link.contains(QStringLiteral("referralId"))) {
        (void)showReferral(link.value(QStringLiteral("referralId")).toLongLong());
        return;
    }
    const lists::ReferralListFilter filter = lists::ReferralListFilter::fromLink(link);
    m_settingControls = true;
    (void)forms::selectData(m_direction, filter.direction);
    (void)forms::selectData(m_status, filter.status);
    m_awaiting->setChecked(filter.awaitingAnswer);
    m_overdue->setChecked(filter.overdue);
    m_settingControls = false;
    applyFilter();
}

void ReferralsPage::focusSearch() {
    m_direction->setFocus();
}

void ReferralsPage::showCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const qint64 id = m_model->idAt(current.row()); id > 0)
        (void)showReferral(id);
}

bool ReferralsPage::showReferral(qint64 id) {
    m_detailError->clearError();
    if (!m_session)
        return false;
    auto details = ReferralService(*m_session).show(id);
    if (!details) {
        m_details.reset();
        fillDetail();
        m_detailError->showError(details.error().message);
        return false;
    }
    m_details = std::move(details).value();
    fillDetail();
    return true;
}

void ReferralsPage::fillDetail() {
    m_history->removeRows(0, m_history->rowCount());
    const bool shown = m_details.has_value() && m_session;
    const Status mayRecord = m_session ? requirePermission(m_session->user().role, Operation::ReferralRecord)
                                       : Status(makeError(ErrorCode::Internal, {}));
    const QString status = shown ? m_details->referral.status : QString();
    const QStringList next = shown ? nextReferralStatuses(status) : QStringList();
    for (auto& [code, button] : m_statusButtons) {
        const bool reachable = next.contains(code);
        button->setEnabled(shown && reachable && mayRecord.ok());
        if (!shown)
            button->setToolTip({});
        else if (!reachable)
            button->setToolTip(tr("A referral that is %1 cannot become %2.")
                                   .arg(referralStatusLabel(status), referralStatusLabel(code)));
        else
            button->setToolTip(mayRecord ? QString() : mayRecord.error().message);
    }
    if (!shown) {
        m_summary->setText(tr("Choose a referral in the list to see it here."));
        m_disclosed->reset(QString());
        m_disclosed->setVisible(false);
        m_print->setEnabled(false);
        return;
    }
    const Referral& referral = m_details->referral;
    QString person;
    QString partner;
    if (const QModelIndex current = m_table->currentIndex();
        current.isValid() && m_model->idAt(current.row()) == referral.id) {
        person = m_model->index(current.row(), lists::ReferralListSource::Person).data().toString();
        partner = m_model->index(current.row(), lists::ReferralListSource::Partner).data().toString();
    }
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>")
                 .arg(forms::capitalised(referralDirectionLabel(referral.direction)).toHtmlEscaped());
    if (!person.isEmpty())
        parts << person.toHtmlEscaped();
    if (!partner.isEmpty())
        parts << partner.toHtmlEscaped();
    if (!referral.service.isEmpty())
        parts << referralServiceLabel(referral.service).toHtmlEscaped();
    parts << tr("status: %1").arg(referralStatusLabel(referral.status)).toHtmlEscaped();
    parts << tr("sent %1, answer due %2").arg(displayDate(referral.sentOn), displayDate(referral.dueOn));
    QString summary = parts.join(QStringLiteral(" · "));
    if (m_details->overdue)
        summary += QStringLiteral(" <span style=\"color:#b00020;font-weight:bold\">%1</span>")
                       .arg(tr("— the answer is overdue").toHtmlEscaped());
    for (const QString& warning : m_details->warnings)
        summary += QStringLiteral("<br><i>%1</i>").arg(warning.toHtmlEscaped());
    m_summary->setText(summary);

    for (const ReferralStatusChange& change : m_details->history) {
        QList<QStandardItem*> row;
        for (const QString& cell : {displayDate(change.changedOn), referralStatusLabel(change.toStatus),
                                    change.recordedBy, change.note}) {
            auto* item = new QStandardItem(cell);
            item->setEditable(false);
            row << item;
        }
        m_history->appendRow(row);
    }
    const bool outgoing = referral.direction == QStringLiteral("out");
    m_disclosed->setVisible(outgoing);
    if (outgoing) {
        m_disclosed->check(*m_session, referral.personId, referral.organisationId, QDate::currentDate());
        QStringList fields;
        for (const ReferralDisclosure& disclosure : m_details->disclosures)
            fields << disclosure.field;
        m_disclosed->showFixedFields(fields);
    }
    m_print->setEnabled(outgoing && !m_print->menu()->isEmpty());
}

void ReferralsPage::buildPrintMenu() {
    QMenu* menu = m_print->menu();
    menu->clear();
    if (!m_session)
        return;
    for (const documents::PrintableDocument& document :
         documents::printableDocuments(documents::PrintContext::Referral, m_session->user().role)) {
        QAction* action = menu->addAction(document.title);
        const QString code = document.code;
        connect(action, &QAction::triggered, this, [this, code] { print(code); });
    }
    m_print->setToolTip(menu->isEmpty() ? tr("Your role may not print referral slips.")
                                        : tr("Print the slip of an outgoing referral"));
}

bool ReferralsPage::checkConsentForPrint() {
    m_detailError->clearError();
    if (!m_session || !m_details)
        return false;
    const Referral& referral = m_details->referral;
    m_disclosed->check(*m_session, referral.personId, referral.organisationId, QDate::currentDate());
    if (!m_disclosed->allowed()) {
        m_detailError->showError(m_disclosed->refusal());
        return false;
    }
    return true;
}

void ReferralsPage::print(const QString& code) {
    if (!checkConsentForPrint())
        return;
    documents::PrintRequest request;
    request.code = code;
    request.id = m_details->referral.id;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, request, previewDialog = &preview](QPrinter* device) {
                if (!m_session)
                    return;
                const auto printed = printWithProgress(m_session, request, *device, previewDialog);
                if (printed)
                    return;
                if (printed.error().code == ErrorCode::Cancelled)
                    showPrintNote(this, printed.error().message); // the user's choice, not an error
                else
                    m_detailError->showError(printed.error().message);
            });
    preview.exec();
}

NewReferralDialog* ReferralsPage::beginReferral(const QString& direction) {
    if (!m_session)
        return nullptr;
    if (const Status may = requirePermission(m_session->user().role, Operation::ReferralRecord); !may) {
        m_listError->showError(may.error().message);
        return nullptr;
    }
    if (m_newReferral)
        m_newReferral->close();
    m_newReferral = new NewReferralDialog(*m_session, direction, this);
    m_newReferral->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newReferral, &NewReferralDialog::referralRecorded, this, [this](qint64 id) {
        applyFilter();
        (void)showReferral(id);
    });
    m_newReferral->open();
    return m_newReferral;
}

void ReferralsPage::beginStatusChange(const QString& toStatus) {
    if (!m_session || !m_details)
        return;
    const qint64 id = m_details->referral.id;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("referralStatusDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mark %1").arg(referralStatusLabel(toStatus)));
    dialog->setMinimumWidth(460);
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    auto* on = new QDateEdit(QDate::currentDate());
    on->setObjectName(QStringLiteral("referralStatusDate"));
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    on->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), on);
    auto* note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("referralStatusNote"));
    note->setAccessibleName(tr("Note"));
    note->setTabChangesFocus(true);
    note->setFixedHeight(70);
    form->addRow(tr("&Note:"), note);
    layout->addLayout(form);
    auto* error = new ErrorLabel;
    error->setObjectName(QStringLiteral("referralStatusError"));
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("referralStatusOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (!m_session) {
            error->showError(tr("The desk is locked; unlock it and try again."));
            return;
        }
        const Status changed =
            ReferralService(*m_session).changeStatus(id, toStatus, on->date(), note->toPlainText().trimmed());
        if (!changed) {
            error->showError(changed.error().message);
            return;
        }
        dialog->accept();
        (void)showReferral(id);
        applyFilter();
    });
    dialog->open();
}

bool ReferralsPage::hasUnsavedChanges() const {
    return m_newReferral && m_newReferral->isModified();
}

bool ReferralsPage::save() {
    return m_newReferral ? m_newReferral->save() : true;
}

} // namespace legalaid::ui

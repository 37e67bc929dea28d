#include "pages/activities/activities_page.h"

#include "domain/activity_catalogue.h"
#include "pages/admin/admin_tab.h"
#include "pages/admin/simple_table_model.h"
#include "records/activities/activity_service.h"
#include "records/permissions.h"
#include "records/session.h"
#include "widgets/column_fitter.h"
#include "widgets/eliding_combo_box.h"
#include "widgets/error_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace legalaid::ui {

ActivitiesPage::ActivitiesPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("activitiesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(tr("Activities"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading);
    header->addStretch();
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("activityKindFilter"));
    m_kindFilter->setAccessibleName(tr("Kind of activity shown"));
    m_kindFilter->addItem(tr("Every kind"), QString());
    for (const QString& code : activityKindCodes())
        m_kindFilter->addItem(activityKindLabel(code), code);
    filterLabel->setBuddy(m_kindFilter);
    header->addWidget(filterLabel);
    header->addWidget(m_kindFilter);
    layout->addLayout(header);

    auto* body = new QHBoxLayout;
    m_model = new SimpleTableModel(
        {tr("Date"), tr("Kind"), tr("Title"), tr("Audience"), tr("Participants"), tr("Women")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activitiesTable"));
    m_table->setAccessibleName(tr("Activities, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The title takes what the other columns leave; long kind and audience labels are elided (the cell's
    // tooltip has the whole text), so the list never scrolls sideways.
    m_columns = new ColumnFitter(m_table, 2, 220);
    // The list gets two thirds of the width: the form's fields need less than its columns.
    body->addWidget(m_table, 2);

    auto* box = new QGroupBox(tr("Activity"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new ElidingComboBox(box);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setAccessibleName(tr("Kind of activity"));
    for (const QString& code : activityKindCodes())
        m_kind->addItem(activityKindLabel(code), code);
    form->addRow(tr("&Kind:"), m_kind);
    m_heldOn = new QDateEdit;
    m_heldOn->setObjectName(QStringLiteral("activityDate"));
    m_heldOn->setAccessibleName(tr("Date held"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_heldOn->setDate(QDate::currentDate());
    m_heldOnError = new ErrorLabel;
    m_heldOnError->setObjectName(QStringLiteral("activityDateError"));
    form->addRow(tr("&Date:"), fieldWithError(m_heldOn, m_heldOnError, box));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_titleError = new ErrorLabel;
    m_titleError->setObjectName(QStringLiteral("activityTitleError"));
    form->addRow(tr("&Title:"), fieldWithError(m_title, m_titleError, box));
    m_audience = new ElidingComboBox(box);
    m_audience->setObjectName(QStringLiteral("activityAudience"));
    m_audience->setAccessibleName(tr("Audience"));
    for (const QString& code : activityAudienceCodes())
        m_audience->addItem(activityAudienceLabel(code), code);
    form->addRow(tr("&Audience:"), m_audience);
    // The kind and audience boxes take the form's width, not their longest label's: a label longer than the
    // box is elided and whole in the open list.
    for (QComboBox* combo : {m_kind, m_audience}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setToolTip(combo->currentText());
        connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    }
    m_participants = new QSpinBox(box);
    m_participants->setObjectName(QStringLiteral("activityParticipants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setRange(0, 1000000);
    form->addRow(tr("&Participants:"), m_participants);
    m_women = new QSpinBox;
    m_women->setObjectName(QStringLiteral("activityWomen"));
    m_women->setAccessibleName(tr("Women among the participants"));
    m_women->setRange(0, 1000000);
    m_womenError = new ErrorLabel;
    m_womenError->setObjectName(QStringLiteral("activityWomenError"));
    form->addRow(tr("of whom &women:"), fieldWithError(m_women, m_womenError, box));
    m_place = new QLineEdit(box);
    m_place->setObjectName(QStringLiteral("activityPlace"));
    m_place->setAccessibleName(tr("Place"));
    form->addRow(tr("P&lace:"), m_place);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("activityNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New"), box);
    m_new->setObjectName(QStringLiteral("activityNew"));
    m_save = new QPushButton(tr("&Save"), box);
    m_save->setObjectName(QStringLiteral("activitySave"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addStretch();
    form->addRow(buttons);
    m_error = new ErrorLabel(box);
    m_error->setObjectName(QStringLiteral("activityError"));
    form->addRow(m_error);
    // The form keeps its natural height; spare height stays below it.
    auto* side = new QVBoxLayout;
    side->addWidget(box);
    side->addStretch();
    body->addLayout(side, 1);
    layout->addLayout(body, 1);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ActivitiesPage::reload);
    for (QComboBox* combo : {m_kind, m_audience})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivitiesPage::markDirty);
    connect(m_heldOn, &QDateEdit::dateChanged, this, &ActivitiesPage::markDirty);
    for (QLineEdit* edit : {m_title, m_place})
        connect(edit, &QLineEdit::textChanged, this, &ActivitiesPage::markDirty);
    for (QSpinBox* spin : {m_participants, m_women})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &ActivitiesPage::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ActivitiesPage::markDirty);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { showActivity(index); });
    connect(m_new, &QPushButton::clicked, this, &ActivitiesPage::clearForm);
    connect(m_save, &QPushButton::clicked, this, &ActivitiesPage::save);
    updateRole();
}

QString ActivitiesPage::title() const {
    return tr("Activities");
}

bool ActivitiesPage::isAvailableTo(Role role) const {
    return isAllowed(role, Operation::ActivityView);
}

void ActivitiesPage::attach(Session& session) {
    m_session = &session;
    reload();
    updateRole();
}

void ActivitiesPage::detach() {
    m_session = nullptr;
    m_model->clear();
    m_error->clearError();
    updateRole();
}

void ActivitiesPage::openLink(const QVariantMap& link) {
    if (!m_session || !link.contains(QStringLiteral("activityId")) || m_dirty)
        return; // unsaved edits stay in the form
    const qint64 id = link.value(QStringLiteral("activityId")).toLongLong();
    if (m_kindFilter->currentIndex() != 0)
        m_kindFilter->setCurrentIndex(0); // every kind, so the activity is in the list (reloads)
    else
        reload();
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_table->selectRow(row);
        showActivity(m_model->index(row, 0));
    }
}

void ActivitiesPage::createNew() {
    clearForm();
}

void ActivitiesPage::markDirty() {
    if (!m_filling)
        m_dirty = true;
    validate();
}

void ActivitiesPage::updateRole() {
    const Role role = m_session ? m_session->user().role : Role::Auditor;
    const bool editable = m_session && isAllowed(role, Operation::ActivityEdit);
    allowFor(m_new, role, Operation::ActivityEdit);
    allowFor(m_save, role, Operation::ActivityEdit);
    for (QWidget* field : std::initializer_list<QWidget*>{m_kind, m_heldOn, m_title, m_audience,
                                                          m_participants, m_women, m_place, m_notes})
        field->setEnabled(editable);
    if (editable)
        validate();
}

void ActivitiesPage::reload() {
    if (!m_session)
        return;
    ActivityFilter filter;
    filter.kind = m_kindFilter->currentData().toString();
    auto activities = ActivityService(*m_session).list(filter);
    if (!activities) {
        m_error->showError(activities.error().message);
        m_model->clear();
        return;
    }
    const QLocale locale;
    std::vector<SimpleTableModel::Row> rows;
    // The service lists by date; the desk shows the newest first.
    for (auto it = activities->rbegin(); it != activities->rend(); ++it)
        rows.push_back({it->id,
                        {it->heldOn.toString(QStringLiteral("dd/MM/yyyy")), activityKindLabel(it->kind),
                         it->title, activityAudienceLabel(it->audience), locale.toString(it->participants),
                         locale.toString(it->femaleParticipants)}});
    m_model->setRows(std::move(rows));
    m_columns->measureContents(260);
}

void ActivitiesPage::validate() {
    bool valid = true;
    if (m_heldOn->date() > QDate::currentDate()) {
        m_heldOnError->showError(
            tr("The date is in the future. Record an activity once it has taken place."));
        valid = false;
    } else {
        m_heldOnError->clearError();
    }
    if (m_title->text().trimmed().isEmpty()) {
        m_titleError->showError(m_dirty ? tr("Enter the title of the activity.") : QString());
        valid = false;
    } else {
        m_titleError->clearError();
    }
    if (m_women->value() > m_participants->value()) {
        m_womenError->showError(tr("There cannot be more women (%1) than participants (%2).")
                                    .arg(m_women->value())
                                    .arg(m_participants->value()));
        valid = false;
    } else {
        m_womenError->clearError();
    }
    if (m_session && isAllowed(m_session->user().role, Operation::ActivityEdit)) {
        m_save->setEnabled(valid && m_dirty);
        m_save->setToolTip(valid ? QString() : tr("Correct the fields marked in red first."));
    }
}

void ActivitiesPage::showActivity(const QModelIndex& index) {
    if (!m_session || !index.isValid())
        return;
    auto activity = ActivityService(*m_session).activity(m_model->row(index.row()).key.toLongLong());
    if (!activity) {
        m_error->showError(activity.error().message);
        return;
    }
    m_filling = true;
    m_activityId = activity->id;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(activity->kind)));
    m_heldOn->setDate(activity->heldOn);
    m_title->setText(activity->title);
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(activity->audience)));
    m_participants->setValue(activity->participants);
    m_women->setValue(activity->femaleParticipants);
    m_place->setText(activity->place);
    m_notes->setPlainText(activity->notes);
    m_filling = false;
    m_dirty = false;
    m_error->clearError();
    validate();
}

void ActivitiesPage::clearForm() {
    m_filling = true;
    m_activityId = 0;
    m_heldOn->setDate(QDate::currentDate());
    m_title->clear();
    m_participants->setValue(0);
    m_women->setValue(0);
    m_place->clear();
    m_notes->clear();
    m_filling = false;
    m_dirty = false;
    m_table->clearSelection();
    m_error->clearError();
    validate();
    m_title->setFocus();
}

bool ActivitiesPage::save() {
    if (!m_session || !m_dirty)
        return true;
    ActivityService activities(*m_session);
    Status saved;
    if (m_activityId == 0) {
        Activity activity;
        activity.kind = m_kind->currentData().toString();
        activity.heldOn = m_heldOn->date();
        activity.title = m_title->text().trimmed();
        activity.audience = m_audience->currentData().toString();
        activity.participants = m_participants->value();
        activity.femaleParticipants = m_women->value();
        activity.place = m_place->text().trimmed();
        activity.notes = m_notes->toPlainText().trimmed();
        auto added = activities.add(activity);
        if (added)
            m_activityId = *added;
        else
            saved = added.error();
    } else {
        ActivityChanges changes;
        changes.kind = m_kind->currentData().toString();
        changes.heldOn = m_heldOn->date();
        changes.title = m_title->text().trimmed();
        changes.audience = m_audience->currentData().toString();
        changes.participants = m_participants->value();
        changes.femaleParticipants = m_women->value();
        changes.place = m_place->text().trimmed();
        changes.notes = m_notes->toPlainText().trimmed();
        saved = activities.update(m_activityId, changes);
    }
    if (!saved) {
        m_error->showError(saved.error().message);
        return false;
    }
    m_error->clearError();
    m_dirty = false;
    const qint64 id = m_activityId;
    reload();
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
    validate();
    return true;
}

} // namespace legalaid::ui

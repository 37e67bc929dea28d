#include "pages/reports/records_behind_dialog.h"

#include "models/windowed_list_model.h"
#include "records/reader_access.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace legalaid::ui {

namespace {

// Typical widths of each record type's columns, in average characters.
std::vector<int> columnChars(const QString& recordType) {
    if (recordType == QLatin1String("case"))
        return {22, 26, 20, 22, 11};
    if (recordType == QLatin1String("person"))
        return {26, 30, 7, 6, 16};
    if (recordType == QLatin1String("referral"))
        return {9, 28, 24, 12, 11};
    return {11, 24, 44, 10};
}

// The column that takes the width the others leave: the name, the partner, the title.
int stretchedColumn(const QString& recordType) {
    if (recordType == QLatin1String("person"))
        return 0;
    if (recordType == QLatin1String("activity"))
        return 2;
    return 1;
}

} // namespace

RecordsBehindDialog::RecordsBehindDialog(const ReaderAccess& access, const reports::RecordsBehind& records,
                                         const FigureTitle& title, QWidget* parent)
    : QDialog(parent)
    , m_recordType(records.recordType) {
    setObjectName(QStringLiteral("recordsBehindDialog"));
    setWindowTitle(tr("Records behind the figure"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel;
    heading->setObjectName(QStringLiteral("recordsBehindHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(title.indicatorLabel);
    layout->addWidget(heading);

    const int number = static_cast<int>(records.ids.size());
    const QString what =
        title.keyLabel.isEmpty()
            ? tr("%1 · %Ln record(s)", nullptr, number).arg(title.periodLabel)
            : tr("%1 · %2 · %Ln record(s)", nullptr, number).arg(title.keyLabel, title.periodLabel);
    auto* subtitle = new QLabel(what);
    subtitle->setObjectName(QStringLiteral("recordsBehindSubtitle"));
    subtitle->setWordWrap(true);
    subtitle->setTextFormat(Qt::PlainText);
    layout->addWidget(subtitle);

    m_model = new WindowedListModel(this);
    m_model->setObjectName(QStringLiteral("recordsBehindModel"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("recordsBehindTable"));
    m_table->setAccessibleName(tr("Records behind the figure"));
    m_table->setToolTip(tr("Enter or double-click opens the record on its page; this list stays open."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed row heights: the view never asks every row of a large list for its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(tr("Loading…"));
    m_count->setObjectName(QStringLiteral("recordsBehindCount"));
    bottom->addWidget(m_count, 1);
    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("recordsBehindOpen"));
    m_open->setToolTip(tr("Show the chosen record on its page (Enter)"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("recordsBehindClose"));
    // Enter belongs to the table (it opens the current row); no button answers it a second time.
    for (QPushButton* button : {m_open, close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_open, &QPushButton::clicked, this, &RecordsBehindDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_model, &WindowedListModel::firstWindowReady, this, [this] {
        QHeaderView* header = m_table->horizontalHeader();
        const int unit = m_table->fontMetrics().averageCharWidth();
        const QFontMetrics titles(header->font());
        const std::vector<int> chars = columnChars(m_recordType);
        const int stretched = stretchedColumn(m_recordType);
        for (int column = 0; column < header->count() && column < static_cast<int>(chars.size()); ++column) {
            if (column == stretched) {
                header->setSectionResizeMode(column, QHeaderView::Stretch);
                continue;
            }
            const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
            header->resizeSection(column, std::max(chars[static_cast<size_t>(column)] * unit + 12,
                                                   titles.horizontalAdvance(heading) + 20));
        }
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        updateOpen();
    });
    connect(m_model, &WindowedListModel::countReady, this, [this](qint64 count) {
        m_count->setText(count == 0 ? tr("No records.")
                                    : tr("Confidential: open a record only for follow-up. %Ln record(s).",
                                         nullptr, static_cast<int>(count)));
        updateOpen();
    });
    connect(m_model, &WindowedListModel::loadFailed, this,
            [this](const QString& message) { m_count->setText(message); });
    connect(this, &QDialog::finished, this, &RecordsBehindDialog::detachList);

    m_model->attach(access);
    auto source = reports::RecordsBehindSource::create(records.recordType, records.ids);
    if (source)
        m_model->setSource(std::move(source).value());
    else
        m_count->setText(source.error().message);
    updateOpen();
    m_table->setFocus(); // Enter opens the first record at once
    resize(920, 520);
}

RecordsBehindDialog::~RecordsBehindDialog() {
    detachList();
}

void RecordsBehindDialog::detachList() {
    if (m_model)
        m_model->detach();
    updateOpen();
}

void RecordsBehindDialog::updateOpen() {
    m_open->setEnabled(m_model && m_model->rowCount() > 0);
}

void RecordsBehindDialog::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const qint64 id = m_model->idAt(current.row()); id > 0)
        emit openRequested(m_recordType, id);
}

} // namespace legalaid::ui

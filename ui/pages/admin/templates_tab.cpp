#include "pages/admin/templates_tab.h"

#include "documents/document_template.h"
#include "documents/document_template_service.h"
#include "documents/official_document.h"
#include "records/centre_settings.h"
#include "records/session.h"
#include "widgets/error_label.h"

#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace legalaid::ui {

namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kInsertRole = Qt::UserRole + 1;

QStringList sorted(const QSet<QString>& names) {
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end());
    return list;
}

// Sample values for the preview: each value shows its own name, each list has two items, so the admin sees
// where every placeholder lands and how a repeated section repeats.
documents::TemplateData sampleData(const documents::TemplateSchema& schema) {
    documents::TemplateData data;
    for (const QString& name : schema.values)
        data.values.insert(name, QStringLiteral("«%1»").arg(name));
    for (auto list = schema.lists.cbegin(); list != schema.lists.cend(); ++list) {
        std::vector<documents::TemplateData> items(2);
        for (int index = 0; index < 2; ++index)
            for (const QString& key : list.value())
                items[index].values.insert(key, key == QLatin1String("index")
                                                    ? QString::number(index + 1)
                                                    : QStringLiteral("«%1»").arg(key));
        data.lists.insert(list.key(), items);
    }
    return data;
}

// A document of the list: its title (wrapped, bold when the centre changed it) over its state in the muted
// colour, so the two lines read apart. The item's text stays "title\nstate" for screen readers and searches.
class DocumentDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QRect area = textArea(item).adjusted(0, kPadding, 0, -kPadding);
        item.text.clear();
        style(option)->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
        const bool selected = item.state.testFlag(QStyle::State_Selected);
        const QColor textColour = item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        // The state in a colour a third of the way to the background: readable, but second to the title.
        QColor muted = textColour;
        if (!selected) {
            const QColor base = item.palette.color(QPalette::Base);
            muted = QColor((textColour.red() + base.red()) / 2, (textColour.green() + base.green()) / 2,
                           (textColour.blue() + base.blue()) / 2);
        }
        const QString text = index.data(Qt::DisplayRole).toString();
        painter->save();
        painter->setFont(item.font);
        painter->setPen(textColour);
        QRect titleRect;
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title(text), &titleRect);
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(area.adjusted(0, titleRect.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                          state(text));
        painter->restore();
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        // Measured at the width the item is painted at: the whole width of the list.
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        item.rect = QRect(0, 0, view ? view->viewport()->width() : 240, 10000);
        const QRect area = textArea(item);
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect titleRect = QFontMetrics(item.font).boundingRect(QRect(0, 0, area.width(), 10000),
                                                                     Qt::TextWordWrap, title(text));
        return {item.rect.width(), titleRect.height() + QFontMetrics(option.font).height() + 2 * kPadding};
    }

private:
    static constexpr int kPadding = 3;
    static QStyle* style(const QStyleOptionViewItem& option) {
        return option.widget ? option.widget->style() : QApplication::style();
    }
    // Where the style puts an item's text (its margins included).
    static QRect textArea(const QStyleOptionViewItem& item) {
        return style(item)
            ->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget)
            .adjusted(kPadding, 0, -kPadding, 0);
    }
    // The item's text is "title\nstate" (the style option's copy has the line break turned into a separator).
    static QString title(const QString& text) { return text.section(QLatin1Char('\n'), 0, 0); }
    static QString state(const QString& text) { return text.section(QLatin1Char('\n'), 1); }
};

} // namespace

TemplatesTab::TemplatesTab(QWidget* parent)
    : AdminTab(parent) {
    setObjectName(QStringLiteral("adminTemplatesTab"));
    auto* outer = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    // Left: the documents and whether the centre changed each one.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* documentsLabel = new QLabel(tr("&Documents:"), left);
    m_documents = new QListWidget(left);
    m_documents->setObjectName(QStringLiteral("templateDocuments"));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setWordWrap(true);
    m_documents->setTextElideMode(Qt::ElideNone);
    m_documents->setAlternatingRowColors(true);
    m_documents->setResizeMode(QListView::Adjust);
    m_documents->setItemDelegate(new DocumentDelegate(m_documents));
    documentsLabel->setBuddy(m_documents);
    leftLayout->addWidget(documentsLabel);
    leftLayout->addWidget(m_documents, 1);
    connect(m_documents, &QListWidget::currentItemChanged, this, &TemplatesTab::onDocumentChosen);

    // Middle: the editor with its error message and the buttons.
    auto* middle = new QWidget(splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(middle);
    m_heading->setObjectName(QStringLiteral("templateHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_state = new QLabel(middle);
    m_state->setObjectName(QStringLiteral("templateState"));
    m_state->setWordWrap(true);
    auto* editorLabel = new QLabel(tr("Template &text (HTML with {{placeholders}}):"), middle);
    editorLabel->setWordWrap(true);
    m_editor = new QPlainTextEdit(middle);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_editor->setAccessibleName(tr("Template text"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    editorLabel->setBuddy(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_error->clearError();
        updateButtons();
    });
    m_error = new ErrorLabel(middle);
    m_error->setObjectName(QStringLiteral("templateError"));
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save template"), middle);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_preview = new QPushButton(tr("Pre&view"), middle);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setToolTip(tr("Shows the text as printed, each placeholder showing its own name."));
    m_restore = new QPushButton(tr("&Restore default"), middle);
    m_restore->setObjectName(QStringLiteral("templateRestore"));
    connect(m_save, &QPushButton::clicked, this, &TemplatesTab::save);
    connect(m_preview, &QPushButton::clicked, this, &TemplatesTab::preview);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreDefault(); });
    buttons->addWidget(m_save);
    buttons->addWidget(m_preview);
    buttons->addStretch();
    buttons->addWidget(m_restore);
    middleLayout->addWidget(m_heading);
    middleLayout->addWidget(m_state);
    middleLayout->addWidget(editorLabel);
    middleLayout->addWidget(m_editor, 1);
    middleLayout->addWidget(m_error);
    middleLayout->addLayout(buttons);

    // Right: the names this document may use; a double click inserts one at the cursor.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* placeholdersLabel = new QLabel(tr("&Placeholders (double-click to insert):"), right);
    placeholdersLabel->setWordWrap(true);
    m_placeholders = new QListWidget(right);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    placeholdersLabel->setBuddy(m_placeholders);
    rightLayout->addWidget(placeholdersLabel);
    rightLayout->addWidget(m_placeholders, 1);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, &TemplatesTab::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this, &TemplatesTab::insertPlaceholder);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({280, 640, 260});

    setTabOrder(m_documents, m_editor);
    setTabOrder(m_editor, m_save);
    setTabOrder(m_save, m_preview);
    setTabOrder(m_preview, m_restore);
    setTabOrder(m_restore, m_placeholders);
    updateButtons();
}

bool TemplatesTab::mayEdit() const {
    return m_session && isAllowed(m_session->user().role, Operation::EditCentreSettings);
}

void TemplatesTab::attach(Session& session) {
    m_session = &session;
    const Role role = session.user().role;
    allowFor(m_save, role, Operation::EditCentreSettings, tr("Saves the text as a new version (Ctrl+S)."));
    allowFor(m_restore, role, Operation::EditCentreSettings,
             tr("Prints this document from the shipped template again; saved versions are kept."));
    allowFor(m_placeholders, role, Operation::EditCentreSettings);
    m_editor->setReadOnly(!mayEdit());
    m_editor->setToolTip(mayEdit() ? QString()
                                   : requirePermission(role, Operation::EditCentreSettings).error().message);
    reloadList();
    updateButtons();
}

void TemplatesTab::detach() {
    m_session = nullptr;
    // Edits kept behind the lock screen stay; otherwise nothing of the centre's stays on screen.
    if (!m_dirty) {
        m_loading = true;
        m_editor->clear();
        m_loading = false;
    }
    updateButtons();
}

void TemplatesTab::reloadList() {
    if (!m_session)
        return;
    const QString keep = m_code;
    m_loading = true;
    m_documents->clear();
    QListWidgetItem* current = nullptr;
    documents::DocumentTemplateService templates(*m_session);
    for (const documents::DocumentKind& kind : documents::documentKinds()) {
        auto effective = templates.effective(kind.code);
        const int version = effective ? effective->version : 0;
        const QString state =
            !effective ? effective.error().message
                       : (version == 0 ? tr("Default") : tr("Customised (version %1)").arg(version));
        auto* item = new QListWidgetItem(kind.title + QLatin1Char('\n') + state, m_documents);
        item->setData(kCodeRole, kind.code);
        item->setToolTip(kind.title);
        QFont font = item->font();
        font.setBold(version > 0);
        item->setFont(font);
        if (kind.code == keep || (keep.isEmpty() && !current))
            current = item;
    }
    m_documents->setCurrentItem(current);
    m_loading = false;
    if (current) {
        const bool sameDocument = current->data(kCodeRole).toString() == m_code;
        m_code = current->data(kCodeRole).toString();
        // Unsaved edits of the same document (kept behind the lock screen) are not overwritten.
        if (!(sameDocument && m_dirty))
            loadCurrent();
    }
}

void TemplatesTab::loadCurrent() {
    m_error->clearError();
    m_placeholders->clear();
    const documents::DocumentKind* kind = documents::documentKind(m_code);
    if (!m_session || !kind) {
        m_heading->clear();
        m_state->clear();
        return;
    }
    m_heading->setText(kind->title);
    auto effective = documents::DocumentTemplateService(*m_session).effective(m_code);
    m_loading = true;
    if (!effective) {
        m_editor->clear();
        m_state->clear();
        m_activeVersion = 0;
        m_error->showError(effective.error().message);
    } else {
        m_editor->setPlainText(effective->body);
        m_activeVersion = effective->version;
        m_state->setText(effective->version == 0
                             ? tr("The shipped default template is used.")
                             : tr("The centre's version %1 is used.").arg(effective->version));
    }
    m_loading = false;
    m_dirty = false;

    const auto add = [this](const QString& text, const QString& insert, const QString& tip) {
        auto* item = new QListWidgetItem(text, m_placeholders);
        item->setData(kInsertRole, insert);
        item->setToolTip(tip);
    };
    for (const QString& name : sorted(kind->schema.values))
        add(QStringLiteral("{{%1}}").arg(name), QStringLiteral("{{%1}}").arg(name), tr("A value."));
    QStringList lists = kind->schema.lists.keys();
    std::sort(lists.begin(), lists.end());
    for (const QString& list : lists) {
        add(QStringLiteral("{{#%1}}…{{/%1}}").arg(list), QStringLiteral("{{#%1}}\n{{/%1}}").arg(list),
            tr("A repeated section: its text is printed once for each item of the list."));
        for (const QString& key : sorted(kind->schema.lists.value(list)))
            add(QStringLiteral("    {{%1}}").arg(key), QStringLiteral("{{%1}}").arg(key),
                tr("A value of one item of %1, used inside its section.").arg(list));
    }
    updateButtons();
}

void TemplatesTab::onDocumentChosen() {
    if (m_loading)
        return;
    QListWidgetItem* item = m_documents->currentItem();
    if (!item)
        return;
    const QString code = item->data(kCodeRole).toString();
    if (code != m_code)
        selectDocument(code);
}

bool TemplatesTab::selectDocument(const QString& code, bool confirm) {
    if (!documents::documentKind(code))
        return false;
    if (code != m_code && m_dirty && confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved template"),
            tr("Discard the changes to the template of \"%1\"?").arg(documents::documentKind(m_code)->title));
        if (answer != QMessageBox::Yes || !m_session) {
            // Back to the document being edited.
            m_loading = true;
            for (int row = 0; row < m_documents->count(); ++row)
                if (m_documents->item(row)->data(kCodeRole).toString() == m_code)
                    m_documents->setCurrentRow(row);
            m_loading = false;
            return false;
        }
    }
    m_code = code;
    m_dirty = false;
    m_loading = true;
    for (int row = 0; row < m_documents->count(); ++row)
        if (m_documents->item(row)->data(kCodeRole).toString() == code)
            m_documents->setCurrentRow(row);
    m_loading = false;
    loadCurrent();
    return true;
}

void TemplatesTab::insertPlaceholder(QListWidgetItem* item) {
    if (!item || m_editor->isReadOnly())
        return;
    m_editor->insertPlainText(item->data(kInsertRole).toString());
    m_editor->setFocus();
}

bool TemplatesTab::save() {
    if (!m_session || m_code.isEmpty())
        return false;
    auto saved = documents::DocumentTemplateService(*m_session).save(m_code, m_editor->toPlainText());
    if (!saved) {
        m_error->showError(saved.error().message);
        return false;
    }
    m_dirty = false;
    reloadList();
    loadCurrent();
    return true;
}

bool TemplatesTab::restoreDefault(bool confirm) {
    if (!m_session || m_code.isEmpty())
        return false;
    if (confirm) {
        const auto answer = QMessageBox::question(this, tr("Restore default"),
                                                  tr("Print \"%1\" from the shipped template again? The "
                                                     "centre's versions are kept, and any unsaved "
                                                     "changes are lost.")
                                                      .arg(documents::documentKind(m_code)->title));
        // The lock may have closed the question and detached the page meanwhile.
        if (answer != QMessageBox::Yes || !m_session)
            return false;
    }
    if (const Status restored = documents::DocumentTemplateService(*m_session).restoreDefault(m_code);
        !restored) {
        m_error->showError(restored.error().message);
        return false;
    }
    m_dirty = false;
    reloadList();
    loadCurrent();
    return true;
}

void TemplatesTab::preview() {
    const documents::DocumentKind* kind = documents::documentKind(m_code);
    if (!m_session || !kind)
        return;
    const QString body = m_editor->toPlainText();
    if (const Status valid = documents::validateTemplate(body, kind->schema); !valid) {
        m_error->showError(valid.error().message);
        return;
    }
    auto filled = documents::expandTemplate(body, sampleData(kind->schema));
    if (!filled) {
        m_error->showError(filled.error().message);
        return;
    }
    const CentreSettings& centre = m_session->centre();
    documents::OfficialDocument document;
    document.setIssuer(centre.parentAgency, centre.name)
        .setPlaceDate(centre.placeName, QDate::currentDate())
        .setTitle(kind->title)
        .appendBodyHtml(*filled);

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("templatePreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview: %1").arg(kind->title));
    auto* layout = new QVBoxLayout(dialog);
    auto* note =
        new QLabel(tr("Sample values: each placeholder shows its name, each list two items."), dialog);
    note->setWordWrap(true);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("templatePreviewText"));
    browser->setAccessibleName(tr("Preview"));
    browser->setOpenLinks(false);
    // Set in the documents' serif, as printed.
    browser->document()->setDefaultFont(QFont(documents::documentFontFamily(), 13));
    browser->setHtml(document.html());
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(note);
    layout->addWidget(browser, 1);
    layout->addWidget(close);
    dialog->resize(820, 640);
    dialog->open();
}

void TemplatesTab::updateButtons() {
    const bool document = m_session && !m_code.isEmpty();
    m_preview->setEnabled(document);
    if (mayEdit()) {
        m_save->setEnabled(document && m_dirty);
        // Nothing to restore while the shipped default is used and the text is unchanged.
        m_restore->setEnabled(document && (m_activeVersion > 0 || m_dirty));
    }
}

} // namespace legalaid::ui

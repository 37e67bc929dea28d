#pragma once

#include "pages/admin/admin_tab.h"

#include <QString>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace legalaid::ui {

class ErrorLabel;

// Mẫu văn bản: the centre's overrides of the document templates (core/documents/document_template_service.h).
// Reading is open to every role that sees the administration page; saving and restoring the shipped default
// need EditCentreSettings (the core checks it; the buttons say so). The text is checked when it is saved: the
// core's refusal (e.g. an unknown placeholder, by name) is shown beside the editor.
class TemplatesTab : public AdminTab {
    Q_OBJECT

public:
    explicit TemplatesTab(QWidget* parent = nullptr);
    void attach(Session& session) override;
    void detach() override;

    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    // Saves the text as the next version of the selected document's template; false (message shown) when the
    // core refuses it.
    bool save();
    // Shows the selected document filled with sample values (each placeholder shows its own name).
    void preview();
    // Back to the shipped default, after asking when `confirm`.
    bool restoreDefault(bool confirm = true);
    // Selects a document by its code; asks before dropping unsaved edits when `confirm`.
    bool selectDocument(const QString& code, bool confirm = true);
    [[nodiscard]] QString currentCode() const { return m_code; }

    [[nodiscard]] QListWidget* documentList() const { return m_documents; }
    [[nodiscard]] QPlainTextEdit* editor() const { return m_editor; }

private:
    void reloadList();
    void loadCurrent();
    void onDocumentChosen();
    void insertPlaceholder(QListWidgetItem* item);
    void updateButtons();
    [[nodiscard]] bool mayEdit() const;

    Session* m_session = nullptr;
    QString m_code;          // the document being edited
    int m_activeVersion = 0; // of the document being edited; 0: the shipped default
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget* m_documents = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    ErrorLabel* m_error = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace legalaid::ui

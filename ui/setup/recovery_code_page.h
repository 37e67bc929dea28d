#pragma once

#include "documents/recovery_code_sheet.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace legalaid::ui {

class ErrorLabel;

// The last page: the recovery code, shown once, to print or save as PDF; finishing needs a promise to keep
// it.
class RecoveryCodePage : public QWizardPage {
    Q_OBJECT

public:
    // Given the suggested file path, returns where to save the PDF, or an empty string to cancel.
    using SavePathChooser = std::function<QString(const QString& suggestedPath)>;

    explicit RecoveryCodePage(QWidget* parent = nullptr);

    void setSheet(const documents::RecoveryCodeSheet& sheet);
    [[nodiscard]] bool isCodeKept() const;
    // Replaces the file dialog, so tests can save without one.
    void setSavePathChooser(SavePathChooser chooser);

    bool isComplete() const override;

    // Groups of five, seven to a line, as the paper shows them.
    [[nodiscard]] static QString formatForScreen(const QString& recoveryCode);

public slots:
    void print();
    void saveAsPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] QString askForSavePath(const QString& suggestedPath);

    documents::RecoveryCodeSheet m_sheet;
    SavePathChooser m_chooseSavePath;
    QLabel* m_explanation = nullptr;
    QLabel* m_code = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
    QLabel* m_saved = nullptr;
    ErrorLabel* m_error = nullptr;
    QCheckBox* m_kept = nullptr;
};

} // namespace legalaid::ui

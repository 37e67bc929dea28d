#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace legalaid::ui {

// First page: the language of the application, Vietnamese unless chosen otherwise.
class LanguagePage : public QWizardPage {
    Q_OBJECT

public:
    explicit LanguagePage(QWidget* parent = nullptr);

    // "vi" or "en".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);

signals:
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_prompt = nullptr;
    QRadioButton* m_vietnamese = nullptr;
    QRadioButton* m_english = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace legalaid::ui

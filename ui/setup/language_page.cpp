#include "setup/language_page.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace legalaid::ui {

LanguagePage::LanguagePage(QWidget* parent)
    : QWizardPage(parent)
    , m_prompt(new QLabel(this))
    // Each language is named in itself so that anyone can find theirs; these names are never translated.
    , m_vietnamese(new QRadioButton(QStringLiteral("&Tiếng Việt"), this))
    , m_english(new QRadioButton(QStringLiteral("&English"), this))
    , m_note(new QLabel(this)) {
    m_vietnamese->setObjectName(QStringLiteral("languageVietnamese"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    m_vietnamese->setChecked(true);
    m_prompt->setWordWrap(true);
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addSpacing(6);
    layout->addWidget(m_vietnamese);
    layout->addWidget(m_english);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_english, &QRadioButton::toggled, this, [this] { emit languageChosen(language()); });
    retranslate();
}

QString LanguagePage::language() const {
    return m_english->isChecked() ? QStringLiteral("en") : QStringLiteral("vi");
}

void LanguagePage::setLanguage(const QString& language) {
    (language == QLatin1String("en") ? m_english : m_vietnamese)->setChecked(true);
}

void LanguagePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LanguagePage::retranslate() {
    setTitle(tr("Welcome to legalaid-desk"));
    setSubTitle(tr("This assistant sets up the encrypted database of your legal-aid centre."));
    m_prompt->setText(tr("Choose the language of the application:"));
    m_note->setText(tr("The choice is kept for the next start."));
}

} // namespace legalaid::ui

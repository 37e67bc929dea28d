#include "setup/centre_page.h"

#include "widgets/error_label.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

QLineEdit* lineEdit(const QString& objectName, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

CentrePage::CentrePage(QWidget* parent)
    : QWizardPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(lineEdit(QStringLiteral("centreName"), this))
    , m_codeLabel(new QLabel(this))
    , m_code(lineEdit(QStringLiteral("centreCode"), this))
    , m_codeHint(new QLabel(this))
    , m_placeLabel(new QLabel(this))
    , m_place(lineEdit(QStringLiteral("centrePlace"), this))
    , m_parentLabel(new QLabel(this))
    , m_parent(lineEdit(QStringLiteral("centreParentAgency"), this))
    , m_error(new ErrorLabel(this)) {
    m_error->setObjectName(QStringLiteral("centreError"));
    m_code->setMaxLength(10);
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 12);
    m_codeHint->setWordWrap(true);
    QFont hintFont = m_codeHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_codeHint->setFont(hintFont);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_placeLabel, m_place);
    form->addRow(m_parentLabel, m_parent);
    m_nameLabel->setBuddy(m_name);
    m_codeLabel->setBuddy(m_code);
    m_placeLabel->setBuddy(m_place);
    m_parentLabel->setBuddy(m_parent);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_codeHint);
    layout->addSpacing(6);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_name, m_code);
    setTabOrder(m_code, m_place);
    setTabOrder(m_place, m_parent);

    connect(m_code, &QLineEdit::textEdited, this, &CentrePage::capitaliseCode);
    for (QLineEdit* edit : {m_name, m_code, m_place, m_parent})
        connect(edit, &QLineEdit::textChanged, this, &CentrePage::revalidateShownError);
    retranslate();
}

CentreSettings CentrePage::centre() const {
    return CentreSettings{m_name->text().trimmed(), m_code->text().trimmed(), m_place->text().trimmed(),
                          m_parent->text().trimmed()};
}

bool CentrePage::validatePage() {
    const Status valid = validateCentreSettings(centre());
    if (valid) {
        m_error->clearError();
        return true;
    }
    m_error->showError(valid.error().message);
    (centre().name.isEmpty() ? m_name : m_code)->setFocus();
    return false;
}

void CentrePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CentrePage::retranslate() {
    setTitle(tr("Your centre"));
    setSubTitle(tr("These details are printed at the top of the centre's documents."));
    m_nameLabel->setText(tr("Centre &name:"));
    m_codeLabel->setText(tr("Centre &code:"));
    m_placeLabel->setText(tr("&Place name:"));
    m_parentLabel->setText(tr("Pa&rent agency:"));
    m_name->setPlaceholderText(
        tr("for example: %1").arg(QStringLiteral("Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng")));
    m_code->setPlaceholderText(tr("for example: %1").arg(QStringLiteral("TT")));
    m_codeHint->setText(
        tr("The centre code is printed in case file codes: capital letters or digits, such as TT "
           "for the centre or CN1 for branch 1."));
    m_place->setPlaceholderText(tr("for example: %1").arg(QStringLiteral("Hải Phòng")));
    m_parent->setPlaceholderText(tr("for example: %1").arg(QStringLiteral("Sở Tư pháp thành phố Hải Phòng")));
    revalidateShownError();
}

void CentrePage::revalidateShownError() {
    // Only once a problem has been pointed out: the message then follows the fields as they are corrected.
    if (m_error->isHidden())
        return;
    const Status valid = validateCentreSettings(centre());
    m_error->showError(valid ? QString() : valid.error().message);
}

void CentrePage::capitaliseCode(const QString& text) {
    const QString upper = text.toUpper();
    if (upper == text)
        return;
    const int cursor = m_code->cursorPosition();
    m_code->setText(upper);
    m_code->setCursorPosition(cursor);
}

} // namespace legalaid::ui

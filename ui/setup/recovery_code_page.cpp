#include "setup/recovery_code_page.h"

#include "widgets/error_label.h"
#include "widgets/wait_cursor.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace legalaid::ui {

namespace {

constexpr int kGroupsPerLine = 7;

} // namespace

RecoveryCodePage::RecoveryCodePage(QWidget* parent)
    : QWizardPage(parent)
    , m_explanation(new QLabel(this))
    , m_code(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_saved(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_kept(new QCheckBox(this)) {
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_print->setObjectName(QStringLiteral("printRecoveryCode"));
    m_savePdf->setObjectName(QStringLiteral("saveRecoveryCodePdf"));
    m_saved->setObjectName(QStringLiteral("recoveryCodeSaved"));
    m_error->setObjectName(QStringLiteral("recoveryCodeError"));
    m_kept->setObjectName(QStringLiteral("recoveryCodeKept"));

    m_explanation->setWordWrap(true);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(18);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);
    m_code->setAutoFillBackground(true);
    m_code->setBackgroundRole(QPalette::Base);
    m_code->setForegroundRole(QPalette::Text);
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->hide();
    // Neither button may swallow the Enter that finishes the wizard.
    m_print->setAutoDefault(false);
    m_savePdf->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addWidget(m_code);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addWidget(m_saved);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_kept);

    setTabOrder(m_code, m_print);
    setTabOrder(m_print, m_savePdf);
    setTabOrder(m_savePdf, m_kept);

    connect(m_print, &QPushButton::clicked, this, &RecoveryCodePage::print);
    connect(m_savePdf, &QPushButton::clicked, this, &RecoveryCodePage::saveAsPdf);
    connect(m_kept, &QCheckBox::toggled, this, &RecoveryCodePage::completeChanged);
    retranslate();
}

void RecoveryCodePage::setSheet(const documents::RecoveryCodeSheet& sheet) {
    m_sheet = sheet;
    m_code->setText(formatForScreen(sheet.recoveryCode));
    emit completeChanged();
}

bool RecoveryCodePage::isCodeKept() const {
    return m_kept->isChecked();
}

void RecoveryCodePage::setSavePathChooser(SavePathChooser chooser) {
    m_chooseSavePath = std::move(chooser);
}

bool RecoveryCodePage::isComplete() const {
    return !m_sheet.recoveryCode.isEmpty() && m_kept->isChecked();
}

QString RecoveryCodePage::formatForScreen(const QString& recoveryCode) {
    const QStringList groups = recoveryCode.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype first = 0; first < groups.size(); first += kGroupsPerLine)
        lines << groups.mid(first, kGroupsPerLine).join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

void RecoveryCodePage::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents::recoveryCodeSheetPageLayout());
    printer.setDocName(tr("Recovery code"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WaitCursor busy;
    documents::printRecoveryCodeSheet(m_sheet, printer);
}

void RecoveryCodePage::saveAsPdf() {
    const QString documentsFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documentsFolder).filePath(tr("recovery-code-%1.pdf").arg(m_sheet.centre.code.toLower()));
    QString path = askForSavePath(suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");

    const Status written = [&] {
        const WaitCursor busy;
        return documents::writeRecoveryCodePdf(path, m_sheet);
    }();
    if (!written) {
        m_saved->hide();
        m_error->showError(written.error().message);
        return;
    }
    m_error->clearError();
    // The PDF is the one copy of the key in clear on a disk; say what to do with it.
    m_saved->setText(tr("Saved as %1. The file contains the recovery code: print it, then delete the file or "
                        "keep it only on a USB stick locked in the safe.")
                         .arg(QDir::toNativeSeparators(path)));
    m_saved->show();
}

QString RecoveryCodePage::askForSavePath(const QString& suggestedPath) {
    if (m_chooseSavePath)
        return m_chooseSavePath(suggestedPath);
    return QFileDialog::getSaveFileName(this, tr("Save the recovery code as PDF"), suggestedPath,
                                        tr("PDF documents (*.pdf)"));
}

void RecoveryCodePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RecoveryCodePage::retranslate() {
    setTitle(tr("Recovery code"));
    setSubTitle(tr("The database is ready. This code is shown only now: print it or write it down."));
    m_explanation->setText(
        tr("The recovery code opens the database when every administrator's password is forgotten or the "
           "keyring file is lost. Anyone who has it can open all the data, so keep the paper in a safe and "
           "never on a computer."));
    m_print->setText(tr("&Print…"));
    m_savePdf->setText(tr("&Save as PDF…"));
    m_kept->setText(tr("I have printed or &written down the recovery code and will keep it in a safe place"));
}

} // namespace legalaid::ui

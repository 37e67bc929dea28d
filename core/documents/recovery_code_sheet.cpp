#include "documents/recovery_code_sheet.h"

#include "common/atomic_file.h"
#include "documents/official_document.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace legalaid::documents {

namespace {

constexpr int kGroupsPerRow = 7;

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

const QString& monospaceFamilies() {
    static const QString families =
        QStringLiteral("'Liberation Mono', 'DejaVu Sans Mono', 'Courier New', monospace");
    return families;
}

// QTextDocument reads HTML lengths as CSS pixels (1/96 inch) and scales them to the device itself; only
// font sizes take points. Spacing is thought of in points, as on paper.
QString points(double pt) {
    return QString::number(qMax(1, qRound(pt * 96.0 / 72.0)));
}

QString titleHtml() {
    return QStringLiteral("<p align=\"center\" style=\"font-size:16pt; font-weight:bold; margin-top:") +
           points(20) + QStringLiteral("; margin-bottom:0\">") +
           escaped(QCoreApplication::translate("RecoveryCodeSheet", "RECOVERY CODE")) +
           QStringLiteral("</p><p align=\"center\" style=\"margin-top:") + points(2) +
           QStringLiteral("; margin-bottom:") + points(14) + QStringLiteral("\"><i>") +
           escaped(QCoreApplication::translate("RecoveryCodeSheet",
                                               "for the encrypted database of legalaid-desk")) +
           QStringLiteral(
               "</i></p><p align=\"center\" style=\"font-size:12pt; font-weight:bold; margin-top:0; "
               "margin-bottom:") +
           points(12) + QStringLiteral("\">") +
           escaped(QCoreApplication::translate("RecoveryCodeSheet", "CONFIDENTIAL")) + QStringLiteral(" – ") +
           escaped(QCoreApplication::translate("RecoveryCodeSheet", "Keep in the safe")) +
           QStringLiteral("</p>");
}

QString factsHtml(const RecoveryCodeSheet& sheet) {
    const QString created =
        QLocale().toString(sheet.createdAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    const QString centre = sheet.centre.code.isEmpty()
                               ? sheet.centre.name
                               : QCoreApplication::translate("RecoveryCodeSheet", "%1 (code %2)")
                                     .arg(sheet.centre.name, sheet.centre.code);
    const std::pair<QString, QString> rows[] = {
        {QCoreApplication::translate("RecoveryCodeSheet", "Centre:"), centre},
        {QCoreApplication::translate("RecoveryCodeSheet", "Database file:"), sheet.databaseFileName},
        {QCoreApplication::translate("RecoveryCodeSheet", "Created on:"), created},
    };
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"") + points(2) + QStringLiteral("\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td>") + escaped(label) + QStringLiteral("</td><td><b>") +
                escaped(value) + QStringLiteral("</b></td></tr>");
    return html + QStringLiteral("</table>");
}

// The groups are numbered because a mistyped code is reported by group number.
QString codeHtml(const RecoveryCodeSheet& sheet) {
    const QStringList groups = sheet.recoveryCode.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QString html =
        QStringLiteral("<p style=\"margin-top:") + points(20) + QStringLiteral("; margin-bottom:") +
        points(6) + QStringLiteral("\">") +
        escaped(QCoreApplication::translate(
            "RecoveryCodeSheet", "The code (%n groups of five characters):", nullptr, int(groups.size()))) +
        QStringLiteral("</p><table align=\"center\" border=\"") + points(0.75) +
        QStringLiteral("\" cellspacing=\"0\" cellpadding=\"") + points(6) +
        QStringLiteral("\" style=\"border-color:#000000; border-style:solid; border-collapse:collapse\">");
    for (qsizetype first = 0; first < groups.size(); first += kGroupsPerRow) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = first; i < qMin(first + kGroupsPerRow, groups.size()); ++i)
            html += QStringLiteral("<td align=\"center\"><span style=\"font-size:8pt\">") +
                    QString::number(i + 1) + QStringLiteral("</span><br/><span style=\"font-family:") +
                    monospaceFamilies() + QStringLiteral("; font-size:16pt; font-weight:bold\">") +
                    escaped(groups.at(i)) + QStringLiteral("</span></td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString instructionsHtml(const RecoveryCodeSheet& sheet) {
    const QString keyringFile = sheet.databaseFileName + QStringLiteral(".keyring");
    const QString items[] = {
        QCoreApplication::translate(
            "RecoveryCodeSheet",
            "Keep this sheet in a locked safe. Do not photograph or scan it, and do not keep a copy on a "
            "computer, in e-mail or in a chat."),
        QCoreApplication::translate(
            "RecoveryCodeSheet",
            "Anyone who has this code and a copy of the database can open all of its data, including the "
            "records of victims and children. Show it to no one."),
        QCoreApplication::translate(
            "RecoveryCodeSheet",
            "The code is needed when the passwords of all administrators are forgotten or when the keyring "
            "file (%1) is lost or damaged: with it an administrator opens the database again and sets new "
            "passwords.")
            .arg(keyringFile),
        QCoreApplication::translate(
            "RecoveryCodeSheet",
            "If the database key is ever changed, this code stops working: keep the new code in the safe and "
            "destroy this sheet."),
    };
    QString html = QStringLiteral("<p style=\"margin-top:") + points(24) +
                   QStringLiteral("; margin-bottom:") + points(4) + QStringLiteral("\"><b>") +
                   escaped(QCoreApplication::translate("RecoveryCodeSheet", "Instructions")) +
                   QStringLiteral("</b></p><ol style=\"margin-left:") + points(4) + QStringLiteral("\">");
    for (const QString& item : items)
        html += QStringLiteral("<li style=\"margin-bottom:") + points(6) + QStringLiteral("\">") +
                escaped(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

// Room for the person who puts the sheet in the safe, so custody is on paper too.
QString custodyHtml() {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:") +
           points(24) +
           QStringLiteral("\"><tr><td width=\"50%\"></td><td width=\"50%\" align=\"center\">"
                          "<p style=\"margin:0\"><b>") +
           escaped(QCoreApplication::translate("RecoveryCodeSheet", "PLACED IN THE SAFE BY")) +
           QStringLiteral("</b></p><p style=\"margin:0\"><i>") +
           escaped(QCoreApplication::translate("RecoveryCodeSheet", "(date, signature and full name)")) +
           QStringLiteral("</i></p></td></tr></table>");
}

} // namespace

// The sheet on the official layout (Decree 30 frame: the centre top left, Quốc hiệu top right, place and
// date of creation). No print mark: the sheet carries no personal data and is printed before anyone signs in.
OfficialDocument recoveryCodeDocument(const RecoveryCodeSheet& sheet) {
    OfficialDocument document;
    document.setIssuer(sheet.centre.parentAgency, sheet.centre.name)
        .setPlaceDate(sheet.centre.placeName, sheet.createdAt.toLocalTime().date())
        .appendBodyHtml(titleHtml() + factsHtml(sheet) + codeHtml(sheet) + instructionsHtml(sheet) +
                        custodyHtml())
        .setPrintMark({{}, {}, false})
        .setDocumentTitle(QCoreApplication::translate("RecoveryCodeSheet", "Recovery code"));
    return document;
}

QPageLayout recoveryCodeSheetPageLayout() {
    return officialPageLayout(QPageLayout::Portrait);
}

std::unique_ptr<QTextDocument> buildRecoveryCodeSheet(const RecoveryCodeSheet& sheet,
                                                      QPagedPaintDevice& device) {
    auto document = std::make_unique<QTextDocument>();
    // Laying out on the target device keeps point sizes exact.
    document->documentLayout()->setPaintDevice(&device);
    QFont font(documentFontFamily());
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(13);
    document->setDefaultFont(font);
    document->setPageSize(QSizeF(device.width(), device.height()));
    document->setDocumentMargin(0); // the page layout's margins are the Decree 30 margins
    document->setHtml(recoveryCodeDocument(sheet).html());
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 QCoreApplication::translate("RecoveryCodeSheet", "Recovery code"));
    return document;
}

void printRecoveryCodeSheet(const RecoveryCodeSheet& sheet, QPagedPaintDevice& device) {
    // A failure leaves the page blank; the desk reports the printer's own errors.
    (void)renderDocument(recoveryCodeDocument(sheet), device);
}

Status writeRecoveryCodePdf(const QString& path, const RecoveryCodeSheet& sheet) {
    auto pdf = renderPdf(recoveryCodeDocument(sheet));
    if (!pdf)
        return pdf.error();
    return writeFileAtomically(path, pdf->pdf);
}

} // namespace legalaid::documents

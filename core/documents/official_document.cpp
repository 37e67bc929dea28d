#include "documents/official_document.h"

#include "documents/page_composer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace legalaid::documents {

namespace {

constexpr int kPdfResolution = 300;
constexpr double kBodyPointSize = 13;
constexpr double kFooterPointSize = 8;
constexpr double kFooterBandMm = 11;        // reserved at the foot of the content area for the print mark
constexpr double kPageNumberFromTopMm = 10; // the page number's baseline band inside the top margin

// QTextDocument reads HTML lengths as CSS pixels (1/96 inch) and scales them to the device; spacing is
// thought of in points, as on paper.
QString px(double pt) {
    return QString::number(qMax(0, qRound(pt * 96.0 / 72.0)));
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString twoDigits(int n) {
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// A short centred rule over `percent` of the column: the middle cell of a three-cell table carries a top
// border (a table's own width is not honoured inside a table cell; its columns' widths are).
QString ruleHtml(int percent, double spaceAbovePt) {
    const int side = (100 - percent) / 2;
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top:%1px; border-style:none\"><tr>"
                          "<td width=\"%2%\" style=\"font-size:2pt\"></td>"
                          "<td width=\"%3%\" style=\"border-top:1px solid #000000; font-size:2pt\"></td>"
                          "<td width=\"%2%\" style=\"font-size:2pt\"></td></tr></table>")
        .arg(px(spaceAbovePt))
        .arg(side)
        .arg(100 - 2 * side);
}

QString nationalHtml(double nationalPt, double mottoPt) {
    return QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:%1pt; font-weight:bold\">"
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
                          "<p align=\"center\" style=\"margin:0; font-size:%2pt; font-weight:bold\">"
                          "Độc lập - Tự do - Hạnh phúc</p>")
               .arg(nationalPt)
               .arg(mottoPt) +
           ruleHtml(mottoPt < 13.5 ? 62 : 40, 1.5); // about as long as the motto
}

} // namespace

OfficialDocument& OfficialDocument::setOrientation(QPageLayout::Orientation orientation) {
    m_orientation = orientation;
    return *this;
}
OfficialDocument& OfficialDocument::setHeaderStyle(HeaderStyle style) {
    m_style = style;
    return *this;
}
OfficialDocument& OfficialDocument::setIssuer(const QString& parentAgency, const QString& issuingBody) {
    m_parentAgency = parentAgency.trimmed();
    m_issuingBody = issuingBody.trimmed();
    return *this;
}
OfficialDocument& OfficialDocument::setNumber(const QString& number) {
    m_number = number.trimmed();
    return *this;
}
OfficialDocument& OfficialDocument::setPlaceDate(const QString& place, const QDate& date) {
    m_place = place.trimmed();
    m_date = date;
    return *this;
}
OfficialDocument& OfficialDocument::setTitle(const QString& title, const QString& subtitle) {
    m_title = title;
    m_subtitle = subtitle;
    return *this;
}
OfficialDocument& OfficialDocument::appendBodyHtml(const QString& html) {
    m_body += html;
    return *this;
}
OfficialDocument& OfficialDocument::setSignature(const QString& title, const QString& name) {
    m_signerTitle = title;
    m_signerName = name;
    m_hasSignature = true;
    return *this;
}
OfficialDocument& OfficialDocument::setRecipients(const QStringList& recipients) {
    m_recipients = recipients;
    return *this;
}
OfficialDocument& OfficialDocument::setPrintMark(const PrintMark& mark) {
    m_mark = mark;
    return *this;
}
OfficialDocument& OfficialDocument::setHasContents(bool hasContents) {
    m_hasContents = hasContents;
    return *this;
}
OfficialDocument& OfficialDocument::setDocumentTitle(const QString& title) {
    m_documentTitle = title;
    return *this;
}

QPageLayout OfficialDocument::pageLayout() const {
    return officialPageLayout(m_orientation);
}

QString OfficialDocument::headerHtml() const {
    const QString placeDate =
        QStringLiteral("<p align=\"right\" style=\"margin:0; font-style:italic\">%1%2</p>")
            .arg(m_place.isEmpty() ? QString() : esc(m_place) + QStringLiteral(", "),
                 m_date.isValid() ? vietnameseDateWords(m_date) : QStringLiteral("ngày …… tháng …… năm ……"));
    if (m_style == HeaderStyle::NationalOnly)
        return nationalHtml(13, 14) + QStringLiteral("<p style=\"margin:0; font-size:8pt\">&nbsp;</p>") +
               (m_place.isEmpty() && !m_date.isValid() ? QString() : placeDate);

    // Decree 30, appendix I: the issuing body over the left part, the national heading over the right; the
    // number under the issuing body and the place and date under the motto, on the same line.
    QString left;
    if (!m_parentAgency.isEmpty())
        left += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:12pt\">") +
                esc(m_parentAgency.toUpper()) + QStringLiteral("</p>");
    left += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:12pt; font-weight:bold\">") +
            esc(m_issuingBody.toUpper()) + QStringLiteral("</p>") + ruleHtml(36, 1.5);
    const QString number =
        m_number.isEmpty()
            ? QString()
            : QStringLiteral("<p align=\"center\" style=\"margin:0\">Số: %1</p>").arg(esc(m_number));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                          "<td width=\"45%\" valign=\"top\">") +
           left + QStringLiteral("</td><td width=\"55%\" valign=\"top\">") + nationalHtml(12, 13) +
           QStringLiteral("</td></tr><tr><td valign=\"top\" style=\"padding-top:%1px\">").arg(px(6)) +
           number + QStringLiteral("</td><td valign=\"top\" style=\"padding-top:%1px\">").arg(px(6)) +
           QString(placeDate).replace(QStringLiteral("align=\"right\""), QStringLiteral("align=\"center\"")) +
           QStringLiteral("</td></tr></table>");
}

QString OfficialDocument::closingHtml() const {
    if (!m_hasSignature && m_recipients.isEmpty())
        return {};
    QString left;
    if (!m_recipients.isEmpty()) {
        left = QStringLiteral("<p style=\"margin:0; font-size:12pt; font-weight:bold; font-style:italic\">"
                              "Nơi nhận:</p>");
        for (const QString& recipient : m_recipients)
            left += QStringLiteral("<p style=\"margin:0; font-size:11pt\">- ") + esc(recipient) +
                    QStringLiteral(";</p>");
    }
    QString right;
    if (m_hasSignature) {
        right = QStringLiteral("<p align=\"center\" style=\"margin:0; font-weight:bold\">") +
                esc(m_signerTitle.toUpper()) +
                QStringLiteral("</p><p style=\"margin:0; font-size:%1pt\">&nbsp;</p>").arg(56) +
                QStringLiteral("<p align=\"center\" style=\"margin:0; font-weight:bold\">") +
                esc(m_signerName) + QStringLiteral("</p>");
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                          "style=\"margin-top:%1px\"><tr><td width=\"50%\" valign=\"top\">")
               .arg(px(12)) +
           left + QStringLiteral("</td><td width=\"50%\" valign=\"top\">") + right +
           QStringLiteral("</td></tr></table>");
}

QString OfficialDocument::html() const {
    QString html = QStringLiteral("<html><body>") + headerHtml();
    if (!m_title.isEmpty())
        html +=
            QStringLiteral("<p align=\"center\" style=\"margin-top:%1px; margin-bottom:0; font-size:14pt; "
                           "font-weight:bold\">")
                .arg(px(18)) +
            esc(m_title) + QStringLiteral("</p>");
    if (!m_subtitle.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"margin:0; font-size:14pt; font-weight:bold\">") +
                esc(m_subtitle) + QStringLiteral("</p>");
    html += m_body + closingHtml() + QStringLiteral("</body></html>");
    return html;
}

QPageLayout officialPageLayout(QPageLayout::Orientation orientation) {
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(30, 20, 15, 20),
                       QPageLayout::Millimeter);
}

QString documentFontFamily() {
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString& candidate :
             {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("Tinos"),
              QStringLiteral("DejaVu Serif")})
            if (installed.contains(candidate, Qt::CaseInsensitive))
                return candidate;
        return QStringLiteral("serif");
    }();
    return family;
}

QString vietnameseDateWords(const QDate& date) {
    const int month = date.month();
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(twoDigits(date.day()), month <= 2 ? twoDigits(month) : QString::number(month),
             QString::number(date.year()));
}

Result<RenderStats> renderDocument(const OfficialDocument& document, QPagedPaintDevice& device,
                                   const RenderControl& control) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "Documents", "Documents can only be drawn in a graphical application."));
    const double dotsPerMm = device.logicalDpiY() / 25.4;
    const PrintMark& mark = document.printMark();
    const bool hasMark = !mark.user.isEmpty() || mark.at.isValid() || mark.personalData;
    const double footerBand = hasMark ? kFooterBandMm * dotsPerMm : 0;
    const QSizeF page(device.width(), device.height() - footerBand);

    QFont font(documentFontFamily());
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(kBodyPointSize);
    const auto cancelledError = [] {
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("Documents", "Printing was cancelled."));
    };

    // Every part is laid out once: ordinary text without pages, cut between lines; long tables row by row,
    // cut between rows (see page_composer.h).
    detail::PageComposer composer(device, page, font);
    detail::ComposeControl composeControl;
    composeControl.cancel = control.cancel;
    if (const Status composed = composer.compose(document.html(), composeControl); !composed)
        return composed.error();
    if (document.hasContents())
        composer.fillContentsPageNumbers();
    const int pages = composer.pageCount();
    if (control.progress)
        control.progress(0, pages);

    QFont small(font);
    small.setPointSizeF(kFooterPointSize);
    QFont number(font);
    number.setPointSizeF(13);
    const QString printedLine =
        QCoreApplication::translate("Documents", "Printed by %1 on %2")
            .arg(mark.user, mark.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    const QString confidential = QCoreApplication::translate(
        "Documents", "CONFIDENTIAL – contains personal data; do not disclose without the person's consent "
                     "(Law on Prevention and Combat of Human Trafficking 2024).");
    const double topMargin = document.pageLayout().margins(QPageLayout::Millimeter).top() * dotsPerMm;

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, QCoreApplication::translate("Documents", "The document could not be "
                                                                                 "drawn on the page."));
    for (int index = 0; index < pages; ++index) {
        if (control.cancel && control.cancel->load()) {
            painter.end();
            return cancelledError();
        }
        if (index > 0 && !device.newPage())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("Documents", "A new page could not be started."));
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), page));
        composer.drawPage(painter, index);
        painter.restore();

        painter.setPen(Qt::black);
        if (index > 0) { // Decree 30: page numbers centred in the top margin, from the second page
            painter.setFont(number);
            const QRectF band(0, -topMargin, page.width(), kPageNumberFromTopMm * dotsPerMm + 2 * dotsPerMm);
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignBottom, QString::number(index + 1));
        }
        if (hasMark) {
            const double top = page.height() + 2 * dotsPerMm;
            painter.drawLine(QPointF(0, top), QPointF(page.width(), top));
            painter.setFont(small);
            const QString footer =
                mark.personalData ? printedLine + QLatin1Char('\n') + confidential : printedLine;
            painter.drawText(QRectF(0, top + 0.8 * dotsPerMm, page.width(), footerBand - 2.8 * dotsPerMm),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footer);
        }
        if (control.progress)
            control.progress(index + 1, pages);
    }
    painter.end();
    return RenderStats{pages};
}

Result<RenderedPdf> renderPdf(const OfficialDocument& document, const RenderControl& control) {
    // Drawn in memory first: a failure never leaves half a PDF behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    QString failure;
    ErrorCode failureCode = ErrorCode::Internal;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageLayout(document.pageLayout());
        writer.setTitle(document.documentTitle());
        writer.setCreator(QStringLiteral("legalaid-desk"));
        const auto stats = renderDocument(document, writer, control);
        if (stats.ok()) {
            pageCount = stats->pageCount;
        } else {
            failure = stats.error().message;
            failureCode = stats.error().code;
        }
    }
    buffer.close();
    if (!failure.isEmpty())
        return makeError(failureCode, failure);
    if (buffer.data().isEmpty())
        return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                  "Documents", "The document could not be drawn as a PDF."));
    return RenderedPdf{buffer.data(), pageCount};
}

} // namespace legalaid::documents

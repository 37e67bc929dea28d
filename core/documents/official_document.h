#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

class QPagedPaintDevice;

namespace legalaid::documents {

// How the top of the first page looks (Decree 30/2020/NĐ-CP, appendix I).
enum class HeaderStyle {
    IssuingBody, // issuing body top left, Quốc hiệu and Tiêu ngữ top right, then number and place/date
    NationalOnly // Quốc hiệu and Tiêu ngữ centred (a citizen's request, a form to fill in)
};

// Who printed the pages and when: drawn at the foot of every page of a document with personal data.
struct PrintMark {
    QString user; // the printing user's full name or user name
    QDateTime at;
    bool personalData = true; // adds the confidentiality mark
};

// An official document: the Decree 30 frame around a body of (already escaped) HTML. The Vietnamese fixed
// texts of the frame (Quốc hiệu, Tiêu ngữ, "Số:", "ngày … tháng … năm …", "Nơi nhận:") are written here;
// the document's own wording comes from its template.
class OfficialDocument {
public:
    OfficialDocument& setOrientation(QPageLayout::Orientation orientation);
    OfficialDocument& setHeaderStyle(HeaderStyle style);
    // Left column: the parent agency in capitals over the issuing centre in bold capitals.
    OfficialDocument& setIssuer(const QString& parentAgency, const QString& issuingBody);
    // "Số: 12/QĐ-TGPL"; empty leaves the line out (the place and date then stand alone on the right).
    OfficialDocument& setNumber(const QString& number);
    // "<place>, ngày dd tháng mm năm yyyy"; an invalid date leaves dots for the date to be written by hand.
    OfficialDocument& setPlaceDate(const QString& place, const QDate& date);
    OfficialDocument& setTitle(const QString& title, const QString& subtitle = {});
    // Trusted HTML (a template already filled with escaped values), appended in order.
    OfficialDocument& appendBodyHtml(const QString& html);
    // The signature block on the right: the signer's title in bold capitals, room to sign, the name in bold.
    OfficialDocument& setSignature(const QString& title, const QString& name);
    // "Nơi nhận:" on the left of the signature block.
    OfficialDocument& setRecipients(const QStringList& recipients);
    OfficialDocument& setPrintMark(const PrintMark& mark);
    OfficialDocument& setDocumentTitle(const QString& title); // the PDF's metadata title
    // The body has a contents page: headings carry <a name="toc-N"> and the contents the markers
    // [[page:toc-N]], replaced by the heading's page number once the pages are laid out.
    OfficialDocument& setHasContents(bool hasContents);

    [[nodiscard]] QPageLayout pageLayout() const;
    // The whole document as the HTML the layout is made from.
    [[nodiscard]] QString html() const;
    [[nodiscard]] const QString& documentTitle() const { return m_documentTitle; }
    [[nodiscard]] const PrintMark& printMark() const { return m_mark; }
    [[nodiscard]] bool hasContents() const { return m_hasContents; }

private:
    [[nodiscard]] QString headerHtml() const;
    [[nodiscard]] QString closingHtml() const;

    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    HeaderStyle m_style = HeaderStyle::IssuingBody;
    QString m_parentAgency;
    QString m_issuingBody;
    QString m_number;
    QString m_place;
    QDate m_date;
    QString m_title;
    QString m_subtitle;
    QString m_body;
    QString m_signerTitle;
    QString m_signerName;
    QStringList m_recipients;
    bool m_hasSignature = false;
    bool m_hasContents = false;
    PrintMark m_mark;
    QString m_documentTitle;
};

// A4 with the Decree 30 margins: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm.
[[nodiscard]] QPageLayout officialPageLayout(QPageLayout::Orientation orientation = QPageLayout::Portrait);

// The serif family documents are set in: Times New Roman when installed, otherwise Liberation Serif (same
// metrics), otherwise the system's serif.
[[nodiscard]] QString documentFontFamily();

// "ngày 05 tháng 6 năm 2026": Decree 30 writes days below 10 and the months 1 and 2 with a leading zero.
[[nodiscard]] QString vietnameseDateWords(const QDate& date);

struct RenderStats {
    int pageCount = 0;
};

// Progress and cancellation of a long print (a register of thousands of cases takes seconds).
struct RenderControl {
    // Called once the pages are laid out, with (0, pageCount), then after each page is drawn.
    std::function<void(int pagesDone, int pageCount)> progress;
    // Read while the document is laid out and before each page; once true the drawing stops and the
    // result is ErrorCode::Cancelled (set it from the progress callback or from another thread).
    const std::atomic_bool* cancel = nullptr;
};

// Paginates the document onto `device` (a QPdfWriter, or a QPrinter in the desk) whose page layout is
// already officialPageLayout(): page numbers centred at the top from page 2, the print mark at the foot of
// every page. Each page shows only its own text: a table row is never cut, a long table's header row
// repeats on every page it continues on.
[[nodiscard]] Result<RenderStats> renderDocument(const OfficialDocument& document, QPagedPaintDevice& device,
                                                 const RenderControl& control = {});

struct RenderedPdf {
    QByteArray pdf;
    int pageCount = 0;
};

// The document as PDF bytes (300 dpi layout, fonts embedded); nothing when cancelled.
[[nodiscard]] Result<RenderedPdf> renderPdf(const OfficialDocument& document,
                                            const RenderControl& control = {});

} // namespace legalaid::documents

#pragma once

#include "common/result.h"
#include "documents/official_document.h"
#include "domain/role.h"
#include "records/session.h"

#include <QDate>
#include <QString>
#include <vector>

class QPagedPaintDevice;

namespace legalaid::documents {

// Where a Print menu is opened: what the chosen document is about.
enum class PrintContext {
    Case,     // one case: request form, decisions, refusal, notice, feedback form, dossier
    Referral, // one outgoing referral: the referral slip
    Centre,   // the centre's lists: register, directory, beneficiaries
};

struct PrintableDocument {
    QString code;  // request, decision_assign, …, the template code
    QString title; // translated, for the menu
    PrintContext context = PrintContext::Case;
    bool needsPeriod = false; // register, beneficiaries
};

// Every printable document, in menu order.
[[nodiscard]] const std::vector<PrintableDocument>& printableDocuments();
// The documents of `context` that `role` may print (a document whose data the role may not read is left out).
[[nodiscard]] std::vector<PrintableDocument> printableDocuments(PrintContext context, Role role);
[[nodiscard]] const PrintableDocument* printableDocument(const QString& code);

// What to print: the document and what it is about.
struct PrintRequest {
    QString code;
    qint64 id = 0; // the case or referral (Case and Referral contexts)
    QDate from;    // the period (register, beneficiaries)
    QDate to;
    QString periodLabel; // as printed, e.g. "Năm 2027"
    QString unitCode;    // register: the unit (empty: every unit)
};

// The document, built from the records (roles checked, views audited by the services).
[[nodiscard]] Result<OfficialDocument> buildDocument(Session& session, const PrintRequest& request);

// Builds the document, sets the device's page layout (A4, Decree 30 margins, the document's orientation),
// draws it and audits the print ("document.print", details "code=<code>"). The desk passes a QPrinter.
// `control` reports each page drawn and can cancel (ErrorCode::Cancelled); a print cancelled after some pages
// went to the device is still audited, with the number of pages drawn.
// The audit entry of a print of `request` ("document.print"; target the case, the referral or the document;
// details the code, period and unit: ids and codes only, never names). For a caller that draws the document
// itself (the desk's progress dialog) and so must write the entry printDocument() would have written.
[[nodiscard]] AuditEvent printAuditEvent(Session& session, const PrintRequest& request);
[[nodiscard]] Result<RenderStats> printDocument(Session& session, const PrintRequest& request,
                                                QPagedPaintDevice& device, const RenderControl& control = {});
// The same as PDF bytes (audited as a print; a cancelled PDF is not made and not audited).
[[nodiscard]] Result<RenderedPdf> printDocumentPdf(Session& session, const PrintRequest& request,
                                                   const RenderControl& control = {});

} // namespace legalaid::documents

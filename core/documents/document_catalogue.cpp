#include "documents/document_catalogue.h"

#include "documents/official_documents.h"
#include "documents/request_form.h"
#include "records/permissions.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace legalaid::documents {

namespace {

// The operation a role needs to print the document; the builders check it (and more) again.
Operation neededOperation(const QString& code) {
    if (code == QLatin1String("referral_slip"))
        return Operation::ReferralView;
    if (code == QLatin1String("directory"))
        return Operation::DirectoryView;
    if (code == QLatin1String("beneficiaries"))
        return Operation::PrintBeneficiaryList;
    return Operation::CaseView;
}

AuditEvent printEvent(Session& session, const PrintRequest& request, const PrintableDocument& kind) {
    QString details = QStringLiteral("code=") + request.code;
    if (kind.needsPeriod)
        details += QStringLiteral(" from=%1 to=%2")
                       .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    if (!request.unitCode.isEmpty())
        details += QStringLiteral(" unit=") + request.unitCode;
    switch (kind.context) {
    case PrintContext::Case:
        return session.event(QStringLiteral("document.print"), QStringLiteral("case"),
                             QString::number(request.id), details);
    case PrintContext::Referral:
        return session.event(QStringLiteral("document.print"), QStringLiteral("referral"),
                             QString::number(request.id), details);
    case PrintContext::Centre:
        break;
    }
    return session.event(QStringLiteral("document.print"), QStringLiteral("document"), request.code, details);
}

} // namespace

AuditEvent printAuditEvent(Session& session, const PrintRequest& request) {
    const PrintableDocument* kind = printableDocument(request.code);
    if (!kind)
        return session.event(QStringLiteral("document.print"), QStringLiteral("document"), request.code,
                             QStringLiteral("code=") + request.code);
    return printEvent(session, request, *kind);
}

const std::vector<PrintableDocument>& printableDocuments() {
    static const std::vector<PrintableDocument> documents = {
        {QStringLiteral("request"), QCoreApplication::translate("Documents", "Request for legal aid"),
         PrintContext::Case},
        {QStringLiteral("decision_assign"),
         QCoreApplication::translate("Documents", "Decision assigning the legal-aid provider"),
         PrintContext::Case},
        {QStringLiteral("decision_change_provider"),
         QCoreApplication::translate("Documents", "Decision changing the legal-aid provider"),
         PrintContext::Case},
        {QStringLiteral("refusal"), QCoreApplication::translate("Documents", "Refusal of legal aid"),
         PrintContext::Case},
        {QStringLiteral("discontinuation"),
         QCoreApplication::translate("Documents", "Notice of discontinued legal aid"), PrintContext::Case},
        {QStringLiteral("feedback"), QCoreApplication::translate("Documents", "Beneficiary feedback form"),
         PrintContext::Case},
        {QStringLiteral("dossier"), QCoreApplication::translate("Documents", "Case dossier"),
         PrintContext::Case},
        {QStringLiteral("referral_slip"), QCoreApplication::translate("Documents", "Referral slip"),
         PrintContext::Referral},
        {QStringLiteral("register"), QCoreApplication::translate("Documents", "Case register (form 01)"),
         PrintContext::Centre, true},
        {QStringLiteral("directory"),
         QCoreApplication::translate("Documents", "List of legal-aid organisations and providers"),
         PrintContext::Centre},
        {QStringLiteral("beneficiaries"), QCoreApplication::translate("Documents", "List of beneficiaries"),
         PrintContext::Centre, true},
    };
    return documents;
}

std::vector<PrintableDocument> printableDocuments(PrintContext context, Role role) {
    std::vector<PrintableDocument> available;
    for (const PrintableDocument& document : printableDocuments())
        if (document.context == context && isAllowed(role, neededOperation(document.code)))
            available.push_back(document);
    return available;
}

const PrintableDocument* printableDocument(const QString& code) {
    for (const PrintableDocument& document : printableDocuments())
        if (document.code == code)
            return &document;
    return nullptr;
}

Result<OfficialDocument> buildDocument(Session& session, const PrintRequest& request) {
    const PrintableDocument* kind = printableDocument(request.code);
    if (!kind) {
        QStringList codes;
        for (const PrintableDocument& document : printableDocuments())
            codes << document.code;
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Documents",
                                                     "There is no document \"%1\"; the documents "
                                                     "are: %2.")
                             .arg(request.code, codes.join(QStringLiteral(", "))));
    }
    if (kind->needsPeriod && (!request.from.isValid() || !request.to.isValid() || request.from > request.to))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Documents",
                                                     "The %1 needs a period: give its first and last "
                                                     "day.")
                             .arg(kind->title));
    if (request.code == QLatin1String("request"))
        return buildRequestForm(session, request.id);
    if (request.code == QLatin1String("referral_slip"))
        return buildReferralSlip(session, request.id);
    if (request.code == QLatin1String("register"))
        return buildRegister(session, request.unitCode, request.from, request.to, request.periodLabel);
    if (request.code == QLatin1String("directory"))
        return buildDirectoryList(session);
    if (request.code == QLatin1String("beneficiaries"))
        return buildBeneficiaryList(session, request.from, request.to, request.periodLabel);
    return buildCaseDocument(session, request.code, request.id);
}

Result<RenderStats> printDocument(Session& session, const PrintRequest& request, QPagedPaintDevice& device,
                                  const RenderControl& control) {
    auto document = buildDocument(session, request);
    if (!document)
        return document.error();
    if (!device.setPageLayout(document->pageLayout()))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "Documents", "The printer does not accept an A4 page with the margins "
                                          "of an official document."));
    // Pages already sent to a printer before a cancel were printed: they are audited too.
    int drawn = 0;
    RenderControl counting = control;
    counting.progress = [&](int done, int total) {
        drawn = done;
        if (control.progress)
            control.progress(done, total);
    };
    auto stats = renderDocument(*document, device, counting);
    if (!stats && !(stats.error().code == ErrorCode::Cancelled && drawn > 0))
        return stats.error();
    AuditEvent event = printEvent(session, request, *printableDocument(request.code));
    if (!stats)
        event.details += QStringLiteral(" cancelled_after_pages=%1").arg(drawn);
    if (const Status audited = session.audit(event); !audited)
        return audited.error();
    return stats;
}

Result<RenderedPdf> printDocumentPdf(Session& session, const PrintRequest& request,
                                     const RenderControl& control) {
    auto document = buildDocument(session, request);
    if (!document)
        return document.error();
    auto pdf = renderPdf(*document, control);
    if (!pdf)
        return pdf.error();
    if (const Status audited = session.audit(printEvent(session, request, *printableDocument(request.code)));
        !audited)
        return audited.error();
    return pdf;
}

} // namespace legalaid::documents

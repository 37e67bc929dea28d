#pragma once

#include "common/result.h"
#include "documents/document_template.h"
#include "documents/official_document.h"
#include "records/session.h"

namespace legalaid::documents {

// The names the request form's template may use (Legal Aid Law 2017 art. 29): person.* (the beneficiary),
// requester.*, case.*, centre.*, signer.*, printed.*, and the list documents {title, type, number, date,
// party} of the papers received with the request.
[[nodiscard]] TemplateSchema requestFormSchema();

// Đơn yêu cầu trợ giúp pháp lý for a case, filled from the records: CaseService::get (CaseView, audited
// case.view) and PersonService::get (PersonView, audited person.view).
[[nodiscard]] Result<OfficialDocument> buildRequestForm(Session& session, qint64 caseId);

// Builds, renders and audits the print ("document.print", target the case, details "code=request"); the
// PDF bytes are returned for the caller to write.
[[nodiscard]] Result<RenderedPdf> printRequestForm(Session& session, qint64 caseId);

} // namespace legalaid::documents

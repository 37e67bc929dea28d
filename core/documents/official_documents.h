#pragma once

#include "common/result.h"
#include "documents/document_template.h"
#include "documents/official_document.h"
#include "records/session.h"

#include <QDate>
#include <QString>

namespace legalaid::documents {

// The printed documents besides the request form (request_form.h). Each is filled from its template
// (resources/documents/<code>.html, or the centre's override) with values gathered through the services,
// which check the user's role and audit the views; printing itself is audited by the catalogue
// (document_catalogue.h).
//
// Names every template may use: centre.{name, code, place, parent_agency}, signer.{title, name},
// printed.{by, on}, document.date.

// Case documents (decision_assign, decision_change_provider, refusal, discontinuation, feedback, dossier):
// case.*, person.*, provider.*, previous_provider.*, change.*, exit.*, ground.<code> (set for the case's
// refusal or discontinuation ground), and the lists timeline, hearings, documents, providers, evaluations,
// feedback.
[[nodiscard]] TemplateSchema caseDocumentSchema();
// referral_slip: referral.*, organisation.*, and the list fields {label, value} of exactly the fields the
// person's consent covers for this partner.
[[nodiscard]] TemplateSchema referralSlipSchema();
// register: period.*, unit.*, and the list rows.
[[nodiscard]] TemplateSchema registerSchema();
// directory: the list organisations {name, address, phone, kind} with the nested list providers.
[[nodiscard]] TemplateSchema directorySchema();
// beneficiaries: period.* and the list rows.
[[nodiscard]] TemplateSchema beneficiariesSchema();

// A case document: `code` is one of the case documents above. Refused (InvalidArgument) when the case has not
// reached the step the document records (e.g. a refusal letter for a case that was not refused).
[[nodiscard]] Result<OfficialDocument> buildCaseDocument(Session& session, const QString& code,
                                                         qint64 caseId);
// Phiếu chuyển gửi for an outgoing referral: only the fields the person's consent covers, and only while the
// consent still allows sharing with the partner (ConsentMissing otherwise).
[[nodiscard]] Result<OfficialDocument> buildReferralSlip(Session& session, qint64 referralId);
// Sổ thụ lý, theo dõi vụ việc TGPL (Mẫu số 01) of `unitCode` (empty: every unit) for cases received in
// [from, to]; landscape (CaseView).
[[nodiscard]] Result<OfficialDocument> buildRegister(Session& session, const QString& unitCode,
                                                     const QDate& from, const QDate& to,
                                                     const QString& periodLabel);
// Danh sách tổ chức thực hiện TGPL và người thực hiện TGPL (DirectoryView).
[[nodiscard]] Result<OfficialDocument> buildDirectoryList(Session& session);
// Danh sách người được TGPL: people with cases received in [from, to] (PrintBeneficiaryList).
[[nodiscard]] Result<OfficialDocument> buildBeneficiaryList(Session& session, const QDate& from,
                                                            const QDate& to, const QString& periodLabel);

} // namespace legalaid::documents

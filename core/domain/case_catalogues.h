#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace legalaid {

// Fixed catalogues of legal-aid cases (DESIGN §5). Codes are stored in the database and used by the CLI;
// labels are translated. The editable catalogues (beneficiary groups, fields of law) live in the database.

// Hình thức trợ giúp pháp lý. The symbol is the FORM part of the file code ORG.FORM.NUMBER.YEAR.
enum class CaseForm { Consultation, Litigation, OutOfCourt };

[[nodiscard]] const std::vector<CaseForm>& allCaseForms();
[[nodiscard]] QString caseFormCode(CaseForm form);
[[nodiscard]] std::optional<CaseForm> caseFormFromCode(const QString& code);
[[nodiscard]] QString caseFormLabel(CaseForm form);
// TV (tư vấn), TGTT (tham gia tố tụng), DDNTT (đại diện ngoài tố tụng).
[[nodiscard]] QString caseFormSymbol(CaseForm form);

// The case file code: unit code, form symbol, register number (at least two digits), register year,
// e.g. TT.TV.01.2026 or CN1.TGTT.105.2026.
[[nodiscard]] QString formatCaseFileCode(const QString& unitCode, CaseForm form, int number, int year);

// The code-only catalogues of a case.
enum class CaseCatalogue {
    Source,        // how the request came: walk_in, hotline, referral, post, online
    RefusalGround, // từ chối thụ lý: not_eligible, unlawful_content, person_died, handled_elsewhere
    DiscontinuationGround, // không tiếp tục: grounds_arising, prohibited_conduct, withdrawal
    EventKind,             // note, hearing, document, provider_change, evaluation, feedback
    HearingStage,          // investigation, prosecution, first_instance, appeal, cassation, reopening, …
    DocumentDirection,     // received, issued
    DocumentType,          // request, power_of_attorney, decision, judgement, summons, minutes, letter, …
    EvaluationRating,      // good, satisfactory, unsatisfactory
    UrgentReason,          // hearing_soon, limitation_soon, court_appointed
};

struct CatalogueItem {
    QString code;
    QString label; // translated
};

[[nodiscard]] std::vector<CatalogueItem> catalogueItems(CaseCatalogue catalogue);
[[nodiscard]] QStringList catalogueCodes(CaseCatalogue catalogue);
[[nodiscard]] bool catalogueHas(CaseCatalogue catalogue, const QString& code);
// The translated label; the code itself when unknown (an old code stays readable).
[[nodiscard]] QString catalogueLabel(CaseCatalogue catalogue, const QString& code);

} // namespace legalaid

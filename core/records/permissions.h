#pragma once

#include "common/result.h"
#include "domain/role.h"

#include <vector>

namespace legalaid {

// Everything a user may be allowed to do. The matrix lives in one place: permissions.cpp.
// Services check these in core; the UI only mirrors them.
enum class Operation {
    // accounts and the database
    ManageUsers, // add, remove, reset another user's password
    ChangeOwnPassword,
    Rekey,
    EditCentreSettings,
    ViewAuditLog,
    VerifyDatabase,
    // people (người được TGPL)
    PersonCreate,
    PersonUpdate,
    PersonView,   // open one person's details (audited)
    PersonSearch, // find people by name, ID number, phone, file code
    IdentificationRecord,
    ConsentRecord,
    // cases (vụ việc TGPL)
    CaseOpen,       // receive a request
    CaseTransition, // accept, assign, change provider, refuse, withdraw, discontinue, transfer, close
    CaseEventAdd,   // notes, hearings, documents, evaluation, feedback
    CaseView,       // a case's details (audited)
    CaseNotesView,  // the text of notes and events on a case
    // referrals (chuyển gửi)
    ReferralRecord,
    ReferralView,
    // directory, activities, catalogues
    DirectoryEdit,
    DirectoryView,
    ActivityEdit,
    ActivityView,
    CatalogueEdit, // beneficiary groups, fields of law, deadline rules, holidays
    // figures
    ViewAggregates,
    ExportAnonymised,
    ViewCoverageGaps,  // the names of people in the three categories who have not received legal aid
    ExportIdentified,  // record-level exports with names and contact details (not anonymised)
    PrintBeneficiaryList, // Danh sách người được TGPL in a period
    // backups
    BackupCreate,
    BackupRestore,
};

[[nodiscard]] const std::vector<Operation>& allOperations();
[[nodiscard]] bool isAllowed(Role role, Operation operation);
// PermissionDenied with a sentence naming the role and what was refused.
[[nodiscard]] Status requirePermission(Role role, Operation operation);

} // namespace legalaid

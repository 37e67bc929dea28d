#include "records/permissions.h"

#include <QCoreApplication>

namespace legalaid {

namespace {

QString operationLabel(Operation operation) {
    const auto t = [](const char* text) { return QCoreApplication::translate("Permissions", text); };
    switch (operation) {
    case Operation::ManageUsers:
        return t("manage users");
    case Operation::ChangeOwnPassword:
        return t("change their password");
    case Operation::Rekey:
        return t("change the database key");
    case Operation::EditCentreSettings:
        return t("change the centre's settings");
    case Operation::ViewAuditLog:
        return t("view the audit log");
    case Operation::VerifyDatabase:
        return t("verify the database");
    case Operation::PersonCreate:
        return t("add people");
    case Operation::PersonUpdate:
        return t("change people's records");
    case Operation::PersonView:
        return t("open a person's record");
    case Operation::PersonSearch:
        return t("search for people");
    case Operation::IdentificationRecord:
        return t("record identification decisions");
    case Operation::ConsentRecord:
        return t("record consent");
    case Operation::CaseOpen:
        return t("receive legal-aid requests");
    case Operation::CaseTransition:
        return t("accept, assign or close cases");
    case Operation::CaseEventAdd:
        return t("add notes and events to cases");
    case Operation::CaseView:
        return t("open a case");
    case Operation::CaseNotesView:
        return t("read case notes");
    case Operation::ReferralRecord:
        return t("record referrals");
    case Operation::ReferralView:
        return t("view referrals");
    case Operation::DirectoryEdit:
        return t("change the directory");
    case Operation::DirectoryView:
        return t("view the directory");
    case Operation::ActivityEdit:
        return t("record activities");
    case Operation::ActivityView:
        return t("view activities");
    case Operation::CatalogueEdit:
        return t("change catalogues and the holiday calendar");
    case Operation::ViewAggregates:
        return t("view statistics");
    case Operation::ExportAnonymised:
        return t("export anonymised data");
    case Operation::ViewCoverageGaps:
        return t("see who has not yet received legal aid");
    case Operation::ExportIdentified:
        return t("export data with names and contact details");
    case Operation::PrintBeneficiaryList:
        return t("print the list of legal-aid beneficiaries");
    case Operation::BackupCreate:
        return t("make backups");
    case Operation::BackupRestore:
        return t("restore a backup");
    }
    return {};
}

} // namespace

const std::vector<Operation>& allOperations() {
    static const std::vector<Operation> operations{
        Operation::ManageUsers,        Operation::ChangeOwnPassword,    Operation::Rekey,
        Operation::EditCentreSettings, Operation::ViewAuditLog,         Operation::VerifyDatabase,
        Operation::PersonCreate,       Operation::PersonUpdate,         Operation::PersonView,
        Operation::PersonSearch,       Operation::IdentificationRecord, Operation::ConsentRecord,
        Operation::CaseOpen,           Operation::CaseTransition,       Operation::CaseEventAdd,
        Operation::CaseView,           Operation::CaseNotesView,        Operation::ReferralRecord,
        Operation::ReferralView,       Operation::DirectoryEdit,        Operation::DirectoryView,
        Operation::ActivityEdit,       Operation::ActivityView,         Operation::CatalogueEdit,
        Operation::ViewAggregates,     Operation::ExportAnonymised,     Operation::ViewCoverageGaps,
        Operation::ExportIdentified,   Operation::PrintBeneficiaryList, Operation::BackupCreate,
        Operation::BackupRestore};
    return operations;
}

// The permission matrix. Statistics officers see figures and anonymised exports only; intake clerks receive
// people and requests but do not read case notes or decide on cases; auditors read everything and change
// nothing.
bool isAllowed(Role role, Operation operation) {
    const bool admin = role == Role::Admin;
    const bool director = role == Role::Director;
    const bool officer = role == Role::LegalAidOfficer;
    const bool clerk = role == Role::IntakeClerk;
    const bool statistics = role == Role::StatisticsOfficer;
    const bool auditor = role == Role::Auditor;
    switch (operation) {
    case Operation::ManageUsers:
    case Operation::Rekey:
    case Operation::EditCentreSettings:
        return admin;
    case Operation::ChangeOwnPassword:
    case Operation::DirectoryView:
    case Operation::ActivityView:
        return true;
    case Operation::ViewAuditLog:
    case Operation::VerifyDatabase:
        return admin || director || auditor;
    case Operation::PersonCreate:
    case Operation::PersonUpdate:
    case Operation::IdentificationRecord:
    case Operation::ConsentRecord:
    case Operation::CaseOpen:
    case Operation::ReferralRecord:
        return admin || director || officer || clerk;
    case Operation::PersonView:
    case Operation::PersonSearch:
    case Operation::CaseView:
    case Operation::ReferralView:
        return admin || director || officer || clerk || auditor;
    case Operation::CaseTransition:
    case Operation::CaseEventAdd:
    case Operation::ActivityEdit:
        return admin || director || officer;
    case Operation::CaseNotesView:
        return admin || director || officer || auditor;
    case Operation::DirectoryEdit:
    case Operation::CatalogueEdit:
        return admin || director;
    case Operation::ViewAggregates:
        return admin || director || officer || statistics || auditor;
    case Operation::ExportAnonymised:
        return admin || director || statistics || auditor;
    case Operation::ViewCoverageGaps:
        return admin || director || officer;
    case Operation::ExportIdentified:
    case Operation::PrintBeneficiaryList:
        return admin || director;
    case Operation::BackupCreate:
        return admin || director;
    case Operation::BackupRestore:
        return admin;
    }
    return false;
}

Status requirePermission(Role role, Operation operation) {
    if (isAllowed(role, operation))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("Permissions", "A user with the role \"%1\" may not %2.")
                         .arg(roleLabel(role), operationLabel(operation)));
}

} // namespace legalaid

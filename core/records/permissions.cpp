#include "records/permissions.h"

#include <QCoreApplication>

namespace legalaid {

namespace {

QString operationLabel(Operation operation) {
    switch (operation) {
    case Operation::ManageUsers:
        return QCoreApplication::translate("Permissions", "manage users");
    case Operation::ChangeOwnPassword:
        return QCoreApplication::translate("Permissions", "change their password");
    case Operation::Rekey:
        return QCoreApplication::translate("Permissions", "change the database key");
    case Operation::EditCentreSettings:
        return QCoreApplication::translate("Permissions", "change the centre's settings");
    case Operation::ViewAuditLog:
        return QCoreApplication::translate("Permissions", "view the audit log");
    case Operation::VerifyDatabase:
        return QCoreApplication::translate("Permissions", "verify the database");
    case Operation::PersonCreate:
        return QCoreApplication::translate("Permissions", "add people");
    case Operation::PersonUpdate:
        return QCoreApplication::translate("Permissions", "change people's records");
    case Operation::PersonView:
        return QCoreApplication::translate("Permissions", "open a person's record");
    case Operation::PersonSearch:
        return QCoreApplication::translate("Permissions", "search for people");
    case Operation::IdentificationRecord:
        return QCoreApplication::translate("Permissions", "record identification decisions");
    case Operation::ConsentRecord:
        return QCoreApplication::translate("Permissions", "record consent");
    case Operation::CaseOpen:
        return QCoreApplication::translate("Permissions", "receive legal-aid requests");
    case Operation::CaseTransition:
        return QCoreApplication::translate("Permissions", "accept, assign or close cases");
    case Operation::CaseEventAdd:
        return QCoreApplication::translate("Permissions", "add notes and events to cases");
    case Operation::CaseView:
        return QCoreApplication::translate("Permissions", "open a case");
    case Operation::CaseNotesView:
        return QCoreApplication::translate("Permissions", "read case notes");
    case Operation::ReferralRecord:
        return QCoreApplication::translate("Permissions", "record referrals");
    case Operation::ReferralView:
        return QCoreApplication::translate("Permissions", "view referrals");
    case Operation::DirectoryEdit:
        return QCoreApplication::translate("Permissions", "change the directory");
    case Operation::DirectoryView:
        return QCoreApplication::translate("Permissions", "view the directory");
    case Operation::ActivityEdit:
        return QCoreApplication::translate("Permissions", "record activities");
    case Operation::ActivityView:
        return QCoreApplication::translate("Permissions", "view activities");
    case Operation::CatalogueEdit:
        return QCoreApplication::translate("Permissions", "change catalogues and the holiday calendar");
    case Operation::ViewAggregates:
        return QCoreApplication::translate("Permissions", "view statistics");
    case Operation::ExportAnonymised:
        return QCoreApplication::translate("Permissions", "export anonymised data");
    case Operation::ViewCoverageGaps:
        return QCoreApplication::translate("Permissions", "see who has not yet received legal aid");
    case Operation::ExportIdentified:
        return QCoreApplication::translate("Permissions", "export data with names and contact details");
    case Operation::PrintBeneficiaryList:
        return QCoreApplication::translate("Permissions", "print the list of legal-aid beneficiaries");
    case Operation::BackupCreate:
        return QCoreApplication::translate("Permissions", "make backups");
    case Operation::BackupRestore:
        return QCoreApplication::translate("Permissions", "restore a backup");
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

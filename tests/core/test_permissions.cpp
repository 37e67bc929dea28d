#include "records/permissions.h"

#include <array>
#include <catch2/catch.hpp>
#include <map>

using namespace legalaid;

namespace {

// The matrix written out independently of permissions.cpp: columns are
// admin, director, legal-aid officer, intake clerk, statistics officer, auditor.
const std::map<Operation, std::array<bool, 6>>& expectedMatrix() {
    static const std::map<Operation, std::array<bool, 6>> matrix{
        {Operation::ManageUsers, {1, 0, 0, 0, 0, 0}},
        {Operation::ChangeOwnPassword, {1, 1, 1, 1, 1, 1}},
        {Operation::Rekey, {1, 0, 0, 0, 0, 0}},
        {Operation::EditCentreSettings, {1, 0, 0, 0, 0, 0}},
        {Operation::ViewAuditLog, {1, 1, 0, 0, 0, 1}},
        {Operation::VerifyDatabase, {1, 1, 0, 0, 0, 1}},
        {Operation::PersonCreate, {1, 1, 1, 1, 0, 0}},
        {Operation::PersonUpdate, {1, 1, 1, 1, 0, 0}},
        {Operation::PersonView, {1, 1, 1, 1, 0, 1}},
        {Operation::PersonSearch, {1, 1, 1, 1, 0, 1}},
        {Operation::IdentificationRecord, {1, 1, 1, 1, 0, 0}},
        {Operation::ConsentRecord, {1, 1, 1, 1, 0, 0}},
        {Operation::CaseOpen, {1, 1, 1, 1, 0, 0}},
        {Operation::CaseTransition, {1, 1, 1, 0, 0, 0}},
        {Operation::CaseEventAdd, {1, 1, 1, 0, 0, 0}},
        {Operation::CaseView, {1, 1, 1, 1, 0, 1}},
        {Operation::CaseNotesView, {1, 1, 1, 0, 0, 1}},
        {Operation::ReferralRecord, {1, 1, 1, 1, 0, 0}},
        {Operation::ReferralView, {1, 1, 1, 1, 0, 1}},
        {Operation::DirectoryEdit, {1, 1, 0, 0, 0, 0}},
        {Operation::DirectoryView, {1, 1, 1, 1, 1, 1}},
        {Operation::ActivityEdit, {1, 1, 1, 0, 0, 0}},
        {Operation::ActivityView, {1, 1, 1, 1, 1, 1}},
        {Operation::CatalogueEdit, {1, 1, 0, 0, 0, 0}},
        {Operation::ViewAggregates, {1, 1, 1, 0, 1, 1}},
        {Operation::ExportAnonymised, {1, 1, 0, 0, 1, 1}},
        {Operation::ViewCoverageGaps, {1, 1, 1, 0, 0, 0}},
        {Operation::ExportIdentified, {1, 1, 0, 0, 0, 0}},
        {Operation::PrintBeneficiaryList, {1, 1, 0, 0, 0, 0}},
        {Operation::BackupCreate, {1, 1, 0, 0, 0, 0}},
        {Operation::BackupRestore, {1, 0, 0, 0, 0, 0}},
    };
    return matrix;
}

} // namespace

TEST_CASE("The permission matrix matches the one written down for every role and operation",
          "[permissions]") {
    REQUIRE(expectedMatrix().size() == allOperations().size());
    for (Operation operation : allOperations()) {
        const auto& row = expectedMatrix().at(operation);
        for (std::size_t i = 0; i < allRoles().size(); ++i) {
            const Role role = allRoles()[i];
            INFO(roleCode(role).toStdString() << " operation " << static_cast<int>(operation));
            CHECK(isAllowed(role, operation) == row[i]);
            const Status status = requirePermission(role, operation);
            CHECK(status.ok() == row[i]);
            if (!row[i]) {
                CHECK(status.error().code == ErrorCode::PermissionDenied);
                CHECK(status.error().message.contains(roleLabel(role)));
            }
        }
    }
}

TEST_CASE("Auditors change nothing and statistics officers see no one", "[permissions]") {
    for (Operation write : {Operation::PersonCreate, Operation::PersonUpdate, Operation::CaseOpen,
                            Operation::CaseTransition, Operation::ReferralRecord, Operation::DirectoryEdit,
                            Operation::ActivityEdit, Operation::CatalogueEdit, Operation::ManageUsers})
        CHECK_FALSE(isAllowed(Role::Auditor, write));
    for (Operation personal : {Operation::PersonView, Operation::PersonSearch, Operation::CaseView,
                               Operation::CaseNotesView, Operation::ReferralView})
        CHECK_FALSE(isAllowed(Role::StatisticsOfficer, personal));
    CHECK_FALSE(isAllowed(Role::IntakeClerk, Operation::CaseNotesView));
}

TEST_CASE("Role codes round-trip and unknown codes are refused", "[permissions]") {
    for (Role role : allRoles())
        CHECK(roleFromCode(roleCode(role)) == role);
    CHECK_FALSE(roleFromCode(QStringLiteral("superuser")).has_value());
}

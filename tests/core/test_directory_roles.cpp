// Every directory, referral and activity service operation, run as every role: allowed ⇔ isAllowed(role, op).
#include "records/activities/activity_service.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/referrals/referral_service.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDateTime>
#include <catch2/catch.hpp>
#include <functional>
#include <map>

using namespace legalaid;
using legalaid::test::countRows;
using legalaid::test::insertRow;
using legalaid::test::TempWorkspace;

namespace {

Organisation organisation(const QString& kind, const QString& name, const QString& code = {}) {
    Organisation o;
    o.kind = kind;
    o.name = name;
    o.code = code;
    return o;
}

Provider collaborator(const QString& fullName, qint64 organisationId) {
    Provider p;
    p.kind = QStringLiteral("collaborator");
    p.fullName = fullName;
    p.organisationId = organisationId;
    return p;
}

// What the admin prepares before the roles take their turn.
struct World {
    qint64 hospital = 0;
    qint64 spareOrganisation = 0;
    qint64 provider = 0;
    qint64 spareProvider = 0;
    qint64 person = 0;
    qint64 activity = 0;
    qint64 referral = 0;
    std::map<Role, qint64> sentReferral; // one "sent" referral per role to move along
};

World prepare(const QString& path) {
    World world;
    auto admin = test::openAsAdmin(path);
    DirectoryService directory(*admin);
    REQUIRE(directory
                .addOrganisation(organisation(QStringLiteral("centre"), QStringLiteral("Trung tâm TGPL"),
                                              QStringLiteral("TT")))
                .ok());
    world.hospital =
        directory
            .addOrganisation(organisation(QStringLiteral("health_facility"), QStringLiteral("Bệnh viện")))
            .value();
    world.spareOrganisation =
        directory.addOrganisation(organisation(QStringLiteral("other"), QStringLiteral("Tổ chức khác")))
            .value();
    world.provider =
        directory.addProvider(collaborator(QStringLiteral("Cộng tác viên A"), world.hospital)).value();
    world.spareProvider =
        directory.addProvider(collaborator(QStringLiteral("Cộng tác viên B"), world.hospital)).value();

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    world.person =
        insertRow(admin->db(),
                  QStringLiteral("INSERT INTO people (category, full_name, name_folded, created_at, "
                                 "created_by, updated_at, updated_by) VALUES ('victim', 'Người A', "
                                 "'nguoi a', ?, 'admin', ?, 'admin')"),
                  {now, now});
    const qint64 consent =
        insertRow(admin->db(),
                  QStringLiteral("INSERT INTO consents (person_id, keep_data, share, given_by, "
                                 "given_on, created_at, created_by) VALUES (?, 1, 1, 'person', "
                                 "'2026-01-05', ?, 'admin')"),
                  {world.person, now});
    insertRow(admin->db(),
              QStringLiteral("INSERT INTO consent_partners (consent_id, organisation_id) VALUES (?, ?)"),
              {consent, world.hospital});

    ReferralService referrals(*admin);
    NewReferral referral;
    referral.personId = world.person;
    referral.direction = QStringLiteral("out");
    referral.organisationId = world.hospital;
    referral.service = QStringLiteral("medical");
    referral.sentOn = QDate(2026, 2, 2);
    world.referral = referrals.create(referral).value().id;
    for (Role role : allRoles())
        world.sentReferral[role] = referrals.create(referral).value().id;

    Activity activity;
    activity.kind = QStringLiteral("training");
    activity.heldOn = QDate(2026, 2, 3);
    activity.title = QStringLiteral("Tập huấn");
    world.activity = ActivityService(*admin).add(activity).value();
    return world;
}

struct Operation_ {
    const char* name;
    Operation operation;
    std::function<std::optional<Error>(Session&, Role)> run;
};

template <typename T> std::optional<Error> outcome(const Result<T>& result) {
    return result.ok() ? std::nullopt : std::optional<Error>(result.error());
}

std::vector<Operation_> operations(const World& w) {
    return {
        {"DirectoryService::addOrganisation", Operation::DirectoryEdit,
         [](Session& s, Role role) {
             return outcome(DirectoryService(s).addOrganisation(
                 organisation(QStringLiteral("womens_union"), QStringLiteral("Hội ") + roleCode(role))));
         }},
        {"DirectoryService::updateOrganisation", Operation::DirectoryEdit,
         [w](Session& s, Role) {
             OrganisationChanges changes;
             changes.phone = QStringLiteral("0225 000");
             return outcome(DirectoryService(s).updateOrganisation(w.hospital, changes));
         }},
        {"DirectoryService::deactivateOrganisation", Operation::DirectoryEdit,
         [w](Session& s, Role) {
             return outcome(DirectoryService(s).deactivateOrganisation(w.spareOrganisation));
         }},
        {"DirectoryService::organisation", Operation::DirectoryView,
         [w](Session& s, Role) { return outcome(DirectoryService(s).organisation(w.hospital)); }},
        {"DirectoryService::listOrganisations", Operation::DirectoryView,
         [](Session& s, Role) { return outcome(DirectoryService(s).listOrganisations({})); }},
        {"DirectoryService::addProvider", Operation::DirectoryEdit,
         [w](Session& s, Role) {
             return outcome(
                 DirectoryService(s).addProvider(collaborator(QStringLiteral("Cộng tác viên"), w.hospital)));
         }},
        {"DirectoryService::updateProvider", Operation::DirectoryEdit,
         [w](Session& s, Role) {
             ProviderChanges changes;
             changes.phone = QStringLiteral("0912");
             return outcome(DirectoryService(s).updateProvider(w.provider, changes));
         }},
        {"DirectoryService::deactivateProvider", Operation::DirectoryEdit,
         [w](Session& s, Role) { return outcome(DirectoryService(s).deactivateProvider(w.spareProvider)); }},
        {"DirectoryService::provider", Operation::DirectoryView,
         [w](Session& s, Role) { return outcome(DirectoryService(s).provider(w.provider)); }},
        {"DirectoryService::listProviders", Operation::DirectoryView,
         [](Session& s, Role) { return outcome(DirectoryService(s).listProviders({})); }},
        {"DirectoryService::directoryListing", Operation::DirectoryView,
         [](Session& s, Role) { return outcome(DirectoryService(s).directoryListing()); }},
        {"ReferralService::create", Operation::ReferralRecord,
         [w](Session& s, Role) {
             NewReferral r;
             r.personId = w.person;
             r.direction = QStringLiteral("out");
             r.organisationId = w.hospital;
             r.service = QStringLiteral("psychological");
             r.sentOn = QDate(2026, 2, 10);
             r.disclose = {QStringLiteral("full_name")};
             return outcome(ReferralService(s).create(r));
         }},
        {"ReferralService::changeStatus", Operation::ReferralRecord,
         [w](Session& s, Role role) {
             return outcome(ReferralService(s).changeStatus(
                 w.sentReferral.at(role), QStringLiteral("accepted"), QDate(2026, 2, 5), {}));
         }},
        {"ReferralService::list", Operation::ReferralView,
         [](Session& s, Role) { return outcome(ReferralService(s).list({})); }},
        {"ReferralService::overdue", Operation::ReferralView,
         [](Session& s, Role) { return outcome(ReferralService(s).overdue(QDate(2026, 3, 1))); }},
        {"ReferralService::show", Operation::ReferralView,
         [w](Session& s, Role) { return outcome(ReferralService(s).show(w.referral)); }},
        {"ActivityService::add", Operation::ActivityEdit,
         [](Session& s, Role) {
             Activity a;
             a.kind = QStringLiteral("legal_dissemination");
             a.heldOn = QDate(2026, 2, 4);
             a.title = QStringLiteral("Phổ biến pháp luật");
             return outcome(ActivityService(s).add(a));
         }},
        {"ActivityService::update", Operation::ActivityEdit,
         [w](Session& s, Role) {
             ActivityChanges changes;
             changes.participants = 12;
             return outcome(ActivityService(s).update(w.activity, changes));
         }},
        {"ActivityService::activity", Operation::ActivityView,
         [w](Session& s, Role) { return outcome(ActivityService(s).activity(w.activity)); }},
        {"ActivityService::list", Operation::ActivityView,
         [](Session& s, Role) { return outcome(ActivityService(s).list({})); }},
    };
}

} // namespace

TEST_CASE(
    "Every directory, referral and activity operation is allowed exactly to the roles the matrix allows",
    "[directory][referrals][activities][permissions]") {
    TempWorkspace ws;
    const QString path = test::createTestDatabase(ws).files.database;
    const World world = prepare(path);
    for (Role role : allRoles()) {
        auto session = test::sessionWithRole(path, role);
        for (const Operation_& op : operations(world)) {
            INFO(roleCode(role).toStdString() << " " << op.name);
            const qint64 auditBefore = countRows(session->db(), QStringLiteral("audit_log"));
            const std::optional<Error> error = op.run(*session, role);
            const bool allowed = isAllowed(role, op.operation);
            if (error)
                INFO(error->message.toStdString());
            CHECK(!error.has_value() == allowed);
            if (!allowed) {
                REQUIRE(error.has_value());
                CHECK(error->code == ErrorCode::PermissionDenied);
                CHECK(error->message.contains(roleLabel(role)));
                // nothing written
                CHECK(countRows(session->db(), QStringLiteral("audit_log")) == auditBefore);
            }
        }
    }
}

#include "domain/activity_catalogue.h"
#include "records/activities/activity_service.h"
#include "records/directory/directory_service.h"
#include "sql_rows.h"
#include "test_database.h"

#include <catch2/catch.hpp>

using namespace legalaid;
using legalaid::test::countRows;
using legalaid::test::TempWorkspace;

namespace {

struct ActivityFixture {
    TempWorkspace ws;
    QString path = test::createTestDatabase(ws).files.database;
    std::unique_ptr<Session> session = test::openAsAdmin(path);
    ActivityService activities{*session};
    qint64 centre = 0;
    qint64 partner = 0;

    ActivityFixture() {
        DirectoryService directory(*session);
        Organisation unit;
        unit.kind = QStringLiteral("centre");
        unit.name = QStringLiteral("Trung tâm TGPL");
        unit.code = QStringLiteral("TT");
        centre = directory.addOrganisation(unit).value();
        Organisation union_;
        union_.kind = QStringLiteral("womens_union");
        union_.name = QStringLiteral("Hội LHPN xã");
        partner = directory.addOrganisation(union_).value();
    }

    Activity session_(const QString& kind, QDate date, const QString& title) const {
        Activity activity;
        activity.kind = kind;
        activity.heldOn = date;
        activity.title = title;
        activity.audience = QStringLiteral("community");
        activity.participants = 40;
        activity.femaleParticipants = 25;
        activity.place = QStringLiteral("Nhà văn hóa xã");
        activity.organiserUnitId = centre;
        activity.partnerOrganisationId = partner;
        return activity;
    }
};

} // namespace

TEST_CASE("Activities are added, listed by kind and period, and updated, each change audited",
          "[activities]") {
    ActivityFixture f;
    const qint64 auditBefore = countRows(f.session->db(), QStringLiteral("audit_log"));
    auto first = f.activities.add(f.session_(QStringLiteral("legal_dissemination"), QDate(2026, 3, 10),
                                             QStringLiteral("Phổ biến Luật Phòng, chống mua bán người")));
    REQUIRE(first.ok());
    auto second = f.activities.add(
        f.session_(QStringLiteral("training"), QDate(2026, 4, 2), QStringLiteral("Tập huấn kỹ năng")));
    REQUIRE(second.ok());
    Activity leaflet =
        f.session_(QStringLiteral("communication_product"), QDate(2026, 5, 20), QStringLiteral("Tờ gấp"));
    leaflet.participants = 0;
    leaflet.femaleParticipants = 0;
    leaflet.audience.clear(); // defaults to "other"
    auto third = f.activities.add(leaflet);
    REQUIRE(third.ok());
    CHECK(countRows(f.session->db(), QStringLiteral("audit_log")) == auditBefore + 3);

    auto all = f.activities.list({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == *first);
    CHECK(all->at(2).audience == QStringLiteral("other"));
    CHECK(all->at(0).femaleParticipants == 25);
    CHECK(all->at(0).organiserUnitId == f.centre);
    CHECK(all->at(0).partnerOrganisationId == f.partner);

    auto trainings = f.activities.list({QStringLiteral("training"), std::nullopt, std::nullopt});
    REQUIRE(trainings.ok());
    REQUIRE(trainings->size() == 1);
    CHECK(trainings->front().id == *second);
    auto spring = f.activities.list({QString(), QDate(2026, 4, 1), QDate(2026, 5, 20)});
    REQUIRE(spring.ok());
    REQUIRE(spring->size() == 2);
    CHECK(spring->at(0).id == *second);
    CHECK(spring->at(1).id == *third);
    auto backwards = f.activities.list({QString(), QDate(2026, 5, 1), QDate(2026, 4, 1)});
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(QStringLiteral("Swap the dates")));

    ActivityChanges changes;
    changes.participants = 55;
    changes.femaleParticipants = 30;
    changes.partnerOrganisationId = 0;
    REQUIRE(f.activities.update(*first, changes).ok());
    auto updated = f.activities.activity(*first);
    REQUIRE(updated.ok());
    CHECK(updated->participants == 55);
    CHECK(updated->femaleParticipants == 30);
    CHECK(updated->partnerOrganisationId == 0);
    CHECK(updated->title == QStringLiteral("Phổ biến Luật Phòng, chống mua bán người"));
    CHECK(countRows(f.session->db(), QStringLiteral("audit_log")) == auditBefore + 4);
}

TEST_CASE("Activity validation refuses with what to fix and writes nothing", "[activities]") {
    ActivityFixture f;
    const Activity good =
        f.session_(QStringLiteral("training"), QDate(2026, 4, 2), QStringLiteral("Tập huấn"));
    const auto refuse = [&](const Activity& activity, const char* fragment) {
        const qint64 rows = countRows(f.session->db(), QStringLiteral("activities"));
        const qint64 audit = countRows(f.session->db(), QStringLiteral("audit_log"));
        auto added = f.activities.add(activity);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidArgument);
        INFO(added.error().message.toStdString());
        CHECK(added.error().message.contains(QString::fromUtf8(fragment)));
        CHECK(countRows(f.session->db(), QStringLiteral("activities")) == rows);
        CHECK(countRows(f.session->db(), QStringLiteral("audit_log")) == audit);
    };
    Activity bad = good;
    bad.kind = QStringLiteral("party");
    refuse(bad, "not a kind of activity");
    bad = good;
    bad.title = QStringLiteral("   ");
    refuse(bad, "Enter the title");
    bad = good;
    bad.heldOn = QDate();
    refuse(bad, "date of the activity");
    bad = good;
    bad.heldOn = QDate::currentDate().addDays(3);
    refuse(bad, "in the future");
    bad = good;
    bad.participants = -1;
    bad.femaleParticipants = 0;
    refuse(bad, "cannot be negative");
    bad = good;
    bad.femaleParticipants = 41;
    refuse(bad, "number of women (41) must be between 0 and the number of participants (40)");
    bad = good;
    bad.audience = QStringLiteral("aliens");
    refuse(bad, "not an audience");
    bad = good;
    bad.organiserUnitId = f.partner;
    refuse(bad, "not the centre or one of its branches");
    bad = good;
    bad.partnerOrganisationId = 999;
    refuse(bad, "no organisation 999");

    auto added = f.activities.add(good);
    REQUIRE(added.ok());
    ActivityChanges tooMany;
    tooMany.femaleParticipants = 100;
    const Status update = f.activities.update(*added, tooMany);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("number of women")));
    auto missing = f.activities.update(777, {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("no activity 777")));
    for (const QString& code : activityKindCodes())
        CHECK_FALSE(activityKindLabel(code).isEmpty());
}

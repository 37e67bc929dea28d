// The referral list of the desk (core/lists): filters, order and the overdue mark on a hand-made data set.
#include "domain/referral_catalogue.h"
#include "lists/referral_list_source.h"
#include "test_cases_support.h"
#include "test_database.h"

#include <catch2/catch.hpp>

using namespace legalaid;
using namespace legalaid::lists;
using namespace legalaid::test;
using namespace legalaid::test::cases;

namespace {

const QDate kToday = day("2026-03-11");

struct Base {
    TempWorkspace ws;
    SetupResult setup = createTestDatabase(ws);
    std::unique_ptr<Session> admin = openAsAdmin(setup.files.database);
    QSqlDatabase db() const { return admin->db(); }
    qint64 lan = insertPerson(db(), QStringLiteral("Nguyễn Thị Lan"));
};

} // namespace

namespace {

// Referrals written with plain SQL (the referral service's rules are tested in test_referrals.cpp).
struct ReferralListFixture : Base {
    qint64 police =
        insertOrganisation(db(), QStringLiteral("border_guard"), QStringLiteral("Đồn Biên phòng"));
    qint64 hospital =
        insertOrganisation(db(), QStringLiteral("health_facility"), QStringLiteral("Bệnh viện"));
    qint64 shelter =
        insertOrganisation(db(), QStringLiteral("victim_support_facility"), QStringLiteral("Nhà tạm lánh"));
    qint64 r1, r2, r3, r4, r5;

    ReferralListFixture() {
        r1 = add(QStringLiteral("in"), police, {}, QStringLiteral("accepted"), "2026-03-01", "2026-03-06");
        r2 = add(QStringLiteral("out"), hospital, QStringLiteral("medical"), QStringLiteral("sent"),
                 "2026-03-02", "2026-03-09");
        r3 = add(QStringLiteral("out"), shelter, QStringLiteral("shelter"), QStringLiteral("sent"),
                 "2026-03-10", "2026-03-17");
        r4 = add(QStringLiteral("in"), police, {}, QStringLiteral("sent"), "2026-03-05", "2026-03-10");
        r5 = add(QStringLiteral("out"), hospital, QStringLiteral("medical"), QStringLiteral("done"),
                 "2026-02-01", "2026-02-06");
    }

    qint64 add(const QString& direction, qint64 organisation, const QString& service, const QString& status,
               const char* sentOn, const char* dueOn) {
        return insertRow(
            db(),
            QStringLiteral("INSERT INTO referrals (person_id, direction, organisation_id, service, "
                           "status, sent_on, due_on, created_by, created_at, updated_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, 'admin', 'x', 'x')"),
            {lan, direction, organisation,
             service.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(service), status,
             QLatin1String(sentOn), QLatin1String(dueOn)});
    }

    std::vector<ListRow> rows(const ReferralListFilter& filter,
                              ReferralListOrder order = ReferralListOrder::NewestFirst) const {
        auto source = ReferralListSource::create(filter, order, kToday);
        REQUIRE(source.ok());
        auto fetched = (*source)->fetch(db(), 0, 100);
        INFO((fetched ? QString() : fetched.error().message).toStdString());
        REQUIRE(fetched.ok());
        auto counted = (*source)->count(db());
        REQUIRE(counted.ok());
        CHECK(*counted == static_cast<qint64>(fetched->size()));
        return std::move(fetched).value();
    }

    std::vector<qint64> ids(const ReferralListFilter& filter,
                            ReferralListOrder order = ReferralListOrder::NewestFirst) const {
        std::vector<qint64> result;
        for (const ListRow& row : rows(filter, order))
            result.push_back(row.id);
        return result;
    }
};

} // namespace

TEST_CASE("The referral list filters by direction, awaiting answer and overdue", "[lists][referral_list]") {
    ReferralListFixture fx;
    using Ids = std::vector<qint64>;
    CHECK(fx.ids({}) == Ids{fx.r3, fx.r4, fx.r2, fx.r1, fx.r5});

    ReferralListFilter filter;
    filter.direction = QStringLiteral("in");
    CHECK(fx.ids(filter) == Ids{fx.r4, fx.r1});
    filter.direction = QStringLiteral("out");
    CHECK(fx.ids(filter) == Ids{fx.r3, fx.r2, fx.r5});
    filter.overdue = true;
    CHECK(fx.ids(filter) == Ids{fx.r2});

    filter = {};
    filter.awaitingAnswer = true;
    CHECK(fx.ids(filter) == Ids{fx.r3, fx.r4, fx.r2});
    CHECK(fx.ids(filter, ReferralListOrder::DueFirst) == Ids{fx.r2, fx.r4, fx.r3});
    filter = {};
    filter.overdue = true;
    CHECK(fx.ids(filter) == Ids{fx.r4, fx.r2});
    filter = {};
    filter.status = QStringLiteral("done");
    CHECK(fx.ids(filter) == Ids{fx.r5});

    const auto linked = ReferralListFilter::fromLink(
        {{QStringLiteral("direction"), QStringLiteral("in")}, {QStringLiteral("awaitingAnswer"), true}});
    CHECK(fx.ids(linked) == Ids{fx.r4});
    CHECK(ReferralListFilter::fromLink({{QStringLiteral("overdue"), QStringLiteral("true")}}).overdue);

    ReferralListFilter bad;
    bad.direction = QStringLiteral("sideways");
    CHECK_FALSE(ReferralListSource::create(bad).ok());
}

TEST_CASE("The referral list marks overdue answers and shows its columns", "[lists][referral_list]") {
    ReferralListFixture fx;
    const auto all = fx.rows({});
    REQUIRE(all.size() == 5);
    for (const ListRow& row : all) {
        REQUIRE(row.cells.size() == ReferralListSource::ColumnCount);
        const bool marked =
            row.cells[ReferralListSource::Overdue].toString() == ReferralListSource::overdueMark();
        CHECK(marked == (row.id == fx.r2 || row.id == fx.r4));
        if (!marked)
            CHECK(row.cells[ReferralListSource::Overdue].toString().isEmpty());
    }
    const ListRow& shelter = all[0];
    CHECK(shelter.cells[ReferralListSource::Person].toString() == QStringLiteral("Nguyễn Thị Lan"));
    CHECK(shelter.cells[ReferralListSource::Partner].toString() == QStringLiteral("Nhà tạm lánh"));
    CHECK(shelter.cells[ReferralListSource::Service].toString() ==
          referralServiceLabel(QStringLiteral("shelter")));
    CHECK(shelter.cells[ReferralListSource::SentOn].toString() == QStringLiteral("10/03/2026"));
    CHECK(shelter.cells[ReferralListSource::DueOn].toString() == QStringLiteral("17/03/2026"));
    CHECK(all[1].cells[ReferralListSource::Service].toString().isEmpty()); // incoming: no service
}

#include "cli_runner.h"

using namespace legalaid::test;

TEST_CASE("holiday list shows the seeded year and holiday set/remove change it", "[calendar-cli]") {
    CliFixture f;
    const Run list = f.asAdmin({QStringLiteral("holiday"), QStringLiteral("list"), QStringLiteral("--year"),
                                QStringLiteral("2026"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray holidays = list.jsonArray();
    CHECK(holidays.size() >= 11);
    CHECK(holidays.first().toObject().value(QStringLiteral("date")).toString() ==
          QStringLiteral("2026-01-01"));

    REQUIRE(f.asAdmin({QStringLiteral("holiday"), QStringLiteral("set"), QStringLiteral("2026-11-20"),
                       QStringLiteral("--name"), QStringLiteral("Nghỉ theo quyết định của tỉnh")})
                .exitCode == 0);
    const Run after = f.asAdmin({QStringLiteral("holiday"), QStringLiteral("list"), QStringLiteral("--year"),
                                 QStringLiteral("2026")});
    CHECK(after.out.contains("2026-11-20\tNghỉ theo quyết định của tỉnh\tcustom"));
    REQUIRE(f.asAdmin({QStringLiteral("holiday"), QStringLiteral("remove"), QStringLiteral("2026-11-20")})
                .exitCode == 0);
    requireError(
        f.asAdmin({QStringLiteral("holiday"), QStringLiteral("remove"), QStringLiteral("2026-11-20")}),
        "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({QStringLiteral("holiday"), QStringLiteral("set"), QStringLiteral("2026-02-30"),
                            QStringLiteral("--name"), QStringLiteral("X")}),
                 "E_INVALID_ARGUMENT");
}

TEST_CASE("deadline-rule list and set", "[calendar-cli]") {
    CliFixture f;
    REQUIRE(f.asAdmin({QStringLiteral("deadline-rule"), QStringLiteral("set"),
                       QStringLiteral("referral_response"), QStringLiteral("--working-days"),
                       QStringLiteral("7")})
                .exitCode == 0);
    const Run list =
        f.asAdmin({QStringLiteral("deadline-rule"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    bool found = false;
    for (const auto& value : list.jsonArray()) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QStringLiteral("code")).toString() == QStringLiteral("referral_response")) {
            found = true;
            CHECK(rule.value(QStringLiteral("working_days")).toInt() == 7);
        }
    }
    CHECK(found);
}

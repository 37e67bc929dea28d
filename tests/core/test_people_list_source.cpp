#include "lists/people_list_source.h"
#include "records/cases/case_lifecycle_service.h"
#include "records/cases/case_service.h"
#include "records/people/identification_service.h"
#include "records/people/person_service.h"
#include "test_database.h"

#include <QSet>

using namespace legalaid;
using namespace legalaid::lists;
using namespace legalaid::test;

namespace {

// Ages are counted on this day, so the bands do not move with the clock.
const QDate kToday(2026, 11, 23);

struct PeopleFixture {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);
    qint64 anh = 0, binh = 0, dao = 0, duc = 0, an = 0;

    qint64 add(PersonCategory category, const QString& name, Sex sex, const QString& province) {
        PersonDetails details;
        details.category = category;
        details.fullName = name;
        details.sex = sex;
        details.provinceCode = province;
        return add(details);
    }
    qint64 add(const PersonDetails& details) {
        auto saved = PersonService(*session).create(details);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return saved->id;
    }
    qint64 openCase(qint64 personId) {
        NewCase request;
        request.personId = personId;
        request.form = QStringLiteral("consultation");
        request.fieldCode = QStringLiteral("hinh_su");
        request.summary = QStringLiteral("Tư vấn pháp luật.");
        auto opened = CaseService(*session).open(request);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        return opened->id;
    }

    PeopleFixture() {
        PersonDetails p;
        p.category = PersonCategory::Victim;
        p.fullName = QStringLiteral("Nguyễn Thị Ánh");
        p.sex = Sex::Female;
        p.birthDate = QDate(2012, 5, 1); // 14 on kToday
        p.provinceCode = QStringLiteral("hai_phong");
        anh = add(p);
        openCase(anh);

        p = {};
        p.category = PersonCategory::UnderIdentification;
        p.fullName = QStringLiteral("Trần Văn Bình");
        p.sex = Sex::Male;
        p.birthYear = 1990; // 36 in 2026
        p.provinceCode = QStringLiteral("ha_noi");
        binh = add(p);
        const qint64 withdrawn = openCase(binh);
        REQUIRE(CaseLifecycleService(*session)
                    .withdraw(withdrawn, QStringLiteral("Người yêu cầu rút yêu cầu."))
                    .ok());

        p = {};
        p.category = PersonCategory::Victim;
        p.fullName = QStringLiteral("Lê Thị Đào");
        p.sex = Sex::Female;
        p.birthYear = 2009; // 17 in 2026 by the year
        p.provinceCode = QStringLiteral("hai_phong");
        dao = add(p);
        IdentificationDecision identified;
        identified.status = IdentificationStatus::Identified;
        identified.decidingBodyCode = QStringLiteral("police");
        identified.decisionDate = QDate(2025, 10, 15);
        identified.documentTypeCode = QStringLiteral("victim_certificate");
        identified.documentNumber = QStringLiteral("125/GXN-CA");
        identified.documentIssuer = QStringLiteral("Công an tỉnh Lào Cai");
        identified.documentDate = QDate(2025, 10, 15);
        REQUIRE(IdentificationService(*session).record(dao, identified).ok());

        p = {};
        p.category = PersonCategory::UnderIdentification;
        p.fullName = QStringLiteral("Phạm Minh Đức");
        p.sex = Sex::Other;
        p.birthDate = QDate(2008, 11, 24); // 17 on kToday: the 18th birthday is the day after
        p.provinceCode = QStringLiteral("ha_noi");
        p.idType = IdDocumentType::Cccd;
        p.idNumber = QStringLiteral("001208012345");
        duc = add(p);

        an = add(PersonCategory::Victim, QStringLiteral("Nguyễn Văn An"), Sex::Male, QString()); // no birth
    }

    QList<qint64> ids(const PeopleListFilter& filter) {
        const PeopleListSource source(filter, kToday);
        auto total = source.count(session->db());
        REQUIRE(total.ok());
        auto rows = source.fetch(session->db(), 0, 100);
        REQUIRE(rows.ok());
        CHECK(*total == static_cast<qint64>(rows->size()));
        QList<qint64> found;
        for (const ListRow& row : *rows) {
            CHECK(row.cells.size() == source.columnTitles().size());
            found << row.id;
        }
        return found;
    }
};

} // namespace

TEST_CASE("The people list is in name order and pages by offset", "[lists][people]") {
    PeopleFixture f;
    // Folded names: le thi dao, nguyen thi anh, nguyen van an, pham minh duc, tran van binh.
    CHECK(f.ids({}) == QList<qint64>{f.dao, f.anh, f.an, f.duc, f.binh});
    const PeopleListSource all(PeopleListFilter{}, kToday);
    auto middle = all.fetch(f.session->db(), 2, 2);
    REQUIRE(middle.ok());
    REQUIRE(middle->size() == 2);
    CHECK((*middle)[0].id == f.an);
    CHECK((*middle)[1].id == f.duc);
    auto past = all.fetch(f.session->db(), 10, 5);
    REQUIRE(past.ok());
    CHECK(past->empty());
    // The cells: name, category, status, sex, born, province, open cases.
    auto first = all.fetch(f.session->db(), 1, 1);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    CHECK((*first)[0].cells.at(0).toString() == QStringLiteral("Nguyễn Thị Ánh"));
    CHECK((*first)[0].cells.at(4).toString() == QStringLiteral("01/05/2012"));
    CHECK((*first)[0].cells.at(6).toLongLong() == 1);
}

TEST_CASE("People list filters select exactly the matching people", "[lists][people]") {
    PeopleFixture f;
    using Ids = QList<qint64>;
    PeopleListFilter filter;

    filter = {};
    filter.category = QStringLiteral("victim");
    CHECK(f.ids(filter) == Ids{f.dao, f.anh, f.an});
    filter = {};
    filter.category = QStringLiteral("under_identification");
    CHECK(f.ids(filter) == Ids{f.duc, f.binh});
    filter = {};
    filter.identificationStatus = QStringLiteral("identified");
    CHECK(f.ids(filter) == Ids{f.dao});
    filter = {};
    filter.sex = QStringLiteral("f");
    CHECK(f.ids(filter) == Ids{f.dao, f.anh});
    filter = {};
    filter.sex = QStringLiteral("x");
    CHECK(f.ids(filter) == Ids{f.duc});
    filter = {};
    filter.province = QStringLiteral("ha_noi");
    CHECK(f.ids(filter) == Ids{f.duc, f.binh});
    filter = {};
    filter.hasOpenCase = true; // Bình's only case was withdrawn
    CHECK(f.ids(filter) == Ids{f.anh});
    filter = {};
    filter.withoutCase = true;
    CHECK(f.ids(filter) == Ids{f.dao, f.an, f.duc});
    filter = {};
    filter.category = QStringLiteral("victim");
    filter.province = QStringLiteral("hai_phong");
    filter.withoutCase = true;
    CHECK(f.ids(filter) == Ids{f.dao});
}

TEST_CASE("People list age bands count completed years on the day", "[lists][people]") {
    PeopleFixture f;
    using Ids = QList<qint64>;
    PeopleListFilter filter;
    filter.ageBand = QStringLiteral("0-15");
    CHECK(f.ids(filter) == Ids{f.anh});
    filter.ageBand = QStringLiteral("16-17"); // Đào by year, Đức the day before turning 18
    CHECK(f.ids(filter) == Ids{f.dao, f.duc});
    filter.ageBand = QStringLiteral("18-29");
    CHECK(f.ids(filter).isEmpty());
    filter.ageBand = QStringLiteral("30-44");
    CHECK(f.ids(filter) == Ids{f.binh});
    filter.ageBand = QStringLiteral("60+");
    CHECK(f.ids(filter).isEmpty());
    filter.ageBand = QStringLiteral("nonsense");
    CHECK(f.ids(filter).isEmpty());

    // A day later Đức is 18.
    PeopleListFilter adults;
    adults.ageBand = QStringLiteral("18-29");
    const PeopleListSource later(adults, kToday.addDays(1));
    auto rows = later.fetch(f.session->db(), 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].id == f.duc);
}

TEST_CASE("People list search ignores diacritics and combines with filters", "[lists][people]") {
    PeopleFixture f;
    using Ids = QList<qint64>;
    PeopleListFilter filter;
    filter.search = QStringLiteral("nguyen");
    CHECK(f.ids(filter) == Ids{f.anh, f.an});
    filter.search = QStringLiteral("NGUYỄN  thi");
    CHECK(f.ids(filter) == Ids{f.anh});
    filter.search = QStringLiteral("dao");
    CHECK(f.ids(filter) == Ids{f.dao});
    filter.search = QStringLiteral("001 208 012 345"); // an ID number typed in groups
    CHECK(f.ids(filter) == Ids{f.duc});
    filter.search = QStringLiteral("\"*) OR (");
    CHECK(f.ids(filter).isEmpty()); // nothing searchable typed, and no FTS syntax error
    filter.search = QStringLiteral("nguyen");
    filter.sex = QStringLiteral("m");
    CHECK(f.ids(filter) == Ids{f.an});
}

TEST_CASE("People list filters round-trip through desk links", "[lists][people]") {
    QVariantMap link{{QStringLiteral("category"), QStringLiteral("under_identification")},
                     {QStringLiteral("withoutCase"), true},
                     {QStringLiteral("ageBand"), QStringLiteral("16-17")},
                     {QStringLiteral("search"), QStringLiteral("Bình")}};
    const PeopleListFilter filter = PeopleListFilter::fromLink(link);
    CHECK(filter.category == QStringLiteral("under_identification"));
    CHECK(filter.withoutCase);
    CHECK_FALSE(filter.hasOpenCase);
    CHECK(filter.ageBand == QStringLiteral("16-17"));
    CHECK(filter.search == QStringLiteral("Bình"));
    CHECK(filter.toLink() == link);
    CHECK(PeopleListFilter::fromLink({{QStringLiteral("hasOpenCase"), QStringLiteral("true")}}).hasOpenCase);
}

#include "lists/people_list_source.h"
#include "records/people/person_service.h"
#include "search/person_search_index.h"
#include "test_database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace legalaid;
using namespace legalaid::test;
using legalaid::search::foldForSearch;

namespace {

struct SearchFixture {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);
    qint64 tuyet = add(QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("001195012345"),
                       QStringLiteral("0912 345 678"));
    qint64 dang = add(QStringLiteral("Đặng Văn Hùng"), {}, QStringLiteral("+84 988 111 222"));
    qint64 hoa = add(QStringLiteral("Trần Thị Hoa"), {}, {});
    qint64 an = add(QStringLiteral("Nguyễn Văn An"), {}, {});

    qint64 add(const QString& name, const QString& cccd, const QString& phone) {
        PersonDetails d;
        d.fullName = name;
        if (!cccd.isEmpty()) {
            d.idType = IdDocumentType::Cccd;
            d.idNumber = cccd;
        }
        d.phone = phone;
        auto saved = PersonService(*session).create(d);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return saved->id;
    }

    std::vector<qint64> find(const QString& text, int limit = 50) const {
        auto matches = search::searchPeople(session->db(), text, limit);
        INFO(text.toStdString() << ": " << (matches ? QString() : matches.error().message).toStdString());
        REQUIRE(matches.ok());
        std::vector<qint64> ids;
        for (const search::PersonMatch& match : *matches)
            ids.push_back(match.personId);
        return ids;
    }
};

using Ids = std::vector<qint64>;

} // namespace

TEST_CASE("Folding turns NFC or NFD Vietnamese into lower-case ASCII words", "[search]") {
    CHECK(foldForSearch(QStringLiteral("Nguyễn Thị Ánh Tuyết")) == QStringLiteral("nguyen thi anh tuyet"));
    const QString nfd = QStringLiteral("Nguyễn Thị Ánh Tuyết").normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    CHECK(foldForSearch(nfd) == QStringLiteral("nguyen thi anh tuyet"));
    CHECK(foldForSearch(QStringLiteral("ĐẶNG đức")) == QStringLiteral("dang duc"));
    CHECK(foldForSearch(QStringLiteral("Ưng Ơn Ăn Âu Êm Ôi Ỷ")) == QStringLiteral("ung on an au em oi y"));
    CHECK(foldForSearch(QStringLiteral("hoà / hòa")) == QStringLiteral("hoa hoa"));
    CHECK(foldForSearch(QStringLiteral("  TT.TV.01.2026 ")) == QStringLiteral("tt tv 01 2026"));
    CHECK(foldForSearch(QStringLiteral("\"nguyen\" OR -hung*")) == QStringLiteral("nguyen or hung"));
    CHECK(foldForSearch(QString()).isEmpty());
}

TEST_CASE("Search finds people by folded name words, in any order, by prefix", "[search]") {
    SearchFixture f;
    CHECK(f.find(QStringLiteral("nguyen thi anh tuyet")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("dang")) == Ids{f.dang});
    CHECK(f.find(QStringLiteral("Đặng")) == Ids{f.dang});
    CHECK(f.find(QStringLiteral("Nguyễn Thị Ánh Tuyết").normalized(QString::NormalizationForm_D)) ==
          Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("tuyet nguyen")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("nguy tuy")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("NGUYỄN")) ==
          Ids{f.tuyet, f.an}); // by folded name: "nguyen thi" < "nguyen van"
    CHECK(f.find(QStringLiteral("nguyen"), 1) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("thi")) == Ids{f.tuyet, f.hoa});
    CHECK(f.find(QStringLiteral("t")) == Ids{f.tuyet, f.hoa}); // one letter: "thi", "tuyet", "tran"
    CHECK(f.find(QStringLiteral("nguyen hung")).empty());
    CHECK(f.find(QStringLiteral("   ")).empty());
    CHECK(f.find(QString()).empty());
}

TEST_CASE("Search finds people by ID number and phone number", "[search]") {
    SearchFixture f;
    CHECK(f.find(QStringLiteral("001195012345")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("0011950")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("0912345678")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("+84 912 345")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("0988111")) == Ids{f.dang});
    CHECK(f.find(QStringLiteral("84988")) == Ids{f.dang});
    CHECK(f.find(QStringLiteral("hung 0988")) == Ids{f.dang});
    CHECK(f.find(QStringLiteral("001 195 012 345")) == Ids{f.tuyet});
    CHECK(f.find(QStringLiteral("(0988) 111-222")) == Ids{f.dang});
}

TEST_CASE("Search input cannot inject full-text operators or SQL", "[search]") {
    SearchFixture f;
    for (const char* hostile :
         {"\"nguyen", "nguyen OR hung", "nguyen NOT tuyet", "NEAR(nguyen tuyet)", "nguyen -thi", "*",
          "content:nguyen", "^nguyen", "'; DROP TABLE people; --", "nguyen AND", ")(", "a\"b*c"}) {
        INFO(hostile);
        auto matches = search::searchPeople(f.session->db(), QString::fromUtf8(hostile), 10);
        REQUIRE(matches.ok());
    }
    // Upper-case operators typed by the user are folded into ordinary words, all of which must match.
    CHECK(f.find(QStringLiteral("nguyen OR hung")).empty());
    CHECK(f.find(QStringLiteral("nguyen -thi")) == Ids{f.tuyet});
    QSqlQuery count(f.session->db());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM people")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 4);
}

TEST_CASE("Search finds a person by the file code of their case", "[search]") {
    SearchFixture f;
    QSqlDatabase db = f.session->db();
    if (!db.tables().contains(QStringLiteral("cases"))) {
        WARN("the cases table does not exist yet: file-code search is not tested");
        return;
    }
    QSqlQuery codes(db);
    REQUIRE(codes.exec(QStringLiteral("SELECT (SELECT code FROM fields_of_law LIMIT 1), "
                                      "(SELECT code FROM beneficiary_groups LIMIT 1)")));
    REQUIRE(codes.next());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, source, "
        "received_on, "
        "status, register_year, register_number, file_code, last_step_on, created_at, updated_at) VALUES "
        "('TT', 'consultation', ?, ?, ?, 'walk_in', '2026-01-05', 'received', 2026, 1, 'TT.TV.01.2026', "
        "'2026-01-05', '2026-01-05T00:00:00.000Z', '2026-01-05T00:00:00.000Z')"));
    insert.addBindValue(codes.value(0));
    insert.addBindValue(codes.value(1));
    insert.addBindValue(f.hoa);
    if (!insert.exec()) {
        WARN("could not insert a case with plain SQL (" << insert.lastError().databaseText().toStdString()
                                                        << "): file-code search is not tested");
        return;
    }
    CHECK(f.find(QStringLiteral("TT.TV.01.2026"))
              .empty()); // not yet indexed: reindexPerson is the caller's job
    REQUIRE(search::reindexPerson(db, f.hoa).ok());
    CHECK(f.find(QStringLiteral("TT.TV.01.2026")) == Ids{f.hoa});
    CHECK(f.find(QStringLiteral("tt tv 01")) == Ids{f.hoa});
    CHECK(f.find(QStringLiteral("hoa tt.tv")) == Ids{f.hoa});
    CHECK(f.find(QStringLiteral("TT.TV.02.2026")).empty());
}

TEST_CASE("Search reads the full-text index, not a scan of the people table", "[search]") {
    SearchFixture f;
    QSqlQuery plan(f.session->db());
    REQUIRE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT p.id, p.full_name FROM people_search s JOIN people p ON p.id = s.docid "
        "WHERE s.document MATCH 'nguyen* thi*' ORDER BY p.name_folded, p.id LIMIT 20")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(QStringLiteral(" | ")).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("VIRTUAL TABLE INDEX")));
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("USING INTEGER PRIMARY KEY")));
    CHECK_FALSE(steps.join(QLatin1Char(' ')).contains(QStringLiteral("SCAN TABLE people ")));
}

TEST_CASE("The index is rebuilt for one person and forgets people who are gone", "[search]") {
    SearchFixture f;
    QSqlDatabase db = f.session->db();
    QSqlQuery rename(db);
    // A change made without the service is not in the index until the person is reindexed.
    REQUIRE(
        rename.exec(QStringLiteral("UPDATE people SET full_name = 'Trần Thị Huệ' WHERE id = %1").arg(f.hoa)));
    CHECK(f.find(QStringLiteral("hue")).empty());
    REQUIRE(search::reindexPerson(db, f.hoa).ok());
    CHECK(f.find(QStringLiteral("hue")) == Ids{f.hoa});
    CHECK(f.find(QStringLiteral("tran hoa")).empty());
    REQUIRE(search::reindexPerson(db, 123456).ok()); // no such person: nothing to index, no error
    QSqlQuery rows(db);
    REQUIRE(rows.exec(QStringLiteral("SELECT count(*) FROM people_search")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 4);
}

TEST_CASE("Few matches come in name order, many come newest first, in search and in the people list",
          "[search][lists]") {
    SearchFixture f;
    // One more namesake than the name order keeps; Bình first, the Anh namesakes after.
    const qint64 binh = f.add(QStringLiteral("Phạm Thị Bình"), {}, {});
    std::vector<qint64> namesakes;
    for (int i = 0; i < search::kNameOrderedMatches; ++i) {
        PersonDetails d;
        d.fullName = QStringLiteral("Phạm Thị Anh");
        d.birthYear = 1980 + i % 20;
        auto saved = PersonService(*f.session).create(d);
        REQUIRE(saved.ok());
        namesakes.push_back(saved->id);
    }
    const QString many = search::searchMatchExpression(QStringLiteral("pham thi"));
    CHECK(search::matchOrder(f.session->db(), many).value() == search::MatchOrder::NewestFirst);
    CHECK(search::matchOrder(f.session->db(), search::searchMatchExpression(QStringLiteral("pham thi b")))
              .value() == search::MatchOrder::Name);

    // Many: newest first, whatever the names.
    const Ids newest = f.find(QStringLiteral("pham thi"), 5);
    CHECK(newest == Ids(namesakes.rbegin(), namesakes.rbegin() + 5));
    // Asking for more than the first read of the index brought still gives every match, once.
    const Ids all = f.find(QStringLiteral("pham thi"), search::kNameOrderedMatches + 50);
    REQUIRE(all.size() == namesakes.size() + 1);
    CHECK(all.back() == binh);
    CHECK(std::is_sorted(all.rbegin(), all.rend()));
    // Few: by name, then year of birth.
    CHECK(f.find(QStringLiteral("pham thi binh")) == Ids{binh});
    CHECK(f.find(QStringLiteral("nguyen")) == Ids{f.tuyet, f.an});

    // The people list pages through the same order, and its other filters still apply.
    lists::PeopleListFilter filter;
    filter.search = QStringLiteral("pham thi");
    const lists::PeopleListSource source(filter);
    CHECK(source.count(f.session->db()).value() == qint64(namesakes.size() + 1));
    auto first = source.fetch(f.session->db(), 0, 3);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    CHECK((*first)[0].id == namesakes.back());
    CHECK((*first)[2].id == namesakes[namesakes.size() - 3]);
    auto last = source.fetch(f.session->db(), qint64(namesakes.size()), 10);
    REQUIRE(last.ok());
    REQUIRE(last->size() == 1);
    CHECK((*last)[0].id == binh);
    filter.province = QStringLiteral("ha_noi"); // nobody here has a province
    CHECK(lists::PeopleListSource(filter).fetch(f.session->db(), 0, 10).value().empty());
}

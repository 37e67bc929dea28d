#include "domain/person_catalogues.h"
#include "records/people/consent_check.h"
#include "records/people/consent_service.h"
#include "records/people/identification_service.h"
#include "records/people/person_service.h"
#include "records/permissions.h"
#include "test_database.h"

#include <QSet>
#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::test;

namespace {

struct PeopleFixture {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);
    QDate today = QDate::currentDate();

    [[nodiscard]] QSqlDatabase db() const { return session->db(); }
    PersonService people() { return PersonService(*session); }

    qint64 add(const PersonDetails& details) {
        auto saved = people().create(details);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return saved->id;
    }

    qint64 addVictim(const QString& name, std::optional<int> birthYear = std::nullopt) {
        PersonDetails details;
        details.category = PersonCategory::Victim;
        details.fullName = name;
        details.birthYear = birthYear;
        return add(details);
    }

    qint64 addOrganisation(const QString& name) {
        REQUIRE(db().tables().contains(QStringLiteral("organisations")));
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("INSERT INTO organisations (kind, name, created_at, updated_at) "
                           "VALUES ('police', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
        query.addBindValue(name);
        REQUIRE(query.exec());
        return query.lastInsertId().toLongLong();
    }

    qint64 rows(const QString& table) const {
        QSqlQuery query(db());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    // Every row that a people operation may write, so a refusal can be shown to have written none.
    qint64 writtenRows() const {
        return rows(QStringLiteral("people")) + rows(QStringLiteral("identification_events")) +
               rows(QStringLiteral("consents")) + rows(QStringLiteral("consent_partners")) +
               rows(QStringLiteral("people_search")) + rows(QStringLiteral("audit_log"));
    }

    std::vector<AuditEntry> auditEntries(const QString& action) const {
        auto entries = AuditLog(db()).latest(1000);
        REQUIRE(entries.ok());
        std::vector<AuditEntry> matching;
        for (const AuditEntry& entry : *entries) {
            if (entry.action == action)
                matching.push_back(entry);
        }
        return matching;
    }
};

template <typename T> void requireRefused(const Result<T>& result, ErrorCode code, const QString& expected) {
    REQUIRE_FALSE(result.ok());
    const Error& error = result.error();
    INFO("message: " << error.message.toStdString() << " expected to contain: " << expected.toStdString());
    CHECK(error.code == code);
    CHECK(error.message.contains(expected));
    CHECK_FALSE(error.message.isEmpty());
}

} // namespace

TEST_CASE("The people catalogues hold the 34 provincial units, the 54 ethnic groups and Viet Nam first",
          "[people]") {
    CHECK(personCatalogueEntries(PersonCatalogue::Province).size() == 34);
    CHECK(personCatalogueEntries(PersonCatalogue::Ethnicity).size() == 54);
    CHECK(personCatalogueEntries(PersonCatalogue::Country).front().code == QStringLiteral("VN"));
    for (PersonCatalogue catalogue : allPersonCatalogues()) {
        QSet<QString> codes;
        for (const PersonCatalogueEntry& entry : personCatalogueEntries(catalogue)) {
            INFO(personCatalogueName(catalogue).toStdString() << " " << entry.code.toStdString());
            CHECK_FALSE(entry.label.isEmpty());
            CHECK_FALSE(codes.contains(entry.code));
            codes.insert(entry.code);
        }
        CHECK(personCatalogueFromName(personCatalogueName(catalogue)) == catalogue);
    }
    CHECK(personCatalogueLabel(PersonCatalogue::Province, QStringLiteral("hai_phong")) ==
          QStringLiteral("Hải Phòng"));
    CHECK(personCatalogueLabel(PersonCatalogue::Ethnicity, QStringLiteral("e_de")) == QStringLiteral("Ê Đê"));
    CHECK(personCatalogueHas(PersonCatalogue::ExploitationType, QStringLiteral("forced_criminality")));
}

TEST_CASE("A person is recorded with every field, read back as recorded, and both writes are audited",
          "[people]") {
    PeopleFixture f;
    const qint64 adult = f.addVictim(QStringLiteral("Lò Thị Mai"), 1990);
    PersonDetails d;
    d.category = PersonCategory::AccompanyingMinor;
    d.fullName = QStringLiteral("  Lò   Văn Tú ");
    d.sex = Sex::Male;
    d.birthDate = QDate(2015, 4, 2);
    d.ethnicityCode = QStringLiteral("thai");
    d.nationalityCode = QStringLiteral("VN");
    d.idType = IdDocumentType::Cccd;
    d.idNumber = QStringLiteral("011 215 000 123");
    d.provinceCode = QStringLiteral("son_la");
    d.commune = QStringLiteral("Xã Mường La");
    d.phone = QStringLiteral("+84 (912) 345-678");
    d.exploitationCode = QStringLiteral("child_selling");
    d.destinationCode = QStringLiteral("CN");
    d.returnModeCode = QStringLiteral("handed_over");
    d.notes = QStringLiteral("Đi cùng mẹ.");
    d.accompaniesPersonId = adult;
    d.arrivalDate = QDate(2025, 3, 1);
    const qint64 id = f.add(d);

    auto file = f.people().get(id);
    REQUIRE(file.ok());
    const PersonDetails& read = file->person.details;
    CHECK(read.fullName == QStringLiteral("Lò Văn Tú"));
    CHECK(read.sex == Sex::Male);
    CHECK(read.birthDate == QDate(2015, 4, 2));
    CHECK_FALSE(read.birthYear.has_value());
    CHECK(birthYearOf(read) == 2015);
    CHECK(read.ethnicityCode == QStringLiteral("thai"));
    CHECK(read.idType == IdDocumentType::Cccd);
    CHECK(read.idNumber == QStringLiteral("011215000123"));
    CHECK(read.provinceCode == QStringLiteral("son_la"));
    CHECK(read.commune == QStringLiteral("Xã Mường La"));
    CHECK(read.phone == QStringLiteral("+84912345678"));
    CHECK(read.exploitationCode == QStringLiteral("child_selling"));
    CHECK(read.destinationCode == QStringLiteral("CN"));
    CHECK(read.returnModeCode == QStringLiteral("handed_over"));
    CHECK(read.accompaniesPersonId == adult);
    CHECK(read.arrivalDate == QDate(2025, 3, 1));
    CHECK(file->person.createdBy == QStringLiteral("admin"));
    CHECK_FALSE(file->person.currentStatus.has_value());

    auto adultFile = f.people().get(adult);
    REQUIRE(adultFile.ok());
    CHECK(adultFile->person.details.birthYear == 1990);
    CHECK_FALSE(adultFile->person.details.birthDate.isValid());
    CHECK(adultFile->accompanyingMinorIds == std::vector<qint64>{id});

    const auto creates = f.auditEntries(QStringLiteral("person.create"));
    REQUIRE(creates.size() == 2);
    const AuditEntry& created = creates.front(); // newest first
    CHECK(created.targetType == QStringLiteral("person"));
    CHECK(created.targetId == QString::number(id));
    CHECK(created.details.contains(QStringLiteral("category=accompanying_minor")));
    CHECK_FALSE(created.details.contains(QStringLiteral("Tú")));
    CHECK_FALSE(created.details.contains(QStringLiteral("011215000123")));
    const auto views = f.auditEntries(QStringLiteral("person.view"));
    REQUIRE(views.size() == 2);
    CHECK(views.front().targetId == QString::number(adult));
    CHECK(views.front().details.isEmpty());
}

TEST_CASE("Each rule on a person's details refuses with one clear sentence and writes nothing", "[people]") {
    PeopleFixture f;
    const qint64 before = f.writtenRows();
    struct Refusal {
        const char* what;
        std::function<void(PersonDetails&)> change;
        QString expected;
    };
    const QDate tomorrow = f.today.addDays(1);
    const std::vector<Refusal> refusals{
        {"CCCD with 11 digits",
         [](PersonDetails& d) {
             d.idType = IdDocumentType::Cccd;
             d.idNumber = QStringLiteral("00119501234");
         },
         QStringLiteral("exactly 12 digits")},
        {"CCCD with a letter",
         [](PersonDetails& d) {
             d.idType = IdDocumentType::Cccd;
             d.idNumber = QStringLiteral("00119501234A");
         },
         QStringLiteral("exactly 12 digits")},
        {"number without a type", [](PersonDetails& d) { d.idNumber = QStringLiteral("001195012345"); },
         QStringLiteral("without its type")},
        {"passport too short",
         [](PersonDetails& d) {
             d.idType = IdDocumentType::Passport;
             d.idNumber = QStringLiteral("C12");
         },
         QStringLiteral("passport number")},
        {"birth date in the future", [&](PersonDetails& d) { d.birthDate = tomorrow; },
         QStringLiteral("is in the future")},
        {"birth date and year",
         [](PersonDetails& d) {
             d.birthDate = QDate(1990, 1, 1);
             d.birthYear = 1990;
         },
         QStringLiteral("not both")},
        {"birth year in the future", [&](PersonDetails& d) { d.birthYear = f.today.year() + 1; },
         QStringLiteral("is not possible")},
        {"birth year before 1900", [](PersonDetails& d) { d.birthYear = 1899; }, QStringLiteral("from 1900")},
        {"empty name", [](PersonDetails& d) { d.fullName = QStringLiteral("   "); },
         QStringLiteral("full name")},
        {"unknown province", [](PersonDetails& d) { d.provinceCode = QStringLiteral("hai_duong"); },
         QStringLiteral("34 provincial units")},
        {"unknown ethnic group", [](PersonDetails& d) { d.ethnicityCode = QStringLiteral("viet"); },
         QStringLiteral("ethnic group")},
        {"unknown nationality", [](PersonDetails& d) { d.nationalityCode = QStringLiteral("ZZ"); },
         QStringLiteral("nationality")},
        {"unknown exploitation", [](PersonDetails& d) { d.exploitationCode = QStringLiteral("begging"); },
         QStringLiteral("form of exploitation")},
        {"unknown return mode", [](PersonDetails& d) { d.returnModeCode = QStringLiteral("flew"); },
         QStringLiteral("way of coming back")},
        {"bad phone", [](PersonDetails& d) { d.phone = QStringLiteral("09x"); },
         QStringLiteral("phone number")},
        {"link on a victim", [](PersonDetails& d) { d.arrivalDate = QDate(2025, 1, 1); },
         QStringLiteral("Only an accompanying minor")},
    };
    for (const Refusal& refusal : refusals) {
        INFO(refusal.what);
        PersonDetails d;
        d.fullName = QStringLiteral("Hà Thị Lan");
        refusal.change(d);
        auto saved = f.people().create(d);
        REQUIRE_FALSE(saved.ok());
        requireRefused(saved, ErrorCode::InvalidArgument, refusal.expected);
    }
    CHECK(f.writtenRows() == before);
}

TEST_CASE("An accompanying minor is under 18 on arrival and linked to someone who is not a minor",
          "[people]") {
    PeopleFixture f;
    const qint64 mother = f.addVictim(QStringLiteral("Vàng Thị Dợ"), 1988);
    const QDate arrival = f.today.addMonths(-1);
    const auto minor = [&](const QDate& birthDate, std::optional<int> birthYear) {
        PersonDetails d;
        d.category = PersonCategory::AccompanyingMinor;
        d.fullName = QStringLiteral("Vàng A Páo");
        d.birthDate = birthDate;
        d.birthYear = birthYear;
        d.accompaniesPersonId = mother;
        d.arrivalDate = arrival;
        return d;
    };
    const qint64 before = f.writtenRows();

    SECTION("18 on the arrival date is refused, 17 is accepted") {
        auto eighteen = f.people().create(minor(arrival.addYears(-18), std::nullopt));
        REQUIRE_FALSE(eighteen.ok());
        requireRefused(eighteen, ErrorCode::InvalidArgument, QStringLiteral("18 years old"));
        CHECK(eighteen.error().message.contains(QStringLiteral("under 18 on arrival")));
        CHECK(f.writtenRows() == before);
        CHECK(f.people().create(minor(arrival.addYears(-18).addDays(1), std::nullopt)).ok());
    }
    SECTION("With only the birth year, refused only when certainly 18 or more") {
        auto certain = f.people().create(minor(QDate(), arrival.year() - 19));
        REQUIRE_FALSE(certain.ok());
        requireRefused(certain, ErrorCode::InvalidArgument, QStringLiteral("at least 18 years old"));
        CHECK(f.writtenRows() == before);
        CHECK(f.people().create(minor(QDate(), arrival.year() - 18)).ok()); // 17 or 18: given the benefit
    }
    SECTION("Linked to nobody, to no one who exists, or to another minor is refused") {
        PersonDetails alone = minor(QDate(2015, 1, 1), std::nullopt);
        alone.accompaniesPersonId.reset();
        auto unlinked = f.people().create(alone);
        REQUIRE_FALSE(unlinked.ok());
        requireRefused(unlinked, ErrorCode::InvalidArgument, QStringLiteral("must be linked"));

        PersonDetails ghost = minor(QDate(2015, 1, 1), std::nullopt);
        ghost.accompaniesPersonId = 999;
        auto missing = f.people().create(ghost);
        REQUIRE_FALSE(missing.ok());
        requireRefused(missing, ErrorCode::InvalidArgument, QStringLiteral("no person with id 999"));

        PersonDetails noDate = minor(QDate(2015, 1, 1), std::nullopt);
        noDate.arrivalDate = QDate();
        auto undated = f.people().create(noDate);
        REQUIRE_FALSE(undated.ok());
        requireRefused(undated, ErrorCode::InvalidArgument, QStringLiteral("arrived"));
        CHECK(f.writtenRows() == before);

        const qint64 child = f.add(minor(QDate(2015, 1, 1), std::nullopt));
        PersonDetails chained = minor(QDate(2019, 1, 1), std::nullopt);
        chained.accompaniesPersonId = child;
        auto toMinor = f.people().create(chained);
        REQUIRE_FALSE(toMinor.ok());
        requireRefused(toMinor, ErrorCode::InvalidArgument, QStringLiteral("accompanying minor too"));

        PersonChanges self;
        self.accompaniesPersonId = child;
        auto selfLink = f.people().update(child, self);
        REQUIRE_FALSE(selfLink.ok());
        requireRefused(selfLink, ErrorCode::InvalidArgument, QStringLiteral("accompany themselves"));

        PersonChanges motherAsMinor;
        motherAsMinor.category = PersonCategory::AccompanyingMinor;
        motherAsMinor.accompaniesPersonId = f.addVictim(QStringLiteral("Người khác"));
        motherAsMinor.arrivalDate = arrival;
        motherAsMinor.birthYear = 0; // age unknown, so only the links decide
        auto linkedTo = f.people().update(mother, motherAsMinor);
        REQUIRE_FALSE(linkedTo.ok());
        requireRefused(linkedTo, ErrorCode::InvalidArgument, QStringLiteral("Minors are linked"));
    }
    SECTION("A minor who becomes a victim loses the link") {
        const qint64 child = f.add(minor(QDate(2015, 1, 1), std::nullopt));
        PersonChanges change;
        change.category = PersonCategory::Victim;
        REQUIRE(f.people().update(child, change).ok());
        auto file = f.people().get(child);
        REQUIRE(file.ok());
        CHECK_FALSE(file->person.details.accompaniesPersonId.has_value());
        CHECK_FALSE(file->person.details.arrivalDate.isValid());
    }
}

TEST_CASE("A second person with the same ID number is refused and the first is named", "[people]") {
    PeopleFixture f;
    PersonDetails first;
    first.fullName = QStringLiteral("Phạm Thị Thu");
    first.idType = IdDocumentType::Cccd;
    first.idNumber = QStringLiteral("031190001234");
    const qint64 id = f.add(first);
    const qint64 before = f.writtenRows();

    PersonDetails second;
    second.fullName = QStringLiteral("Phạm Thu");
    second.idType = IdDocumentType::Cccd;
    second.idNumber = QStringLiteral("031 190 001 234");
    auto refused = f.people().create(second);
    REQUIRE_FALSE(refused.ok());
    requireRefused(refused, ErrorCode::DuplicateRecord, QStringLiteral("Person %1 already has").arg(id));
    CHECK(errorCodeName(refused.error().code) == QStringLiteral("E_DUPLICATE_RECORD"));
    CHECK(f.writtenRows() == before);

    const qint64 other = f.addVictim(QStringLiteral("Phạm Thu"));
    PersonChanges change;
    change.idType = IdDocumentType::Cccd;
    change.idNumber = QStringLiteral("031190001234");
    auto update = f.people().update(other, change);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().code == ErrorCode::DuplicateRecord);
    // The person's own number is not a duplicate of itself.
    PersonChanges same;
    same.notes = QStringLiteral("Đã kiểm tra giấy tờ.");
    same.idNumber = QStringLiteral("031190001234");
    CHECK(f.people().update(id, same).ok());
}

TEST_CASE("A likely duplicate by folded name and birth year is a warning that names the candidates",
          "[people]") {
    PeopleFixture f;
    const qint64 first = f.addVictim(QStringLiteral("Nguyễn Thị Ánh Tuyết"), 1995);
    f.addVictim(QStringLiteral("Nguyễn Thị Ánh Tuyết"), 1970);

    PersonDetails same;
    same.fullName = QStringLiteral("NGUYEN THI ANH TUYET");
    same.birthDate = QDate(1995, 5, 5);
    auto saved = f.people().create(same);
    REQUIRE(saved.ok());
    REQUIRE(saved->likelyDuplicates.size() == 1);
    CHECK(saved->likelyDuplicates.front().id == first);
    REQUIRE(saved->warnings.size() == 1);
    CHECK(saved->warnings.front().contains(QStringLiteral("#%1 Nguyễn Thị Ánh Tuyết (1995)").arg(first)));
    // Only ids reach the audit log.
    const auto creates = f.auditEntries(QStringLiteral("person.create"));
    CHECK(creates.front().details.contains(QStringLiteral("likely_duplicates=%1").arg(first)));
    CHECK_FALSE(creates.front().details.contains(QStringLiteral("Tuyết")));

    PersonDetails otherYear = same;
    otherYear.birthDate = QDate(1996, 5, 5);
    auto different = f.people().create(otherYear);
    REQUIRE(different.ok());
    CHECK(different->warnings.isEmpty());

    PersonDetails unknownYear;
    unknownYear.fullName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    auto unknown = f.people().create(unknownYear);
    REQUIRE(unknown.ok());
    CHECK(unknown->likelyDuplicates.size() == 4); // every Nguyễn Thị Ánh Tuyết so far
}

TEST_CASE("Updating a person changes only the given fields, audits field names and keeps the index in step",
          "[people]") {
    PeopleFixture f;
    const qint64 id = f.addVictim(QStringLiteral("Hoàng Văn Nam"), 1992);
    PersonChanges change;
    change.fullName = QStringLiteral("Hoàng Văn Bắc");
    change.phone = QStringLiteral("0987 654 321");
    change.birthDate = QDate(1992, 7, 1);
    auto saved = f.people().update(id, change);
    REQUIRE(saved.ok());
    auto file = f.people().get(id);
    REQUIRE(file.ok());
    CHECK(file->person.details.fullName == QStringLiteral("Hoàng Văn Bắc"));
    CHECK(file->person.details.birthDate == QDate(1992, 7, 1));
    CHECK_FALSE(file->person.details.birthYear.has_value()); // the date replaced the year
    CHECK(file->person.details.category == PersonCategory::Victim);

    const auto updates = f.auditEntries(QStringLiteral("person.update"));
    REQUIRE(updates.size() == 1);
    CHECK(updates.front().details == QStringLiteral("fields=full_name,birth_date,birth_year,phone"));

    auto found = f.people().search(QStringLiteral("hoang bac"), 10);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(f.people().search(QStringLiteral("hoang nam"), 10)->empty());
    CHECK(f.people().search(QStringLiteral("0987654"), 10)->size() == 1);

    // Nothing changed: nothing written, nothing audited.
    const qint64 before = f.writtenRows();
    PersonChanges none;
    none.fullName = QStringLiteral("Hoàng Văn Bắc");
    REQUIRE(f.people().update(id, none).ok());
    CHECK(f.writtenRows() == before);

    PersonChanges bad;
    bad.fullName = QStringLiteral("Hoàng Văn Đông");
    bad.idType = IdDocumentType::Cccd;
    bad.idNumber = QStringLiteral("123");
    REQUIRE_FALSE(f.people().update(id, bad).ok());
    CHECK(f.writtenRows() == before);
    CHECK(f.people().search(QStringLiteral("dong"), 10)->empty());

    auto missing = f.people().update(4242, change);
    REQUIRE_FALSE(missing.ok());
    requireRefused(missing, ErrorCode::InvalidArgument, QStringLiteral("no person with id 4242"));
}

TEST_CASE("Identification decisions are kept as history and the latest decision is the current status",
          "[people]") {
    PeopleFixture f;
    PersonDetails d;
    d.category = PersonCategory::UnderIdentification;
    d.fullName = QStringLiteral("Lê Thị Hồng");
    d.birthDate = QDate(2000, 2, 2);
    const qint64 id = f.add(d);
    IdentificationService identification(*f.session);

    IdentificationDecision started;
    started.status = IdentificationStatus::UnderIdentification;
    started.decidingBodyCode = QStringLiteral("border_guard");
    started.decisionDate = QDate(2025, 9, 1);
    auto first = identification.record(id, started);
    REQUIRE(first.ok());
    CHECK(first->currentStatus == IdentificationStatus::UnderIdentification);
    CHECK_FALSE(first->newCategory.has_value());

    IdentificationDecision identified;
    identified.status = IdentificationStatus::Identified;
    identified.decidingBodyCode = QStringLiteral("police");
    identified.decisionDate = QDate(2025, 10, 15);
    identified.documentTypeCode = QStringLiteral("victim_certificate");
    identified.documentNumber = QStringLiteral("125/GXN-CA");
    identified.documentIssuer = QStringLiteral("Công an tỉnh Lào Cai");
    identified.documentDate = QDate(2025, 10, 15);
    auto second = identification.record(id, identified);
    REQUIRE(second.ok());
    CHECK(second->currentStatus == IdentificationStatus::Identified);
    CHECK(second->newCategory == PersonCategory::Victim);

    // A decision entered late with an older date is history, not the current status.
    IdentificationDecision older;
    older.status = IdentificationStatus::NotVictim;
    older.decidingBodyCode = QStringLiteral("commune_committee");
    older.decisionDate = QDate(2025, 8, 1);
    auto third = identification.record(id, older);
    REQUIRE(third.ok());
    CHECK(third->currentStatus == IdentificationStatus::Identified);

    auto file = f.people().get(id);
    REQUIRE(file.ok());
    CHECK(file->person.currentStatus == IdentificationStatus::Identified);
    CHECK(file->person.details.category == PersonCategory::Victim);
    REQUIRE(file->identification.size() == 3);
    CHECK(file->identification[0].decision.status == IdentificationStatus::NotVictim); // by decision date
    CHECK(file->identification[2].decision.documentNumber == QStringLiteral("125/GXN-CA"));
    CHECK(file->identification[2].decision.documentIssuer == QStringLiteral("Công an tỉnh Lào Cai"));

    const auto audited = f.auditEntries(QStringLiteral("identification.record"));
    REQUIRE(audited.size() == 3);
    CHECK(audited.back().targetId == QString::number(id));
    CHECK(audited[1].details.contains(QStringLiteral("status=identified body=police")));
    CHECK(audited[1].details.contains(QStringLiteral("category=victim")));
    CHECK_FALSE(audited[1].details.contains(QStringLiteral("125/GXN")));

    const qint64 before = f.writtenRows();
    IdentificationDecision future = identified;
    future.decisionDate = f.today.addDays(1);
    auto refused = identification.record(id, future);
    REQUIRE_FALSE(refused.ok());
    requireRefused(refused, ErrorCode::InvalidArgument, QStringLiteral("is in the future"));
    IdentificationDecision nobody = identified;
    nobody.decidingBodyCode.clear();
    requireRefused(identification.record(id, nobody), ErrorCode::InvalidArgument,
                   QStringLiteral("which authority"));
    IdentificationDecision unknownBody = identified;
    unknownBody.decidingBodyCode = QStringLiteral("army");
    requireRefused(identification.record(id, unknownBody), ErrorCode::InvalidArgument,
                   QStringLiteral("deciding authority"));
    IdentificationDecision untyped = identified;
    untyped.documentTypeCode.clear();
    requireRefused(identification.record(id, untyped), ErrorCode::InvalidArgument,
                   QStringLiteral("type of the confirming document"));
    IdentificationDecision beforeBirth = identified;
    beforeBirth.decisionDate = QDate(1999, 1, 1);
    requireRefused(identification.record(id, beforeBirth), ErrorCode::InvalidArgument,
                   QStringLiteral("before the person's birth date"));
    requireRefused(identification.record(777, identified), ErrorCode::InvalidArgument,
                   QStringLiteral("no person with id 777"));
    CHECK(f.writtenRows() == before);
}

TEST_CASE("Who consents follows the person's age: adults, children of 7 or over with the representative, "
          "younger children through the representative",
          "[people]") {
    PeopleFixture f;
    const qint64 partner = f.addOrganisation(QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh"));
    ConsentService consents(*f.session);
    const auto personAged = [&](int years) {
        PersonDetails d;
        d.fullName = QStringLiteral("Người %1 tuổi").arg(years);
        d.birthDate = f.today.addYears(-years).addDays(-10);
        return f.add(d);
    };
    const auto consent = [&](qint64 person, ConsentGiver giver, const QString& representative) {
        ConsentDetails c;
        c.personId = person;
        c.keepData = true;
        c.share = true;
        c.partnerOrganisationIds = {partner};
        c.givenBy = giver;
        c.representativeName = representative;
        c.givenOn = f.today;
        return consents.record(c);
    };
    const QString parent = QStringLiteral("Trần Văn Bố");

    const qint64 adult = personAged(30);
    CHECK(consent(adult, ConsentGiver::Person, {}).ok());
    CHECK(consent(adult, ConsentGiver::Representative, parent).ok()); // an adult who lacks capacity

    const qint64 child = personAged(10);
    const qint64 young = personAged(5);
    PersonDetails yearOnly;
    yearOnly.fullName = QStringLiteral("Sinh năm thôi");
    yearOnly.birthYear = f.today.year() - 7; // 6 or 7 today
    const qint64 sixOrSeven = f.add(yearOnly);
    const qint64 before = f.writtenRows();

    auto alone = consent(child, ConsentGiver::Person, {});
    REQUIRE_FALSE(alone.ok());
    requireRefused(alone, ErrorCode::InvalidArgument, QStringLiteral("aged 7 or over"));
    CHECK(alone.error().message.contains(QStringLiteral("given by both")));
    requireRefused(consent(child, ConsentGiver::Representative, parent), ErrorCode::InvalidArgument,
                   QStringLiteral("given by both"));
    requireRefused(consent(child, ConsentGiver::Both, {}), ErrorCode::InvalidArgument,
                   QStringLiteral("name of the legal representative"));
    requireRefused(consent(young, ConsentGiver::Both, parent), ErrorCode::InvalidArgument,
                   QStringLiteral("under 7"));
    requireRefused(consent(young, ConsentGiver::Person, {}), ErrorCode::InvalidArgument,
                   QStringLiteral("under 7"));
    requireRefused(consent(sixOrSeven, ConsentGiver::Person, {}), ErrorCode::InvalidArgument,
                   QStringLiteral("7"));
    CHECK(f.writtenRows() == before);

    CHECK(consent(child, ConsentGiver::Both, parent).ok());
    CHECK(consent(young, ConsentGiver::Representative, parent).ok());
    CHECK(consent(sixOrSeven, ConsentGiver::Both, parent).ok());
}

TEST_CASE("With only a birth year, consent follows the stricter of the two ages the person may have",
          "[people]") {
    PeopleFixture f;
    const qint64 partner = f.addOrganisation(QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh"));
    ConsentService consents(*f.session);
    const auto bornIn = [&](int year) {
        PersonDetails d;
        d.fullName = QStringLiteral("Sinh năm %1").arg(year);
        d.birthYear = year;
        return f.add(d);
    };
    const auto consent = [&](qint64 person, ConsentGiver giver) {
        ConsentDetails c;
        c.personId = person;
        c.keepData = true;
        c.share = true;
        c.partnerOrganisationIds = {partner};
        c.givenBy = giver;
        if (giver != ConsentGiver::Person)
            c.representativeName = QStringLiteral("Trần Văn Bố");
        c.givenOn = f.today;
        return consents.record(c);
    };
    const qint64 seventeenOrEighteen = bornIn(f.today.year() - 18);
    const qint64 sixOrSeven = bornIn(f.today.year() - 7);
    const qint64 certainlyAdult = bornIn(f.today.year() - 19); // 18 or 19
    const qint64 certainlyChild = bornIn(f.today.year() - 10); // 9 or 10
    const qint64 certainlyYoung = bornIn(f.today.year() - 5);  // 4 or 5
    const qint64 before = f.writtenRows();

    // May still be 17: a child, who consents together with the representative.
    auto alone = consent(seventeenOrEighteen, ConsentGiver::Person);
    requireRefused(alone, ErrorCode::InvalidArgument, QStringLiteral("may still be under 18"));
    CHECK(alone.error().message.contains(QStringLiteral("birth year alone leaves their age uncertain")));
    CHECK(alone.error().message.contains(QStringLiteral("given by both")));
    requireRefused(consent(seventeenOrEighteen, ConsentGiver::Representative), ErrorCode::InvalidArgument,
                   QStringLiteral("may still be under 18"));
    // May already be 7: the representative alone is not enough.
    auto representative = consent(sixOrSeven, ConsentGiver::Representative);
    requireRefused(representative, ErrorCode::InvalidArgument, QStringLiteral("may already be 7"));
    CHECK(representative.error().message.contains(
        QStringLiteral("birth year alone leaves their age uncertain")));
    requireRefused(consent(sixOrSeven, ConsentGiver::Person), ErrorCode::InvalidArgument,
                   QStringLiteral("may already be 7"));
    requireRefused(consent(certainlyChild, ConsentGiver::Representative), ErrorCode::InvalidArgument,
                   QStringLiteral("given by both"));
    requireRefused(consent(certainlyYoung, ConsentGiver::Both), ErrorCode::InvalidArgument,
                   QStringLiteral("under 7"));
    CHECK(f.writtenRows() == before);

    CHECK(consent(seventeenOrEighteen, ConsentGiver::Both).ok());
    CHECK(consent(sixOrSeven, ConsentGiver::Both).ok());
    CHECK(consent(certainlyAdult, ConsentGiver::Person).ok());
    CHECK(consent(certainlyAdult, ConsentGiver::Representative).ok());
    CHECK(consent(certainlyChild, ConsentGiver::Both).ok());
    CHECK(consent(certainlyYoung, ConsentGiver::Representative).ok());
}

TEST_CASE("A consent names its partners only when sharing, and is dated no later than today", "[people]") {
    PeopleFixture f;
    const qint64 partner = f.addOrganisation(QStringLiteral("Bộ đội Biên phòng tỉnh"));
    const qint64 person = f.addVictim(QStringLiteral("Đinh Thị Mơ"), 1999);
    ConsentService consents(*f.session);
    ConsentDetails c;
    c.personId = person;
    c.keepData = true;
    c.share = true;
    c.givenBy = ConsentGiver::Person;
    c.givenOn = f.today;
    const qint64 before = f.writtenRows();

    requireRefused(consents.record(c), ErrorCode::InvalidArgument, QStringLiteral("must name the partner"));
    c.partnerOrganisationIds = {partner, 9999};
    requireRefused(consents.record(c), ErrorCode::InvalidArgument,
                   QStringLiteral("no organisation with id 9999"));
    c.partnerOrganisationIds = {partner};
    c.givenOn = f.today.addDays(1);
    requireRefused(consents.record(c), ErrorCode::InvalidArgument, QStringLiteral("is in the future"));
    c.givenOn = f.today;
    c.share = false;
    requireRefused(consents.record(c), ErrorCode::InvalidArgument,
                   QStringLiteral("did not consent to sharing"));
    c.personId = 5555;
    requireRefused(consents.record(c), ErrorCode::InvalidArgument, QStringLiteral("no person with id 5555"));
    CHECK(f.writtenRows() == before);

    c.personId = person;
    c.share = true;
    c.partnerOrganisationIds = {partner, partner};
    auto id = consents.record(c);
    REQUIRE(id.ok());
    CHECK(f.rows(QStringLiteral("consent_partners")) == 1);
    const auto audited = f.auditEntries(QStringLiteral("consent.record"));
    REQUIRE(audited.size() == 1);
    CHECK(audited.front().targetId == QString::number(person));
    CHECK(audited.front().details ==
          QStringLiteral("consent=%1 keep_data=1 share=1 given_by=person partners=%2").arg(*id).arg(partner));
}

TEST_CASE("Disclosure is allowed only under a sharing consent in force that names the organisation",
          "[people]") {
    PeopleFixture f;
    const qint64 womensUnion = f.addOrganisation(QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh"));
    const qint64 shelter = f.addOrganisation(QStringLiteral("Cơ sở bảo trợ xã hội tỉnh"));
    const qint64 person = f.addVictim(QStringLiteral("Giàng Thị Súa"), 1998);
    const QDate given = f.today.addDays(-30);

    auto none = checkDisclosure(f.db(), person, womensUnion, f.today);
    REQUIRE(none.ok());
    CHECK_FALSE(none->allowed);
    CHECK(none->consentId == 0);
    CHECK(none->reason.contains(QStringLiteral("No consent is recorded")));

    ConsentService consents(*f.session);
    ConsentDetails c;
    c.personId = person;
    c.keepData = true;
    c.share = true;
    c.givenBy = ConsentGiver::Person;
    c.givenOn = given;
    c.partnerOrganisationIds = {womensUnion};
    auto consentId = consents.record(c);
    REQUIRE(consentId.ok());

    auto allowed = checkDisclosure(f.db(), person, womensUnion, f.today);
    REQUIRE(allowed.ok());
    CHECK(allowed->allowed);
    CHECK(allowed->consentId == *consentId);
    CHECK(allowed->reason.isEmpty());

    auto notCovered = checkDisclosure(f.db(), person, shelter, f.today);
    REQUIRE(notCovered.ok());
    CHECK_FALSE(notCovered->allowed);
    CHECK(notCovered->reason.contains(
        QStringLiteral("has not consented to sharing with Cơ sở bảo trợ xã hội tỉnh")));
    CHECK_FALSE(notCovered->reason.contains(QStringLiteral("Giàng")));

    auto tooEarly = checkDisclosure(f.db(), person, womensUnion, given.addDays(-1));
    REQUIRE(tooEarly.ok());
    CHECK_FALSE(tooEarly->allowed);

    const QDate withdrawnOn = f.today.addDays(-10);
    const qint64 before = f.writtenRows();
    requireRefused(consents.withdraw(*consentId, given.addDays(-1)), ErrorCode::InvalidArgument,
                   QStringLiteral("before the consent was given"));
    requireRefused(consents.withdraw(*consentId, f.today.addDays(1)), ErrorCode::InvalidArgument,
                   QStringLiteral("is in the future"));
    requireRefused(consents.withdraw(31337, f.today), ErrorCode::InvalidArgument,
                   QStringLiteral("no consent with id 31337"));
    CHECK(f.writtenRows() == before);
    REQUIRE(consents.withdraw(*consentId, withdrawnOn).ok());
    requireRefused(consents.withdraw(*consentId, f.today), ErrorCode::InvalidArgument,
                   QStringLiteral("already withdrawn"));
    const auto audited = f.auditEntries(QStringLiteral("consent.withdraw"));
    REQUIRE(audited.size() == 1);
    CHECK(audited.front().targetType == QStringLiteral("consent"));
    CHECK(audited.front().targetId == QString::number(*consentId));

    auto afterWithdrawal = checkDisclosure(f.db(), person, womensUnion, f.today);
    REQUIRE(afterWithdrawal.ok());
    CHECK_FALSE(afterWithdrawal->allowed);
    CHECK(afterWithdrawal->reason.contains(QStringLiteral("withdrew their consent")));
    CHECK(afterWithdrawal->reason.contains(withdrawnOn.toString(Qt::ISODate)));
    auto onWithdrawalDay = checkDisclosure(f.db(), person, womensUnion, withdrawnOn);
    CHECK_FALSE(onWithdrawalDay->allowed);
    auto dayBefore = checkDisclosure(f.db(), person, womensUnion, withdrawnOn.addDays(-1));
    CHECK(dayBefore->allowed);

    // A new consent covers both partners again.
    c.givenOn = f.today;
    c.partnerOrganisationIds = {womensUnion, shelter};
    auto renewed = consents.record(c);
    REQUIRE(renewed.ok());
    CHECK(checkDisclosure(f.db(), person, shelter, f.today)->consentId == *renewed);
    CHECK(checkDisclosure(f.db(), person, womensUnion, f.today)->allowed);

    requireRefused(checkDisclosure(f.db(), 8888, shelter, f.today), ErrorCode::InvalidArgument,
                   QStringLiteral("no person with id 8888"));
    requireRefused(checkDisclosure(f.db(), person, 8888, f.today), ErrorCode::InvalidArgument,
                   QStringLiteral("no organisation with id 8888"));
}

TEST_CASE("The latest consent decides: a newer consent replaces an older one that named the partner",
          "[people]") {
    PeopleFixture f;
    const qint64 partner = f.addOrganisation(QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh"));
    const qint64 shelter = f.addOrganisation(QStringLiteral("Cơ sở bảo trợ xã hội tỉnh"));
    const qint64 person = f.addVictim(QStringLiteral("Giàng Thị Súa"), 1998);
    ConsentService consents(*f.session);
    const QDate first = f.today.addDays(-20);
    const QDate second = first.addDays(2);
    ConsentDetails c;
    c.personId = person;
    c.keepData = true;
    c.share = true;
    c.givenBy = ConsentGiver::Person;
    c.givenOn = first;
    c.partnerOrganisationIds = {partner};
    auto sharing = consents.record(c);
    REQUIRE(sharing.ok());
    c.givenOn = second;
    c.share = false;
    c.partnerOrganisationIds.clear();
    auto notSharing = consents.record(c);
    REQUIRE(notSharing.ok());

    auto between = checkDisclosure(f.db(), person, partner, first.addDays(1));
    REQUIRE(between.ok());
    CHECK(between->allowed);
    CHECK(between->consentId == *sharing);

    auto after = checkDisclosure(f.db(), person, partner, second.addDays(1));
    REQUIRE(after.ok());
    CHECK_FALSE(after->allowed);
    CHECK(after->consentId == 0);
    INFO(after->reason.toStdString());
    CHECK(after->reason.contains(
        QStringLiteral("consent %1 given on %2").arg(*notSharing).arg(second.toString(Qt::ISODate))));
    CHECK(after->reason.contains(QStringLiteral("does not allow sharing")));
    CHECK_FALSE(after->reason.contains(QStringLiteral("Giàng")));
    CHECK_FALSE(checkDisclosure(f.db(), person, partner, second)->allowed); // from the day it is given

    // A later consent that shares, but with another partner only, also replaces the first.
    c.givenOn = second.addDays(3);
    c.share = true;
    c.partnerOrganisationIds = {shelter};
    auto otherPartner = consents.record(c);
    REQUIRE(otherPartner.ok());
    auto narrowed = checkDisclosure(f.db(), person, partner, f.today);
    REQUIRE(narrowed.ok());
    CHECK_FALSE(narrowed->allowed);
    CHECK(narrowed->reason.contains(
        QStringLiteral("has not consented to sharing with Hội Liên hiệp Phụ nữ tỉnh")));
    CHECK(narrowed->reason.contains(
        QStringLiteral("consent %1 given on %2").arg(*otherPartner).arg(c.givenOn.toString(Qt::ISODate))));
    CHECK(checkDisclosure(f.db(), person, shelter, f.today)->consentId == *otherPartner);

    // Withdrawing the latest consent does not bring an older one back.
    REQUIRE(consents.withdraw(*otherPartner, f.today).ok());
    auto withdrawn = checkDisclosure(f.db(), person, shelter, f.today);
    REQUIRE(withdrawn.ok());
    CHECK_FALSE(withdrawn->allowed);
    CHECK(withdrawn->reason.contains(QStringLiteral("withdrew their consent")));
    CHECK(withdrawn->reason.contains(QStringLiteral("consent %1").arg(*otherPartner)));
    CHECK(checkDisclosure(f.db(), person, shelter, f.today.addDays(-1))->allowed);
}

TEST_CASE("Every people operation is allowed exactly to the roles the permission matrix allows", "[people]") {
    TempWorkspace ws;
    const SetupResult created = createTestDatabase(ws);
    const QString path = created.files.database;
    qint64 person = 0;
    qint64 organisation = 0;
    {
        auto admin = openAsAdmin(path);
        PersonDetails d;
        d.fullName = QStringLiteral("Mùa Thị Dính");
        d.birthYear = 1990;
        auto saved = PersonService(*admin).create(d);
        REQUIRE(saved.ok());
        person = saved->id;
        QSqlQuery query(admin->db());
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO organisations (kind, name, created_at, updated_at) VALUES "
                                      "('police', 'Công an xã', '2026-01-01T00:00:00.000Z', "
                                      "'2026-01-01T00:00:00.000Z')")));
        organisation = query.lastInsertId().toLongLong();
    }

    for (Role role : allRoles()) {
        INFO("role " << roleCode(role).toStdString());
        auto session = sessionWithRole(path, role);
        const auto check = [&](Operation operation, const Error* error, const char* what) {
            INFO(what << (error ? " -> " + error->message.toStdString() : std::string(" -> ok")));
            CHECK((error == nullptr) == isAllowed(role, operation));
            if (error && !isAllowed(role, operation))
                CHECK(error->code == ErrorCode::PermissionDenied);
        };
        PersonService people(*session);
        PersonDetails d;
        d.fullName = QStringLiteral("Người mới %1").arg(roleCode(role));
        auto created = people.create(d);
        check(Operation::PersonCreate, created ? nullptr : &created.error(), "create");

        PersonChanges change;
        change.notes = QStringLiteral("ghi chú của %1").arg(roleCode(role));
        auto updated = people.update(person, change);
        check(Operation::PersonUpdate, updated ? nullptr : &updated.error(), "update");

        auto viewed = people.get(person);
        check(Operation::PersonView, viewed ? nullptr : &viewed.error(), "get");

        auto found = people.search(QStringLiteral("mua dinh"), 10);
        check(Operation::PersonSearch, found ? nullptr : &found.error(), "search");
        if (found)
            CHECK_FALSE(found->empty());

        IdentificationDecision decision;
        decision.status = IdentificationStatus::Identified;
        decision.decidingBodyCode = QStringLiteral("police");
        decision.decisionDate = QDate(2025, 1, 1);
        auto identified = IdentificationService(*session).record(person, decision);
        check(Operation::IdentificationRecord, identified ? nullptr : &identified.error(), "identification");

        ConsentService consents(*session);
        ConsentDetails consent;
        consent.personId = person;
        consent.keepData = true;
        consent.share = true;
        consent.partnerOrganisationIds = {organisation};
        consent.givenBy = ConsentGiver::Person;
        consent.givenOn = QDate(2025, 1, 2);
        auto recorded = consents.record(consent);
        check(Operation::ConsentRecord, recorded ? nullptr : &recorded.error(), "consent record");

        // Withdraw a consent the administrator recorded, so every role has one to try.
        qint64 toWithdraw = 0;
        {
            auto admin = openAsAdmin(path);
            auto id = ConsentService(*admin).record(consent);
            REQUIRE(id.ok());
            toWithdraw = *id;
        }
        auto withdrawn = consents.withdraw(toWithdraw, QDate(2025, 2, 1));
        check(Operation::ConsentRecord, withdrawn ? nullptr : &withdrawn.error(), "consent withdraw");
    }
}

TEST_CASE("The duplicate and link checks read indexes, not the whole people table", "[people]") {
    PeopleFixture f;
    // The same statements as PersonRepository: a change there that loses the index should fail here.
    const QStringList statements{
        QStringLiteral("SELECT id FROM people WHERE id_number = ? AND id_number <> '' AND id <> ?"),
        QStringLiteral(
            "SELECT id, full_name, birth_year FROM people WHERE name_folded = ? AND birth_year = ? "
            "AND id <> ? UNION SELECT id, full_name, birth_year FROM people WHERE name_folded = ? "
            "AND birth_year IS NULL AND id <> ? ORDER BY 1 LIMIT ?"),
        QStringLiteral(
            "SELECT id FROM people WHERE accompanies_person_id = ? AND accompanies_person_id IS NOT "
            "NULL ORDER BY id")};
    for (const QString& statement : statements) {
        QSqlQuery plan(f.db());
        REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement));
        for (qsizetype i = 0; i < statement.count(QLatin1Char('?')); ++i)
            plan.addBindValue(1);
        REQUIRE(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        INFO(statement.toStdString() << " => " << steps.join(QStringLiteral(" | ")).toStdString());
        CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral(" INDEX people_")));
        CHECK_FALSE(steps.join(QLatin1Char(' ')).contains(QStringLiteral("SCAN TABLE people")));
    }
}

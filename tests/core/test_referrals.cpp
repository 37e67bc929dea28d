#include "domain/referral_catalogue.h"
#include "records/directory/directory_service.h"
#include "records/referrals/referral_service.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace legalaid;
using legalaid::test::countRows;
using legalaid::test::execute;
using legalaid::test::TempWorkspace;

namespace {

// Everything a refused write must leave untouched.
struct Counts {
    qint64 referrals, history, disclosures, audit;
    static Counts of(const QSqlDatabase& db) {
        return {countRows(db, QStringLiteral("referrals")),
                countRows(db, QStringLiteral("referral_status_history")),
                countRows(db, QStringLiteral("referral_disclosures")),
                countRows(db, QStringLiteral("audit_log"))};
    }
    bool operator==(const Counts&) const = default;
};

// A database with the centre, two partners and people of each category. People and consents are written with
// plain SQL against the people schema (migration 0004) so that these tests depend only on that contract.
struct ReferralFixture {
    TempWorkspace ws;
    QString path;
    std::unique_ptr<Session> session;
    qint64 centre = 0, hospital = 0, shelter = 0, police = 0;

    ReferralFixture() {
        path = test::createTestDatabase(ws).files.database;
        session = test::openAsAdmin(path);
        DirectoryService directory(*session);
        centre =
            add(directory, QStringLiteral("centre"), QStringLiteral("Trung tâm TGPL"), QStringLiteral("TT"));
        hospital = add(directory, QStringLiteral("health_facility"), QStringLiteral("Bệnh viện tỉnh"), {});
        shelter =
            add(directory, QStringLiteral("victim_support_facility"), QStringLiteral("Nhà tạm lánh"), {});
        police = add(directory, QStringLiteral("border_guard"), QStringLiteral("Đồn Biên phòng"), {});
        // Deterministic deadline: 5 working days, whatever the seed says.
        execute(db(), QStringLiteral(
                          "UPDATE deadline_rules SET working_days = 5 WHERE code = 'referral_response'"));
    }

    QSqlDatabase db() const { return session->db(); }

    static qint64 add(DirectoryService& directory, const QString& kind, const QString& name,
                      const QString& code) {
        Organisation organisation;
        organisation.kind = kind;
        organisation.name = name;
        organisation.code = code;
        auto id = directory.addOrganisation(organisation);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    qint64 person(const QString& category, const QString& fullName, const QString& nationality = {},
                  qint64 accompanies = 0) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        execute(db(),
                QStringLiteral("INSERT INTO people (category, full_name, name_folded, nationality_code, "
                               "accompanies_person_id, created_at, created_by, updated_at, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, 'admin', ?, 'admin')"),
                {category, fullName, fullName.toLower(), textOrEmpty(nationality),
                 accompanies > 0 ? QVariant(accompanies) : QVariant(QMetaType::fromType<qint64>()), now,
                 now});
        QSqlQuery last(db());
        REQUIRE(last.exec(QStringLiteral("SELECT max(id) FROM people")));
        REQUIRE(last.next());
        return last.value(0).toLongLong();
    }

    qint64 consent(qint64 personId, const QString& givenOn, const QList<qint64>& partners) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        execute(db(),
                QStringLiteral(
                    "INSERT INTO consents (person_id, keep_data, share, given_by, given_on, created_at, "
                    "created_by) VALUES (?, 1, 1, 'person', ?, ?, 'admin')"),
                {personId, givenOn, now});
        QSqlQuery last(db());
        REQUIRE(last.exec(QStringLiteral("SELECT max(id) FROM consents")));
        REQUIRE(last.next());
        const qint64 id = last.value(0).toLongLong();
        for (qint64 partner : partners)
            execute(
                db(),
                QStringLiteral("INSERT INTO consent_partners (consent_id, organisation_id) VALUES (?, ?)"),
                {id, partner});
        return id;
    }

    // A consent to share with every partner, given before any referral date these tests use: an outgoing
    // referral always needs one.
    qint64 consentToAll(qint64 personId) {
        return consent(personId, QStringLiteral("2026-01-01"), {centre, hospital, shelter, police});
    }

    void withdraw(qint64 consentId, const QString& on) {
        execute(db(), QStringLiteral("UPDATE consents SET withdrawn_on = ? WHERE id = ?"), {on, consentId});
    }

    NewReferral outgoing(qint64 personId, qint64 organisationId, const QString& service) const {
        NewReferral referral;
        referral.personId = personId;
        referral.direction = QStringLiteral("out");
        referral.organisationId = organisationId;
        referral.service = service;
        referral.sentOn = QDate(2026, 6, 5);
        return referral;
    }
};

std::vector<std::pair<qint64, QString>> storedDisclosures(const QSqlDatabase& db, qint64 referralId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT consent_id, field FROM referral_disclosures WHERE referral_id = ? ORDER BY field"));
    query.addBindValue(referralId);
    REQUIRE(query.exec());
    std::vector<std::pair<qint64, QString>> rows;
    while (query.next())
        rows.emplace_back(query.value(0).toLongLong(), query.value(1).toString());
    return rows;
}

QString lastAuditAction(const QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("An outgoing referral with consent records exactly the disclosed fields under that consent",
          "[referrals]") {
    ReferralFixture f;
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    const qint64 consent = f.consent(person, QStringLiteral("2026-05-01"), {f.hospital});
    NewReferral input = f.outgoing(person, f.hospital, QStringLiteral("medical"));
    input.disclose = {QStringLiteral("full_name"), QStringLiteral("birth_year"), QStringLiteral("phone"),
                      QStringLiteral("full_name")};
    input.note = QStringLiteral("Chị Tuyết cần khám sức khỏe");
    const qint64 auditBefore = countRows(f.db(), QStringLiteral("audit_log"));

    ReferralService service(*f.session);
    auto created = service.create(input);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    CHECK(created->consentId == consent);
    CHECK(created->warnings.isEmpty());
    const auto stored = storedDisclosures(f.db(), created->id);
    REQUIRE(stored.size() == 3);
    CHECK(stored[0] == std::make_pair(consent, QStringLiteral("birth_year")));
    CHECK(stored[1] == std::make_pair(consent, QStringLiteral("full_name")));
    CHECK(stored[2] == std::make_pair(consent, QStringLiteral("phone")));

    // One audit entry, committed with the write, naming ids and codes but no names or note text.
    CHECK(countRows(f.db(), QStringLiteral("audit_log")) == auditBefore + 1);
    QSqlQuery audit(f.db());
    REQUIRE(audit.exec(QStringLiteral(
        "SELECT action, target_type, target_id, details FROM audit_log ORDER BY id DESC LIMIT 1")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString() == QStringLiteral("referral.create"));
    CHECK(audit.value(1).toString() == QStringLiteral("referral"));
    CHECK(audit.value(2).toString() == QString::number(created->id));
    const QString details = audit.value(3).toString();
    CHECK(details.contains(QStringLiteral("consent=%1").arg(consent)));
    CHECK(details.contains(QStringLiteral("service=medical")));
    CHECK_FALSE(details.contains(QStringLiteral("Tuyết")));
    CHECK_FALSE(details.contains(QStringLiteral("khám")));

    auto details2 = service.show(created->id);
    REQUIRE(details2.ok());
    CHECK(details2->disclosures.size() == 3);
    CHECK(details2->referral.status == QStringLiteral("sent"));
    CHECK(details2->referral.note == input.note);
    REQUIRE(details2->history.size() == 1);
    CHECK(details2->history[0].fromStatus.isEmpty());
    CHECK(details2->history[0].toStatus == QStringLiteral("sent"));
    CHECK(details2->history[0].changedOn == QDate(2026, 6, 5));
    CHECK(lastAuditAction(f.db()) == QStringLiteral("referral.view"));
}

TEST_CASE(
    "Disclosure is refused without consent, after withdrawal and to a partner the consent does not cover",
    "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Lò Thị Mai"));
    NewReferral input = f.outgoing(person, f.hospital, QStringLiteral("medical"));
    input.disclose = {QStringLiteral("full_name"), QStringLiteral("phone")};

    const auto refused = [&](const NewReferral& referral) {
        const Counts before = Counts::of(f.db());
        auto created = service.create(referral);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::ConsentMissing);
        CHECK(Counts::of(f.db()) == before); // no referral, history, disclosure or audit entry
        return created.error().message;
    };

    SECTION("no consent at all") {
        const QString message = refused(input);
        CHECK(message.contains(QStringLiteral("consent")));
    }
    SECTION("the consent covers another partner") {
        f.consent(person, QStringLiteral("2026-05-01"), {f.shelter});
        const QString message = refused(input);
        CHECK(message.contains(QStringLiteral("Bệnh viện tỉnh")));
        // …and the partner it does cover is allowed.
        NewReferral toShelter = f.outgoing(person, f.shelter, QStringLiteral("shelter"));
        toShelter.disclose = input.disclose;
        CHECK(service.create(toShelter).ok());
    }
    SECTION("the consent was withdrawn before the referral") {
        const qint64 consent = f.consent(person, QStringLiteral("2026-05-01"), {f.hospital});
        f.withdraw(consent, QStringLiteral("2026-06-01"));
        const QString message = refused(input);
        CHECK(message.contains(QStringLiteral("withdrew")));
        // A referral dated before the withdrawal was covered.
        NewReferral earlier = input;
        earlier.sentOn = QDate(2026, 5, 20);
        auto created = service.create(earlier);
        REQUIRE(created.ok());
        CHECK(created->consentId == consent);
    }
    SECTION("the consent was given after the referral date") {
        f.consent(person, QStringLiteral("2026-06-10"), {f.hospital});
        refused(input);
    }
    SECTION("sending without listing any field is refused too: the referral itself names the person") {
        NewReferral bare = f.outgoing(person, f.hospital, QStringLiteral("medical"));
        const QString message = refused(bare);
        CHECK(message.contains(QStringLiteral("consent")));
    }
}

TEST_CASE(
    "An outgoing referral that lists no field still needs the consent and records the name as disclosed",
    "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Vừ Thị Dua"));
    const NewReferral bare = f.outgoing(person, f.hospital, QStringLiteral("medical"));
    const auto refused = [&](const NewReferral& referral) {
        const Counts before = Counts::of(f.db());
        auto created = service.create(referral);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::ConsentMissing);
        CHECK_FALSE(created.error().message.contains(QStringLiteral("Vừ Thị Dua")));
        CHECK(Counts::of(f.db()) == before);
        return created.error().message;
    };

    CHECK(refused(bare).contains(QStringLiteral("No consent is recorded")));
    const qint64 other = f.consent(person, QStringLiteral("2026-05-01"), {f.shelter});
    CHECK(refused(bare).contains(QStringLiteral("Bệnh viện tỉnh")));
    f.withdraw(other, QStringLiteral("2026-05-10"));
    const qint64 consent = f.consent(person, QStringLiteral("2026-05-20"), {f.hospital});
    f.withdraw(consent, QStringLiteral("2026-06-01"));
    CHECK(refused(bare).contains(QStringLiteral("withdrew")));

    const qint64 renewed = f.consent(person, QStringLiteral("2026-06-02"), {f.hospital});
    auto created = service.create(bare);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    CHECK(created->consentId == renewed);
    const auto stored = storedDisclosures(f.db(), created->id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0] == std::make_pair(renewed, QStringLiteral("full_name")));
    QSqlQuery audit(f.db());
    REQUIRE(audit.exec(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'referral.create' ORDER BY id DESC")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toString().contains(QStringLiteral("consent=%1 disclosed=full_name").arg(renewed)));
    auto details = service.show(created->id);
    REQUIRE(details.ok());
    REQUIRE(details->disclosures.size() == 1);
    CHECK(details->disclosures.front().field == QStringLiteral("full_name"));

    // An incoming referral still discloses nothing and needs no consent.
    const qint64 stranger = f.person(QStringLiteral("victim"), QStringLiteral("Người chưa đồng ý"));
    NewReferral incoming;
    incoming.personId = stranger;
    incoming.direction = QStringLiteral("in");
    incoming.organisationId = f.police;
    incoming.sentOn = QDate(2026, 6, 5);
    auto received = service.create(incoming);
    REQUIRE(received.ok());
    CHECK(received->consentId == 0);
    CHECK(storedDisclosures(f.db(), received->id).empty());
}

TEST_CASE("Referral input is validated with a sentence saying what to fix and nothing is written",
          "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Hà Văn Sơn"));
    f.consentToAll(person);
    DirectoryService directory(*f.session);
    const qint64 closed =
        ReferralFixture::add(directory, QStringLiteral("womens_union"), QStringLiteral("Hội cũ"), {});
    REQUIRE(directory.deactivateOrganisation(closed).ok());

    const auto refuse = [&](NewReferral referral, const char* fragment) {
        const Counts before = Counts::of(f.db());
        auto created = service.create(referral);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == ErrorCode::InvalidArgument);
        INFO(created.error().message.toStdString());
        CHECK(created.error().message.contains(QString::fromUtf8(fragment)));
        CHECK(Counts::of(f.db()) == before);
    };

    NewReferral good = f.outgoing(person, f.hospital, QStringLiteral("medical"));
    auto bad = good;
    bad.direction = QStringLiteral("sideways");
    refuse(bad, "use in");
    bad = good;
    bad.personId = 9999;
    refuse(bad, "no person 9999");
    bad = good;
    bad.organisationId = 9999;
    refuse(bad, "no organisation 9999");
    bad = good;
    bad.organisationId = closed;
    refuse(bad, "deactivated");
    bad = good;
    bad.service.clear();
    refuse(bad, "Choose the service");
    bad = good;
    bad.service = QStringLiteral("massage");
    refuse(bad, "\"massage\" is not a referral service");
    bad = good;
    bad.disclose = {QStringLiteral("bank_account")};
    refuse(bad, "\"bank_account\" cannot be disclosed");
    bad = good;
    bad.sentOn = QDate::currentDate().addDays(1);
    refuse(bad, "in the future");
    bad = good;
    bad.dueOn = QDate(2026, 6, 1);
    refuse(bad, "before the referral date");
    NewReferral incoming = good;
    incoming.direction = QStringLiteral("in");
    incoming.organisationId = f.police;
    refuse(incoming, "incoming referral has no service");
    incoming.service.clear();
    incoming.disclose = {QStringLiteral("full_name")};
    refuse(incoming, "discloses nothing");

    CHECK(service.create(good).ok());
}

TEST_CASE("An incoming referral records the referring organisation's kind and discloses nothing",
          "[referrals]") {
    ReferralFixture f;
    const qint64 person = f.person(QStringLiteral("under_identification"), QStringLiteral("Vàng A Páo"));
    NewReferral input;
    input.personId = person;
    input.direction = QStringLiteral("in");
    input.organisationId = f.police;
    input.sentOn = QDate(2026, 6, 5);
    ReferralService service(*f.session);
    auto created = service.create(input);
    REQUIRE(created.ok());
    CHECK(created->warnings.isEmpty());
    CHECK(created->consentId == 0);
    auto details = service.show(created->id);
    REQUIRE(details.ok());
    CHECK(details->referral.sourceKind == QStringLiteral("border_guard"));
    CHECK(details->referral.service.isEmpty());
    CHECK(details->disclosures.empty());

    ReferralFilter incoming;
    incoming.direction = QStringLiteral("in");
    auto listed = service.list(incoming);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().id == created->id);
}

TEST_CASE("The referral status workflow allows legal moves and refuses the others naming the status",
          "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Phạm Thu Hà"));
    f.consentToAll(person);
    const auto make = [&] {
        auto created = service.create(f.outgoing(person, f.shelter, QStringLiteral("shelter")));
        REQUIRE(created.ok());
        return created->id;
    };
    const auto statusOf = [&](qint64 id) {
        auto details = service.show(id);
        REQUIRE(details.ok());
        return details->referral.status;
    };
    // Illegal moves are IllegalTransition; bad input is InvalidArgument.
    const auto refuse = [&](qint64 id, const QString& to, const char* fragment,
                            ErrorCode code = ErrorCode::IllegalTransition) {
        const Counts before = Counts::of(f.db());
        const Status moved = service.changeStatus(id, to, QDate(2026, 6, 8), {});
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().code == code);
        INFO(moved.error().message.toStdString());
        CHECK(moved.error().message.contains(QString::fromUtf8(fragment)));
        CHECK(Counts::of(f.db()) == before);
    };

    SECTION("sent → accepted → done, each step in the history") {
        const qint64 id = make();
        refuse(id, QStringLiteral("done"),
               "A referral that is sent cannot become done: it can only become "
               "accepted, declined, cancelled.");
        REQUIRE(service.changeStatus(id, QStringLiteral("accepted"), QDate(2026, 6, 8), QStringLiteral("ok"))
                    .ok());
        CHECK(lastAuditAction(f.db()) == QStringLiteral("referral.status"));
        refuse(id, QStringLiteral("declined"), "that is accepted cannot become declined");
        REQUIRE(service.changeStatus(id, QStringLiteral("done"), QDate(2026, 6, 9), {}).ok());
        CHECK(statusOf(id) == QStringLiteral("done"));
        refuse(id, QStringLiteral("cancelled"), "is already done and cannot change any more");
        auto details = service.show(id);
        REQUIRE(details.ok());
        REQUIRE(details->history.size() == 3);
        CHECK(details->history[1].fromStatus == QStringLiteral("sent"));
        CHECK(details->history[1].toStatus == QStringLiteral("accepted"));
        CHECK(details->history[1].note == QStringLiteral("ok"));
        CHECK(details->history[1].recordedBy == QStringLiteral("admin"));
        CHECK(details->history[2].toStatus == QStringLiteral("done"));
        CHECK(details->history[2].changedOn == QDate(2026, 6, 9));
    }
    SECTION("sent → declined is final") {
        const qint64 id = make();
        REQUIRE(service.changeStatus(id, QStringLiteral("declined"), QDate(2026, 6, 8), {}).ok());
        refuse(id, QStringLiteral("accepted"), "is already declined");
    }
    SECTION("sent or accepted → cancelled") {
        const qint64 first = make();
        REQUIRE(service.changeStatus(first, QStringLiteral("cancelled"), QDate(2026, 6, 8), {}).ok());
        const qint64 second = make();
        REQUIRE(service.changeStatus(second, QStringLiteral("accepted"), QDate(2026, 6, 8), {}).ok());
        REQUIRE(service.changeStatus(second, QStringLiteral("cancelled"), QDate(2026, 6, 8), {}).ok());
        CHECK(statusOf(second) == QStringLiteral("cancelled"));
    }
    SECTION("bad statuses, ids and dates") {
        const qint64 id = make();
        refuse(id, QStringLiteral("sent"), "\"sent\" is not a status a referral can be moved to",
               ErrorCode::InvalidArgument);
        refuse(id, QStringLiteral("lost"), "\"lost\" is not a status", ErrorCode::InvalidArgument);
        refuse(4242, QStringLiteral("accepted"), "There is no referral 4242", ErrorCode::InvalidArgument);
        const Counts before = Counts::of(f.db());
        Status early = service.changeStatus(id, QStringLiteral("accepted"), QDate(2026, 6, 1), {});
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().message.contains(QStringLiteral("before the referral's last date, 2026-06-05")));
        Status future =
            service.changeStatus(id, QStringLiteral("accepted"), QDate::currentDate().addDays(2), {});
        REQUIRE_FALSE(future.ok());
        CHECK(future.error().message.contains(QStringLiteral("in the future")));
        CHECK(Counts::of(f.db()) == before);
    }
}

TEST_CASE("The answer due date counts working days, skipping weekends and the holiday calendar",
          "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Đỗ Văn Nam"));
    f.consentToAll(person);

    // Friday 5 June 2026 + 5 working days: the weekend is skipped → Friday 12 June.
    auto plain = service.create(f.outgoing(person, f.hospital, QStringLiteral("medical")));
    REQUIRE(plain.ok());
    CHECK(plain->dueOn == QDate(2026, 6, 12));

    // Friday 24 April 2026: weekend, Mon 27 (Hùng Kings, observed), 30 April and 1 May are holidays →
    // 28, 29 April, 4, 5, 6 May.
    NewReferral overHolidays = f.outgoing(person, f.hospital, QStringLiteral("medical"));
    overHolidays.sentOn = QDate(2026, 4, 24);
    auto holidays = service.create(overHolidays);
    REQUIRE(holidays.ok());
    CHECK(holidays->dueOn == QDate(2026, 5, 6));

    // The rule is editable: 2 working days from Friday → Tuesday.
    execute(f.db(),
            QStringLiteral("UPDATE deadline_rules SET working_days = 2 WHERE code = 'referral_response'"));
    auto shorter = service.create(f.outgoing(person, f.hospital, QStringLiteral("medical")));
    REQUIRE(shorter.ok());
    CHECK(shorter->dueOn == QDate(2026, 6, 9));

    // A due date given by the user wins.
    NewReferral given = f.outgoing(person, f.hospital, QStringLiteral("medical"));
    given.dueOn = QDate(2026, 6, 30);
    auto explicitDue = service.create(given);
    REQUIRE(explicitDue.ok());
    CHECK(explicitDue->dueOn == QDate(2026, 6, 30));
}

TEST_CASE("Overdue referrals are the ones still sent after their due date", "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const qint64 person = f.person(QStringLiteral("victim"), QStringLiteral("Trần Văn Ba"));
    f.consentToAll(person);
    const auto make = [&](QDate sent, QDate due) {
        NewReferral input = f.outgoing(person, f.hospital, QStringLiteral("medical"));
        input.sentOn = sent;
        input.dueOn = due;
        auto created = service.create(input);
        REQUIRE(created.ok());
        return created->id;
    };
    const qint64 late = make(QDate(2026, 6, 1), QDate(2026, 6, 8));
    const qint64 lateButAnswered = make(QDate(2026, 6, 1), QDate(2026, 6, 8));
    const qint64 dueToday = make(QDate(2026, 6, 2), QDate(2026, 6, 10));
    const qint64 later = make(QDate(2026, 6, 3), QDate(2026, 6, 20));
    REQUIRE(service.changeStatus(lateButAnswered, QStringLiteral("accepted"), QDate(2026, 6, 9), {}).ok());

    auto overdue = service.overdue(QDate(2026, 6, 10));
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->front().id == late);

    auto laterStill = service.overdue(QDate(2026, 6, 21));
    REQUIRE(laterStill.ok());
    std::vector<qint64> ids;
    for (const Referral& referral : *laterStill)
        ids.push_back(referral.id);
    CHECK(ids == std::vector<qint64>{late, dueToday, later}); // oldest due first

    // The overdue query is served by an index, not a table scan.
    QSqlQuery plan(f.db());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM referrals WHERE status = 'sent' AND "
                                     "due_on < '2026-06-10' ORDER BY due_on, id")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    INFO(steps.toStdString());
    CHECK(steps.contains(QStringLiteral("referrals_status_due")));

    // Status and person filters.
    ReferralFilter accepted;
    accepted.status = QStringLiteral("accepted");
    auto acceptedList = service.list(accepted);
    REQUIRE(acceptedList.ok());
    REQUIRE(acceptedList->size() == 1);
    CHECK(acceptedList->front().id == lateButAnswered);
    ReferralFilter someoneElse;
    someoneElse.personId = person + 1000;
    auto none = service.list(someoneElse);
    REQUIRE(none.ok());
    CHECK(none->empty());
    ReferralFilter badStatus;
    badStatus.status = QStringLiteral("pending");
    auto refused = service.list(badStatus);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE(
    "A service outside the person's art. 37 support regime is recorded with a warning giving the reason",
    "[referrals]") {
    ReferralFixture f;
    ReferralService service(*f.session);
    const auto send = [&](qint64 person, const QString& serviceCode, bool abroad) {
        NewReferral input = f.outgoing(person, f.shelter, serviceCode);
        input.personAbroad = abroad;
        const qint64 auditBefore = countRows(f.db(), QStringLiteral("audit_log"));
        auto created = service.create(input);
        INFO((created ? QString() : created.error().message).toStdString());
        REQUIRE(created.ok());
        CHECK(countRows(f.db(), QStringLiteral("audit_log")) == auditBefore + 1);
        return std::move(created).value();
    };

    const qint64 victim =
        f.person(QStringLiteral("victim"), QStringLiteral("Nạn nhân A"), QStringLiteral("VN"));
    const qint64 identified = f.person(QStringLiteral("under_identification"), QStringLiteral("Người B"));
    const qint64 minor = f.person(QStringLiteral("accompanying_minor"), QStringLiteral("Cháu C"), {}, victim);
    const qint64 minorOfIdentified =
        f.person(QStringLiteral("accompanying_minor"), QStringLiteral("Cháu D"), {}, identified);
    const qint64 foreigner =
        f.person(QStringLiteral("victim"), QStringLiteral("Foreign E"), QStringLiteral("LA"));
    for (qint64 person : {victim, identified, minor, minorOfIdentified, foreigner})
        f.consentToAll(person);

    SECTION("a victim is entitled to everything a–k") {
        for (const QString& code : referralServiceCodes())
            CHECK(send(victim, code, false).warnings.isEmpty());
    }
    SECTION("a person being identified abroad gets a–d only") {
        const ReferralCreated schooling = send(identified, QStringLiteral("schooling"), true);
        REQUIRE(schooling.warnings.size() == 1);
        const QString warning = schooling.warnings.front();
        CHECK(warning.contains(QStringLiteral("Schooling support")));
        CHECK(warning.contains(QStringLiteral("point h")));
        CHECK(warning.contains(QStringLiteral("abroad")));
        CHECK(warning.contains(QStringLiteral("art. 37 cl. 3")));
        CHECK(send(identified, QStringLiteral("medical"), true).warnings.isEmpty());
        CHECK(send(identified, QStringLiteral("legal_other"), true).warnings.isEmpty());
        CHECK(send(identified, QStringLiteral("psychological"), true).warnings.size() == 1);
        // In Vietnam the same person gets a–g, psychological support included.
        CHECK(send(identified, QStringLiteral("psychological"), false).warnings.isEmpty());
        CHECK(send(identified, QStringLiteral("schooling"), false).warnings.size() == 1);

        // What was recorded shows again with the referral.
        auto details = service.show(schooling.id);
        REQUIRE(details.ok());
        CHECK(details->referral.outOfRegime);
        CHECK(details->referral.regimeGroup == QStringLiteral("identification_abroad"));
        REQUIRE(details->warnings.size() == 1);
        CHECK(details->warnings.front() == warning);
    }
    SECTION("an accompanying minor gets a–h, or the regime of the person being identified they accompany") {
        CHECK(send(minor, QStringLiteral("schooling"), false).warnings.isEmpty());
        CHECK(send(minor, QStringLiteral("vocational_job"), false).warnings.size() == 1);
        CHECK(send(minor, QStringLiteral("initial_allowance_loan"), false).warnings.size() == 1);
        CHECK(send(minorOfIdentified, QStringLiteral("psychological"), false).warnings.isEmpty());
        CHECK(send(minorOfIdentified, QStringLiteral("schooling"), false).warnings.size() == 1);
    }
    SECTION("a foreign victim gets a, b, c, d, đ and g") {
        CHECK(send(foreigner, QStringLiteral("interpretation"), false).warnings.isEmpty());
        CHECK(send(foreigner, QStringLiteral("legal_aid"), false).warnings.isEmpty());
        CHECK(send(foreigner, QStringLiteral("psychological"), false).warnings.isEmpty());
        const ReferralCreated travel = send(foreigner, QStringLiteral("travel"), false);
        REQUIRE(travel.warnings.size() == 1);
        CHECK(travel.warnings.front().contains(QStringLiteral("foreign")));
        CHECK(travel.warnings.front().contains(QStringLiteral("cl. 4")));
        CHECK(send(foreigner, QStringLiteral("vocational_job"), false).warnings.size() == 1);
    }
    SECTION("services outside art. 37 are not checked") {
        CHECK(send(identified, QStringLiteral("citizen_protection"), true).warnings.isEmpty());
        CHECK(send(identified, QStringLiteral("other"), true).warnings.isEmpty());
    }
}

TEST_CASE("The art. 37 table gives each group the points of the law", "[referrals]") {
    const auto points = [](SupportRegimeGroup group) { return supportRegimePoints(group).join(QString()); };
    CHECK(points(SupportRegimeGroup::Victim) == QStringLiteral("abcdđeghik"));
    CHECK(points(SupportRegimeGroup::AccompanyingMinor) == QStringLiteral("abcdđegh"));
    CHECK(points(SupportRegimeGroup::IdentificationInCountry) == QStringLiteral("abcdđeg"));
    CHECK(points(SupportRegimeGroup::IdentificationAbroad) == QStringLiteral("abcd"));
    CHECK(points(SupportRegimeGroup::Foreign) == QStringLiteral("abcdđg"));
    for (const QString& code : referralServiceCodes()) {
        const QString point = supportRegimePoint(code);
        INFO(code.toStdString());
        CHECK((point.isEmpty() || supportRegimePoints(SupportRegimeGroup::Victim).contains(point)));
    }
    CHECK_FALSE(isForeignNationality(QString()));
    CHECK_FALSE(isForeignNationality(QStringLiteral("VN")));
    CHECK_FALSE(isForeignNationality(QStringLiteral("Việt Nam")));
    CHECK(isForeignNationality(QStringLiteral("LA")));
    CHECK(isForeignNationality(QStringLiteral("CN")));
    CHECK(isReferralTransitionAllowed(QStringLiteral("sent"), QStringLiteral("accepted")));
    CHECK_FALSE(isReferralTransitionAllowed(QStringLiteral("declined"), QStringLiteral("done")));
}

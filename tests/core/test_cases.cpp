#include "records/cases/case_catalogue_service.h"
#include "records/cases/case_deadline_service.h"
#include "records/cases/case_event_service.h"
#include "records/cases/case_lifecycle_service.h"
#include "records/cases/case_service.h"
#include "records/permissions.h"
#include "search/person_search_index.h"
#include "test_cases_support.h"
#include "test_database.h"

#include <QSqlQuery>
#include <algorithm>
#include <set>
#include <thread>

using namespace legalaid;
using namespace legalaid::test;
using namespace legalaid::test::cases;

namespace {

// A database with a beneficiary, two providers, a branch CN1 and a partner organisation.
struct CaseFixture {
    TempWorkspace ws;
    SetupResult setup = createTestDatabase(ws);
    QString path = setup.files.database;
    std::unique_ptr<Session> admin = openAsAdmin(path);
    qint64 person = insertPerson(admin->db());
    qint64 provider = insertProvider(admin->db());
    qint64 otherProvider = insertProvider(admin->db(), QStringLiteral("Lê Thị Hoa"));
    qint64 branch = insertOrganisation(admin->db(), QStringLiteral("branch"),
                                       QStringLiteral("Chi nhánh số 1"), QStringLiteral("CN1"));
    qint64 partner =
        insertOrganisation(admin->db(), QStringLiteral("law_firm"), QStringLiteral("Công ty Luật Hòa Bình"));

    NewCase request(const char* receivedOn = "2026-03-02", const char* form = "consultation") const {
        NewCase r;
        r.personId = person;
        r.form = QLatin1String(form);
        r.fieldCode = QStringLiteral("hinh_su");
        r.receivedOn = day(receivedOn);
        r.summary = QStringLiteral("Tư vấn về quyền của nạn nhân");
        return r;
    }

    OpenedCase open(const NewCase& r) const {
        auto opened = CaseService(*admin).open(r);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        return *opened;
    }
    OpenedCase open() const { return open(request()); }

    CaseRecord record(qint64 id) const {
        auto details = CaseService(*admin).get(id);
        REQUIRE(details.ok());
        return details->record;
    }

    // Drives a case received on 2026-03-02 to `target` along the main line: accepted 03-03, assigned 03-04,
    // in progress 03-05.
    void driveTo(qint64 id, CaseStatus target) const {
        CaseLifecycleService lifecycle(*admin);
        if (target == CaseStatus::Received)
            return;
        REQUIRE(lifecycle.accept(id, day("2026-03-03")).ok());
        if (target == CaseStatus::Accepted)
            return;
        REQUIRE(lifecycle.assign(id, provider, day("2026-03-04")).ok());
        if (target == CaseStatus::Assigned)
            return;
        REQUIRE(lifecycle.start(id, day("2026-03-05")).ok());
        if (target == CaseStatus::InProgress)
            return;
        REQUIRE(lifecycle.close(id, QStringLiteral("Đã tư vấn xong"), day("2026-03-06")).ok());
    }

    // Runs `action` with everything it needs, dated 2026-03-10.
    Status step(qint64 id, CaseAction action) const {
        CaseLifecycleService lifecycle(*admin);
        const QDate on = day("2026-03-10");
        const QString reason = QStringLiteral("Lý do được ghi rõ");
        switch (action) {
        case CaseAction::Accept:
            return lifecycle.accept(id, on);
        case CaseAction::Assign:
            return lifecycle.assign(id, provider, on);
        case CaseAction::Start:
            return lifecycle.start(id, on);
        case CaseAction::ChangeProvider: {
            auto changed = lifecycle.changeProvider(id, otherProvider, reason, on, on);
            return changed ? Status{} : Status{changed.error()};
        }
        case CaseAction::Refuse:
            return lifecycle.refuse(id, QStringLiteral("not_eligible"), reason, on);
        case CaseAction::Withdraw:
            return lifecycle.withdraw(id, reason, on);
        case CaseAction::Discontinue:
            return lifecycle.discontinue(id, QStringLiteral("prohibited_conduct"), reason, on);
        case CaseAction::Transfer:
            return lifecycle.transfer(id, partner, reason, on);
        case CaseAction::Close:
            return lifecycle.close(id, QStringLiteral("Vụ việc kết thúc"), on);
        }
        return {};
    }
};

NewCaseEvent eventOf(qint64 caseId, const char* kind) {
    NewCaseEvent event;
    event.caseId = caseId;
    event.kind = QLatin1String(kind);
    return event;
}

FieldOfLaw fieldOf(const QString& code, const QString& labelVi, const QString& labelEn) {
    FieldOfLaw field;
    field.code = code;
    field.labelVi = labelVi;
    field.labelEn = labelEn;
    return field;
}

BeneficiaryGroup groupOf(const QString& code, const QString& labelVi, const QString& labelEn) {
    BeneficiaryGroup group;
    group.code = code;
    group.labelVi = labelVi;
    group.labelEn = labelEn;
    return group;
}

} // namespace

TEST_CASE("Opening a case gives the next register number of the unit and year and the file code", "[cases]") {
    CaseFixture f;
    const OpenedCase first = f.open();
    CHECK(first.fileCode == QStringLiteral("TT.TV.01.2026"));
    CHECK(first.registerNumber == 1);
    CHECK(first.registerYear == 2026);

    // One register per unit and year, whatever the form.
    const OpenedCase second = f.open(f.request("2026-03-02", "litigation"));
    CHECK(second.fileCode == QStringLiteral("TT.TGTT.02.2026"));
    const OpenedCase third = f.open(f.request("2026-03-02", "out_of_court"));
    CHECK(third.fileCode == QStringLiteral("TT.DDNTT.03.2026"));

    // A branch keeps its own register.
    NewCase atBranch = f.request("2026-03-02", "litigation");
    atBranch.unitCode = QStringLiteral("CN1");
    const OpenedCase branchCase = f.open(atBranch);
    CHECK(branchCase.fileCode == QStringLiteral("CN1.TGTT.01.2026"));
    CHECK(f.record(branchCase.id).unitOrganisationId == f.branch);

    // A new year starts at 1 again.
    const OpenedCase lastYear = f.open(f.request("2025-12-30"));
    CHECK(lastYear.fileCode == QStringLiteral("TT.TV.01.2025"));
    CHECK(f.open().fileCode == QStringLiteral("TT.TV.04.2026"));

    // Three digits from 100 on.
    QSqlQuery bump(f.admin->db());
    REQUIRE(bump.exec(QStringLiteral(
        "UPDATE case_register_counters SET last_number = 99 WHERE unit_code = 'TT' AND year = 2026")));
    CHECK(f.open().fileCode == QStringLiteral("TT.TV.100.2026"));

    const CaseRecord record = f.record(first.id);
    CHECK(record.status == CaseStatus::Received);
    CHECK(record.groupCode == QStringLiteral("art7_6a"));
    CHECK(record.source == QStringLiteral("walk_in"));
    CHECK(record.unitCode == QStringLiteral("TT"));
    CHECK(record.receivedOn == day("2026-03-02"));

    // The audit entry names the case by id and codes, never by the person's name.
    CHECK(auditCount(f.admin->db(), QStringLiteral("case.open")) == 7);
    auto entries = AuditLog(f.admin->db()).latest(50);
    REQUIRE(entries.ok());
    for (const AuditEntry& entry : *entries)
        CHECK_FALSE(entry.details.contains(QStringLiteral("Nguyễn")));
}

TEST_CASE("The file code formats its number with at least two digits", "[cases]") {
    CHECK(formatCaseFileCode(QStringLiteral("TT"), CaseForm::Consultation, 1, 2026) ==
          QStringLiteral("TT.TV.01.2026"));
    CHECK(formatCaseFileCode(QStringLiteral("CN1"), CaseForm::Litigation, 12, 2027) ==
          QStringLiteral("CN1.TGTT.12.2027"));
    CHECK(formatCaseFileCode(QStringLiteral("TT"), CaseForm::OutOfCourt, 105, 2026) ==
          QStringLiteral("TT.DDNTT.105.2026"));
}

TEST_CASE("A new case's beneficiary becomes findable by the file code", "[cases]") {
    CaseFixture f;
    const OpenedCase opened = f.open();
    auto found = search::searchPeople(f.admin->db(), opened.fileCode, 10);
    INFO((found ? QString() : found.error().message).toStdString());
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().personId == f.person);
}

TEST_CASE("Opening refuses what the law and the catalogues do not allow", "[cases]") {
    CaseFixture f;
    CaseService cases(*f.admin);
    const qint64 auditBefore = auditTotal(f.admin->db());

    NewCase commerce = f.request();
    commerce.fieldCode = QStringLiteral("thuong_mai");
    auto refused = cases.open(commerce);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().message.contains(QStringLiteral("commerce")));

    NewCase unknownField = f.request();
    unknownField.fieldCode = QStringLiteral("vu_tru");
    CHECK_FALSE(cases.open(unknownField).ok());

    NewCase nobody = f.request();
    nobody.personId = 9999;
    CHECK_FALSE(cases.open(nobody).ok());

    NewCase badForm = f.request();
    badForm.form = QStringLiteral("mediation");
    CHECK_FALSE(cases.open(badForm).ok());

    NewCase future = f.request();
    future.receivedOn = QDate::currentDate().addDays(1);
    auto tomorrow = cases.open(future);
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().message.contains(QStringLiteral("future")));

    NewCase unknownUnit = f.request();
    unknownUnit.unitCode = QStringLiteral("CN9");
    CHECK_FALSE(cases.open(unknownUnit).ok());

    NewCase halfRequester = f.request();
    halfRequester.requesterName = QStringLiteral("Nguyễn Văn Bố");
    CHECK_FALSE(cases.open(halfRequester).ok());

    NewCase badSource = f.request();
    badSource.source = QStringLiteral("pigeon");
    CHECK_FALSE(cases.open(badSource).ok());

    // Cl. 7 point g was repealed from 1 July 2025: only older requests may use it.
    NewCase historical = f.request();
    historical.groupCode = QStringLiteral("art7_7g");
    auto repealed = cases.open(historical);
    REQUIRE_FALSE(repealed.ok());
    CHECK(repealed.error().message.contains(QStringLiteral("art7_6a")));

    // Nothing above was written, not even to the audit log or the register.
    CHECK(auditTotal(f.admin->db()) == auditBefore);
    CHECK(scalar(f.admin->db(), QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(scalar(f.admin->db(), QStringLiteral("SELECT count(*) FROM case_register_counters")) == 0);

    NewCase old = f.request("2025-06-10");
    old.groupCode = QStringLiteral("art7_7g");
    CHECK(f.open(old).fileCode == QStringLiteral("TT.TV.01.2025"));

    NewCase represented = f.request();
    represented.requesterName = QStringLiteral("Nguyễn Văn Bố");
    represented.requesterRelation = QStringLiteral("cha");
    represented.source = QStringLiteral("hotline");
    const CaseRecord record = f.record(f.open(represented).id);
    CHECK(record.requesterRelation == QStringLiteral("cha"));
    CHECK(record.source == QStringLiteral("hotline"));
}

TEST_CASE("A hearing or limitation period under five working days away, or a court appointment, is urgent",
          "[cases]") {
    CaseFixture f;
    // 2026-03-02 is a Monday: 5 working days later is Monday 2026-03-09.
    NewCase hearingSoon = f.request();
    hearingSoon.hearingDate = day("2026-03-06");
    OpenedCase urgent = f.open(hearingSoon);
    CHECK(urgent.urgent);
    CHECK(urgent.urgentReason == QStringLiteral("hearing_soon"));

    NewCase hearingLater = f.request();
    hearingLater.hearingDate = day("2026-03-09");
    CHECK_FALSE(f.open(hearingLater).urgent);

    NewCase limitation = f.request();
    limitation.limitationDate = day("2026-03-05");
    CHECK(f.open(limitation).urgentReason == QStringLiteral("limitation_soon"));

    NewCase appointed = f.request("2026-03-02", "litigation");
    appointed.courtAppointed = true;
    CHECK(f.open(appointed).urgentReason == QStringLiteral("court_appointed"));

    NewCase appointedConsultation = f.request();
    appointedConsultation.courtAppointed = true;
    CHECK_FALSE(CaseService(*f.admin).open(appointedConsultation).ok());
}

TEST_CASE("Every transition in the table is allowed from each of its statuses and recorded", "[cases]") {
    CaseFixture f;
    int checked = 0;
    for (const CaseTransitionRule& rule : caseTransitionTable()) {
        for (CaseStatus from : rule.from) {
            INFO(caseActionCode(rule.action).toStdString() << " from " << caseStatusCode(from).toStdString());
            const qint64 id = f.open().id;
            f.driveTo(id, from);
            const QString auditAction = QStringLiteral("case.") + caseActionCode(rule.action);
            const qint64 auditsBefore = auditCount(f.admin->db(), auditAction);
            const Status done = f.step(id, rule.action);
            INFO((done ? QString() : done.error().message).toStdString());
            REQUIRE(done.ok());
            const CaseRecord record = f.record(id);
            CHECK(record.status == rule.to.value_or(from));
            CHECK(record.lastStepOn == day("2026-03-10"));
            CHECK(auditCount(f.admin->db(), auditAction) == auditsBefore + 1);

            auto details = CaseService(*f.admin).get(id);
            REQUIRE(details.ok());
            const CaseTransitionRecord& last = details->transitions.back();
            CHECK(last.action == caseActionCode(rule.action));
            CHECK(last.fromStatus == caseStatusCode(from));
            CHECK(last.toStatus == caseStatusCode(rule.to.value_or(from)));
            CHECK(last.effectiveOn == day("2026-03-10"));
            CHECK(last.actor == QStringLiteral("admin"));
            CHECK_FALSE(last.at.isEmpty());
            ++checked;
        }
    }
    CHECK(checked == 16);
}

TEST_CASE("A transition the lifecycle does not allow is refused naming the status and the next steps",
          "[cases]") {
    CaseFixture f;
    struct Illegal {
        CaseStatus from;
        CaseAction action;
    };
    const Illegal illegal[] = {
        {CaseStatus::Received, CaseAction::Close},          {CaseStatus::Received, CaseAction::Assign},
        {CaseStatus::Received, CaseAction::Discontinue},    {CaseStatus::Accepted, CaseAction::Refuse},
        {CaseStatus::Assigned, CaseAction::Transfer},       {CaseStatus::InProgress, CaseAction::Accept},
        {CaseStatus::Closed, CaseAction::Accept},           {CaseStatus::Closed, CaseAction::Withdraw},
        {CaseStatus::Accepted, CaseAction::ChangeProvider},
    };
    for (const Illegal& attempt : illegal) {
        INFO(caseActionCode(attempt.action).toStdString()
             << " from " << caseStatusCode(attempt.from).toStdString());
        const qint64 id = f.open().id;
        f.driveTo(id, attempt.from);
        const qint64 auditsBefore = auditTotal(f.admin->db());
        const qint64 transitionsBefore = scalar(
            f.admin->db(), QStringLiteral("SELECT count(*) FROM case_transitions WHERE case_id = ?"), {id});
        const Status refused = f.step(id, attempt.action);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::IllegalTransition);
        CHECK(refused.error().message.contains(caseStatusLabel(attempt.from)));
        CHECK(refused.error().message.contains(caseActionLabel(attempt.action)));
        for (CaseAction next : allowedCaseActions(attempt.from))
            CHECK(refused.error().message.contains(caseActionLabel(next)));
        CHECK_FALSE(refused.error().message.contains(QLatin1Char('\n')));
        CHECK(f.record(id).status == attempt.from);
        // Nothing written: no transition row, no audit entry (the get above audits a view, so count before
        // it).
        CHECK(scalar(f.admin->db(), QStringLiteral("SELECT count(*) FROM case_transitions WHERE case_id = ?"),
                     {id}) == transitionsBefore);
        CHECK(auditTotal(f.admin->db()) == auditsBefore + 1); // the case.view of record()
    }
    CHECK(isFinalCaseStatus(CaseStatus::Closed));
    CHECK(isFinalCaseStatus(CaseStatus::Transferred));
    CHECK_FALSE(isFinalCaseStatus(CaseStatus::InProgress));
}

TEST_CASE("Exits need a reason and a known ground, closing needs an outcome", "[cases]") {
    CaseFixture f;
    CaseLifecycleService lifecycle(*f.admin);
    const QDate on = day("2026-03-10");
    const qint64 received = f.open().id;
    const qint64 auditsBefore = auditTotal(f.admin->db());

    auto noReason = lifecycle.refuse(received, QStringLiteral("not_eligible"), QStringLiteral("   "), on);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::InvalidArgument);
    CHECK(noReason.error().message.contains(QStringLiteral("reason")));
    auto badGround = lifecycle.refuse(received, QStringLiteral("too_busy"), QStringLiteral("Lý do"), on);
    REQUIRE_FALSE(badGround.ok());
    CHECK(badGround.error().message.contains(QStringLiteral("not_eligible")));
    CHECK_FALSE(lifecycle.withdraw(received, QString(), on).ok());
    CHECK_FALSE(lifecycle.transfer(received, f.partner, QString(), on).ok());
    CHECK_FALSE(lifecycle.transfer(received, 9999, QStringLiteral("Lý do"), on).ok());

    const qint64 working = f.open().id;
    f.driveTo(working, CaseStatus::InProgress);
    const qint64 auditsWorking = auditTotal(f.admin->db());
    auto noOutcome = lifecycle.close(working, QString(), on);
    REQUIRE_FALSE(noOutcome.ok());
    CHECK(noOutcome.error().message.contains(QStringLiteral("outcome")));
    CHECK_FALSE(
        lifecycle.discontinue(working, QStringLiteral("not_eligible"), QStringLiteral("Lý do"), on).ok());
    CHECK_FALSE(lifecycle.discontinue(working, QStringLiteral("withdrawal"), QString(), on).ok());
    CHECK_FALSE(lifecycle.changeProvider(working, f.otherProvider, QString(), on, on).ok());
    CHECK_FALSE(
        lifecycle.changeProvider(working, f.provider, QStringLiteral("Lý do"), on, on).ok()); // same one
    CHECK(auditTotal(f.admin->db()) == auditsWorking);
    CHECK(auditsBefore < auditsWorking);

    const qint64 accepted = f.open().id;
    f.driveTo(accepted, CaseStatus::Accepted);
    const qint64 inactive = insertProvider(f.admin->db(), QStringLiteral("Phạm Văn Cũ"), false);
    CHECK_FALSE(lifecycle.assign(accepted, inactive, on).ok());
    CHECK_FALSE(lifecycle.assign(accepted, 9999, on).ok());

    REQUIRE(lifecycle.close(working, QStringLiteral("Đã hoàn thành"), on).ok());
    CHECK(f.record(working).outcome == QStringLiteral("Đã hoàn thành"));
    CHECK(f.record(working).endedOn == on);
    REQUIRE(
        lifecycle.refuse(received, QStringLiteral("handled_elsewhere"), QStringLiteral("Đã có luật sư"), on)
            .ok());
    const CaseRecord refused = f.record(received);
    CHECK(refused.exitGround == QStringLiteral("handled_elsewhere"));
    CHECK(refused.exitReason == QStringLiteral("Đã có luật sư"));
}

TEST_CASE("Steps are dated in order and never in the future", "[cases]") {
    CaseFixture f;
    CaseLifecycleService lifecycle(*f.admin);
    const qint64 id = f.open().id; // received 2026-03-02

    auto early = lifecycle.accept(id, day("2026-03-01"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("2026-03-02")));
    CHECK(early.error().message.contains(caseStatusLabel(CaseStatus::Received)));
    auto future = lifecycle.accept(id, QDate::currentDate().addDays(2));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("future")));

    REQUIRE(lifecycle.accept(id, day("2026-03-02")).ok()); // the same day is fine
    CHECK_FALSE(lifecycle.assign(id, f.provider, day("2026-03-01")).ok());
    REQUIRE(lifecycle.assign(id, f.provider, day("2026-03-04")).ok());
    REQUIRE(lifecycle.start(id, day("2026-03-05")).ok());
    auto closedBefore = lifecycle.close(id, QStringLiteral("Xong"), day("2026-03-03"));
    REQUIRE_FALSE(closedBefore.ok());
    CHECK(closedBefore.error().message.contains(QStringLiteral("2026-03-05")));
    REQUIRE(lifecycle.close(id, QStringLiteral("Xong"), day("2026-03-05")).ok());
    const CaseRecord record = f.record(id);
    CHECK(record.acceptedOn == day("2026-03-02"));
    CHECK(record.assignedOn == day("2026-03-04"));
    CHECK(record.startedOn == day("2026-03-05"));
    CHECK(record.endedOn == day("2026-03-05"));
}

TEST_CASE("A provider change is an event and a transition; late decisions are flagged, early ones refused",
          "[cases]") {
    CaseFixture f;
    CaseLifecycleService lifecycle(*f.admin);
    const qint64 id = f.open().id;
    f.driveTo(id, CaseStatus::Assigned);

    // Requested Monday 2026-03-09; 3 working days: due Thursday 2026-03-12.
    auto inTime = lifecycle.changeProvider(id, f.otherProvider, QStringLiteral("Xung đột lợi ích"),
                                           day("2026-03-09"), day("2026-03-12"));
    REQUIRE(inTime.ok());
    CHECK_FALSE(inTime->late);
    CHECK(inTime->dueOn == day("2026-03-12"));

    auto late = lifecycle.changeProvider(id, f.provider, QStringLiteral("Người thực hiện ốm"),
                                         day("2026-03-12"), day("2026-03-18"));
    REQUIRE(late.ok());
    CHECK(late->late);

    auto backwards = lifecycle.changeProvider(id, f.otherProvider, QStringLiteral("Lý do"), day("2026-03-20"),
                                              day("2026-03-19"));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(QStringLiteral("2026-03-20")));

    auto details = CaseService(*f.admin).get(id);
    REQUIRE(details.ok());
    CHECK(details->record.providerId == f.provider);
    CHECK(details->record.status == CaseStatus::Assigned);
    const auto changes =
        std::count_if(details->events.begin(), details->events.end(),
                      [](const CaseEventRecord& e) { return e.kind == QStringLiteral("provider_change"); });
    CHECK(changes == 2);
    const CaseEventRecord& lastEvent = details->events.back();
    CHECK(lastEvent.previousProviderId == f.otherProvider);
    CHECK(lastEvent.providerId == f.provider);
    CHECK(lastEvent.body == QStringLiteral("Người thực hiện ốm"));
    const CaseTransitionRecord& lastStep = details->transitions.back();
    CHECK(lastStep.action == QStringLiteral("change_provider"));
    CHECK(lastStep.late);
    CHECK(lastStep.requestedOn == day("2026-03-12"));
}

TEST_CASE("Events on a case: notes, hearings, documents, evaluation and feedback", "[cases]") {
    CaseFixture f;
    CaseEventService events(*f.admin);
    const qint64 id = f.open().id;
    const qint64 auditsBefore = auditCount(f.admin->db(), QStringLiteral("case.event"));

    NewCaseEvent note = eventOf(id, "note");
    note.text = QStringLiteral("Người được TGPL cung cấp thêm giấy tờ");
    note.on = day("2026-03-03");
    REQUIRE(events.add(note).ok());

    NewCaseEvent hearing = eventOf(id, "hearing");
    hearing.on = QDate::currentDate().addDays(20); // a hearing may be scheduled ahead
    hearing.court = QStringLiteral("Tòa án nhân dân thành phố Hải Phòng");
    hearing.stage = QStringLiteral("first_instance");
    REQUIRE(events.add(hearing).ok());

    NewCaseEvent document = eventOf(id, "document");
    document.on = day("2026-03-04");
    document.direction = QStringLiteral("received");
    document.documentType = QStringLiteral("decision");
    document.number = QStringLiteral("12/QĐ-CA");
    document.party = QStringLiteral("Công an thành phố");
    document.title = QStringLiteral("Quyết định xác định nạn nhân");
    REQUIRE(events.add(document).ok());

    NewCaseEvent evaluation = eventOf(id, "evaluation");
    evaluation.on = day("2026-03-05");
    evaluation.rating = QStringLiteral("good");
    evaluation.text = QStringLiteral("Hồ sơ đầy đủ");
    REQUIRE(events.add(evaluation).ok());

    NewCaseEvent feedback = eventOf(id, "feedback");
    feedback.on = day("2026-03-05");
    feedback.satisfied = true;
    REQUIRE(events.add(feedback).ok());
    CHECK(auditCount(f.admin->db(), QStringLiteral("case.event")) == auditsBefore + 5);

    // Refused: missing or unknown fields, a provider change by the back door, dates out of range.
    NewCaseEvent emptyNote = eventOf(id, "note");
    CHECK_FALSE(events.add(emptyNote).ok());
    NewCaseEvent noCourt = eventOf(id, "hearing");
    noCourt.on = day("2026-04-01");
    noCourt.stage = QStringLiteral("appeal");
    CHECK_FALSE(events.add(noCourt).ok());
    NewCaseEvent badStage = hearing;
    badStage.stage = QStringLiteral("karaoke");
    CHECK_FALSE(events.add(badStage).ok());
    NewCaseEvent badDirection = document;
    badDirection.direction = QStringLiteral("lost");
    CHECK_FALSE(events.add(badDirection).ok());
    NewCaseEvent noFeeling = eventOf(id, "feedback");
    CHECK_FALSE(events.add(noFeeling).ok());
    NewCaseEvent backDoor = eventOf(id, "provider_change");
    CHECK_FALSE(events.add(backDoor).ok());
    NewCaseEvent beforeReceipt = note;
    beforeReceipt.on = day("2026-02-01");
    CHECK_FALSE(events.add(beforeReceipt).ok());
    NewCaseEvent futureNote = note;
    futureNote.on = QDate::currentDate().addDays(1);
    CHECK_FALSE(events.add(futureNote).ok());
    NewCaseEvent noCase = note;
    noCase.caseId = 424242;
    CHECK_FALSE(events.add(noCase).ok());
    CHECK(auditCount(f.admin->db(), QStringLiteral("case.event")) == auditsBefore + 5);

    auto details = CaseService(*f.admin).get(id);
    REQUIRE(details.ok());
    REQUIRE(details->events.size() == 5);
    CHECK(details->events.front().body == note.text);
    CHECK(details->events.back().kind == QStringLiteral("hearing")); // in date order
}

TEST_CASE("Case notes and event texts are hidden from a role without CaseNotesView", "[cases]") {
    CaseFixture f;
    const qint64 id = f.open().id;
    f.driveTo(id, CaseStatus::InProgress);
    NewCaseEvent note = eventOf(id, "note");
    note.text = QStringLiteral("Chi tiết nhạy cảm về vụ việc");
    note.on = day("2026-03-06");
    REQUIRE(CaseEventService(*f.admin).add(note).ok());
    REQUIRE(CaseLifecycleService(*f.admin)
                .withdraw(id, QStringLiteral("Lý do riêng tư"), day("2026-03-07"))
                .ok());
    f.admin.reset();

    auto clerk = sessionWithRole(f.path, Role::IntakeClerk);
    REQUIRE_FALSE(isAllowed(Role::IntakeClerk, Operation::CaseNotesView));
    auto seen = CaseService(*clerk).get(id);
    REQUIRE(seen.ok());
    CHECK(seen->textHidden);
    REQUIRE(seen->events.size() == 1);
    CHECK(seen->events.front().kind == QStringLiteral("note"));
    CHECK(seen->events.front().body.isEmpty());
    CHECK(seen->record.exitReason.isEmpty());
    for (const CaseTransitionRecord& transition : seen->transitions)
        CHECK(transition.reason.isEmpty());
    CHECK(seen->record.summary == QStringLiteral("Tư vấn về quyền của nạn nhân"));
    CHECK(auditCount(clerk->db(), QStringLiteral("case.view")) >= 1);
    clerk.reset();

    auto officer = sessionWithRole(f.path, Role::LegalAidOfficer);
    auto read = CaseService(*officer).get(id);
    REQUIRE(read.ok());
    CHECK_FALSE(read->textHidden);
    CHECK(read->events.front().body == note.text);
    CHECK(read->record.exitReason == QStringLiteral("Lý do riêng tư"));
}

TEST_CASE("Two writers opening cases at once get consecutive register numbers without gaps or duplicates",
          "[cases]") {
    CaseFixture f;
    const NewCase request = f.request();
    f.admin.reset();

    constexpr int kPerThread = 50;
    std::vector<int> numbers[2];
    QStringList failures[2];
    const auto writer = [&](int index) {
        auto session = Session::open(f.path, QStringLiteral("admin"), kAdminPassword);
        if (!session) {
            failures[index] << session.error().message;
            return;
        }
        CaseService cases(**session);
        for (int i = 0; i < kPerThread; ++i) {
            auto opened = cases.open(request);
            if (opened)
                numbers[index].push_back(opened->registerNumber);
            else
                failures[index] << opened.error().message;
        }
    };
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    first.join();
    second.join();
    INFO(failures[0].join(QStringLiteral("; ")).toStdString()
         << failures[1].join(QStringLiteral("; ")).toStdString());
    REQUIRE(failures[0].isEmpty());
    REQUIRE(failures[1].isEmpty());

    std::set<int> all(numbers[0].begin(), numbers[0].end());
    all.insert(numbers[1].begin(), numbers[1].end());
    CHECK(numbers[0].size() + numbers[1].size() == 2 * kPerThread);
    CHECK(all.size() == 2 * kPerThread);
    CHECK(*all.begin() == 1);
    CHECK(*all.rbegin() == 2 * kPerThread);
    // Each writer's own numbers grow.
    CHECK(std::is_sorted(numbers[0].begin(), numbers[0].end()));
    CHECK(std::is_sorted(numbers[1].begin(), numbers[1].end()));

    auto admin = openAsAdmin(f.path);
    CHECK(scalar(admin->db(), QStringLiteral("SELECT count(DISTINCT file_code) FROM cases")) ==
          2 * kPerThread);
    CHECK(scalar(admin->db(),
                 QStringLiteral("SELECT last_number FROM case_register_counters WHERE unit_code = 'TT' "
                                "AND year = 2026")) == 2 * kPerThread);
    CHECK(auditCount(admin->db(), QStringLiteral("case.open")) == 2 * kPerThread);
    auto verified = AuditLog(admin->db()).verify();
    REQUIRE(verified.ok());
    CHECK(verified->ok());
}

TEST_CASE("Deadlines: awaiting assignment, urgent requests not accepted, late provider changes", "[cases]") {
    CaseFixture f;
    CaseLifecycleService lifecycle(*f.admin);
    // Accepted Monday 2026-03-02 (2 working days: due Wednesday 03-04).
    const OpenedCase waiting = f.open();
    REQUIRE(lifecycle.accept(waiting.id, day("2026-03-02")).ok());
    // Urgent, received Tuesday 03-03 and not accepted.
    NewCase hearingSoon = f.request("2026-03-03", "litigation");
    hearingSoon.hearingDate = day("2026-03-05");
    const OpenedCase urgent = f.open(hearingSoon);
    // A provider change requested 03-09, decided 03-18 (due 03-12).
    const OpenedCase changed = f.open();
    f.driveTo(changed.id, CaseStatus::Assigned);
    REQUIRE(lifecycle
                .changeProvider(changed.id, f.otherProvider, QStringLiteral("Lý do"), day("2026-03-09"),
                                day("2026-03-18"))
                .ok());
    // Assigned in time: no deadline left.
    const OpenedCase done = f.open();
    f.driveTo(done.id, CaseStatus::Assigned);

    CaseDeadlineService deadlines(*f.admin);
    auto onTuesday = deadlines.list(false, day("2026-03-03"));
    REQUIRE(onTuesday.ok());
    const auto find = [](const std::vector<CaseDeadline>& list, const QString& kind) {
        const auto it =
            std::find_if(list.begin(), list.end(), [&](const CaseDeadline& d) { return d.kind == kind; });
        REQUIRE(it != list.end());
        return *it;
    };
    const CaseDeadline assignment = find(*onTuesday, QStringLiteral("awaiting_assignment"));
    CHECK(assignment.caseId == waiting.id);
    CHECK(assignment.fileCode == waiting.fileCode);
    CHECK(assignment.dueOn == day("2026-03-04"));
    CHECK_FALSE(assignment.overdue);
    CHECK(onTuesday->size() == 3);

    auto overdue = deadlines.list(true, day("2026-03-09"));
    REQUIRE(overdue.ok());
    CHECK(overdue->size() == 3);
    const CaseDeadline lateAssignment = find(*overdue, QStringLiteral("awaiting_assignment"));
    CHECK(lateAssignment.overdue);
    CHECK(lateAssignment.workingDaysOverdue == 3); // Thu 05, Fri 06, Mon 09
    const CaseDeadline urgentOne = find(*overdue, QStringLiteral("urgent_acceptance"));
    CHECK(urgentOne.caseId == urgent.id);
    CHECK(urgentOne.dueOn == day("2026-03-03"));
    const CaseDeadline lateChange = find(*overdue, QStringLiteral("provider_change_late"));
    CHECK(lateChange.caseId == changed.id);
    CHECK(lateChange.dueOn == day("2026-03-12"));
    CHECK(lateChange.doneOn == day("2026-03-18"));
    CHECK(lateChange.workingDaysOverdue == 4); // Fri 13, Mon 16, Tue 17, Wed 18

    auto onlyLate = deadlines.list(true, day("2026-03-03"));
    REQUIRE(onlyLate.ok());
    CHECK(onlyLate->size() == 1); // the late provider change stays on the list
}

TEST_CASE("The catalogues: art. 7 groups with cl. 6a and historical 7g, fields of law without commerce",
          "[cases]") {
    CaseFixture f;
    CaseCatalogueService catalogue(*f.admin);
    auto groups = catalogue.groups();
    REQUIRE(groups.ok());
    const auto group = [&](const QString& code) {
        const auto it = std::find_if(groups->begin(), groups->end(),
                                     [&](const BeneficiaryGroup& g) { return g.code == code; });
        REQUIRE(it != groups->end());
        return *it;
    };
    CHECK_FALSE(group(QStringLiteral("art7_6a")).historical);
    CHECK(group(QStringLiteral("art7_6a")).legalBasis.contains(QStringLiteral("53/2024")));
    CHECK(group(QStringLiteral("art7_7g")).historical);
    CHECK(group(QStringLiteral("art7_7g")).validUntil == day("2025-06-30"));
    CHECK(group(QStringLiteral("art7_1")).labelVi == QStringLiteral("Người có công với cách mạng"));
    CHECK(groups->size() == 15);

    auto fields = catalogue.fields();
    REQUIRE(fields.ok());
    QStringList codes;
    for (const FieldOfLaw& field : *fields)
        codes << field.code;
    CHECK(codes == QStringList{QStringLiteral("hinh_su"), QStringLiteral("dan_su"),
                               QStringLiteral("hon_nhan_gia_dinh"), QStringLiteral("hanh_chinh_khieu_nai"),
                               QStringLiteral("lao_dong"), QStringLiteral("dat_dai"),
                               QStringLiteral("che_do_chinh_sach"), QStringLiteral("khac")});

    auto commerce = catalogue.addField(
        fieldOf(QStringLiteral("thuong_mai"), QStringLiteral("Thương mại"), QStringLiteral("Commerce")));
    REQUIRE_FALSE(commerce.ok());
    CHECK(commerce.error().message.contains(QStringLiteral("commerce")));
    CHECK_FALSE(
        catalogue.addField(fieldOf(QStringLiteral("Bad Code"), QStringLiteral("x"), QStringLiteral("x")))
            .ok());
    CHECK_FALSE(
        catalogue.addField(fieldOf(QStringLiteral("hinh_su"), QStringLiteral("x"), QStringLiteral("x")))
            .ok());

    REQUIRE(catalogue
                .addField(fieldOf(QStringLiteral("hanh_chinh_tu_phap"), QStringLiteral("Hành chính tư pháp"),
                                  QStringLiteral("Judicial administration")))
                .ok());
    CHECK(auditCount(f.admin->db(), QStringLiteral("catalogue.field.add")) == 1);
    NewCase newField = f.request();
    newField.fieldCode = QStringLiteral("hanh_chinh_tu_phap");
    f.open(newField);

    REQUIRE(catalogue.setFieldActive(QStringLiteral("hanh_chinh_tu_phap"), false).ok());
    CHECK_FALSE(CaseService(*f.admin).open(newField).ok());
    auto allFields = catalogue.fields(true);
    REQUIRE(allFields.ok());
    CHECK(allFields->size() == 9);

    BeneficiaryGroup added;
    added.code = QStringLiteral("other_law");
    added.labelVi = QStringLiteral("Người được TGPL theo luật khác");
    added.labelEn = QStringLiteral("Eligible under another law");
    REQUIRE(catalogue.addGroup(added).ok());
    REQUIRE(catalogue.setGroupActive(QStringLiteral("art7_7h"), false).ok());
    NewCase inactiveGroup = f.request();
    inactiveGroup.groupCode = QStringLiteral("art7_7h");
    CHECK_FALSE(CaseService(*f.admin).open(inactiveGroup).ok());
    CHECK_FALSE(catalogue.setGroupActive(QStringLiteral("art7_99"), false).ok());
}

TEST_CASE("Every case service operation is allowed exactly to the roles the permission matrix allows",
          "[cases]") {
    CaseFixture f;
    f.admin.reset();
    int fieldNumber = 0;
    for (Role role : allRoles()) {
        INFO(roleCode(role).toStdString());
        // Prepared by the administrator: a received case, a case in progress.
        qint64 received = 0;
        qint64 working = 0;
        {
            auto admin = openAsAdmin(f.path);
            received = CaseService(*admin).open(f.request()).value().id;
            working = CaseService(*admin).open(f.request()).value().id;
            CaseLifecycleService lifecycle(*admin);
            REQUIRE(lifecycle.accept(working, day("2026-03-03")).ok());
            REQUIRE(lifecycle.assign(working, f.provider, day("2026-03-04")).ok());
        }
        auto session = sessionWithRole(f.path, role);
        const auto expect = [&](Operation operation, const Error* error) {
            INFO("operation " << static_cast<int>(operation) << ": "
                              << (error ? error->message.toStdString() : std::string("allowed")));
            CHECK((error == nullptr) == isAllowed(role, operation));
            if (error && !isAllowed(role, operation))
                CHECK(error->code == ErrorCode::PermissionDenied);
        };
        const auto check = [&](Operation operation, const auto& result) {
            expect(operation, result.ok() ? nullptr : &result.error());
        };

        check(Operation::CaseOpen, CaseService(*session).open(f.request()));
        check(Operation::CaseView, CaseService(*session).get(received));
        check(Operation::CaseView, CaseService(*session).list({}));
        check(Operation::CaseView, CaseDeadlineService(*session).list(false, day("2026-03-10")));

        CaseLifecycleService lifecycle(*session);
        const QDate on = day("2026-03-10");
        const QString reason = QStringLiteral("Lý do");
        // Each on a fresh case in the right status, so only the permission can refuse.
        const auto freshCase = [&](CaseStatus status) {
            auto admin = openAsAdmin(f.path);
            const qint64 id = CaseService(*admin).open(f.request()).value().id;
            CaseLifecycleService adminLifecycle(*admin);
            if (status != CaseStatus::Received)
                REQUIRE(adminLifecycle.accept(id, day("2026-03-03")).ok());
            if (status == CaseStatus::Assigned || status == CaseStatus::InProgress)
                REQUIRE(adminLifecycle.assign(id, f.provider, day("2026-03-04")).ok());
            if (status == CaseStatus::InProgress)
                REQUIRE(adminLifecycle.start(id, day("2026-03-05")).ok());
            return id;
        };
        check(Operation::CaseTransition, lifecycle.accept(received, on));
        check(Operation::CaseTransition, lifecycle.assign(freshCase(CaseStatus::Accepted), f.provider, on));
        check(Operation::CaseTransition, lifecycle.start(working, on));
        check(Operation::CaseTransition,
              lifecycle.changeProvider(freshCase(CaseStatus::Assigned), f.otherProvider, reason, on, on));
        check(Operation::CaseTransition,
              lifecycle.refuse(freshCase(CaseStatus::Received), QStringLiteral("not_eligible"), reason, on));
        check(Operation::CaseTransition, lifecycle.withdraw(freshCase(CaseStatus::Received), reason, on));
        check(Operation::CaseTransition, lifecycle.discontinue(freshCase(CaseStatus::Accepted),
                                                               QStringLiteral("withdrawal"), reason, on));
        check(Operation::CaseTransition,
              lifecycle.transfer(freshCase(CaseStatus::Received), f.partner, reason, on));
        check(Operation::CaseTransition,
              lifecycle.close(freshCase(CaseStatus::InProgress), QStringLiteral("Kết quả"), on));

        NewCaseEvent note = eventOf(received, "note");
        note.text = QStringLiteral("Ghi chú");
        note.on = on;
        check(Operation::CaseEventAdd, CaseEventService(*session).add(note));

        CaseCatalogueService catalogue(*session);
        const QString code = QStringLiteral("linh_vuc_%1").arg(++fieldNumber);
        check(Operation::CatalogueEdit,
              catalogue.addField(fieldOf(code, QStringLiteral("Lĩnh vực"), QStringLiteral("Field"))));
        check(Operation::CatalogueEdit, catalogue.setFieldActive(QStringLiteral("khac"), true));
        const BeneficiaryGroup group = groupOf(QStringLiteral("nhom_%1").arg(fieldNumber),
                                               QStringLiteral("Nhóm"), QStringLiteral("Group"));
        check(Operation::CatalogueEdit, catalogue.addGroup(group));
        check(Operation::CatalogueEdit, catalogue.setGroupActive(QStringLiteral("art7_1"), true));
        // The catalogues themselves are reference data every role may read.
        CHECK(catalogue.groups().ok());
        CHECK(catalogue.fields().ok());

        // Without CaseNotesView the texts are hidden.
        if (isAllowed(role, Operation::CaseView)) {
            auto details = CaseService(*session).get(received);
            REQUIRE(details.ok());
            CHECK(details->textHidden == !isAllowed(role, Operation::CaseNotesView));
        }
    }
}

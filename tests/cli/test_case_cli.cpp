#include "cli_runner.h"
#include "sql_rows.h"
#include "test_database.h"

#include <QDateTime>
#include <set>

using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// An initialised database with a beneficiary, two providers and a partner organisation (inserted with plain
// SQL, so these tests do not depend on the people and directory commands).
struct CaseCliFixture : CliFixture {
    qint64 person = 0;
    qint64 provider = 0;
    qint64 otherProvider = 0;
    qint64 partner = 0;

    CaseCliFixture() {
        auto admin = openAsAdmin(db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        person = insertRow(
            admin->db(),
            s("INSERT INTO people (category, full_name, name_folded, created_at, created_by, updated_at, "
              "updated_by) VALUES ('victim', 'Nguyễn Thị Lan', 'nguyen thi lan', ?, 'test', ?, 'test')"),
            {now, now});
        provider = insertRow(
            admin->db(),
            s("INSERT INTO providers (kind, full_name) VALUES ('legal_aid_officer', 'Trần Văn Minh')"), {});
        otherProvider = insertRow(
            admin->db(), s("INSERT INTO providers (kind, full_name) VALUES ('lawyer', 'Lê Thị Hoa')"), {});
        partner = insertRow(
            admin->db(), s("INSERT INTO organisations (kind, name) VALUES ('law_firm', 'Công ty Luật')"), {});
    }

    QStringList openArguments(const char* receivedOn = "2026-03-02") const {
        return {s("case"),          s("open"),         s("--person"), QString::number(person),
                s("--form"),        s("consultation"), s("--field"),  s("hinh_su"),
                s("--received-on"), s(receivedOn),     s("--json")};
    }
};

} // namespace

TEST_CASE("case open prints the id and the file code; the lifecycle runs through the CLI", "[case-cli]") {
    CaseCliFixture f;
    const Run opened = f.asAdmin(f.openArguments());
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    const qint64 id = opened.json().value(s("id")).toInteger();
    CHECK(id > 0);
    CHECK(opened.json().value(s("file_code")).toString() == s("TT.TV.01.2026"));

    QStringList textOpen = f.openArguments();
    textOpen.removeAll(s("--json"));
    const Run second = f.asAdmin(textOpen);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains("TT.TV.02.2026"));
    CHECK(second.out.contains("Opened case"));

    const QString caseId = QString::number(id);
    const auto step = [&](QStringList arguments, const char* status) {
        arguments << s("--json");
        const Run result = f.asAdmin(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.json().value(s("status")).toString() == s(status));
    };
    step({s("case"), s("accept"), caseId, s("--on"), s("2026-03-03")}, "accepted");
    step({s("case"), s("assign"), caseId, s("--provider"), QString::number(f.provider), s("--on"),
          s("2026-03-04")},
         "assigned");
    step({s("case"), s("start"), caseId, s("--on"), s("2026-03-05")}, "in_progress");

    const Run changed =
        f.asAdmin({s("case"), s("change-provider"), caseId, s("--provider"), QString::number(f.otherProvider),
                   s("--reason"), s("Xung đột lợi ích"), s("--requested-on"), s("2026-03-05"), s("--on"),
                   s("2026-03-12"), s("--json")});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.json().value(s("late")).toBool());
    CHECK(changed.json().value(s("due_on")).toString() == s("2026-03-10"));

    const Run event = f.asAdmin({s("case"), s("event"), caseId, s("--kind"), s("hearing"), s("--on"),
                                 s("2026-03-20"), s("--court"), s("TAND thành phố Hải Phòng"), s("--stage"),
                                 s("first_instance"), s("--json")});
    INFO(event.err.toStdString());
    REQUIRE(event.exitCode == 0);
    CHECK(f.asAdmin({s("case"), s("event"), caseId, s("--kind"), s("feedback"), s("--satisfied"), s("yes"),
                     s("--text"), s("Rất hài lòng"), s("--on"), s("2026-03-13")})
              .exitCode == 0);

    step({s("case"), s("close"), caseId, s("--outcome"), s("Bảo vệ thành công quyền lợi"), s("--on"),
          s("2026-03-25")},
         "closed");

    const Run shown = f.asAdmin({s("case"), s("show"), caseId, s("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject details = shown.json();
    CHECK(details.value(s("file_code")).toString() == s("TT.TV.01.2026"));
    CHECK(details.value(s("status")).toString() == s("closed"));
    CHECK(details.value(s("person_name")).toString() == s("Nguyễn Thị Lan"));
    CHECK(details.value(s("outcome")).toString() == s("Bảo vệ thành công quyền lợi"));
    CHECK(details.value(s("provider_id")).toInteger() == f.otherProvider);
    CHECK(details.value(s("transitions")).toArray().size() ==
          6); // open, accept, assign, start, change, close
    CHECK(details.value(s("events")).toArray().size() == 3);

    const Run textShow = f.asAdmin({s("case"), s("show"), caseId});
    REQUIRE(textShow.exitCode == 0);
    CHECK(textShow.out.contains("TT.TV.01.2026"));

    const Run listed = f.asAdmin({s("case"), s("list"), s("--status"), s("closed"), s("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.jsonArray().size() == 1);
    CHECK(listed.jsonArray().at(0).toObject().value(s("id")).toInteger() == id);
    CHECK(f.asAdmin({s("case"), s("list"), s("--form"), s("consultation"), s("--unit"), s("TT"), s("--json")})
              .jsonArray()
              .size() == 2);

    const Run audit = f.asAdmin({s("audit"), s("list"), s("--limit"), s("100"), s("--json")});
    QStringList actions;
    for (const QJsonValue& entry : audit.jsonArray())
        actions << entry.toObject().value(s("action")).toString();
    for (const char* action : {"case.open", "case.accept", "case.assign", "case.start",
                               "case.change_provider", "case.event", "case.close", "case.view"})
        CHECK(actions.contains(s(action)));
}

TEST_CASE("case commands refuse illegal transitions, missing reasons and commerce with one sentence",
          "[case-cli]") {
    CaseCliFixture f;
    const Run opened = f.asAdmin(f.openArguments());
    REQUIRE(opened.exitCode == 0);
    const QString caseId = QString::number(opened.json().value(s("id")).toInteger());

    const Run illegal = f.asAdmin({s("case"), s("close"), caseId, s("--outcome"), s("Xong")});
    requireError(illegal, "E_ILLEGAL_TRANSITION");
    CHECK(illegal.err.contains("received"));
    CHECK(illegal.err.contains("accept"));

    requireError(f.asAdmin({s("case"), s("refuse"), caseId, s("--ground"), s("not_eligible")}),
                 "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({s("case"), s("accept"), caseId, s("--on"), s("2026-03-01")}),
                 "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({s("case"), s("accept"), caseId, s("--on"), s("01/03/2026")}),
                 "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({s("case"), s("accept"), s("abc")}), "E_INVALID_ARGUMENT");
    requireError(f.asAdmin({s("case"), s("accept"), s("999")}), "E_INVALID_ARGUMENT");

    QStringList commerce = f.openArguments();
    commerce[commerce.indexOf(s("hinh_su"))] = s("thuong_mai");
    const Run refused = f.asAdmin(commerce);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("commerce"));
    requireError(f.asAdmin({s("catalogue"), s("add-field"), s("thuong_mai"), s("--label-vi"), s("Thương mại"),
                            s("--label-en"), s("Commerce")}),
                 "E_INVALID_ARGUMENT");

    const Run refusal = f.asAdmin({s("case"), s("refuse"), caseId, s("--ground"), s("not_eligible"),
                                   s("--reason"), s("Không thuộc diện"), s("--json")});
    REQUIRE(refusal.exitCode == 0);
    CHECK(refusal.json().value(s("status")).toString() == s("refused"));
    requireError(f.asAdmin({s("case"), s("withdraw"), caseId, s("--reason"), s("Rút")}),
                 "E_ILLEGAL_TRANSITION");
}

TEST_CASE("case show hides notes from an intake clerk", "[case-cli]") {
    CaseCliFixture f;
    const Run opened = f.asAdmin(f.openArguments());
    REQUIRE(opened.exitCode == 0);
    const QString caseId = QString::number(opened.json().value(s("id")).toInteger());
    REQUIRE(f.asAdmin({s("case"), s("event"), caseId, s("--kind"), s("note"), s("--text"),
                       s("Bí mật của hồ sơ"), s("--on"), s("2026-03-03")})
                .exitCode == 0);
    const QString clerkPassword = f.ws.writeFile(s("clerk.pw"), "thư ký nhập liệu 2026\n");
    REQUIRE(f.asAdmin({s("user"), s("add"), s("thu.ky"), s("--role"), s("intake_clerk"), s("--full-name"),
                       s("Trần Thị Thư"), s("--new-password-file"), clerkPassword})
                .exitCode == 0);
    const Run shown = f.cli({s("case"), s("show"), caseId, s("--json"), s("--user"), s("thu.ky"),
                             s("--password-file"), clerkPassword});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().value(s("text_hidden")).toBool());
    CHECK_FALSE(shown.out.contains("Bí mật"));
    const QJsonArray events = shown.json().value(s("events")).toArray();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).toObject().value(s("kind")).toString() == s("note"));
    requireError(f.cli({s("case"), s("accept"), caseId, s("--user"), s("thu.ky"), s("--password-file"),
                        clerkPassword}),
                 "E_PERMISSION_DENIED");
}

TEST_CASE("Two case open processes in parallel get distinct consecutive register numbers", "[case-cli]") {
    CaseCliFixture f;
    constexpr int kRounds = 4;
    std::set<QString> codes;
    for (int round = 0; round < kRounds; ++round) {
        QProcess first;
        QProcess second;
        QStringList arguments = f.openArguments();
        arguments << s("--user") << s("admin") << s("--password-file") << f.passwordFile << s("--db") << f.db;
        first.start(s(LEGALAID_CLI_PATH), arguments);
        second.start(s(LEGALAID_CLI_PATH), arguments);
        REQUIRE(first.waitForFinished(60000));
        REQUIRE(second.waitForFinished(60000));
        for (QProcess* process : {&first, &second}) {
            const QByteArray err = process->readAllStandardError();
            INFO(err.toStdString());
            REQUIRE(process->exitCode() == 0);
            codes.insert(QJsonDocument::fromJson(process->readAllStandardOutput())
                             .object()
                             .value(s("file_code"))
                             .toString());
        }
    }
    std::set<QString> expected;
    for (int number = 1; number <= 2 * kRounds; ++number)
        expected.insert(QStringLiteral("TT.TV.%1.2026").arg(number, 2, 10, QLatin1Char('0')));
    CHECK(codes == expected);
}

TEST_CASE("deadlines and catalogue commands print JSON", "[case-cli]") {
    CaseCliFixture f;
    const Run opened = f.asAdmin(f.openArguments());
    REQUIRE(opened.exitCode == 0);
    const QString caseId = QString::number(opened.json().value(s("id")).toInteger());
    REQUIRE(f.asAdmin({s("case"), s("accept"), caseId, s("--on"), s("2026-03-02")}).exitCode == 0);

    const Run overdue =
        f.asAdmin({s("deadlines"), s("--overdue"), s("--as-of"), s("2026-03-09"), s("--json")});
    INFO(overdue.err.toStdString());
    REQUIRE(overdue.exitCode == 0);
    REQUIRE(overdue.jsonArray().size() == 1);
    const QJsonObject deadline = overdue.jsonArray().at(0).toObject();
    CHECK(deadline.value(s("kind")).toString() == s("awaiting_assignment"));
    CHECK(deadline.value(s("due_on")).toString() == s("2026-03-04"));
    CHECK(deadline.value(s("working_days_overdue")).toInt() == 3);
    CHECK(f.asAdmin({s("deadlines"), s("--as-of"), s("2026-03-03"), s("--overdue"), s("--json")})
              .jsonArray()
              .isEmpty());

    const Run groups = f.asAdmin({s("catalogue"), s("list"), s("groups"), s("--json")});
    REQUIRE(groups.exitCode == 0);
    bool found6a = false;
    for (const QJsonValue& group : groups.jsonArray()) {
        if (group.toObject().value(s("code")).toString() == s("art7_6a"))
            found6a = true;
        if (group.toObject().value(s("code")).toString() == s("art7_7g"))
            CHECK(group.toObject().value(s("historical")).toBool());
    }
    CHECK(found6a);
    const Run added = f.asAdmin({s("catalogue"), s("add-field"), s("tu_phap"), s("--label-vi"), s("Tư pháp"),
                                 s("--label-en"), s("Justice"), s("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(f.asAdmin({s("catalogue"), s("list"), s("fields"), s("--json")}).jsonArray().size() == 9);
    CHECK(f.asAdmin({s("catalogue"), s("deactivate-field"), s("tu_phap")}).exitCode == 0);
    CHECK(f.asAdmin({s("catalogue"), s("list"), s("fields"), s("--json")}).jsonArray().size() == 8);
}

// legalaid-cli org|provider|directory|referral|activity, run as a separate process.
#include "cli_runner.h"

using namespace legalaid::test;

namespace {

const QByteArray kAuditorPassword = QByteArrayLiteral("kiểm toán viên mật khẩu 2026");

QString s(const char* text) {
    return QString::fromUtf8(text);
}

struct DirectoryCliFixture : CliFixture {
    // Runs a command that must succeed with --json and returns its output.
    Run ok(QStringList arguments) const {
        arguments << s("--json");
        const Run result = asAdmin(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    }

    qint64 newId(const QStringList& arguments) const {
        const qint64 id = ok(arguments).json().value(s("id")).toInteger();
        REQUIRE(id > 0);
        return id;
    }
};

QString id(qint64 value) {
    return QString::number(value);
}

} // namespace

TEST_CASE("org and provider commands add, list, update and deactivate the directory", "[directory-cli]") {
    DirectoryCliFixture f;
    const Run centreText = f.asAdmin({s("org"), s("add"), s("--kind"), s("centre"), s("--name"),
                                      s("Trung tâm TGPL"), s("--code"), s("TT")});
    REQUIRE(centreText.exitCode == 0);
    CHECK(centreText.out.trimmed() == "1"); // the new id, alone
    const qint64 branch =
        f.newId({s("org"), s("add"), s("--kind"), s("branch"), s("--name"), s("Chi nhánh số 1"), s("--code"),
                 s("CN1"), s("--parent"), s("1"), s("--province"), s("31")});
    const qint64 firm =
        f.newId({s("org"), s("add"), s("--kind"), s("law_firm"), s("--name"), s("Công ty Luật ABC")});

    requireError(f.asAdmin({s("org"), s("add"), s("--kind"), s("branch"), s("--name"), s("Chi nhánh 2")}),
                 "E_INVALID_ARGUMENT", "unit code");
    requireError(f.asAdmin({s("org"), s("add"), s("--kind"), s("branch"), s("--name"), s("Chi nhánh 2"),
                            s("--code"), s("CN1")}),
                 "E_DUPLICATE_RECORD", "already used");
    requireError(f.asAdmin({s("org"), s("add"), s("--name"), s("X")}), "E_INVALID_ARGUMENT", "--kind");

    const QJsonArray branches = f.ok({s("org"), s("list"), s("--kind"), s("branch")}).jsonArray();
    REQUIRE(branches.size() == 1);
    const QJsonObject cn1 = branches.at(0).toObject();
    CHECK(cn1.value(s("id")).toInteger() == branch);
    CHECK(cn1.value(s("code")).toString() == s("CN1"));
    CHECK(cn1.value(s("parent_id")).toInteger() == 1);
    CHECK(cn1.value(s("province")).toString() == s("31"));

    f.ok({s("org"), s("update"), id(firm), s("--phone"), s("0225 3 888 999")});
    const QJsonObject shown = f.ok({s("org"), s("show"), id(firm)}).json();
    CHECK(shown.value(s("phone")).toString() == s("0225 3 888 999"));
    CHECK(shown.value(s("name")).toString() == s("Công ty Luật ABC"));

    requireError(f.asAdmin({s("provider"), s("add"), s("--kind"), s("lawyer"), s("--full-name"),
                            s("Lê Văn Luật"), s("--organisation"), id(firm)}),
                 "E_INVALID_ARGUMENT", "card number");
    const qint64 lawyer =
        f.newId({s("provider"), s("add"), s("--kind"), s("lawyer"), s("--full-name"), s("Lê Văn Luật"),
                 s("--organisation"), id(firm), s("--card-number"), s("LS-01")});
    const qint64 officer =
        f.newId({s("provider"), s("add"), s("--kind"), s("legal_aid_officer"), s("--full-name"),
                 s("Trần Thị Bình"), s("--organisation"), s("1"), s("--card-number"), s("TGV-7")});
    const QJsonArray atFirm = f.ok({s("provider"), s("list"), s("--organisation"), id(firm)}).jsonArray();
    REQUIRE(atFirm.size() == 1);
    CHECK(atFirm.at(0).toObject().value(s("id")).toInteger() == lawyer);
    CHECK(atFirm.at(0).toObject().value(s("card_number")).toString() == s("LS-01"));

    const QJsonArray printed = f.ok({s("directory"), s("list")}).jsonArray();
    REQUIRE(printed.size() == 3);
    CHECK(printed.at(0)
              .toObject()
              .value(s("providers"))
              .toArray()
              .at(0)
              .toObject()
              .value(s("id"))
              .toInteger() == officer);

    f.ok({s("provider"), s("deactivate"), id(lawyer)});
    CHECK(f.ok({s("provider"), s("list"), s("--organisation"), id(firm)}).jsonArray().isEmpty());
    CHECK(f.ok({s("provider"), s("list"), s("--organisation"), id(firm), s("--all")}).jsonArray().size() ==
          1);
    f.ok({s("org"), s("deactivate"), id(firm)});
    CHECK(f.ok({s("org"), s("list")}).jsonArray().size() == 2);
    CHECK(f.ok({s("org"), s("list"), s("--all")}).jsonArray().size() == 3);
    requireError(f.asAdmin({s("org"), s("deactivate"), s("abc")}), "E_INVALID_ARGUMENT",
                 "not a valid organisation id");
}

TEST_CASE("Only directory editors change the directory from the command line", "[directory-cli]") {
    DirectoryCliFixture f;
    const QString auditorFile = f.ws.writeFile(s("auditor.pw"), kAuditorPassword + '\n');
    const Run added = f.asAdmin({s("user"), s("add"), s("kiem.toan"), s("--role"), s("auditor"),
                                 s("--full-name"), s("Kiểm Toán"), s("--new-password-file"), auditorFile});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const auto asAuditor = [&](QStringList arguments) {
        arguments << s("--user") << s("kiem.toan") << s("--password-file") << auditorFile;
        return f.cli(arguments);
    };
    requireError(asAuditor({s("org"), s("add"), s("--kind"), s("womens_union"), s("--name"), s("Hội LHPN")}),
                 "E_PERMISSION_DENIED", "Auditor");
    const Run list = asAuditor({s("org"), s("list"), s("--json")});
    CHECK(list.exitCode == 0);
    CHECK(list.jsonArray().isEmpty());
}

TEST_CASE("referral commands record, move, list and show referrals with consent and regime checks",
          "[directory-cli]") {
    DirectoryCliFixture f;
    const qint64 hospital =
        f.newId({s("org"), s("add"), s("--kind"), s("health_facility"), s("--name"), s("Bệnh viện tỉnh")});
    const qint64 guard =
        f.newId({s("org"), s("add"), s("--kind"), s("border_guard"), s("--name"), s("Đồn Biên phòng")});
    const qint64 person =
        f.newId({s("person"), s("add"), s("--category"), s("under_identification"), s("--full-name"),
                 s("Nguyễn Thị Ánh Tuyết"), s("--birth-year"), s("1999")});

    const QStringList disclose{s("referral"),       s("add"),
                               s("--person"),       id(person),
                               s("--direction"),    s("out"),
                               s("--organisation"), id(hospital),
                               s("--service"),      s("medical"),
                               s("--sent-on"),      s("2026-06-05"),
                               s("--disclose"),     s("full_name,birth_year")};
    requireError(f.asAdmin(disclose), "E_NO_CONSENT", "consent");
    CHECK(f.ok({s("referral"), s("list")}).jsonArray().isEmpty());

    const Run consent =
        f.ok({s("consent"), s("set"), id(person), s("--keep-data"), s("yes"), s("--share"), s("yes"),
              s("--partners"), id(hospital), s("--given-by"), s("person"), s("--given-on"), s("2026-06-01")});
    const qint64 consentId = consent.json().value(s("id")).toInteger();
    REQUIRE(consentId > 0);
    const QJsonObject created = f.ok(disclose).json();
    const qint64 first = created.value(s("id")).toInteger();
    REQUIRE(first > 0);
    CHECK(created.value(s("due_on")).toString() == s("2026-06-12"));
    CHECK(created.value(s("consent_id")).toInteger() == consentId);
    CHECK(created.value(s("warnings")).toArray().isEmpty());

    // Out of regime: a warning with the reason, and the referral is still recorded (text mode: id first).
    const Run schooling =
        f.asAdmin({s("referral"), s("add"), s("--person"), id(person), s("--direction"), s("out"),
                   s("--organisation"), id(hospital), s("--service"), s("schooling"), s("--abroad"),
                   s("--sent-on"), s("2026-06-05"), s("--due-on"), s("2099-01-01")});
    INFO(schooling.err.toStdString());
    REQUIRE(schooling.exitCode == 0);
    const QList<QByteArray> lines = schooling.out.split('\n');
    REQUIRE(lines.size() >= 3);
    const qint64 second = lines.at(0).toLongLong();
    CHECK(second > first);
    CHECK(schooling.out.contains("Warning: Schooling support (art. 37 cl. 1 point h)"));
    CHECK(schooling.out.contains("abroad"));
    // Even without --disclose, an outgoing referral to a partner the consent does not cover is refused.
    requireError(f.asAdmin({s("referral"), s("add"), s("--person"), id(person), s("--direction"), s("out"),
                            s("--organisation"), id(guard), s("--service"), s("medical"), s("--sent-on"),
                            s("2026-06-05")}),
                 "E_NO_CONSENT", "has not consented to sharing with");

    const qint64 incoming =
        f.newId({s("referral"), s("add"), s("--person"), id(person), s("--direction"), s("in"),
                 s("--organisation"), id(guard), s("--sent-on"), s("2026-06-01")});

    requireError(
        f.asAdmin({s("referral"), s("status"), id(first), s("--to"), s("done"), s("--on"), s("2026-06-08")}),
        "E_ILLEGAL_TRANSITION", "A referral that is sent cannot become done");
    f.ok({s("referral"), s("status"), id(first), s("--to"), s("accepted"), s("--on"), s("2026-06-08"),
          s("--note"), s("nhận")});
    f.ok({s("referral"), s("status"), id(first), s("--to"), s("done"), s("--on"), s("2026-06-09")});
    requireError(f.asAdmin({s("referral"), s("status"), id(first), s("--to"), s("cancelled")}),
                 "E_ILLEGAL_TRANSITION", "already done");

    // Overdue today: only the incoming referral (still sent, due long ago); the second is due in 2099.
    const QJsonArray overdue = f.ok({s("referral"), s("list"), s("--overdue")}).jsonArray();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).toObject().value(s("id")).toInteger() == incoming);
    CHECK(overdue.at(0).toObject().value(s("source_kind")).toString() == s("border_guard"));
    CHECK(overdue.at(0).toObject().value(s("overdue")).toBool());
    CHECK(f.ok({s("referral"), s("list"), s("--direction"), s("out")}).jsonArray().size() == 2);
    CHECK(f.ok({s("referral"), s("list"), s("--status"), s("done")}).jsonArray().size() == 1);
    CHECK(f.ok({s("referral"), s("list"), s("--person"), id(person)}).jsonArray().size() == 3);

    const QJsonObject shown = f.ok({s("referral"), s("show"), id(first)}).json();
    CHECK(shown.value(s("status")).toString() == s("done"));
    const QJsonArray history = shown.value(s("history")).toArray();
    REQUIRE(history.size() == 3);
    CHECK(history.at(1).toObject().value(s("to")).toString() == s("accepted"));
    CHECK(history.at(1).toObject().value(s("note")).toString() == s("nhận"));
    const QJsonArray disclosed = shown.value(s("disclosures")).toArray();
    REQUIRE(disclosed.size() == 2);
    CHECK(disclosed.at(0).toObject().value(s("field")).toString() == s("full_name"));
    CHECK(disclosed.at(0).toObject().value(s("consent_id")).toInteger() == consentId);
    const QJsonObject secondShown = f.ok({s("referral"), s("show"), id(second)}).json();
    CHECK(secondShown.value(s("warnings")).toArray().size() == 1);
    // No --disclose: the referral itself names the person, so the name is recorded under the consent.
    const QJsonArray secondDisclosed = secondShown.value(s("disclosures")).toArray();
    REQUIRE(secondDisclosed.size() == 1);
    CHECK(secondDisclosed.at(0).toObject().value(s("field")).toString() == s("full_name"));
    CHECK(secondDisclosed.at(0).toObject().value(s("consent_id")).toInteger() == consentId);

    // Viewing a referral is audited (the newest entries are the logins of the commands themselves).
    const QJsonArray audit = f.ok({s("audit"), s("list"), s("--limit"), s("4")}).jsonArray();
    QStringList actions;
    for (const QJsonValue& entry : audit)
        actions << entry.toObject().value(s("action")).toString();
    INFO(actions.join(QLatin1Char(' ')).toStdString());
    CHECK(actions.contains(s("referral.view")));
}

TEST_CASE("activity commands add and list activities and refuse impossible counts", "[directory-cli]") {
    DirectoryCliFixture f;
    const qint64 first =
        f.newId({s("activity"), s("add"), s("--kind"), s("legal_dissemination"), s("--date"), s("2026-03-10"),
                 s("--title"), s("Phổ biến Luật Phòng, chống mua bán người"), s("--audience"), s("community"),
                 s("--participants"), s("60"), s("--female"), s("35"), s("--place"), s("Nhà văn hóa xã")});
    const qint64 second = f.newId({s("activity"), s("add"), s("--kind"), s("training"), s("--date"),
                                   s("2026-04-02"), s("--title"), s("Tập huấn")});
    requireError(f.asAdmin({s("activity"), s("add"), s("--kind"), s("training"), s("--date"), s("2026-04-02"),
                            s("--title"), s("X"), s("--participants"), s("5"), s("--female"), s("6")}),
                 "E_INVALID_ARGUMENT", "number of women");
    requireError(f.asAdmin({s("activity"), s("add"), s("--kind"), s("training"), s("--date"), s("02/04/2026"),
                            s("--title"), s("X")}),
                 "E_INVALID_ARGUMENT", "YYYY-MM-DD");

    const QJsonArray all = f.ok({s("activity"), s("list")}).jsonArray();
    REQUIRE(all.size() == 2);
    const QJsonObject dissemination = all.at(0).toObject();
    CHECK(dissemination.value(s("id")).toInteger() == first);
    CHECK(dissemination.value(s("participants")).toInt() == 60);
    CHECK(dissemination.value(s("female")).toInt() == 35);
    CHECK(dissemination.value(s("place")).toString() == s("Nhà văn hóa xã"));
    const QJsonArray trainings = f.ok({s("activity"), s("list"), s("--kind"), s("training")}).jsonArray();
    REQUIRE(trainings.size() == 1);
    CHECK(trainings.at(0).toObject().value(s("id")).toInteger() == second);
    CHECK(f.ok({s("activity"), s("list"), s("--from"), s("2026-04-01"), s("--to"), s("2026-04-30")})
              .jsonArray()
              .size() == 1);
    f.ok({s("activity"), s("update"), id(second), s("--participants"), s("20"), s("--female"), s("12")});
    const QJsonArray updated = f.ok({s("activity"), s("list"), s("--kind"), s("training")}).jsonArray();
    CHECK(updated.at(0).toObject().value(s("female")).toInt() == 12);
}

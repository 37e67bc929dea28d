// The referrals page (Chuyển gửi): lists and filters, overdue answers highlighted, the status workflow and
// the consent check that blocks an outgoing referral without consent. Offscreen, on a real database.
#include "../core/test_cases_support.h"
#include "common/translations.h"
#include "domain/referral_catalogue.h"
#include "models/windowed_list_model.h"
#include "pages/referrals/consent_check_panel.h"
#include "pages/referrals/new_referral_dialog.h"
#include "pages/referrals/overdue_highlight_model.h"
#include "pages/referrals/referrals_page.h"
#include "records/directory/directory_service.h"
#include "records/permissions.h"
#include "records/referrals/referral_service.h"
#include "test_database.h"
#include "widgets/error_label.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>
#include <catch2/catch.hpp>

using namespace legalaid;
using namespace legalaid::test;
using namespace legalaid::test::cases;
using legalaid::ui::ReferralsPage;

namespace {

template <typename Widget> Widget* child(const QObject& parent, const char* objectName) {
    auto* found = parent.findChild<Widget*>(QLatin1String(objectName));
    REQUIRE(found != nullptr);
    return found;
}

void waitForList(ui::WindowedListModel& model, int expectedRows) {
    const bool loaded = QTest::qWaitFor(
        [&] {
            return !model.isCounting() && model.rowCount() == expectedRows &&
                   (expectedRows == 0 || model.idAt(0) > 0);
        },
        5000);
    INFO("rows: " << model.rowCount());
    REQUIRE(loaded);
}

// A hospital, a police station; Lan consented to sharing with the hospital, Mai gave no consent.
// One outgoing referral whose answer is long overdue and one incoming referral sent today.
struct ReferralsPageFixture {
    TempWorkspace ws;
    SetupResult setup = createTestDatabase(ws);
    QString path = setup.files.database;
    std::unique_ptr<Session> admin = openAsAdmin(path);
    qint64 hospital =
        insertOrganisation(admin->db(), QStringLiteral("health_facility"), QStringLiteral("Bệnh viện"));
    qint64 police =
        insertOrganisation(admin->db(), QStringLiteral("border_guard"), QStringLiteral("Đồn Biên phòng"));
    qint64 lan = insertPerson(admin->db(), QStringLiteral("Nguyễn Thị Lan"));
    qint64 mai = insertPerson(admin->db(), QStringLiteral("Phạm Thị Mai"));
    qint64 overdueOut = 0, freshIn = 0;

    ReferralsPageFixture() {
        const qint64 consent = insertRow(
            admin->db(),
            QStringLiteral(
                "INSERT INTO consents (person_id, keep_data, share, given_by, given_on, created_at, "
                "created_by) VALUES (?, 1, 1, 'person', '2026-01-05', 'x', 'admin')"),
            {lan});
        execute(admin->db(),
                QStringLiteral("INSERT INTO consent_partners (consent_id, organisation_id) VALUES (?, ?)"),
                {consent, hospital});
        ReferralService referrals(*admin);
        NewReferral out;
        out.personId = lan;
        out.direction = QStringLiteral("out");
        out.organisationId = hospital;
        out.service = QStringLiteral("medical");
        out.sentOn = day("2026-03-02");
        auto created = referrals.create(out);
        INFO((created ? QString() : created.error().message).toStdString());
        REQUIRE(created.ok());
        overdueOut = created->id;
        NewReferral in;
        in.personId = mai;
        in.direction = QStringLiteral("in");
        in.organisationId = police;
        auto incoming = referrals.create(in);
        INFO((incoming ? QString() : incoming.error().message).toStdString());
        REQUIRE(incoming.ok());
        freshIn = incoming->id;
    }

    qint64 referralCount() const {
        return scalar(admin->db(), QStringLiteral("SELECT count(*) FROM referrals"));
    }
};

int rowOf(const ui::WindowedListModel& model, qint64 id) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.idAt(row) == id)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The referrals page filters the list and highlights overdue answers", "[ui][referrals_page]") {
    ReferralsPageFixture fx;
    ReferralsPage page;
    page.resize(1280, 700);
    QAbstractItemModelTester listTester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester highlightTester(page.highlightModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester historyTester(page.historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    page.attach(*fx.admin);
    page.show();
    waitForList(*page.model(), 2);

    const int overdueRow = rowOf(*page.model(), fx.overdueOut);
    const int freshRow = rowOf(*page.model(), fx.freshIn);
    REQUIRE(overdueRow >= 0);
    REQUIRE(freshRow >= 0);
    const auto* highlight = page.highlightModel();
    CHECK(highlight->index(overdueRow, 1).data(Qt::BackgroundRole).isValid());
    CHECK(highlight->index(overdueRow, 1).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(highlight->index(freshRow, 1).data(Qt::BackgroundRole).isValid());

    auto* direction = child<QComboBox>(page, "referralDirectionFilter");
    direction->setCurrentIndex(direction->findData(QStringLiteral("in")));
    waitForList(*page.model(), 1);
    CHECK(page.model()->idAt(0) == fx.freshIn);
    direction->setCurrentIndex(0);
    waitForList(*page.model(), 2);
    child<QCheckBox>(page, "referralOverdueFilter")->setChecked(true);
    waitForList(*page.model(), 1);
    CHECK(page.model()->idAt(0) == fx.overdueOut);

    page.openLink({{QStringLiteral("awaitingAnswer"), true}});
    waitForList(*page.model(), 2);
    CHECK_FALSE(child<QCheckBox>(page, "referralOverdueFilter")->isChecked());
    page.openLink({{QStringLiteral("direction"), QStringLiteral("out")}, {QStringLiteral("overdue"), true}});
    waitForList(*page.model(), 1);

    // The status workflow: a sent referral may be accepted, declined or cancelled, not done.
    REQUIRE(page.showReferral(fx.overdueOut));
    CHECK(page.statusButton(QStringLiteral("accepted"))->isEnabled());
    CHECK(page.statusButton(QStringLiteral("declined"))->isEnabled());
    CHECK_FALSE(page.statusButton(QStringLiteral("done"))->isEnabled());
    CHECK(page.historyModel()->rowCount() == 1);
    page.beginStatusChange(QStringLiteral("accepted"));
    child<QPushButton>(page, "referralStatusOk")->click();
    CHECK(page.statusButton(QStringLiteral("done"))->isEnabled());
    CHECK_FALSE(page.statusButton(QStringLiteral("accepted"))->isEnabled());
    CHECK(page.historyModel()->rowCount() == 2);
    waitForList(*page.model(), 0); // no longer awaiting an answer
}

TEST_CASE("The consent check blocks an outgoing referral without consent", "[ui][referrals_page]") {
    ReferralsPageFixture fx;
    ReferralsPage page;
    page.attach(*fx.admin);
    const qint64 before = fx.referralCount();

    auto* dialog = page.beginReferral(QStringLiteral("out"));
    REQUIRE(dialog != nullptr);
    auto* partner = child<QComboBox>(*dialog, "referralPartner");
    partner->setCurrentIndex(partner->findData(fx.hospital));
    auto* save = child<QPushButton>(*dialog, "referralSave");

    SECTION("without consent: Save is disabled with the reason and the core refuses") {
        dialog->choosePerson(fx.mai, QStringLiteral("Phạm Thị Mai"));
        auto* panel = child<ui::ConsentCheckPanel>(*dialog, "consentCheck");
        CHECK_FALSE(panel->allowed());
        CHECK_FALSE(save->isEnabled());
        CHECK_FALSE(save->toolTip().isEmpty());
        CHECK(child<ui::ErrorLabel>(*dialog, "referralError")->text() == panel->refusal());
        CHECK_FALSE(dialog->save());
        auto refused = ReferralService(*fx.admin).create(dialog->referral());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::ConsentMissing);
        CHECK(child<ui::ErrorLabel>(*dialog, "referralError")->text() == refused.error().message);
        CHECK(fx.referralCount() == before);
    }
    SECTION("with consent: the covered fields are offered and the referral is recorded") {
        dialog->choosePerson(fx.lan, QStringLiteral("Nguyễn Thị Lan"));
        auto* panel = child<ui::ConsentCheckPanel>(*dialog, "consentCheck");
        CHECK(panel->allowed());
        CHECK(save->isEnabled());
        CHECK(panel->chosenFields().contains(QStringLiteral("full_name")));
        REQUIRE(dialog->save());
        CHECK(fx.referralCount() == before + 1);
    }
    SECTION("the partner changes the verdict") {
        dialog->choosePerson(fx.lan, QStringLiteral("Nguyễn Thị Lan"));
        CHECK(save->isEnabled());
        partner->setCurrentIndex(partner->findData(fx.police));
        CHECK_FALSE(save->isEnabled());
    }
}

TEST_CASE("A role that may not record referrals cannot start one", "[ui][referrals_page]") {
    ReferralsPageFixture fx;
    auto auditor = sessionWithRole(fx.path, Role::Auditor);
    ReferralsPage page;
    page.attach(*auditor);
    auto* newOut = child<QPushButton>(page, "referralNewOut");
    CHECK_FALSE(newOut->isEnabled());
    CHECK(newOut->toolTip() == requirePermission(Role::Auditor, Operation::ReferralRecord).error().message);
    CHECK(page.beginReferral(QStringLiteral("out")) == nullptr);
    REQUIRE(page.showReferral(fx.overdueOut));
    CHECK_FALSE(page.statusButton(QStringLiteral("accepted"))->isEnabled());
}

// Not run by default: `legalaid_ui_tests "[screenshots]"` writes /tmp/shots/referrals*.png in Vietnamese.
TEST_CASE("Screenshots of the referrals page", "[.][screenshots]") {
    ReferralsPageFixture fx;
    installTranslations(*qApp, QStringLiteral("vi"));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    ReferralsPage page;
    page.resize(1366 - 200, 768 - 90);
    page.attach(*fx.admin);
    page.show();
    waitForList(*page.model(), 2);
    REQUIRE(page.showReferral(fx.overdueOut));
    QTest::qWait(50);
    REQUIRE(page.grab().save(QStringLiteral("/tmp/shots/referrals.png")));
    auto* dialog = page.beginReferral(QStringLiteral("out"));
    dialog->choosePerson(fx.mai, QStringLiteral("Phạm Thị Mai"));
    auto* partner = child<QComboBox>(*dialog, "referralPartner");
    partner->setCurrentIndex(partner->findData(fx.hospital));
    QTest::qWait(50);
    REQUIRE(dialog->grab().save(QStringLiteral("/tmp/shots/referrals-new.png")));
    dialog->reject();
}

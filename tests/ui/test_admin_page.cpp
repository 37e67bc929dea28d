// The administration page: tabs per role, adding a user through the form (the password policy beside the
// field), "Verify chain" off the GUI thread, and the models of every tab under QAbstractItemModelTester.
#include "pages/admin/admin_page.h"
#include "pages/admin/maintenance_tabs.h"
#include "pages/admin/settings_tabs.h"
#include "pages/admin/simple_table_model.h"
#include "pages/admin/users_tab.h"
#include "records/account_service.h"
#include "records/password_policy.h"
#include "test_database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

namespace legalaid::ui {
namespace {

template <typename Widget> Widget* named(const QObject& parent, const char* objectName) {
    auto* found = parent.findChild<Widget*>(QLatin1String(objectName));
    REQUIRE(found != nullptr);
    return found;
}

void typeText(QLineEdit* edit, const QString& text) {
    edit->clear();
    QTest::keyClicks(edit, text);
}

void testModel(QAbstractItemModel* model) {
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->columnCount() > 0);
}

} // namespace

TEST_CASE("Administration tabs follow the role", "[ui][admin]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);

    AdminPage page;
    CHECK(page.isAvailableTo(Role::Admin));
    CHECK(page.isAvailableTo(Role::Auditor));
    CHECK(page.isAvailableTo(Role::Director));
    CHECK_FALSE(page.isAvailableTo(Role::LegalAidOfficer));
    CHECK_FALSE(page.isAvailableTo(Role::IntakeClerk));
    CHECK_FALSE(page.isAvailableTo(Role::StatisticsOfficer));

    {
        auto admin = test::openAsAdmin(setup.files.database);
        page.attach(*admin);
        CHECK(page.isTabShown(page.usersTab()));
        CHECK(page.isTabShown(page.centreTab()));
        CHECK(page.isTabShown(page.cataloguesTab()));
        CHECK(page.isTabShown(page.holidaysTab()));
        CHECK(page.isTabShown(page.auditTab()));
        CHECK(page.isTabShown(page.backupsTab()));
        CHECK(named<QPushButton>(*page.backupsTab(), "backupNow")->isEnabled());
        page.detach();
    }
    {
        auto auditor = test::sessionWithRole(setup.files.database, Role::Auditor);
        page.attach(*auditor);
        CHECK_FALSE(page.isTabShown(page.usersTab()));
        CHECK_FALSE(page.isTabShown(page.centreTab()));
        CHECK(page.isTabShown(page.auditTab()));
        CHECK_FALSE(page.isTabShown(page.backupsTab()));
        // Catalogues are readable; changing them is disabled with the core's reason.
        REQUIRE(page.isTabShown(page.cataloguesTab()));
        auto* add = named<QPushButton>(*page.cataloguesTab(), "catalogueAdd");
        CHECK_FALSE(add->isEnabled());
        CHECK(add->toolTip() == requirePermission(Role::Auditor, Operation::CatalogueEdit).error().message);
        CHECK(page.cataloguesTab()->groupsModel()->rowCount() > 0);
        CHECK(page.auditTab()->model()->rowCount() > 0);
        page.detach();
        CHECK(page.auditTab()->model()->rowCount() == 0);
    }
    {
        auto director = test::sessionWithRole(setup.files.database, Role::Director);
        page.attach(*director);
        CHECK_FALSE(page.isTabShown(page.usersTab()));
        CHECK(page.isTabShown(page.cataloguesTab()));
        // A director edits catalogues and holidays.
        CHECK(named<QLineEdit>(*page.holidaysTab(), "holidayName")->isEnabled());
        CHECK(named<QLineEdit>(*page.cataloguesTab(), "catalogueCode")->isEnabled());
        page.detach();
    }
}

TEST_CASE("Adding a user through the form, with the password policy beside the field", "[ui][admin]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto admin = test::openAsAdmin(setup.files.database);
    AdminPage page;
    page.attach(*admin);
    UsersTab* users = page.usersTab();
    testModel(users->model());
    CHECK(users->model()->rowCount() == 1);

    auto* name = named<QLineEdit>(*users, "newUserName");
    auto* fullName = named<QLineEdit>(*users, "newUserFullName");
    auto* password = named<QLineEdit>(*users, "newUserPassword");
    auto* confirm = named<QLineEdit>(*users, "newUserConfirm");
    auto* add = named<QPushButton>(*users, "addUserButton");
    auto* passwordError = named<QLabel>(*users, "newUserPasswordError");
    auto* nameError = named<QLabel>(*users, "newUserNameError");

    typeText(name, QStringLiteral("Bad Name"));
    CHECK_FALSE(nameError->isHidden());
    CHECK(nameError->text() == validateUserName(QStringLiteral("Bad Name")).error().message);
    typeText(name, QStringLiteral("admin"));
    CHECK_FALSE(nameError->isHidden()); // exists already
    typeText(name, QStringLiteral("tran.binh"));
    CHECK(nameError->isHidden());
    typeText(fullName, QStringLiteral("Tran Van Binh"));
    auto* role = named<QComboBox>(*users, "newUserRole");
    role->setCurrentIndex(role->findData(roleCode(Role::LegalAidOfficer)));

    typeText(password, QStringLiteral("abc123"));
    CHECK_FALSE(passwordError->isHidden());
    CHECK(passwordError->text() == checkNewPassword(QStringLiteral("abc123")).error().message);
    CHECK_FALSE(add->isEnabled());

    const QString strong = QStringLiteral("song hong chay qua 2026");
    typeText(password, strong);
    CHECK(passwordError->isHidden());
    typeText(confirm, QStringLiteral("something else entirely"));
    CHECK_FALSE(named<QLabel>(*users, "newUserConfirmError")->isHidden());
    CHECK_FALSE(add->isEnabled());
    typeText(confirm, strong);
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);

    CHECK(named<QLabel>(*users, "addUserError")->isHidden());
    CHECK(users->model()->rowCount() == 2);
    CHECK(users->model()->rowOf(QStringLiteral("tran.binh")) >= 0);
    CHECK(name->text().isEmpty());

    // The selected user's role box starts at their role; the last administrator keeps theirs.
    auto* table = users->findChild<QTableView*>();
    REQUIRE(table != nullptr);
    auto* newRole = named<QComboBox>(*users, "changeRoleCombo");
    auto* changeRole = named<QPushButton>(*users, "changeRoleButton");
    table->selectRow(users->model()->rowOf(QStringLiteral("admin")));
    CHECK(newRole->currentData().toString() == roleCode(Role::Admin));
    newRole->setCurrentIndex(newRole->findData(roleCode(Role::Director)));
    QTest::mouseClick(changeRole, Qt::LeftButton);
    auto* selectedError = named<QLabel>(*users, "selectedUserError");
    CHECK_FALSE(selectedError->isHidden());
    CHECK(selectedError->text().contains(QStringLiteral("admin")));
    table->selectRow(users->model()->rowOf(QStringLiteral("tran.binh")));
    CHECK(newRole->currentData().toString() == roleCode(Role::LegalAidOfficer));
    newRole->setCurrentIndex(newRole->findData(roleCode(Role::StatisticsOfficer)));
    REQUIRE(changeRole->isEnabled());
    QTest::mouseClick(changeRole, Qt::LeftButton);
    page.detach();
    admin.reset();
    // The new user signs in with the role given last.
    auto added = Session::open(setup.files.database, QStringLiteral("tran.binh"), strong);
    REQUIRE(added.ok());
    CHECK((*added)->user().role == Role::StatisticsOfficer);
}

TEST_CASE("Verify chain reports a clean database as sound", "[ui][admin]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto admin = test::openAsAdmin(setup.files.database);
    AdminPage page;
    page.attach(*admin);
    AuditTab* audit = page.auditTab();
    testModel(audit->model());
    const int before = audit->model()->rowCount();
    CHECK(before > 0);
    // Newest first.
    CHECK(audit->model()->row(0).key.toLongLong() > audit->model()->row(before - 1).key.toLongLong());

    QSignalSpy verified(audit, &AuditTab::verified);
    QTest::mouseClick(named<QPushButton>(*audit, "verifyChain"), Qt::LeftButton);
    REQUIRE(verified.wait(15000));
    CHECK(verified.at(0).at(0).toBool());
    CHECK(audit->verificationText().contains(QStringLiteral("sound")));
    // The check is recorded and the page shows it.
    CHECK(audit->model()->rowCount() == before + 1);
    CHECK(audit->model()->row(0).cells.value(3) == QStringLiteral("database.verify"));
    page.detach();
}

TEST_CASE("Backup now writes a checked backup off the GUI thread and records it as the last good one",
          "[ui][admin]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto admin = test::openAsAdmin(setup.files.database);
    REQUIRE(BackupService(*admin).lastGoodBackup().value() == std::nullopt);
    AdminPage page;
    page.attach(*admin);
    BackupsTab* backups = page.backupsTab();
    QSignalSpy finished(backups, &BackupsTab::backupFinished);
    const QString path = workspace.path(QStringLiteral("desk.lbak"));
    backups->backupNow(path);
    REQUIRE(finished.wait(30000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(QFileInfo(path).size() > 0);
    // The overview's and the warning strip's "last good backup" moved: the desk went through the service.
    const auto last = BackupService(*admin).lastGoodBackup();
    REQUIRE(last.ok());
    REQUIRE(last.value().has_value());
    CHECK(last.value()->secsTo(QDateTime::currentDateTimeUtc()) < 120);
    CHECK_FALSE(BackupService(*admin).isOverdue(1).value());
    page.detach();
}

TEST_CASE("Catalogue, holiday and centre tabs validate and save through the core", "[ui][admin]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto admin = test::openAsAdmin(setup.files.database);
    AdminPage page;
    page.attach(*admin);

    page.resize(1280, 700);
    page.show();
    CataloguesTab* catalogues = page.cataloguesTab();
    page.tabs()->setCurrentWidget(catalogues);
    testModel(catalogues->groupsModel());
    testModel(catalogues->fieldsModel());
    testModel(catalogues->rulesModel());
    auto* kinds = named<QTabWidget>(*catalogues, "catalogueKinds");
    kinds->setCurrentIndex(1); // fields of law
    const int fields = catalogues->fieldsModel()->rowCount();
    auto* add = named<QPushButton>(*catalogues, "catalogueAdd");
    CHECK_FALSE(add->isEnabled());
    typeText(named<QLineEdit>(*catalogues, "catalogueCode"), QStringLiteral("moi_truong"));
    typeText(named<QLineEdit>(*catalogues, "catalogueLabelVi"), QStringLiteral("Moi truong"));
    CHECK_FALSE(add->isEnabled());
    typeText(named<QLineEdit>(*catalogues, "catalogueLabelEn"), QStringLiteral("Environment"));
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    INFO(named<QLabel>(*catalogues, "catalogueError")->text().toStdString());
    CHECK(catalogues->fieldsModel()->rowCount() == fields + 1);

    HolidaysTab* holidays = page.holidaysTab();
    page.tabs()->setCurrentWidget(holidays);
    testModel(holidays->model());
    named<QSpinBox>(*holidays, "holidayYear")->setValue(2026);
    const int days = holidays->model()->rowCount();
    CHECK(days > 5);
    auto* addHoliday = named<QPushButton>(*holidays, "holidayAdd");
    CHECK_FALSE(addHoliday->isEnabled());
    named<QDateEdit>(*holidays, "holidayDate")->setDate(QDate(2026, 11, 20));
    typeText(named<QLineEdit>(*holidays, "holidayName"), QStringLiteral("Ngay nha giao"));
    REQUIRE(addHoliday->isEnabled());
    QTest::mouseClick(addHoliday, Qt::LeftButton);
    CHECK(holidays->model()->rowCount() == days + 1);

    CentreTab* centre = page.centreTab();
    page.tabs()->setCurrentWidget(centre);
    auto* code = named<QLineEdit>(*centre, "centreCode");
    typeText(code, QStringLiteral("tt x"));
    CHECK_FALSE(named<QLabel>(*centre, "centreError")->isHidden());
    CHECK_FALSE(named<QPushButton>(*centre, "centreSave")->isEnabled());
    typeText(code, QStringLiteral("TTHP"));
    CHECK(named<QLabel>(*centre, "centreError")->isHidden());
    CHECK(page.hasUnsavedChanges());
    REQUIRE(centre->save());
    CHECK(admin->centre().code == QStringLiteral("TTHP"));
    CHECK_FALSE(page.hasUnsavedChanges());
    page.detach();
}

} // namespace legalaid::ui

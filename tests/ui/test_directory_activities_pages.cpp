// The directory and activities pages: forms validate as you type, saving goes through the core, roles without
// the edit permission see the actions disabled with the reason, and their models pass
// QAbstractItemModelTester.
#include "pages/activities/activities_page.h"
#include "pages/admin/simple_table_model.h"
#include "pages/directory/directory_page.h"
#include "records/permissions.h"
#include "test_database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

namespace legalaid::ui {
namespace {

template <typename Widget> Widget* part(const QObject& parent, const char* objectName) {
    auto* found = parent.findChild<Widget*>(QLatin1String(objectName));
    REQUIRE(found != nullptr);
    return found;
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("Directory page validates organisations and providers as you type and saves them",
          "[ui][directory]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto admin = test::openAsAdmin(setup.files.database);
    DirectoryPage page;
    page.attach(*admin);
    QAbstractItemModelTester organisationsTester(page.organisationsModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester providersTester(page.providersModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int organisations = page.organisationsModel()->rowCount();

    auto* kind = part<QComboBox>(page, "organisationKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("branch")));
    auto* name = part<QLineEdit>(page, "organisationName");
    auto* code = part<QLineEdit>(page, "organisationCode");
    auto* save = part<QPushButton>(page, "organisationSave");
    typeInto(name, QStringLiteral("Chi nhanh so 1"));
    // A branch needs a unit code.
    CHECK_FALSE(part<QLabel>(page, "organisationCodeError")->isHidden());
    CHECK_FALSE(save->isEnabled());
    typeInto(code, QStringLiteral("cn1"));
    CHECK_FALSE(part<QLabel>(page, "organisationCodeError")->isHidden());
    typeInto(code, QStringLiteral("CN1"));
    CHECK(part<QLabel>(page, "organisationCodeError")->isHidden());
    typeInto(part<QLineEdit>(page, "organisationPhone"), QStringLiteral("abc"));
    CHECK_FALSE(part<QLabel>(page, "organisationPhoneError")->isHidden());
    typeInto(part<QLineEdit>(page, "organisationPhone"), QStringLiteral("0225 3 123 456"));
    REQUIRE(save->isEnabled());
    CHECK(page.hasUnsavedChanges());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(part<QLabel>(page, "organisationError")->isHidden());
    CHECK(page.organisationsModel()->rowCount() == organisations + 1);

    // A provider: a lawyer needs a card number and an organisation.
    auto* providerKind = part<QComboBox>(page, "providerKind");
    providerKind->setCurrentIndex(providerKind->findData(QStringLiteral("lawyer")));
    typeInto(part<QLineEdit>(page, "providerName"), QStringLiteral("Le Van Cuong"));
    CHECK_FALSE(part<QLabel>(page, "providerCardError")->isHidden());
    CHECK_FALSE(part<QLabel>(page, "providerOrganisationError")->isHidden());
    auto* providerSave = part<QPushButton>(page, "providerSave");
    CHECK_FALSE(providerSave->isEnabled());
    typeInto(part<QLineEdit>(page, "providerCard"), QStringLiteral("12345/TP/LS-CCHN"));
    auto* organisation = part<QComboBox>(page, "providerOrganisation");
    REQUIRE(organisation->count() > 1);
    organisation->setCurrentIndex(organisation->count() - 1);
    REQUIRE(providerSave->isEnabled());
    QTest::mouseClick(providerSave, Qt::LeftButton);
    CHECK(part<QLabel>(page, "providerError")->isHidden());
    CHECK(page.providersModel()->rowCount() == 1);
    CHECK_FALSE(page.hasUnsavedChanges());
    // The printed list comes from core/documents.
    CHECK(part<QPushButton>(page, "directoryPrint")->isEnabled());
    page.detach();
    CHECK(page.organisationsModel()->rowCount() == 0);
}

TEST_CASE("Directory and activity editing is disabled with the reason for roles without it",
          "[ui][directory][activities]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto clerk = test::sessionWithRole(setup.files.database, Role::IntakeClerk);
    DirectoryPage directory;
    REQUIRE(directory.isAvailableTo(Role::IntakeClerk));
    directory.attach(*clerk);
    auto* save = part<QPushButton>(directory, "organisationSave");
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip() == requirePermission(Role::IntakeClerk, Operation::DirectoryEdit).error().message);
    CHECK_FALSE(part<QLineEdit>(directory, "organisationName")->isEnabled());
    directory.detach();

    ActivitiesPage activities;
    activities.attach(*clerk);
    auto* activitySave = part<QPushButton>(activities, "activitySave");
    CHECK_FALSE(activitySave->isEnabled());
    CHECK(activitySave->toolTip() ==
          requirePermission(Role::IntakeClerk, Operation::ActivityEdit).error().message);
    activities.detach();
}

TEST_CASE("Activities page validates as you type and lists what was saved, newest first",
          "[ui][activities]") {
    test::TempWorkspace workspace;
    const auto setup = test::createTestDatabase(workspace);
    auto admin = test::openAsAdmin(setup.files.database);
    ActivitiesPage page;
    page.attach(*admin);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);

    auto* save = part<QPushButton>(page, "activitySave");
    auto* title = part<QLineEdit>(page, "activityTitle");
    typeInto(title, QStringLiteral("x"));
    title->clear();
    CHECK_FALSE(part<QLabel>(page, "activityTitleError")->isHidden());
    CHECK_FALSE(save->isEnabled());
    typeInto(title, QStringLiteral("Tuyen truyen phap luat tai xa"));
    part<QSpinBox>(page, "activityParticipants")->setValue(40);
    part<QSpinBox>(page, "activityWomen")->setValue(45);
    CHECK_FALSE(part<QLabel>(page, "activityWomenError")->isHidden());
    CHECK_FALSE(save->isEnabled());
    part<QSpinBox>(page, "activityWomen")->setValue(25);
    CHECK(part<QLabel>(page, "activityWomenError")->isHidden());
    part<QDateEdit>(page, "activityDate")->setDate(QDate::currentDate().addDays(3));
    CHECK_FALSE(part<QLabel>(page, "activityDateError")->isHidden());
    part<QDateEdit>(page, "activityDate")->setDate(QDate::currentDate().addDays(-10));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(part<QLabel>(page, "activityError")->isHidden());
    REQUIRE(page.model()->rowCount() == 1);

    part<QPushButton>(page, "activityNew")->click();
    typeInto(title, QStringLiteral("Tap huan"));
    part<QDateEdit>(page, "activityDate")->setDate(QDate::currentDate().addDays(-1));
    REQUIRE(page.save());
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->row(0).cells.value(2) == QStringLiteral("Tap huan"));

    // The kind filter narrows the list in the service.
    auto* filter = part<QComboBox>(page, "activityKindFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("training")));
    CHECK(page.model()->rowCount() == 0);
    filter->setCurrentIndex(0);
    CHECK(page.model()->rowCount() == 2);
    page.detach();
}

} // namespace legalaid::ui

// The desk's shell driven as a person would: real widgets, offscreen, with key clicks and button clicks.
#include "desk_settings.h"
#include "desk_test_helpers.h"
#include "documents/recovery_code_sheet.h"
#include "records/audit_log.h"
#include "records/database_setup.h"
#include "records/password_policy.h"
#include "records/session.h"
#include "setup/administrator_page.h"
#include "setup/recovery_code_page.h"
#include "setup/setup_wizard.h"
#include "shell/desk_controller.h"
#include "shell/lock_screen.h"
#include "shell/login_dialog.h"
#include "shell/main_window.h"
#include "shell/session_header.h"
#include "storage/recovery_code.h"
#include "temp_workspace.h"
#include "widgets/password_strength_meter.h"
#include "widgets/session_in_use.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

using namespace std::chrono_literals;
using legalaid::test::TempWorkspace;

namespace legalaid::ui {
namespace {

using test::child;
using test::isolateSettings;
using test::showActive;

const QString kPassword = QStringLiteral("correct horse battery 42");
const QString kCentreName = QStringLiteral("Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng");

QString createTestDatabase(const TempWorkspace& workspace) {
    SetupRequest request;
    request.databasePath = workspace.path(QStringLiteral("legalaid.db"));
    request.centre = CentreSettings{kCentreName, QStringLiteral("TT"), QStringLiteral("Hải Phòng"),
                                    QStringLiteral("Sở Tư pháp thành phố Hải Phòng")};
    request.adminName = QStringLiteral("admin");
    request.adminFullName = QStringLiteral("Nguyễn Thị Lan");
    request.adminPassword = kPassword;
    request.kdf = storage::KdfProfile::Interactive;
    auto created = createDatabase(request);
    REQUIRE(created.ok());
    return created->files.database;
}

std::unique_ptr<Session> openTestSession(const QString& databasePath) {
    auto session = Session::open(databasePath, QStringLiteral("admin"), kPassword);
    REQUIRE(session.ok());
    return std::move(session).value();
}

// Types like a keyboard would; QTest::keyClicks knows only ASCII, so other characters (Vietnamese letters)
// arrive as key events that carry their text, as an input method delivers them.
void typeInto(QLineEdit* edit, const QString& text) {
    edit->clear();
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QAbstractButton* nextButton(const SetupWizard& wizard) {
    return wizard.button(QWizard::NextButton);
}

// Fills the language and centre pages and stops on the administrator page.
void advanceToAdministratorPage(SetupWizard& wizard) {
    REQUIRE(wizard.currentId() == SetupWizard::LanguagePageId);
    nextButton(wizard)->click();
    REQUIRE(wizard.currentId() == SetupWizard::CentrePageId);
    typeInto(child<QLineEdit>(wizard, "centreName"), kCentreName);
    typeInto(child<QLineEdit>(wizard, "centreCode"), QStringLiteral("tt"));
    typeInto(child<QLineEdit>(wizard, "centrePlace"), QStringLiteral("Hải Phòng"));
    typeInto(child<QLineEdit>(wizard, "centreParentAgency"),
             QStringLiteral("Sở Tư pháp thành phố Hải Phòng"));
    nextButton(wizard)->click();
    REQUIRE(wizard.currentId() == SetupWizard::AdministratorPageId);
}

void fillAdministrator(SetupWizard& wizard, const QString& password, const QString& confirmation) {
    typeInto(child<QLineEdit>(wizard, "adminFullName"), QStringLiteral("Nguyễn Thị Lan"));
    typeInto(child<QLineEdit>(wizard, "adminPassword"), password);
    typeInto(child<QLineEdit>(wizard, "adminPasswordConfirm"), confirmation);
}

} // namespace

TEST_CASE("the set-up wizard creates the database and keyring and shows a 14-group recovery code", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;
    const QString folder = workspace.path(QStringLiteral("centre-data"));
    SetupWizard wizard(storage::KdfProfile::Interactive);
    showActive(wizard);

    advanceToAdministratorPage(wizard);
    CHECK(child<QLineEdit>(wizard, "centreCode")->text() == QStringLiteral("TT"));
    fillAdministrator(wizard, kPassword, kPassword);
    REQUIRE(nextButton(wizard)->isEnabled());
    nextButton(wizard)->click();

    REQUIRE(wizard.currentId() == SetupWizard::DataFolderPageId);
    typeInto(child<QLineEdit>(wizard, "dataFolder"), folder);
    QAbstractButton* create = wizard.button(QWizard::CommitButton);
    REQUIRE(create->isVisible());
    create->click();

    REQUIRE(wizard.currentId() == SetupWizard::RecoveryCodePageId);
    REQUIRE(wizard.databaseCreated());
    CHECK(wizard.databasePath() == QDir(folder).filePath(QStringLiteral("legalaid.db")));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("legalaid.db"))));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("legalaid.db.keyring"))));
    CHECK(child<QLineEdit>(wizard, "adminPassword")->text().isEmpty());

    const QString shownCode = child<QLabel>(wizard, "recoveryCode")->text();
    const QStringList groups =
        shownCode.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    REQUIRE(groups.size() == 14);
    for (const QString& group : groups)
        CHECK(group.size() == 5);
    CHECK(storage::RecoveryCode::decode(shownCode).ok());

    // No way back to a page whose data is already written, and no finishing without keeping the code.
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    wizard.reject();
    CHECK(wizard.isVisible());
    child<QCheckBox>(wizard, "recoveryCodeKept")->click();
    REQUIRE(finish->isEnabled());
    finish->click();
    CHECK(wizard.result() == QDialog::Accepted);

    // The administrator typed in the wizard can sign in.
    auto session = Session::open(wizard.databasePath(), QStringLiteral("admin"), kPassword);
    REQUIRE(session.ok());
    CHECK((*session)->centre().code == QStringLiteral("TT"));
    CHECK((*session)->user().fullName == QStringLiteral("Nguyễn Thị Lan"));
}

TEST_CASE("the language chosen in the set-up wizard is kept for the next start", "[ui]") {
    isolateSettings();
    DeskController controller;
    controller.setKdfProfile(storage::KdfProfile::Interactive);
    controller.start();
    SetupWizard* wizard = controller.setupWizard();
    REQUIRE(wizard != nullptr);
    CHECK(child<QRadioButton>(*wizard, "languageVietnamese")->isChecked());

    child<QRadioButton>(*wizard, "languageEnglish")->click();
    CHECK(DeskSettings().language() == QStringLiteral("en"));
    CHECK(wizard->language() == QStringLiteral("en"));
    // Retranslated live: the wizard's own button texts are set again, never left empty.
    CHECK_FALSE(nextButton(*wizard)->text().isEmpty());

    wizard->reject(); // cancelled before anything was created: the desk quits
    CHECK(DeskSettings().databasePath().isEmpty());
    CHECK(DeskSettings().language() == QStringLiteral("en"));
}

TEST_CASE("desk settings fall back to safe defaults", "[ui]") {
    isolateSettings();
    QSettings raw(QStringLiteral("legalaid-desk"), QStringLiteral("legalaid-desk"));
    CHECK(DeskSettings().language() == QStringLiteral("vi"));
    CHECK(DeskSettings().idleLockTimeout() == 5min);
    raw.setValue(QStringLiteral("security/idle_lock_minutes"), 0);
    CHECK(DeskSettings().idleLockTimeout() == 5min);
    raw.setValue(QStringLiteral("security/idle_lock_minutes"), 15);
    CHECK(DeskSettings().idleLockTimeout() == 15min);
    raw.setValue(QStringLiteral("security/idle_lock_minutes"), 100000);
    CHECK(DeskSettings().idleLockTimeout() == 60min);
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    CHECK(DeskSettings().language() == QStringLiteral("vi"));
}

TEST_CASE("the set-up wizard keeps Next disabled for a weak or mismatched password", "[ui]") {
    isolateSettings();
    SetupWizard wizard(storage::KdfProfile::Interactive);
    showActive(wizard);
    advanceToAdministratorPage(wizard);
    auto* meter = child<PasswordStrengthMeter>(wizard, "adminPasswordStrength");

    SECTION("too short") {
        fillAdministrator(wizard, QStringLiteral("abc12"), QStringLiteral("abc12"));
        CHECK(meter->strength() == PasswordStrength::TooShort);
        CHECK(meter->labelText() == passwordStrengthLabel(PasswordStrength::TooShort));
        CHECK_FALSE(nextButton(wizard)->isEnabled());
    }
    SECTION("long but easy to guess") {
        fillAdministrator(wizard, QStringLiteral("aaaaaaaaaaaaaa"), QStringLiteral("aaaaaaaaaaaaaa"));
        CHECK(meter->strength() == PasswordStrength::Weak);
        CHECK_FALSE(nextButton(wizard)->isEnabled());
    }
    SECTION("confirmation differs") {
        fillAdministrator(wizard, kPassword, kPassword + QStringLiteral("3"));
        CHECK(meter->strength() >= PasswordStrength::Fair);
        CHECK_FALSE(nextButton(wizard)->isEnabled());
        CHECK(child<QLabel>(wizard, "adminError")->isVisible());
        // Corrected, the page lets the user on.
        typeInto(child<QLineEdit>(wizard, "adminPasswordConfirm"), kPassword);
        CHECK(nextButton(wizard)->isEnabled());
        CHECK_FALSE(child<QLabel>(wizard, "adminError")->isVisible());
    }
    SECTION("user name not allowed") {
        fillAdministrator(wizard, kPassword, kPassword);
        typeInto(child<QLineEdit>(wizard, "adminUserName"), QStringLiteral("Quản trị"));
        CHECK_FALSE(nextButton(wizard)->isEnabled());
        CHECK(child<QLabel>(wizard, "adminError")->isVisible());
    }
}

TEST_CASE("the set-up wizard refuses an invalid centre and says why", "[ui]") {
    isolateSettings();
    SetupWizard wizard(storage::KdfProfile::Interactive);
    showActive(wizard);
    nextButton(wizard)->click();
    REQUIRE(wizard.currentId() == SetupWizard::CentrePageId);

    nextButton(wizard)->click();
    CHECK(wizard.currentId() == SetupWizard::CentrePageId);
    auto* error = child<QLabel>(wizard, "centreError");
    CHECK(error->isVisible());
    CHECK(error->text() == validateCentreSettings({}).error().message);

    typeInto(child<QLineEdit>(wizard, "centreName"), kCentreName);
    typeInto(child<QLineEdit>(wizard, "centreCode"), QStringLiteral("1TT"));
    nextButton(wizard)->click();
    CHECK(wizard.currentId() == SetupWizard::CentrePageId);
    CHECK(error->text().contains(QStringLiteral("1TT")));
}

TEST_CASE("a failed database creation stays on the data folder page with the reason", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;
    const QByteArray existing("not ours, must stay as it is");
    const QString occupied = workspace.writeFile(QStringLiteral("legalaid.db"), existing);
    SetupWizard wizard(storage::KdfProfile::Interactive);
    showActive(wizard);
    advanceToAdministratorPage(wizard);
    fillAdministrator(wizard, kPassword, kPassword);
    nextButton(wizard)->click();
    typeInto(child<QLineEdit>(wizard, "dataFolder"), workspace.dir());

    wizard.button(QWizard::CommitButton)->click();

    CHECK(wizard.currentId() == SetupWizard::DataFolderPageId);
    CHECK_FALSE(wizard.databaseCreated());
    auto* error = child<QLabel>(wizard, "dataFolderError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("legalaid.db")));
    CHECK(legalaid::test::readAll(occupied) == existing);
    CHECK_FALSE(QFileInfo::exists(workspace.path(QStringLiteral("legalaid.db.keyring"))));
    // Nothing was lost: the password is still there for a second try in another folder.
    CHECK(child<QLineEdit>(wizard, "adminPassword")->text() == kPassword);
}

TEST_CASE("the recovery code sheet is saved as a PDF", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;
    const documents::RecoveryCodeSheet sheet{CentreSettings{kCentreName, QStringLiteral("TT"),
                                                            QStringLiteral("Hải Phòng"),
                                                            QStringLiteral("Sở Tư pháp thành phố Hải Phòng")},
                                             QStringLiteral("legalaid.db"), QDateTime::currentDateTime(),
                                             storage::RecoveryCode::encode(storage::SecureBytes::random(32))};

    SECTION("by the core function") {
        const QString path = workspace.path(QStringLiteral("sheet.pdf"));
        REQUIRE(documents::writeRecoveryCodePdf(path, sheet).ok());
        CHECK(legalaid::test::readAll(path).startsWith("%PDF"));
    }
    SECTION("by the Save as PDF button, with the file dialog answered by the test") {
        RecoveryCodePage page;
        page.setSheet(sheet);
        QString suggested;
        page.setSavePathChooser([&](const QString& suggestedPath) {
            suggested = suggestedPath;
            return workspace.path(QStringLiteral("recovery")); // no suffix: the page adds .pdf
        });
        page.show();
        child<QAbstractButton>(page, "saveRecoveryCodePdf")->click();

        const QString written = workspace.path(QStringLiteral("recovery.pdf"));
        CHECK(suggested.endsWith(QStringLiteral(".pdf")));
        CHECK(legalaid::test::readAll(written).startsWith("%PDF"));
        CHECK(child<QLabel>(page, "recoveryCodeSaved")->isVisible());
        CHECK_FALSE(child<QLabel>(page, "recoveryCodeError")->isVisible());
#ifndef Q_OS_WIN
        // The file holds the key in clear: nobody but its owner may read it.
        CHECK_FALSE(QFile::permissions(written) & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
#endif
    }
    SECTION("an unwritable place is reported on the page") {
        RecoveryCodePage page;
        page.setSheet(sheet);
        page.setSavePathChooser(
            [&](const QString&) { return workspace.path(QStringLiteral("no-such-folder/recovery.pdf")); });
        page.show();
        child<QAbstractButton>(page, "saveRecoveryCodePdf")->click();
        CHECK(child<QLabel>(page, "recoveryCodeError")->isVisible());
        CHECK_FALSE(child<QLabel>(page, "recoveryCodeSaved")->isVisible());
    }
}

TEST_CASE("the login dialog refuses a wrong password without touching the files", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;
    const QString databasePath = createTestDatabase(workspace);
    const QString keyringPath = databasePath + QStringLiteral(".keyring");
    const QByteArray databaseBefore = legalaid::test::readAll(databasePath);
    const QByteArray keyringBefore = legalaid::test::readAll(keyringPath);

    LoginDialog dialog(databasePath, QStringLiteral("admin"));
    showActive(dialog);
    auto* password = child<QLineEdit>(dialog, "loginPassword");
    auto* error = child<QLabel>(dialog, "loginError");
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(child<QLineEdit>(dialog, "loginUserName")->text() == QStringLiteral("admin"));
    CHECK_FALSE(error->isVisible());

    QTest::keyClicks(password, QStringLiteral("not the password 7"));
    child<QAbstractButton>(dialog, "signInButton")->click();

    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(password->text().isEmpty());
    CHECK(dialog.focusWidget() == password);
    CHECK(dialog.takeSession() == nullptr);
    CHECK(legalaid::test::readAll(databasePath) == databaseBefore);
    CHECK(legalaid::test::readAll(keyringPath) == keyringBefore);

    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return); // Sign in is the default button
    CHECK(dialog.result() == QDialog::Accepted);
    std::unique_ptr<Session> session = dialog.takeSession();
    REQUIRE(session != nullptr);
    CHECK(session->user().name == QStringLiteral("admin"));
}

TEST_CASE("Ctrl+L locks the main window, closes the session and hides the data", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;
    const QString databasePath = createTestDatabase(workspace);
    MainWindow window(openTestSession(databasePath), 1h);
    showActive(window);

    auto* centreName = child<QLabel>(*window.sessionHeader(), "centreNameLabel");
    auto* userName = child<QLabel>(*window.sessionHeader(), "userFullNameLabel");
    auto* userStatus = child<QLabel>(window, "userStatusLabel");
    CHECK(window.windowTitle() == kCentreName + QStringLiteral(" — legalaid-desk"));
    CHECK(centreName->isVisible());
    CHECK(centreName->text() == kCentreName);
    CHECK(userStatus->text().contains(QStringLiteral("Nguyễn Thị Lan")));

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    REQUIRE(window.isLocked());
    CHECK_FALSE(window.hasSession());
    CHECK(window.pages()->currentWidget() == window.lockScreen());
    CHECK_FALSE(centreName->isVisible());
    CHECK_FALSE(userName->isVisible());
    CHECK(centreName->text().isEmpty());
    CHECK(userName->text().isEmpty());
    CHECK(userStatus->text().isEmpty());
    CHECK(child<QLabel>(*window.lockScreen(), "lockCentreName")->text() == kCentreName);

    auto* lockPassword = child<QLineEdit>(*window.lockScreen(), "lockPassword");
    QTest::keyClicks(lockPassword, QStringLiteral("wrong password 99"));
    QTest::keyClick(lockPassword, Qt::Key_Return);
    CHECK(window.isLocked());
    CHECK(child<QLabel>(*window.lockScreen(), "lockError")->isVisible());
    CHECK(lockPassword->text().isEmpty());

    QTest::keyClicks(lockPassword, kPassword);
    QTest::keyClick(lockPassword, Qt::Key_Return);
    REQUIRE(window.hasSession());
    CHECK(window.pages()->currentWidget() == window.workspace());
    CHECK(centreName->isVisible());
    CHECK(centreName->text() == kCentreName);

    // The lock was written to the audit log before the key was wiped.
    auto session = openTestSession(databasePath);
    auto entries = AuditLog(session->db()).latest(20);
    REQUIRE(entries.ok());
    CHECK(std::any_of(entries->begin(), entries->end(),
                      [](const AuditEntry& entry) { return entry.action == QStringLiteral("lock"); }));
}

TEST_CASE("the main window locks itself when nobody uses it", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;
    const QString databasePath = createTestDatabase(workspace);
    MainWindow window(openTestSession(databasePath), 1h);
    showActive(window);

    SECTION("after the idle interval") {
        window.setIdleLockTimeout(50ms);
        REQUIRE(QTest::qWaitFor([&] { return window.isLocked(); }, 5000));
        CHECK(window.pages()->currentWidget() == window.lockScreen());
    }
    SECTION("and waits for an export that reads through the session") {
        std::optional<SessionInUse> exporting(std::in_place);
        window.setIdleLockTimeout(50ms);
        QTest::qWait(300);
        CHECK(window.hasSession()); // the idle lock came and waited
        exporting.reset();
        CHECK(window.isLocked());
        CHECK(window.pages()->currentWidget() == window.lockScreen());
    }
    SECTION("but not while someone types") {
        window.setIdleLockTimeout(800ms);
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(&window, Qt::Key_Shift);
            QTest::qWait(100);
        }
        CHECK(window.hasSession());
        REQUIRE(QTest::qWaitFor([&] { return window.isLocked(); }, 5000));
    }
}

TEST_CASE("the desk controller chooses set-up or sign-in from the settings", "[ui]") {
    isolateSettings();
    TempWorkspace workspace;

    SECTION("first run: the wizard") {
        DeskController controller;
        controller.setKdfProfile(storage::KdfProfile::Interactive);
        controller.start();
        REQUIRE(controller.setupWizard() != nullptr);
        CHECK(controller.setupWizard()->isVisible());
        CHECK(controller.loginDialog() == nullptr);
    }
    SECTION("a configured database that is gone: the wizard") {
        DeskSettings().setDatabasePath(workspace.path(QStringLiteral("moved-away.db")));
        DeskController controller;
        controller.start();
        CHECK(controller.setupWizard() != nullptr);
    }
    SECTION("a configured database: sign in, lock, then sign in as another user") {
        const QString databasePath = createTestDatabase(workspace);
        DeskSettings settings;
        settings.setDatabasePath(databasePath);
        settings.setLastUserName(QStringLiteral("admin"));
        DeskController controller;
        controller.setIdleLockTimeout(1h);
        controller.start();
        REQUIRE(controller.setupWizard() == nullptr);
        LoginDialog* login = controller.loginDialog();
        REQUIRE(login != nullptr);
        CHECK(login->userName() == QStringLiteral("admin"));

        QTest::keyClicks(child<QLineEdit>(*login, "loginPassword"), kPassword);
        child<QAbstractButton>(*login, "signInButton")->click();
        REQUIRE(controller.mainWindow() != nullptr);
        CHECK(controller.loginDialog() == nullptr);
        MainWindow* window = controller.mainWindow();
        CHECK(window->hasSession());

        window->lock();
        child<QAbstractButton>(*window->lockScreen(), "switchUserButton")->click();
        CHECK(controller.mainWindow() == nullptr);
        REQUIRE(controller.loginDialog() != nullptr);
        CHECK(controller.loginDialog()->userName().isEmpty());
    }
    // Only the path, the language and the last user name are kept: nothing secret.
    QSettings settings(QStringLiteral("legalaid-desk"), QStringLiteral("legalaid-desk"));
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(kPassword));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace legalaid::ui

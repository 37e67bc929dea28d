#include "shell/clipboard_guard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>
#include <catch2/catch.hpp>

using namespace std::chrono_literals;

TEST_CASE("text copied from the desk leaves the clipboard after the delay", "[ui][clipboard]") {
    legalaid::ui::ClipboardGuard guard(150ms);
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("Nguyễn Thị Hoa 001199012345"));
    REQUIRE(clipboard->text() == QStringLiteral("Nguyễn Thị Hoa 001199012345"));
    QTest::qWait(60);
    CHECK_FALSE(clipboard->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 2000);
}

TEST_CASE("something copied since is not cleared by the guard's timer", "[ui][clipboard]") {
    legalaid::ui::ClipboardGuard guard(150ms);
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("first"));
    QTest::qWait(50);
    clipboard->setText(QStringLiteral("second, copied later"));
    QTest::qWait(100);
    // The first copy's deadline has passed; the second one has its own full delay.
    CHECK(clipboard->text() == QStringLiteral("second, copied later"));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 2000);
}

TEST_CASE("locking clears what the desk copied at once", "[ui][clipboard]") {
    legalaid::ui::ClipboardGuard guard(1h);
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("079188001234"));
    guard.clearOwnText();
    CHECK(clipboard->text().isEmpty());
}

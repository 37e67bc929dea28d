#include "records/password_policy.h"

#include <catch2/catch.hpp>

using namespace legalaid;

TEST_CASE("The password policy refuses empty, short and repetitive passwords", "[password]") {
    CHECK(estimatePasswordStrength(QString()) == PasswordStrength::Empty);
    CHECK(checkNewPassword(QString()).error().code == ErrorCode::EmptyPassword);
    CHECK(estimatePasswordStrength(QStringLiteral("abc123")) == PasswordStrength::TooShort);
    CHECK(checkNewPassword(QStringLiteral("abc123")).error().code == ErrorCode::WeakPassword);
    CHECK(estimatePasswordStrength(QStringLiteral("aaaaaaaaaaaa")) == PasswordStrength::Weak);
    CHECK(estimatePasswordStrength(QStringLiteral("1111122222")) == PasswordStrength::Weak);
    CHECK(checkNewPassword(QStringLiteral("aaaaaaaaaaaa")).error().code == ErrorCode::WeakPassword);
}

TEST_CASE("Two lower-case words are fair; longer mixed passphrases are strong", "[password]") {
    CHECK(estimatePasswordStrength(QStringLiteral("correct horse")) == PasswordStrength::Fair);
    CHECK(checkNewPassword(QStringLiteral("correct horse")).ok());
    CHECK(estimatePasswordStrength(QStringLiteral("correct horse battery 42")) == PasswordStrength::Strong);
    CHECK(estimatePasswordStrength(QStringLiteral("Mật khẩu của Trung tâm 2026!")) ==
          PasswordStrength::Strong);
}

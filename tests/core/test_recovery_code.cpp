#include "storage/recovery_code.h"

#include <QStringList>
#include <catch2/catch.hpp>

using legalaid::ErrorCode;
using legalaid::storage::RecoveryCode;
using legalaid::storage::SecureBytes;

TEST_CASE("A recovery code round-trips the key and is forgiving where people are", "[recovery]") {
    for (int i = 0; i < 50; ++i) {
        const SecureBytes key = SecureBytes::random(32);
        const QString code = RecoveryCode::encode(key);
        REQUIRE(code.size() ==
                RecoveryCode::kGroups * RecoveryCode::kGroupLength + RecoveryCode::kGroups - 1);
        auto decoded = RecoveryCode::decode(code);
        REQUIRE(decoded.ok());
        CHECK(decoded->equals(key));

        // Lower case, spaces instead of dashes, O for 0 and l for 1 as copied by hand.
        QString handwritten = code.toLower();
        handwritten.replace(QLatin1Char('-'), QLatin1Char(' '));
        handwritten.replace(QLatin1Char('0'), QLatin1Char('o'));
        handwritten.replace(QLatin1Char('1'), QLatin1Char('l'));
        auto again = RecoveryCode::decode(handwritten);
        REQUIRE(again.ok());
        CHECK(again->equals(key));
    }
}

TEST_CASE("Every single-character typo is detected and pinned to its group", "[recovery]") {
    const SecureBytes key = SecureBytes::random(32);
    const QString code = RecoveryCode::encode(key);
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    int detected = 0, pinned = 0, total = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code.at(i) == QLatin1Char('-'))
            continue;
        for (QChar replacement : alphabet) {
            if (replacement == code.at(i))
                continue;
            QString typo = code;
            typo[i] = replacement;
            ++total;
            auto result = RecoveryCode::decode(typo);
            if (!result.ok() && result.error().code == ErrorCode::RecoveryCodeTypo) {
                ++detected;
                const int group = static_cast<int>(i / (RecoveryCode::kGroupLength + 1)) + 1;
                if (result.error().message.contains(QStringLiteral("Group %1 ").arg(group)))
                    ++pinned;
            }
        }
    }
    CHECK(detected == total);
    // The per-group check character is 5 bits, so about 1 in 32 typos inside a group passes it and is
    // caught by the final checksum instead.
    CHECK(pinned > total * 9 / 10);
}

TEST_CASE("Swapped groups and wrong lengths are refused", "[recovery]") {
    const QString code = RecoveryCode::encode(SecureBytes::random(32));
    QStringList groups = code.split(QLatin1Char('-'));
    std::swap(groups[2], groups[3]);
    CHECK(RecoveryCode::decode(groups.join(QLatin1Char('-'))).error().code == ErrorCode::RecoveryCodeTypo);
    const auto shortCode = RecoveryCode::decode(code.left(code.size() - 6));
    REQUIRE_FALSE(shortCode.ok());
    CHECK(shortCode.error().message.contains(QStringLiteral("65")));
    CHECK(RecoveryCode::decode(code.left(4) + QStringLiteral("U") + code.mid(5)).error().code ==
          ErrorCode::RecoveryCodeTypo);
}

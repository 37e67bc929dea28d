#include "storage/recovery_code.h"

#include <QCoreApplication>
#include <array>
#include <sodium.h>

namespace legalaid::storage {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kKeyBytes = 32;
constexpr int kDataGroups = 13;
constexpr int kDataCharsPerGroup = 4;
constexpr int kDataChars = kDataGroups * kDataCharsPerGroup; // 52 chars = 260 bits >= 256

// Wipes a buffer when it goes out of scope, on every return path: the digits of a code spell the key.
class WipeOnExit {
public:
    WipeOnExit(void* data, std::size_t size)
        : m_data(data)
        , m_size(size) {}
    ~WipeOnExit() { sodium_memzero(m_data, m_size); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    void* m_data;
    std::size_t m_size;
};

int valueOf(QChar c) {
    const char upper = static_cast<char>(c.toUpper().toLatin1());
    switch (upper) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == upper)
            return i;
    }
    return -1;
}

// One check character for a group: a keyed hash of the group's position and characters.
int groupCheck(int groupIndex, const std::array<int, kDataCharsPerGroup>& values) {
    unsigned char input[1 + kDataCharsPerGroup];
    input[0] = static_cast<unsigned char>(groupIndex);
    for (int i = 0; i < kDataCharsPerGroup; ++i)
        input[1 + i] = static_cast<unsigned char>(values[static_cast<std::size_t>(i)]);
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, input, sizeof input, nullptr, 0);
    return hash[0] & 31;
}

// Five characters (25 bits) of checksum over the whole key.
std::array<int, 5> keyChecksum(const unsigned char* key) {
    unsigned char hash[16];
    static const unsigned char context[] = "legalaid-recovery";
    crypto_generichash(hash, sizeof hash, key, kKeyBytes, context, sizeof context - 1);
    const std::uint32_t bits = (std::uint32_t{hash[0]} << 24) | (std::uint32_t{hash[1]} << 16) |
                               (std::uint32_t{hash[2]} << 8) | hash[3];
    std::array<int, 5> out{};
    for (int i = 0; i < 5; ++i)
        out[static_cast<std::size_t>(i)] = static_cast<int>((bits >> (27 - 5 * i)) & 31);
    return out;
}

} // namespace

QString RecoveryCode::encode(const SecureBytes& databaseKey) {
    Q_ASSERT(databaseKey.size() == kKeyBytes);
    // Key bits to 52 base32 values, most significant first; the last value carries 1 bit and 4 zero bits.
    std::array<int, kDataChars> values{};
    const WipeOnExit wipeValues(values.data(), sizeof values);
    for (int i = 0; i < kDataChars; ++i) {
        int v = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            int bitValue = 0;
            if (bit < kKeyBytes * 8)
                bitValue = (databaseKey.data()[bit / 8] >> (7 - bit % 8)) & 1;
            v = (v << 1) | bitValue;
        }
        values[static_cast<std::size_t>(i)] = v;
    }
    QString code;
    for (int g = 0; g < kDataGroups; ++g) {
        std::array<int, kDataCharsPerGroup> group{};
        for (int i = 0; i < kDataCharsPerGroup; ++i) {
            group[static_cast<std::size_t>(i)] = values[static_cast<std::size_t>(g * kDataCharsPerGroup + i)];
            code += QLatin1Char(kAlphabet[group[static_cast<std::size_t>(i)]]);
        }
        code += QLatin1Char(kAlphabet[groupCheck(g, group)]);
        code += QLatin1Char('-');
    }
    for (int v : keyChecksum(databaseKey.data()))
        code += QLatin1Char(kAlphabet[v]);
    return code;
}

Result<SecureBytes> RecoveryCode::decode(const QString& input) {
    QString compact;
    for (QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        compact += c;
    }
    const int expected = kGroups * kGroupLength;
    if (compact.size() != expected)
        return makeError(ErrorCode::RecoveryCodeTypo,
                         QCoreApplication::translate(
                             "RecoveryCode",
                             "The recovery code has %1 characters but should have %2 (14 groups of 5). Check "
                             "that no group is missing or repeated.")
                             .arg(compact.size())
                             .arg(expected));

    std::array<int, kGroups * kGroupLength> values{};
    const WipeOnExit wipeValues(values.data(), sizeof values);
    for (int i = 0; i < expected; ++i) {
        const int v = valueOf(compact.at(i));
        if (v < 0)
            return makeError(
                ErrorCode::RecoveryCodeTypo,
                QCoreApplication::translate(
                    "RecoveryCode",
                    "Group %1 of the recovery code contains \"%2\", which is not used in recovery "
                    "codes. Check that group against the paper.")
                    .arg(i / kGroupLength + 1)
                    .arg(compact.at(i)));
        values[static_cast<std::size_t>(i)] = v;
    }

    std::array<int, kDataChars> data{};
    const WipeOnExit wipeData(data.data(), sizeof data);
    for (int g = 0; g < kDataGroups; ++g) {
        std::array<int, kDataCharsPerGroup> group{};
        for (int i = 0; i < kDataCharsPerGroup; ++i) {
            group[static_cast<std::size_t>(i)] = values[static_cast<std::size_t>(g * kGroupLength + i)];
            data[static_cast<std::size_t>(g * kDataCharsPerGroup + i)] = group[static_cast<std::size_t>(i)];
        }
        if (groupCheck(g, group) != values[static_cast<std::size_t>(g * kGroupLength + kDataCharsPerGroup)])
            return makeError(ErrorCode::RecoveryCodeTypo,
                             QCoreApplication::translate(
                                 "RecoveryCode",
                                 "Group %1 of the recovery code looks mistyped. Check that group against the "
                                 "paper.")
                                 .arg(g + 1));
    }

    // The last key character carries one bit; its four padding bits are always zero.
    if ((data[kDataChars - 1] & 0x0f) != 0)
        return makeError(
            ErrorCode::RecoveryCodeTypo,
            QCoreApplication::translate(
                "RecoveryCode",
                "Group %1 of the recovery code looks mistyped. Check that group against the paper.")
                .arg(kDataGroups));

    SecureBytes key(kKeyBytes);
    for (int bit = 0; bit < kKeyBytes * 8; ++bit) {
        const int v = data[static_cast<std::size_t>(bit / 5)];
        const int bitValue = (v >> (4 - bit % 5)) & 1;
        key.data()[bit / 8] = static_cast<unsigned char>(key.data()[bit / 8] | (bitValue << (7 - bit % 8)));
    }
    const auto checksum = keyChecksum(key.data());
    for (int i = 0; i < 5; ++i) {
        if (checksum[static_cast<std::size_t>(i)] !=
            values[static_cast<std::size_t>(kDataGroups * kGroupLength + i)])
            return makeError(
                ErrorCode::RecoveryCodeTypo,
                QCoreApplication::translate(
                    "RecoveryCode",
                    "The recovery code contains a typo: every group looks right but the last group "
                    "does not match. Check that no two groups are swapped."));
    }
    return key;
}

} // namespace legalaid::storage

#pragma once

#include "common/result.h"
#include "storage/secure_bytes.h"

#include <QString>

namespace legalaid::storage {

// The recovery code is the database key itself, written for paper: Crockford base32 in 14 groups of five
// characters. Groups 1–13 carry four key characters and one check character each, so a typo is pinned to
// its group; group 14 is a checksum over the whole key, so swapped groups are caught too.
// Reading is forgiving where people are: case, spaces, dashes, O for 0 and I/L for 1.
class RecoveryCode {
public:
    static constexpr int kGroups = 14;
    static constexpr int kGroupLength = 5;

    [[nodiscard]] static QString encode(const SecureBytes& databaseKey);
    // RecoveryCodeTypo with the group to check when the code is mistyped.
    [[nodiscard]] static Result<SecureBytes> decode(const QString& code);
};

} // namespace legalaid::storage

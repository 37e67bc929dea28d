// libFuzzer target: the recovery-code parser must refuse any text cleanly, and accept only what it encodes.
#include "storage/recovery_code.h"

#include <QString>
#include <cstddef>
#include <sodium.h>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The application calls sodium_init() at start; locked memory (SecureBytes) needs it.
    static const bool sodiumReady = sodium_init() >= 0;
    if (!sodiumReady)
        std::abort();
    using legalaid::storage::RecoveryCode;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto decoded = RecoveryCode::decode(text);
    if (decoded) {
        // Whatever decodes must be a 32-byte key that encodes back to a code that decodes to the same key.
        if (decoded->size() != 32)
            std::abort();
        auto again = RecoveryCode::decode(RecoveryCode::encode(*decoded));
        if (!again || !again->equals(*decoded))
            std::abort();
    } else if (decoded.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}

// libFuzzer target: the keyring reader must refuse any damaged file with an error, never crash or hang.
#include "storage/keyring.h"
#include "storage/secure_bytes.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <sodium.h>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The application calls sodium_init() at start; locked memory (SecureBytes) needs it.
    static const bool sodiumReady = sodium_init() >= 0;
    if (!sodiumReady)
        std::abort();
    using namespace legalaid::storage;
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("fuzz.keyring"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    auto keyring = Keyring::load(path);
    if (keyring) {
        // A keyring that loads answers its questions without trying a password (Argon2id is too slow here).
        (void)keyring->users();
        (void)keyring->rekeyPending();
        const SecureBytes key(32);
        (void)keyring->sealMatches(key);
    } else if (keyring.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}

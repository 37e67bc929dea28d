// libFuzzer target: the backup container reader refuses truncated, damaged or foreign files cleanly.
#include "storage/backup_file.h"

#include <cstddef>
#include <sodium.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The application calls sodium_init() at start; locked memory (SecureBytes) needs it.
    static const bool sodiumReady = sodium_init() >= 0;
    if (!sodiumReady)
        std::abort();
    using namespace legalaid::storage;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto contents = decodeBackup(bytes, QStringLiteral("fuzz.labak"));
    if (contents) {
        // What decodes survives a round trip (the header's JSON may be laid out differently, so compare the
        // contents, not the bytes).
        auto again = decodeBackup(encodeBackup(*contents), QStringLiteral("fuzz.labak"));
        if (!again || again->database != contents->database || again->keyring != contents->keyring) {
            std::fputs("a decoded backup does not survive encoding and decoding again\n", stderr);
            std::abort();
        }
    } else if (contents.error().code != legalaid::ErrorCode::BackupInvalid) {
        std::fprintf(stderr, "refused with the wrong code: %s\n", qPrintable(contents.error().message));
        std::abort();
    }
    // Also feed the input as a backup body behind a valid checksum, so the fuzzer gets past it.
    BackupContents wrapped;
    wrapped.header.databaseId = QStringLiteral("fuzz");
    wrapped.header.createdAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    wrapped.keyring = bytes.left(64);
    wrapped.database = QByteArray(1024, 'x');
    const QByteArray encoded = encodeBackup(wrapped);
    auto back = decodeBackup(encoded, QStringLiteral("fuzz.labak"));
    if (!back || back->keyring != wrapped.keyring) {
        std::fprintf(stderr, "a valid backup did not decode: %s\n",
                     back ? "keyring differs" : qPrintable(back.error().message));
        std::abort();
    }
    return 0;
}

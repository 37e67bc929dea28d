// libFuzzer target: the backup container reader refuses truncated, damaged or foreign files cleanly, and the
// streaming reader gives the same verdict as the in-memory decoder.
#include "storage/backup_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>

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
    // The streaming reader (what the application uses on real files) must agree with the in-memory decoder:
    // the same verdict in the same words, and the same parts when both accept. Chunks vary with the input so
    // that pieces straddle every field boundary.
    {
        static const QString folder = QDir::tempPath();
        static const QString path =
            folder + QStringLiteral("/legalaid-fuzz-%1.labak").arg(QCoreApplication::applicationPid());
        static const QString extracted = path + QStringLiteral(".db");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            std::abort();
        file.close();
        QFile::remove(extracted);
        auto decoded = decodeBackup(bytes, path);
        auto streamed = readBackupStream(path, extracted, 1 + qint64(size % 61));
        const bool agree = decoded.ok() == streamed.ok() &&
                           (decoded ? streamed->keyring == decoded->keyring &&
                                          streamed->header.databaseId == decoded->header.databaseId &&
                                          streamed->databaseSize == decoded->database.size()
                                    : streamed.error().message == decoded.error().message);
        QFile extractedFile(extracted);
        const bool extractedRight =
            decoded ? extractedFile.open(QIODevice::ReadOnly) && extractedFile.readAll() == decoded->database
                    : !extractedFile.exists();
        extractedFile.close();
        QFile::remove(extracted);
        QFile::remove(path);
        if (!agree || !extractedRight) {
            std::fprintf(stderr, "the streaming reader and the decoder disagree: %s / %s\n",
                         decoded ? "accepted" : qPrintable(decoded.error().message),
                         streamed ? "accepted" : qPrintable(streamed.error().message));
            std::abort();
        }
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

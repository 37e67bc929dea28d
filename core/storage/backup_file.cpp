#include "storage/backup_file.h"

#include "common/atomic_file.h"
#include "storage/encrypted_database.h"
#include "storage/sqlcipher_driver.h"
#include "storage/storage_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QUuid>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <sodium.h>
#include <sqlite3.h>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace legalaid::storage {

namespace {

constexpr char kMagic[] = "LEGALAID-BACKUP\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr qsizetype kChecksumSize = crypto_generichash_BYTES;
// Generous ceilings so a damaged size field cannot make the reader allocate without bound.
constexpr quint32 kMaxHeaderSize = 64 * 1024;
constexpr quint64 kMaxKeyringSize = 4 * 1024 * 1024;

QByteArray checksumOf(const char* data, qsizetype size) {
    QByteArray hash(kChecksumSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), static_cast<size_t>(hash.size()),
                       reinterpret_cast<const unsigned char*>(data), static_cast<unsigned long long>(size),
                       nullptr, 0);
    return hash;
}

template <typename T> void appendLittleEndian(QByteArray& out, T value) {
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

Error invalid(const QString& path, const QString& why) {
    return makeError(
        ErrorCode::BackupInvalid,
        QCoreApplication::translate("BackupFile", "%1 is not a usable backup (%2). Use another backup file.")
            .arg(QDir::toNativeSeparators(path), why));
}

// Reads the fields in order and never past the end.
class Reader {
public:
    Reader(const QByteArray& bytes, qsizetype end)
        : m_bytes(bytes)
        , m_end(end) {}
    template <typename T> bool read(T& value) {
        if (m_end - m_position < static_cast<qsizetype>(sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(m_bytes.constData() + m_position);
        m_position += sizeof(T);
        return true;
    }
    bool take(quint64 size, QByteArray& out) {
        if (size > static_cast<quint64>(m_end - m_position))
            return false;
        out = m_bytes.mid(m_position, static_cast<qsizetype>(size));
        m_position += static_cast<qsizetype>(size);
        return true;
    }
    [[nodiscard]] bool atEnd() const { return m_position == m_end; }
    void skip(qsizetype size) { m_position += size; }

private:
    const QByteArray& m_bytes;
    qsizetype m_end;
    qsizetype m_position = 0;
};

QByteArray headerJson(const BackupHeader& header) {
    const QJsonObject json{
        {QStringLiteral("format"), header.format},
        {QStringLiteral("database_id"), header.databaseId},
        {QStringLiteral("schema_version"), header.schemaVersion},
        {QStringLiteral("created_at"), header.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray encodeBackup(const BackupContents& contents) {
    const QByteArray headerBytes = headerJson(contents.header);
    QByteArray out;
    out.reserve(kMagicSize + 4 + headerBytes.size() + 16 + contents.keyring.size() +
                contents.database.size() + kChecksumSize);
    out.append(kMagic, kMagicSize);
    appendLittleEndian<quint32>(out, static_cast<quint32>(headerBytes.size()));
    out.append(headerBytes);
    appendLittleEndian<quint64>(out, static_cast<quint64>(contents.keyring.size()));
    out.append(contents.keyring);
    appendLittleEndian<quint64>(out, static_cast<quint64>(contents.database.size()));
    out.append(contents.database);
    out.append(checksumOf(out.constData(), out.size()));
    return out;
}

Result<BackupContents> decodeBackup(const QByteArray& bytes, const QString& path) {
    if (bytes.size() < kMagicSize || !bytes.startsWith(QByteArray(kMagic, kMagicSize)))
        return invalid(path, QCoreApplication::translate("BackupFile", "it is not a legal-aid backup file"));
    if (bytes.size() < kMagicSize + 4 + 8 + 8 + kChecksumSize)
        return invalid(path, QCoreApplication::translate("BackupFile", "it is truncated"));
    const qsizetype bodySize = bytes.size() - kChecksumSize;
    if (checksumOf(bytes.constData(), bodySize) != bytes.right(kChecksumSize))
        return invalid(path, QCoreApplication::translate(
                                 "BackupFile", "it is truncated or damaged: its checksum does not match"));

    Reader reader(bytes, bodySize);
    reader.skip(kMagicSize);
    quint32 headerSize = 0;
    QByteArray headerBytes;
    if (!reader.read(headerSize) || headerSize > kMaxHeaderSize || !reader.take(headerSize, headerBytes))
        return invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));
    const QJsonObject header = document.object();

    BackupContents contents;
    contents.header.format = header.value(QStringLiteral("format")).toInt(-1);
    if (contents.header.format > BackupHeader::kFormatVersion)
        return makeError(ErrorCode::BackupInvalid,
                         QCoreApplication::translate(
                             "BackupFile",
                             "%1 was written by a newer version of the application. Update the application "
                             "to restore it.")
                             .arg(QDir::toNativeSeparators(path)));
    contents.header.databaseId = header.value(QStringLiteral("database_id")).toString();
    contents.header.schemaVersion = header.value(QStringLiteral("schema_version")).toInt(-1);
    contents.header.createdAt =
        QDateTime::fromString(header.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (contents.header.format != BackupHeader::kFormatVersion || contents.header.databaseId.isEmpty() ||
        contents.header.schemaVersion < 0 || !contents.header.createdAt.isValid())
        return invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));

    quint64 keyringSize = 0;
    quint64 databaseSize = 0;
    if (!reader.read(keyringSize) || keyringSize == 0 || keyringSize > kMaxKeyringSize ||
        !reader.take(keyringSize, contents.keyring))
        return invalid(path, QCoreApplication::translate("BackupFile", "its keyring is damaged"));
    if (!reader.read(databaseSize) || databaseSize < 1024 || databaseSize % 1024 != 0 ||
        !reader.take(databaseSize, contents.database) || !reader.atEnd())
        return invalid(path, QCoreApplication::translate("BackupFile", "its database part is damaged"));
    return contents;
}

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// BLAKE2b-256 computed a piece at a time (libsodium's init/update/final).
class IncrementalChecksum {
public:
    IncrementalChecksum() { crypto_generichash_init(&m_state, nullptr, 0, kChecksumSize); }
    void add(const char* data, qint64 size) {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data),
                                  static_cast<unsigned long long>(size));
    }
    [[nodiscard]] QByteArray finish() {
        QByteArray hash(kChecksumSize, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(hash.data()),
                                 static_cast<size_t>(hash.size()));
        return hash;
    }

private:
    crypto_generichash_state m_state{};
};

// A write that failed with `err`: a full disk or a file-size limit is DiskFull (said as the backup not
// fitting when `isBackup`), a read-only folder ReadOnlyLocation, anything else Io. The texts are those of
// writeFileAtomically, so they are translated once.
Error writeFailure(const QString& path, int err, bool isBackup) {
    if ((err == ENOSPC || err == EFBIG) && isBackup)
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate(
                             "BackupFile", "The backup does not fit in %1: the disk is full. Nothing "
                                           "was left behind; free some space or use a larger "
                                           "drive.")
                             .arg(native(QFileInfo(path).absolutePath())));
    return fileWriteError(path, err);
}

Error cannotReadBackup(const QString& path, const QString& why) {
    return makeError(
        ErrorCode::BackupInvalid,
        QCoreApplication::translate("BackupFile", "Cannot read the backup %1: %2.").arg(native(path), why));
}

// The output file of a streamed write: counts what failed and why, so the caller reports it once.
class Output {
public:
    explicit Output(const QString& path)
        : m_file(path) {}
    bool open() {
        errno = 0;
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            m_errno = errno ? errno : EIO;
            return false;
        }
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }
    void write(const char* data, qint64 size) {
        if (m_errno != 0)
            return;
        errno = 0;
        if (m_file.write(data, size) != size)
            m_errno = errno ? errno : EIO;
    }
    bool syncAndClose() {
        if (m_errno == 0) {
            errno = 0;
            if (!syncFile(m_file))
                m_errno = errno ? errno : EIO;
        }
        m_file.close();
        return m_errno == 0;
    }
    [[nodiscard]] bool failed() const { return m_errno != 0; }
    [[nodiscard]] int error() const { return m_errno; }
    void discard() {
        m_file.close();
        QFile::remove(m_file.fileName());
    }

private:
    QFile m_file;
    int m_errno = 0;
};

// Reads the body of a backup (everything before the checksum) in order, hashing every byte it hands out and
// never reading past the body, whatever the size fields say.
class BodyReader {
public:
    BodyReader(QFile& file, qint64 bodyEnd, IncrementalChecksum& checksum, qint64 chunkSize,
               const std::atomic_bool* cancelled)
        : m_file(file)
        , m_remaining(bodyEnd - file.pos())
        , m_checksum(checksum)
        , m_buffer(chunkSize, Qt::Uninitialized)
        , m_cancelRequested(cancelled) {}

    [[nodiscard]] qint64 remaining() const { return m_remaining; }
    [[nodiscard]] bool ioFailed() const { return m_ioFailed; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }

    bool readBytes(qint64 size, QByteArray& out) {
        if (size < 0 || size > m_remaining)
            return false;
        out.resize(size);
        return readExactly(out.data(), size);
    }
    template <typename T> bool read(T& value) {
        char bytes[sizeof(T)];
        if (static_cast<qint64>(sizeof(T)) > m_remaining || !readExactly(bytes, sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(bytes);
        return true;
    }
    // Streams `size` bytes into `output` (when given) a chunk at a time.
    bool copy(qint64 size, Output* output) {
        if (size > m_remaining)
            return false;
        while (size > 0) {
            if (m_cancelRequested && m_cancelRequested->load()) {
                m_cancelled = true;
                return false;
            }
            const qint64 piece = std::min<qint64>(size, m_buffer.size());
            if (!readExactly(m_buffer.data(), piece))
                return false;
            if (output) {
                output->write(m_buffer.constData(), piece);
                if (output->failed())
                    return false; // the caller reports the write; no need to read on
            }
            size -= piece;
        }
        return true;
    }
    // Hashes whatever is left of the body (after a damaged field, so the checksum can still be judged).
    bool skipRest() { return copy(m_remaining, nullptr); }

private:
    bool readExactly(char* data, qint64 size) {
        qint64 done = 0;
        while (done < size) {
            const qint64 got = m_file.read(data + done, size - done);
            if (got <= 0) {
                m_ioFailed = true;
                return false;
            }
            done += got;
        }
        m_checksum.add(data, size);
        m_remaining -= size;
        return true;
    }

    QFile& m_file;
    qint64 m_remaining;
    IncrementalChecksum& m_checksum;
    QByteArray m_buffer;
    const std::atomic_bool* m_cancelRequested;
    bool m_ioFailed = false;
    bool m_cancelled = false;
};

// The header as decodeBackup() judges it: a newer format is named as such, anything else is "damaged".
Result<BackupHeader> parseHeader(const QByteArray& headerBytes, const QString& path) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));
    const QJsonObject json = document.object();
    BackupHeader header;
    header.format = json.value(QStringLiteral("format")).toInt(-1);
    if (header.format > BackupHeader::kFormatVersion)
        return makeError(ErrorCode::BackupInvalid,
                         QCoreApplication::translate(
                             "BackupFile",
                             "%1 was written by a newer version of the application. Update the application "
                             "to restore it.")
                             .arg(native(path)));
    header.databaseId = json.value(QStringLiteral("database_id")).toString();
    header.schemaVersion = json.value(QStringLiteral("schema_version")).toInt(-1);
    header.createdAt =
        QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (header.format != BackupHeader::kFormatVersion || header.databaseId.isEmpty() ||
        header.schemaVersion < 0 || !header.createdAt.isValid())
        return invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));
    return header;
}

} // namespace

Status writeBackupStream(const QString& path, const BackupHeader& header, const QByteArray& keyring,
                         const QString& databasePath, qint64 chunkSize, QByteArray* writtenChecksum) {
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!isWritableFolder(folder))
        return writeFailure(path, EACCES, true);
    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("BackupFile", "Cannot read the database copy %1: %2.")
                             .arg(native(databasePath), database.errorString()));
    const qint64 databaseSize = database.size();

    // A name of its own per writer, beside the target so that the rename stays on one disk.
    const QString temporary = folder + QStringLiteral("/.") + target.fileName() + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    Output out(temporary);
    if (!out.open())
        return writeFailure(path, out.error(), true);
    IncrementalChecksum checksum;
    const auto put = [&](const char* data, qint64 size) {
        out.write(data, size);
        checksum.add(data, size);
    };
    const auto putSize = [&](auto value) {
        char bytes[sizeof(value)];
        qToLittleEndian(value, bytes);
        put(bytes, sizeof(value));
    };
    const QByteArray headerBytes = headerJson(header);
    put(kMagic, kMagicSize);
    putSize(static_cast<quint32>(headerBytes.size()));
    put(headerBytes.constData(), headerBytes.size());
    putSize(static_cast<quint64>(keyring.size()));
    put(keyring.constData(), keyring.size());
    putSize(static_cast<quint64>(databaseSize));

    QByteArray buffer(std::max<qint64>(chunkSize, 1), Qt::Uninitialized);
    qint64 copied = 0;
    while (!out.failed() && copied < databaseSize) {
        const qint64 got =
            database.read(buffer.data(), std::min<qint64>(buffer.size(), databaseSize - copied));
        if (got <= 0)
            break;
        put(buffer.constData(), got);
        copied += got;
    }
    if (!out.failed() && copied != databaseSize) {
        out.discard();
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("BackupFile", "Cannot read the database copy %1: %2.")
                             .arg(native(databasePath), database.errorString()));
    }
    const QByteArray sum = checksum.finish();
    out.write(sum.constData(), sum.size());
    if (!out.syncAndClose()) {
        const int err = out.error();
        out.discard();
        return writeFailure(path, err, true);
    }
    errno = 0;
    if (!replaceFile(temporary, path)) {
        const int err = errno ? errno : EIO;
        QFile::remove(temporary);
        return writeFailure(path, err, true);
    }
    syncFolder(folder);
    if (writtenChecksum)
        *writtenChecksum = sum;
    return {};
}

Result<BackupFileIndex> readBackupStream(const QString& path, const QString& extractDatabaseTo,
                                         qint64 chunkSize, const std::atomic_bool* cancelled) {
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::BackupInvalid,
            QCoreApplication::translate("BackupFile", "The backup %1 does not exist. Check the path.")
                .arg(native(path)));
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return cannotReadBackup(path, file.errorString());
    const qint64 size = file.size();
    const QByteArray magic = file.read(kMagicSize);
    if (magic != QByteArray(kMagic, kMagicSize))
        return invalid(path, QCoreApplication::translate("BackupFile", "it is not a legal-aid backup file"));
    if (size < kMagicSize + 4 + 8 + 8 + kChecksumSize)
        return invalid(path, QCoreApplication::translate("BackupFile", "it is truncated"));

    std::optional<Output> output;
    if (!extractDatabaseTo.isEmpty()) {
        output.emplace(extractDatabaseTo);
        if (!output->open())
            return writeFailure(extractDatabaseTo, output->error(), false);
    }
    // Whatever goes wrong below, a half-extracted database must not stay behind.
    bool kept = false;
    const auto discardOutput = qScopeGuard([&] {
        if (output && !kept)
            output->discard();
    });

    IncrementalChecksum checksum;
    checksum.add(magic.constData(), magic.size());
    const qint64 bodyEnd = size - kChecksumSize;
    BodyReader body(file, bodyEnd, checksum, std::max<qint64>(chunkSize, 1), cancelled);
    // The first thing found wrong with the layout; reported only when the checksum matches, because a
    // mismatch (truncation, damaged bytes) explains it better.
    std::optional<Error> problem;
    BackupFileIndex index;

    quint32 headerSize = 0;
    QByteArray headerBytes;
    if (!body.read(headerSize) || headerSize > kMaxHeaderSize || !body.readBytes(headerSize, headerBytes)) {
        problem = invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));
    } else if (auto header = parseHeader(headerBytes, path); !header) {
        problem = header.error();
    } else {
        index.header = *header;
    }
    quint64 keyringSize = 0;
    if (!problem && (!body.read(keyringSize) || keyringSize == 0 || keyringSize > kMaxKeyringSize ||
                     !body.readBytes(static_cast<qint64>(keyringSize), index.keyring)))
        problem = invalid(path, QCoreApplication::translate("BackupFile", "its keyring is damaged"));
    quint64 databaseSize = 0;
    if (!problem) {
        if (!body.read(databaseSize) || databaseSize < 1024 || databaseSize % 1024 != 0 ||
            databaseSize != static_cast<quint64>(body.remaining()) ||
            !body.copy(static_cast<qint64>(databaseSize), output ? &*output : nullptr))
            problem =
                invalid(path, QCoreApplication::translate("BackupFile", "its database part is damaged"));
        else
            index.databaseSize = static_cast<qint64>(databaseSize);
        if (output && output->failed())
            return writeFailure(extractDatabaseTo, output->error(), false);
    }
    if (problem && !body.ioFailed() && !body.cancelled())
        body.skipRest();
    if (body.cancelled())
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("BackupFile", "The check of the backup was cancelled."));
    if (body.ioFailed())
        return cannotReadBackup(path, file.errorString());
    QByteArray stored(kChecksumSize, Qt::Uninitialized);
    if (file.read(stored.data(), kChecksumSize) != kChecksumSize)
        return cannotReadBackup(path, file.errorString());
    const QByteArray computed = checksum.finish();
    if (sodium_memcmp(stored.constData(), computed.constData(), kChecksumSize) != 0)
        return invalid(path, QCoreApplication::translate(
                                 "BackupFile", "it is truncated or damaged: its checksum does not match"));
    if (problem)
        return *problem;
    if (output && !output->syncAndClose())
        return writeFailure(extractDatabaseTo, output->error(), false);
    index.checksum = stored;
    kept = true;
    return index;
}

Result<BackupFileIndex> readBackupStart(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::BackupInvalid,
            QCoreApplication::translate("BackupFile", "The backup %1 does not exist. Check the path.")
                .arg(native(path)));
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return cannotReadBackup(path, file.errorString());
    const qint64 size = file.size();
    const QByteArray magic = file.read(kMagicSize);
    if (magic != QByteArray(kMagic, kMagicSize))
        return invalid(path, QCoreApplication::translate("BackupFile", "it is not a legal-aid backup file"));
    if (size < kMagicSize + 4 + 8 + 8 + kChecksumSize)
        return invalid(path, QCoreApplication::translate("BackupFile", "it is truncated"));
    IncrementalChecksum unused;
    BodyReader body(file, size - kChecksumSize, unused, 4096, nullptr);
    quint32 headerSize = 0;
    QByteArray headerBytes;
    if (!body.read(headerSize) || headerSize > kMaxHeaderSize || !body.readBytes(headerSize, headerBytes))
        return invalid(path, QCoreApplication::translate("BackupFile", "its header is damaged"));
    auto header = parseHeader(headerBytes, path);
    if (!header)
        return header.error();
    BackupFileIndex index;
    index.header = *header;
    quint64 keyringSize = 0;
    if (!body.read(keyringSize) || keyringSize == 0 || keyringSize > kMaxKeyringSize ||
        !body.readBytes(static_cast<qint64>(keyringSize), index.keyring))
        return invalid(path, QCoreApplication::translate("BackupFile", "its keyring is damaged"));
    quint64 databaseSize = 0;
    if (!body.read(databaseSize) || databaseSize != static_cast<quint64>(body.remaining()))
        return invalid(path, QCoreApplication::translate("BackupFile", "its database part is damaged"));
    index.databaseSize = static_cast<qint64>(databaseSize);
    return index;
}

void removeDatabaseFiles(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Status exportDatabase(EncryptedDatabase& source, const SecureBytes& key, const QString& targetPath) {
    Status status;
    {
        auto target = EncryptedDatabase::open(targetPath, key, EncryptedDatabase::OpenMode::CreateNew);
        if (!target) {
            if (target.error().code != ErrorCode::DatabaseExists)
                removeDatabaseFiles(targetPath);
            return target.error();
        }
        sqlite3* to = (*target)->driver()->sqliteHandle();
        sqlite3* from = source.driver()->sqliteHandle();
        // One step copies every page under a single read transaction of the source: a consistent snapshot
        // even while other connections keep writing to their WAL.
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        int rc = SQLITE_ERROR;
        int systemErrno = 0;
        if (backup) {
            errno = 0;
            rc = sqlite3_backup_step(backup, -1);
            // The backup step does not always record the system error on the connection; errno still has it.
            const int stepErrno = errno;
            systemErrno = sqlite3_system_errno(to);
            if (systemErrno == 0)
                systemErrno = stepErrno;
            const int finished = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finished;
        } else {
            rc = sqlite3_extended_errcode(to);
            systemErrno = sqlite3_system_errno(to);
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        if (rc != SQLITE_OK) {
            if (diskFullError(rc, systemErrno))
                status = makeError(ErrorCode::DiskFull,
                                   QCoreApplication::translate(
                                       "BackupFile", "The backup does not fit: the disk is full. Nothing "
                                                     "was left behind; free some space or use a larger "
                                                     "drive."));
            else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
                status = makeError(ErrorCode::Busy,
                                   QCoreApplication::translate(
                                       "BackupFile", "The database is busy with another user's change, "
                                                     "so the backup could not be taken. Try again in a "
                                                     "moment."));
            else
                status = makeError(ErrorCode::Io,
                                   QCoreApplication::translate("BackupFile", "The backup copy failed: %1.")
                                       .arg(QString::fromUtf8(sqlite3_errstr(rc))));
        } else if (auto folded = (*target)->checkpoint(); !folded) {
            status = folded;
            if (auto full = diskFullError((*target)->connection().lastError(), to))
                status = *full;
        }
    }
    if (!status)
        removeDatabaseFiles(targetPath);
    else {
        // The connection is closed: SQLite has folded and removed the log. Anything left is not needed.
        QFile::remove(targetPath + QStringLiteral("-wal"));
        QFile::remove(targetPath + QStringLiteral("-shm"));
    }
    return status;
}

} // namespace legalaid::storage

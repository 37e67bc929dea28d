#include "storage/backup_file.h"

#include "storage/encrypted_database.h"
#include "storage/sqlcipher_driver.h"
#include "storage/storage_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtEndian>
#include <cerrno>
#include <sodium.h>
#include <sqlite3.h>

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

} // namespace

QByteArray encodeBackup(const BackupContents& contents) {
    const QJsonObject header{
        {QStringLiteral("format"), contents.header.format},
        {QStringLiteral("database_id"), contents.header.databaseId},
        {QStringLiteral("schema_version"), contents.header.schemaVersion},
        {QStringLiteral("created_at"), contents.header.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
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

Result<BackupContents> readBackupFile(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::BackupInvalid,
            QCoreApplication::translate("BackupFile", "The backup %1 does not exist. Check the path.")
                .arg(QDir::toNativeSeparators(path)));
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BackupInvalid,
                         QCoreApplication::translate("BackupFile", "Cannot read the backup %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return decodeBackup(file.readAll(), path);
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

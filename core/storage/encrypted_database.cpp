#include "storage/encrypted_database.h"

#include "common/atomic_file.h"
#include "storage/sqlcipher_driver.h"
#include "storage/storage_errors.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid::storage {

namespace {

constexpr int kSqliteNotADatabase = 26;

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("legalaid-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isSqliteNotADatabase(const QSqlError& error) {
    return error.nativeErrorCode().toInt() == kSqliteNotADatabase ||
           (error.nativeErrorCode().toInt() & 0xff) == kSqliteNotADatabase;
}

Error sqlError(const QString& context, const QSqlError& error) {
    return makeError(
        ErrorCode::Sql,
        QCoreApplication::translate("EncryptedDatabase", "%1: %2").arg(context, error.databaseText()));
}

// cipher_page_size in pinnedCipherPragmas().
constexpr qint64 kCipherPageSize = 4096;

// Reads the start of an existing file to tell "not ours" apart from "ours but the key does not fit".
Error classifyUnopenable(const QString& path) {
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(16);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3")))
        return makeError(
            ErrorCode::NotADatabase,
            QCoreApplication::translate("EncryptedDatabase",
                                        "%1 is an unencrypted SQLite file, not a legal-aid database.")
                .arg(nativePath(path)));
    const qint64 size = QFileInfo(path).size();
    if (size == 0 || size % 1024 != 0)
        return makeError(
            ErrorCode::NotADatabase,
            QCoreApplication::translate(
                "EncryptedDatabase",
                "%1 is not a legal-aid database, or it is damaged (its size does not fit). Restore it "
                "from a backup.")
                .arg(nativePath(path)));
    return makeError(
        ErrorCode::NotADatabase,
        QCoreApplication::translate(
            "EncryptedDatabase",
            "%1 cannot be opened with its key: it is not a legal-aid database, it is damaged, or the "
            "keyring beside it belongs to another database. Restore it from a backup.")
            .arg(nativePath(path)));
}

} // namespace

QStringList pinnedCipherPragmas() {
    return {QStringLiteral("PRAGMA cipher_page_size = 4096"), QStringLiteral("PRAGMA kdf_iter = 64000"),
            QStringLiteral("PRAGMA cipher_hmac_algorithm = HMAC_SHA1"),
            QStringLiteral("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1")};
}

EncryptedDatabase::EncryptedDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

EncryptedDatabase::~EncryptedDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<EncryptedDatabase>> EncryptedDatabase::open(const QString& path,
                                                                   const SecureBytes& key, OpenMode mode) {
    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting) {
        if (!info.exists())
            return makeError(ErrorCode::DatabaseMissing,
                             QCoreApplication::translate("EncryptedDatabase",
                                                         "The database %1 does not exist. Check the path.")
                                 .arg(nativePath(path)));
        if (info.isFile() && info.size() < 1024)
            // SQLCipher would take an empty file for a new database and the migrations would fill it.
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate(
                                 "EncryptedDatabase", "%1 is empty or too small to be a legal-aid database: "
                                                      "restore it from a backup.")
                                 .arg(nativePath(path)));
        // SQLCipher writes whole 4096-byte pages (pinnedCipherPragmas); any other size is a cut-off file,
        // and a cut inside the last page would otherwise read back as a silently emptied page. A power cut
        // during a checkpoint can leave a partial page too, but then the write-ahead log still holds it and
        // SQLite's recovery rewrites it, so the check waits for a database without a log.
        const QFileInfo log(path + QStringLiteral("-wal"));
        if (info.isFile() && info.size() % kCipherPageSize != 0 && (!log.exists() || log.size() == 0))
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate(
                                 "EncryptedDatabase",
                                 "%1 is truncated: its size is not a whole number of database pages. Restore "
                                 "it from a backup.")
                                 .arg(nativePath(path)));
        if (!info.isFile())
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate(
                                 "EncryptedDatabase", "%1 is not a file, so it is not a legal-aid database.")
                                 .arg(nativePath(path)));
    } else if (info.exists()) {
        return makeError(
            ErrorCode::DatabaseExists,
            QCoreApplication::translate(
                "EncryptedDatabase",
                "A file already exists at %1; it is left untouched. Choose another name or folder.")
                .arg(nativePath(path)));
    }
    // SQLite writes its WAL and shared-memory files beside the database.
    if (!isWritableFolder(info.absolutePath()))
        return makeError(ErrorCode::ReadOnlyLocation,
                         QCoreApplication::translate(
                             "EncryptedDatabase",
                             "The folder %1 is read-only. The database needs a folder it can write to.")
                             .arg(nativePath(info.absolutePath())));

    registerSqlCipherDriver();
    std::unique_ptr<EncryptedDatabase> database(new EncryptedDatabase(path, nextConnectionName()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QLatin1String(kSqlCipherDriverName), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == OpenMode::OpenExisting ? QStringLiteral("BUSY_TIMEOUT=5000;NO_CREATE")
                                                        : QStringLiteral("BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(ErrorCode::Io, QCoreApplication::translate("EncryptedDatabase", "Cannot open %1: %2")
                                            .arg(nativePath(path), db.lastError().databaseText()));

    auto* driver = database->driver();
    const SecureBytes keySpec = key.toSqlCipherKeySpec();
    if (!driver->applyKey(keySpec.chars(), static_cast<int>(keySpec.size())))
        return sqlError(QCoreApplication::translate("EncryptedDatabase", "Cannot set the database key"),
                        driver->lastError());

    QSqlQuery query(db);
    for (const QString& pragma : pinnedCipherPragmas()) {
        if (!query.exec(pragma))
            return sqlError(
                QCoreApplication::translate("EncryptedDatabase", "Cannot apply the cipher settings"),
                query.lastError());
    }
    // The first read decrypts page 1: this is where a wrong key or a foreign file shows.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if (isSqliteNotADatabase(query.lastError()))
            return classifyUnopenable(path);
        // A full disk or file-size limit (e.g. the shared-memory file cannot grow) is not damage.
        if (auto full = diskFullError(query.lastError(), database->driver()->sqliteHandle()))
            return *full;
        return makeError(
            ErrorCode::DatabaseDamaged,
            QCoreApplication::translate("EncryptedDatabase", "%1 is damaged: %2. Restore it from a backup.")
                .arg(nativePath(path), query.lastError().databaseText()));
    }
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sqlError(QCoreApplication::translate("EncryptedDatabase",
                                                    "Cannot switch the database to write-ahead logging"),
                        query.lastError());
    query.finish();
    // A 32 MiB page cache (SQLite's default is 8 MiB): every page read from the file is decrypted and
    // checked, so a list's index that stays cached (a million cases' date index is about 20 MiB) makes the
    // second count or jump cost what it costs on a plain file. Filled only as pages are read.
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) {
        if (!query.exec(QLatin1String(pragma)))
            return sqlError(
                QCoreApplication::translate("EncryptedDatabase", "Cannot apply the database settings"),
                query.lastError());
    }
    return database;
}

QSqlDatabase EncryptedDatabase::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

SqlCipherDriver* EncryptedDatabase::driver() const {
    return static_cast<SqlCipherDriver*>(connection().driver());
}

Result<int> EncryptedDatabase::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QCoreApplication::translate("EncryptedDatabase", "Cannot read the schema version"),
                        query.lastError());
    return query.value(0).toInt();
}

Status EncryptedDatabase::checkpoint() {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlError(
            QCoreApplication::translate("EncryptedDatabase", "Cannot write the log into the database file"),
            query.lastError());
    // The first column is 1 when another connection kept the checkpoint from finishing: a copy of the main
    // file alone would then miss committed changes.
    if (query.next() && query.value(0).toInt() != 0)
        return makeError(ErrorCode::Busy, QCoreApplication::translate(
                                              "EncryptedDatabase",
                                              "Another user is writing to the database, so its log cannot "
                                              "be folded in yet: try again in a moment."));
    return {};
}

Status EncryptedDatabase::rekey(const SecureBytes& newKey) {
    const SecureBytes keySpec = newKey.toSqlCipherKeySpec();
    if (!driver()->rekey(keySpec.chars(), static_cast<int>(keySpec.size())))
        return sqlError(QCoreApplication::translate("EncryptedDatabase", "Cannot change the database key"),
                        driver()->lastError());
    return {};
}

Result<QStringList> EncryptedDatabase::integrityCheck() {
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QCoreApplication::translate("EncryptedDatabase", "Cannot check the database"),
                        query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace legalaid::storage

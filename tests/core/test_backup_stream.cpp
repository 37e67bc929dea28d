// Streamed backups (issue 8): the writer and the reader go through the file a chunk at a time, so memory does
// not grow with the database, and they keep the format byte for byte: a file of the in-memory encoder
// restores, and the streaming writer gives exactly the encoder's bytes.
#include "records/backup/backup_service.h"
#include "records/centre_settings.h"
#include "records/people/person_service.h"
#include "records/verification.h"
#include "seed/seeder.h"
#include "storage/backup_file.h"
#include "storage/encrypted_database.h"
#include "storage/recovery_code.h"
#include "test_database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>
#include <optional>

using namespace legalaid;
using namespace legalaid::test;

namespace {

constexpr qint64 kSmallChunk = 4096;
// Not a divisor of the page size or of any field: pieces straddle every boundary of the layout.
constexpr qint64 kOddChunk = 1000;

qint64 countOf(Session& session, const QString& table) {
    QSqlQuery query(session.db());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 peopleNamed(Session& session, const QString& name) {
    QSqlQuery query(session.db());
    query.prepare(QStringLiteral("SELECT count(*) FROM people WHERE full_name = ?"));
    query.addBindValue(name);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

void seedSome(Session& session) {
    seed::SeedOptions options;
    options.people = 120;
    options.cases = 60;
    options.referrals = 20;
    options.seed = 8;
    auto seeded = seed::seedDatabase(session, options);
    INFO((seeded ? QString() : seeded.error().message).toStdString());
    REQUIRE(seeded.ok());
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// An exported copy of the database, its keyring and a header: what a backup holds, made by hand so that the
// old encoder and the streaming writer can be given exactly the same contents.
struct Parts {
    storage::BackupHeader header;
    QByteArray keyring;
    QString exportedPath;
};

Parts exportParts(const TempWorkspace& ws, const SetupResult& created) {
    auto key = storage::RecoveryCode::decode(created.recoveryCode);
    REQUIRE(key.ok());
    auto database = storage::EncryptedDatabase::open(created.files.database, *key,
                                                     storage::EncryptedDatabase::OpenMode::OpenExisting);
    REQUIRE(database.ok());
    Parts parts;
    parts.exportedPath = ws.path(QStringLiteral("exported.db"));
    REQUIRE(storage::exportDatabase(**database, *key, parts.exportedPath).ok());
    parts.keyring = readAll(created.files.keyring);
    auto databaseId = SettingsRepository((*database)->connection()).value(QStringLiteral("database.id"));
    REQUIRE(databaseId.ok());
    REQUIRE_FALSE(databaseId->isEmpty());
    parts.header.databaseId = *databaseId;
    parts.header.schemaVersion = *(*database)->schemaVersion();
    parts.header.createdAt = QDateTime(QDate(2026, 11, 23), QTime(8, 30, 15, 250), Qt::UTC);
    return parts;
}

} // namespace

TEST_CASE("A seeded database goes through the streaming writer and reader in chunks smaller than it",
          "[backup][backup-stream]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString backupPath = ws.path(QStringLiteral("usb/centre.labak"));
    QDir(ws.dir()).mkdir(QStringLiteral("usb"));
    qint64 people = 0;
    qint64 cases = 0;
    {
        auto session = openAsAdmin(created.files.database);
        seedSome(*session);
        people = countOf(*session, QStringLiteral("people"));
        cases = countOf(*session, QStringLiteral("cases"));
        auto written = writeBackupFile(session->database(), session->databaseKey(), session->files().keyring,
                                       backupPath, kSmallChunk);
        INFO((written ? QString() : written.error().message).toStdString());
        REQUIRE(written.ok());
        // Many chunks: the database part alone is far larger than one.
        CHECK(written->bytes > 20 * kSmallChunk);
        CHECK(written->bytes == QFileInfo(backupPath).size());
        // Only the backup is left in the folder: no export, check copy or temporary file.
        CHECK(filesIn(ws.path(QStringLiteral("usb"))) == QStringList{QStringLiteral("centre.labak")});
    }
    REQUIRE(people > 100);

    // The reader in odd-sized pieces: header, keyring and database part as written.
    const QString extracted = ws.path(QStringLiteral("extracted.db"));
    auto index = storage::readBackupStream(backupPath, extracted, kOddChunk);
    INFO((index ? QString() : index.error().message).toStdString());
    REQUIRE(index.ok());
    CHECK(index->keyring == readAll(created.files.keyring));
    CHECK(index->databaseSize == QFileInfo(extracted).size());
    CHECK(index->databaseSize > 20 * kSmallChunk);
    // The old in-memory decoder reads the streamed file and finds the same database part.
    auto decoded = storage::decodeBackup(readAll(backupPath), backupPath);
    REQUIRE(decoded.ok());
    CHECK(decoded->database == readAll(extracted));
    CHECK(decoded->header.databaseId == index->header.databaseId);
    CHECK(decoded->header.createdAt == index->header.createdAt);

    // A restore in small chunks, replacing the database, brings every record back.
    {
        auto session = openAsAdmin(created.files.database);
        PersonDetails details;
        details.category = PersonCategory::Victim;
        details.fullName = QStringLiteral("Người thêm sau bản sao");
        REQUIRE(PersonService(*session).create(details).ok());
    }
    auto restored = restoreBackup(
        {backupPath, created.files.database, true, QStringLiteral("admin"), kAdminPassword, {}}, kOddChunk);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    CHECK(QFile::exists(restored->keptAside));
    auto session = openAsAdmin(created.files.database);
    CHECK(countOf(*session, QStringLiteral("people")) == people);
    CHECK(countOf(*session, QStringLiteral("cases")) == cases);
    CHECK(peopleNamed(*session, QStringLiteral("Người thêm sau bản sao")) == 0);
    auto report = verifyDatabase(*session);
    REQUIRE(report.ok());
    CHECK(report->ok());
    // No staged or extracted work file is left beside the restored database.
    for (const QString& name : filesIn(ws.dir()))
        CHECK_FALSE(name.startsWith(QLatin1Char('.')));
}

TEST_CASE("The streaming writer gives the old encoder's bytes, and each reads the other's files",
          "[backup][backup-stream]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    {
        auto session = openAsAdmin(created.files.database);
        seedSome(*session);
    }
    const Parts parts = exportParts(ws, created);
    storage::BackupContents contents{parts.header, parts.keyring, readAll(parts.exportedPath)};
    REQUIRE(contents.database.size() > 20 * kSmallChunk);
    const QByteArray encoded = storage::encodeBackup(contents);

    // New writer, any chunk size: byte for byte the old encoder's output.
    for (const qint64 chunk : {kOddChunk, kSmallChunk, storage::kBackupChunkSize}) {
        INFO("chunk " << chunk);
        const QString streamed = ws.path(QStringLiteral("streamed.labak"));
        QByteArray digest;
        REQUIRE(storage::writeBackupStream(streamed, parts.header, parts.keyring, parts.exportedPath, chunk,
                                           &digest)
                    .ok());
        CHECK(readAll(streamed) == encoded);
        auto index = storage::readBackupStream(streamed, {}, chunk);
        REQUIRE(index.ok());
        CHECK(index->checksum == digest);
        CHECK(digest == encoded.right(32));
    }

    // A file of the old encoder: the new reader accepts it and extracts the very database part ...
    const QString oldStyle = ws.writeFile(QStringLiteral("old-style.labak"), encoded);
    const QString extracted = ws.path(QStringLiteral("old-extracted.db"));
    auto index = storage::readBackupStream(oldStyle, extracted, kOddChunk);
    REQUIRE(index.ok());
    CHECK(readAll(extracted) == contents.database);
    CHECK(index->keyring == contents.keyring);
    CHECK(index->header.databaseId == contents.header.databaseId);
    CHECK(index->header.schemaVersion == contents.header.schemaVersion);
    CHECK(index->header.createdAt == contents.header.createdAt);
    // ... and it restores, with the recovery code, through the streamed restore.
    QDir(ws.dir()).mkdir(QStringLiteral("restored"));
    auto restored = restoreBackup(
        {oldStyle, ws.path(QStringLiteral("restored/centre.db")), false, {}, {}, created.recoveryCode},
        kSmallChunk);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    auto session = openAsAdmin(ws.path(QStringLiteral("restored/centre.db")));
    CHECK(countOf(*session, QStringLiteral("people")) >= 120);
}

TEST_CASE("The streaming reader refuses every damaged or truncated file as the old decoder does",
          "[backup][backup-stream][damage]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const Parts parts = exportParts(ws, created);
    const storage::BackupContents contents{parts.header, parts.keyring, readAll(parts.exportedPath)};
    const QByteArray good = storage::encodeBackup(contents);
    const qint64 headerEnd = 16 + 4 + qint64(qFromLittleEndian<quint32>(good.constData() + 16));
    const qint64 keyringEnd = headerEnd + 8 + contents.keyring.size();
    const qint64 databaseStart = keyringEnd + 8;

    std::vector<std::pair<std::string, QByteArray>> cases;
    for (const qint64 at :
         {qint64(0), qint64(15), qint64(16), qint64(19), qint64(30), headerEnd + 2, keyringEnd - 3,
          keyringEnd + 1, databaseStart + 5, good.size() / 2, good.size() - 40, good.size() - 1}) {
        QByteArray flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x04);
        cases.emplace_back("a flipped byte at " + std::to_string(at), flipped);
    }
    for (const qint64 length : {qint64(0), qint64(10), qint64(16), qint64(40), headerEnd + 3, keyringEnd,
                                databaseStart + 100, good.size() / 2, good.size() - 32, good.size() - 1})
        cases.emplace_back("truncated to " + std::to_string(length), good.left(length));
    cases.emplace_back("one byte appended", good + QByteArrayLiteral("x"));
    cases.emplace_back("a database, not a backup", readAll(created.files.database));
    cases.emplace_back("the keyring, not a backup", readAll(created.files.keyring));
    // A well-formed file whose header says a newer format: the checksum matches, the header is refused.
    storage::BackupContents newer = contents;
    newer.header.format = storage::BackupHeader::kFormatVersion + 1;
    cases.emplace_back("a newer format", storage::encodeBackup(newer));

    for (const auto& [what, bytes] : cases) {
        INFO(what);
        const QString path = ws.writeFile(QStringLiteral("bad.labak"), bytes);
        const QString extracted = ws.path(QStringLiteral("bad-extracted.db"));
        auto streamed = storage::readBackupStream(path, extracted, kOddChunk);
        REQUIRE_FALSE(streamed.ok());
        CHECK(streamed.error().code == ErrorCode::BackupInvalid);
        // Nothing half-extracted stays behind.
        CHECK_FALSE(QFile::exists(extracted));
        // The same verdict, in the same words, as the in-memory decoder.
        auto decoded = storage::decodeBackup(bytes, path);
        REQUIRE_FALSE(decoded.ok());
        CHECK(streamed.error().message == decoded.error().message);
        auto inspected = inspectBackup(path);
        REQUIRE_FALSE(inspected.ok());
        CHECK(inspected.error().code == ErrorCode::BackupInvalid);
    }
    const QString goodPath = ws.writeFile(QStringLiteral("good.labak"), good);
    CHECK(storage::readBackupStream(goodPath).ok());
    // A check stopped half-way (the restore dialog's Cancel, a newer choice): Cancelled, nothing extracted.
    const std::atomic_bool stop{true};
    auto cancelled = storage::readBackupStream(goodPath, ws.path(QStringLiteral("c.db")), kOddChunk, &stop);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("c.db"))));
    auto missing = inspectBackup(ws.path(QStringLiteral("nowhere.labak")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::BackupInvalid);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("A streamed backup into a folder it cannot write leaves nothing and says why",
          "[backup][backup-stream]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const Parts parts = exportParts(ws, created);
    QDir(ws.dir()).mkdir(QStringLiteral("locked"));
    const QString folder = ws.path(QStringLiteral("locked"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    auto written = storage::writeBackupStream(folder + QStringLiteral("/b.labak"), parts.header,
                                              parts.keyring, parts.exportedPath);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::ReadOnlyLocation);
    CHECK(filesIn(folder).isEmpty());
    // A database copy that is not there: an error, no file.
    auto missing = storage::writeBackupStream(ws.path(QStringLiteral("m.labak")), parts.header, parts.keyring,
                                              ws.path(QStringLiteral("no-such.db")));
    REQUIRE_FALSE(missing.ok());
    CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("m.labak"))));
    CHECK(filesIn(ws.dir()).filter(QStringLiteral("m.labak")).isEmpty());
}

TEST_CASE("A password is checked against the backup's keyring from the start of the file alone",
          "[backup][backup-stream]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const QString backupPath = ws.path(QStringLiteral("centre.labak"));
    {
        auto session = openAsAdmin(created.files.database);
        REQUIRE(BackupService(*session).backupTo(backupPath).ok());
    }
    QDir(ws.dir()).mkdir(QStringLiteral("work"));
    const QString work = ws.path(QStringLiteral("work"));
    CHECK(checkRestoreCredentials(backupPath, QStringLiteral("admin"), kAdminPassword, work).ok());
    CHECK(
        checkRestoreCredentials(backupPath, QStringLiteral("admin"), QStringLiteral("wrong password 1"), work)
            .error()
            .code == ErrorCode::WrongPassword);
    CHECK(checkRestoreCredentials(backupPath, QStringLiteral("nobody"), kAdminPassword, work).error().code ==
          ErrorCode::UnknownUser);
    CHECK(checkRestoreCredentials(backupPath, QStringLiteral("admin"), {}, work).error().code ==
          ErrorCode::EmptyPassword);
    // A recovery code: this backup's opens it, another database's is named as such, at once.
    TempWorkspace other;
    const auto foreign = createTestDatabase(other);
    CHECK(checkRestoreRecoveryCode(backupPath, created.recoveryCode, work).ok());
    CHECK(checkRestoreRecoveryCode(backupPath, foreign.recoveryCode, work).error().code ==
          ErrorCode::RecoveryCodeWrong);
    QString mistyped = created.recoveryCode;
    mistyped[0] = mistyped[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(checkRestoreRecoveryCode(backupPath, mistyped, work).ok());
    // Damage past the start is left to the full check; a start that is not a backup's is refused here.
    const QByteArray good = readAll(backupPath);
    auto start = storage::readBackupStart(backupPath);
    REQUIRE(start.ok());
    CHECK(start->keyring == readAll(created.files.keyring));
    CHECK(start->databaseSize > 0);
    for (const QByteArray& bad : {good.left(10), good.left(200), QByteArray("not a backup at all")}) {
        const QString path = ws.writeFile(QStringLiteral("bad.labak"), bad);
        auto refused = checkRestoreCredentials(path, QStringLiteral("admin"), kAdminPassword, work);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::BackupInvalid);
    }
    // The keyring went to a work file for a moment only.
    CHECK(filesIn(work).isEmpty());
}

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>

namespace {

// A file-size limit on this process while it lives (SIGXFSZ ignored): a write past it fails with EFBIG, as on
// a full disk. Kept to a few calls that print nothing.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_previous.rlim_max};
        m_applied = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    [[nodiscard]] bool applied() const { return m_applied; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_applied = false;
};

} // namespace

TEST_CASE("A streamed backup or extraction past a file-size limit fails as a full disk and leaves nothing",
          "[backup][backup-stream]") {
    TempWorkspace ws;
    const auto created = createTestDatabase(ws);
    const Parts parts = exportParts(ws, created);
    const qint64 size = QFileInfo(parts.exportedPath).size();
    REQUIRE(size > 4 * kSmallChunk);
    const QString good = ws.path(QStringLiteral("good.labak"));
    REQUIRE(storage::writeBackupStream(good, parts.header, parts.keyring, parts.exportedPath).ok());
    QDir(ws.dir()).mkdir(QStringLiteral("small"));
    const QString small = ws.path(QStringLiteral("small"));

    std::optional<Status> written;
    std::optional<Result<storage::BackupFileIndex>> extracted;
    {
        const FileSizeLimit limit(static_cast<rlim_t>(size / 2));
        REQUIRE(limit.applied());
        written.emplace(storage::writeBackupStream(small + QStringLiteral("/b.labak"), parts.header,
                                                   parts.keyring, parts.exportedPath, kSmallChunk));
        extracted.emplace(storage::readBackupStream(good, small + QStringLiteral("/x.db"), kSmallChunk));
    }
    REQUIRE_FALSE(written->ok());
    CHECK(written->error().code == ErrorCode::DiskFull);
    CHECK(written->error().message.contains(QStringLiteral("does not fit in")));
    REQUIRE_FALSE(extracted->ok());
    CHECK(extracted->error().code == ErrorCode::DiskFull);
    // Neither the temporary backup nor the half-extracted database stays behind.
    CHECK(filesIn(small).isEmpty());
    // With the limit gone, the same calls work.
    CHECK(storage::writeBackupStream(small + QStringLiteral("/b.labak"), parts.header, parts.keyring,
                                     parts.exportedPath, kSmallChunk)
              .ok());
    CHECK(storage::readBackupStream(good, small + QStringLiteral("/x.db"), kSmallChunk).ok());
}
#endif

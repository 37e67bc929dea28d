#include "records/session.h"

#include "records/backup/backup_policy.h"
#include "records/sign_in_throttle.h"
#include "storage/keyring.h"
#include "storage/migrator.h"
#include "storage/pending_audit_journal.h"
#include "storage/sqlcipher_driver.h"
#include "storage/storage_errors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>

namespace legalaid {

using storage::DatabaseFiles;
using storage::EncryptedDatabase;
using storage::Keyring;
using storage::SecureBytes;

namespace {

void recordFailedLogin(const DatabaseFiles& files, const Keyring& keyring, const QString& user,
                       const Error& error) {
    storage::PendingAuditJournal(files.pendingAudit)
        .append(
            keyring.auditPublicKey(),
            QJsonObject{{QStringLiteral("action"), QStringLiteral("login.failed")},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("reason"), errorCodeName(error.code)},
                        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

} // namespace

Result<std::unique_ptr<EncryptedDatabase>> openAndMigrate(const QString& databasePath, const SecureBytes& key,
                                                          const std::vector<storage::Migration>& migrations) {
    auto opened = EncryptedDatabase::open(databasePath, key, EncryptedDatabase::OpenMode::OpenExisting);
    if (!opened)
        return opened.error();
    storage::Migrator migrator(migrations);
    if (auto migrated = migrator.migrate(**opened, backupBeforeMigration(**opened, key)); !migrated)
        return migrated.error();
    return std::move(opened).value();
}

Result<std::unique_ptr<Session>> Session::open(const QString& databasePath, const QString& user,
                                               const QString& password) {
    const DatabaseFiles files = DatabaseFiles::forDatabase(databasePath);
    if (!QFileInfo::exists(files.database))
        return makeError(
            ErrorCode::DatabaseMissing,
            QCoreApplication::translate("Session", "The database %1 does not exist. Check the path.")
                .arg(QDir::toNativeSeparators(files.database)));
    if (password.isEmpty())
        return makeError(
            ErrorCode::EmptyPassword,
            QCoreApplication::translate("Session", "The password is empty. Enter your password."));

    auto keyring = Keyring::load(files.keyring);
    if (!keyring)
        return keyring.error();
    // Increasing delays after failed sign-ins (issue 8): refused before any password is tried.
    const SignInThrottle throttle(files.database, keyring->auditPublicKey());
    if (const qint64 wait = throttle.remainingWaitMs(user); wait > 0)
        return SignInThrottle::waitError(user, wait);
    auto unwrapped = keyring->unwrap(user, password);
    if (!unwrapped) {
        if (unwrapped.error().code == ErrorCode::WrongPassword ||
            unwrapped.error().code == ErrorCode::UnknownUser) {
            recordFailedLogin(files, *keyring, user, unwrapped.error());
            throttle.recordFailure(user);
        }
        return unwrapped.error();
    }
    throttle.recordSuccess(user);
    if (!keyring->sealMatches(unwrapped->key))
        return makeError(
            ErrorCode::KeyringDamaged,
            QCoreApplication::translate(
                "Session",
                "The keyring %1 was changed outside the application and is not trusted. Restore it "
                "from a backup, or set a new password with the recovery code.")
                .arg(QDir::toNativeSeparators(files.keyring)));

    auto database = openAndMigrate(files.database, unwrapped->key);
    SecureBytes key = std::move(unwrapped->key);
    if (!database && database.error().code == ErrorCode::NotADatabase && !unwrapped->previousKey.isEmpty()) {
        // A rekey stopped before the file was re-encrypted: the previous key still opens it.
        database = openAndMigrate(files.database, unwrapped->previousKey);
        if (database)
            key = std::move(unwrapped->previousKey);
    }
    if (!database)
        return database.error();
    if (keyring->rekeyPending()) {
        // Finish whichever half of an interrupted rekey is left, so the keyring holds one key again.
        keyring->finishRekey(key);
        if (auto saved = keyring->save(files.keyring); !saved)
            return saved.error();
    }

    std::unique_ptr<Session> session(new Session());
    session->m_files = files;
    session->m_database = std::move(database).value();
    session->m_key = std::move(key);

    auto record = UserRepository(session->db()).findByName(user);
    if (!record)
        return record.error();
    if (!record->has_value())
        return makeError(ErrorCode::UnknownUser,
                         QCoreApplication::translate(
                             "Session", "There is no user \"%1\" in this database. Check the user name.")
                             .arg(user));
    if (!(*record)->active)
        return makeError(
            ErrorCode::UserInactive,
            QCoreApplication::translate("Session", "The user \"%1\" has been removed. Ask an administrator.")
                .arg(user));
    session->m_user = **record;
    if (auto centre = session->reloadCentre(); !centre)
        return centre.error();
    if (auto imported = session->importPendingEvents(); !imported)
        return imported.error();
    return session;
}

Session::~Session() {
    m_database.reset();
    m_key.wipe();
}

Status Session::reloadCentre() {
    auto centre = SettingsRepository(db()).centre();
    if (!centre)
        return centre.error();
    m_centre = *centre;
    return {};
}

namespace {

// Only what the journal exists for may come out of it: anybody who can write to the data folder can seal an
// entry with the public audit key, so an entry is accepted as a failed login of a plausible user name, with a
// known reason and a time not in the future, and is marked as coming from the journal.
std::optional<AuditEvent> failedLoginFromJournal(const QJsonObject& pending) {
    static const QRegularExpression userPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString user = pending.value(QStringLiteral("user")).toString();
    const QString reason = pending.value(QStringLiteral("reason")).toString();
    const QDateTime at =
        QDateTime::fromString(pending.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const bool knownReason =
        reason == errorCodeName(ErrorCode::WrongPassword) || reason == errorCodeName(ErrorCode::UnknownUser);
    if (pending.value(QStringLiteral("action")).toString() != QLatin1String("login.failed") ||
        !userPattern.match(user).hasMatch() || !knownReason || !at.isValid() ||
        at > QDateTime::currentDateTimeUtc().addSecs(300))
        return std::nullopt;
    return AuditEvent{user, QStringLiteral("login.failed"),        QStringLiteral("user"),
                      user, reason + QStringLiteral(" (journal)"), at};
}

} // namespace

Status Session::appendPendingEvents(AuditLog& log) {
    const storage::PendingAuditJournal journal(m_files.pendingAudit);
    const SecureBytes auditSecret = Keyring::auditSecretKey(m_key);
    const auto drained = journal.read(auditSecret, Keyring::auditPublicKeyFor(m_key));
    int unreadable = drained.unreadable;
    for (const QJsonObject& pending : drained.events) {
        const auto imported = failedLoginFromJournal(pending);
        if (!imported) {
            ++unreadable;
            continue;
        }
        if (auto appended = log.append(*imported); !appended)
            return appended;
    }
    if (unreadable > 0)
        return log.append(
            event(QStringLiteral("login.failed.unreadable"), {}, {}, QString::number(unreadable)));
    return {};
}

Status Session::importPendingEvents() {
    auto status = writeAudited(event(QStringLiteral("login")), [&]() -> Status {
        AuditLog log(db());
        return appendPendingEvents(log);
    });
    if (status)
        storage::PendingAuditJournal(m_files.pendingAudit).remove();
    return status;
}

Status Session::drainPendingEvents() {
    if (!QFileInfo::exists(m_files.pendingAudit))
        return {};
    auto status = writeAudited(event(QStringLiteral("audit.import")), [&]() -> Status {
        AuditLog log(db());
        return appendPendingEvents(log);
    });
    if (status)
        storage::PendingAuditJournal(m_files.pendingAudit).remove();
    return status;
}

AuditEvent Session::event(const QString& action, const QString& targetType, const QString& targetId,
                          const QString& details) const {
    return AuditEvent{m_user.name, action, targetType, targetId, details, std::nullopt};
}

Status Session::beginWrite() {
    QSqlDatabase connection = db();
    if (connection.transaction())
        return {};
    const QSqlError error = connection.lastError();
    if (error.nativeErrorCode().toInt() == 5 || (error.nativeErrorCode().toInt() & 0xff) == 5)
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate("Session",
                                                     "The database is busy with another user's change. Try "
                                                     "again in a moment."));
    return makeError(
        ErrorCode::Sql,
        QCoreApplication::translate("Session", "Cannot start a change: %1").arg(error.databaseText()));
}

Status Session::commitAudited(const std::function<Status()>& work,
                              const std::function<AuditEvent()>& eventAfterWork) {
    if (auto begun = beginWrite(); !begun)
        return begun;
    QSqlDatabase connection = db();
    Status status = work();
    if (status)
        status = AuditLog(connection).append(eventAfterWork());
    if (!status) {
        connection.rollback();
        return status;
    }
    if (!connection.commit()) {
        const QString reason = connection.lastError().databaseText();
        // A full disk (or a file-size limit) gets its own code and sentence; the rollback keeps nothing.
        const auto full =
            storage::diskFullError(connection.lastError(), m_database->driver()->sqliteHandle());
        connection.rollback();
        if (full)
            return *full;
        return makeError(
            ErrorCode::Sql,
            QCoreApplication::translate("Session", "The change could not be saved: %1").arg(reason));
    }
    return {};
}

Status Session::writeAudited(const AuditEvent& auditEvent, const std::function<Status()>& work) {
    return commitAudited(work, [&] { return auditEvent; });
}

Result<qint64> Session::insertAudited(AuditEvent auditEvent, const std::function<Result<qint64>()>& insert) {
    qint64 id = 0;
    const Status written = commitAudited(
        [&]() -> Status {
            auto inserted = insert();
            if (!inserted)
                return inserted.error();
            id = *inserted;
            return {};
        },
        [&] {
            auditEvent.targetId = QString::number(id);
            return auditEvent;
        });
    if (!written)
        return written.error();
    return id;
}

Status Session::audit(const AuditEvent& auditEvent) {
    return writeAudited(auditEvent, [] { return Status{}; });
}

void Session::replaceKey(SecureBytes newKey) {
    m_key = std::move(newKey);
}

} // namespace legalaid

#include "records/audit_log.h"

#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace legalaid {

namespace {

constexpr int kHashBytes = 32;

QString timestamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

void appendField(QByteArray& out, const QByteArray& field) {
    // Length-prefixed, so no choice of field contents can make two different rows hash alike.
    const quint32 length = static_cast<quint32>(field.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((length >> shift) & 0xff));
    out.append(field);
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db)) {}

QByteArray AuditLog::entryHash(qint64 id, const QString& at, const QString& actor, const QString& action,
                               const QString& targetType, const QString& targetId, const QString& details,
                               const QByteArray& previousHash) {
    QByteArray message = QByteArrayLiteral("legalaid-audit/1");
    appendField(message, QByteArray::number(id));
    for (const QString* field : {&at, &actor, &action, &targetType, &targetId, &details})
        appendField(message, field->toUtf8());
    appendField(message, previousHash);
    QByteArray hash(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), kHashBytes,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return hash;
}

Status AuditLog::append(const AuditEvent& event) {
    auto* driver = qobject_cast<storage::SqlCipherDriver*>(m_db.driver());
    if (!driver || !driver->inTransaction())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "AuditLog", "An audit entry must be written in the same transaction as the "
                                         "change it records."));

    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("AuditLog", "Cannot read the audit log: %1")
                             .arg(last.lastError().databaseText()));
    qint64 id = 1;
    QByteArray previousHash(kHashBytes, '\0');
    if (last.next()) {
        id = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toByteArray();
    }
    last.finish();

    const QString at = timestamp(event.at.value_or(QDateTime::currentDateTimeUtc()));
    const QByteArray hash = entryHash(id, at, event.actor, event.action, event.targetType, event.targetId,
                                      event.details, previousHash);
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, target_type, target_id, details, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(id), QVariant(at), QVariant(textOrEmpty(event.actor)), QVariant(textOrEmpty(event.action)),
          QVariant(textOrEmpty(event.targetType)), QVariant(textOrEmpty(event.targetId)),
          QVariant(textOrEmpty(event.details)), QVariant(previousHash), QVariant(hash)})
        insert.addBindValue(value);
    if (!insert.exec())
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("AuditLog", "Cannot write the audit log: %1")
                             .arg(insert.lastError().databaseText()));
    return {};
}

Result<AuditVerification> AuditLog::verify() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, at, actor, action, target_type, target_id, details, prev_hash, hash "
                           "FROM audit_log ORDER BY id")))
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("AuditLog", "Cannot read the audit log: %1")
                             .arg(query.lastError().databaseText()));

    AuditVerification result;
    QByteArray previousHash(kHashBytes, '\0');
    qint64 expectedId = 1;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QByteArray storedPrevious = query.value(7).toByteArray();
        const QByteArray storedHash = query.value(8).toByteArray();
        const QByteArray computed = entryHash(
            id, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), storedPrevious);
        QString problem;
        if (id != expectedId)
            problem = QCoreApplication::translate("AuditLog", "entry %1 is missing").arg(expectedId);
        else if (storedPrevious != previousHash)
            problem = QCoreApplication::translate("AuditLog", "entry %1 does not follow the entry before it")
                          .arg(id);
        else if (computed != storedHash)
            problem =
                QCoreApplication::translate("AuditLog", "entry %1 was changed after it was written").arg(id);
        if (!problem.isEmpty()) {
            result.firstBrokenId = id;
            result.problem = problem;
            return result;
        }
        ++result.entriesChecked;
        previousHash = storedHash;
        expectedId = id + 1;
    }
    return result;
}

Result<std::vector<AuditEntry>> AuditLog::latest(int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at, actor, action, target_type, target_id, details FROM audit_log "
                       "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("AuditLog", "Cannot read the audit log: %1")
                             .arg(query.lastError().databaseText()));
    std::vector<AuditEntry> entries;
    while (query.next()) {
        entries.push_back({query.value(0).toLongLong(),
                           QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                           query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                           query.value(5).toString(), query.value(6).toString()});
    }
    return entries;
}

} // namespace legalaid

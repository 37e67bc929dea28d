#include "storage/pending_audit_journal.h"

#include <QFile>
#include <QJsonDocument>
#include <sodium.h>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace legalaid::storage {

PendingAuditJournal::PendingAuditJournal(QString path)
    : m_path(std::move(path)) {}

void PendingAuditJournal::append(const QByteArray& auditPublicKey, const QJsonObject& event) const {
    if (auditPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return;
    const QByteArray plain = QJsonDocument(event).toJson(QJsonDocument::Compact);
    QByteArray sealed(static_cast<qsizetype>(crypto_box_SEALBYTES) + plain.size(), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                    reinterpret_cast<const unsigned char*>(plain.constData()),
                    static_cast<unsigned long long>(plain.size()),
                    reinterpret_cast<const unsigned char*>(auditPublicKey.constData()));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(sealed.toBase64() + '\n');
    file.flush();
#ifndef Q_OS_WIN
    ::fsync(file.handle());
#endif
}

PendingAuditJournal::Drained PendingAuditJournal::read(const SecureBytes& auditSecretKey,
                                                       const QByteArray& auditPublicKey) const {
    Drained drained;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return drained;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QByteArray sealed = QByteArray::fromBase64(line);
        if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES)) {
            ++drained.unreadable;
            continue;
        }
        QByteArray plain(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
        if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                                 reinterpret_cast<const unsigned char*>(sealed.constData()),
                                 static_cast<unsigned long long>(sealed.size()),
                                 reinterpret_cast<const unsigned char*>(auditPublicKey.constData()),
                                 auditSecretKey.data()) != 0) {
            ++drained.unreadable;
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(plain);
        if (document.isObject())
            drained.events.push_back(document.object());
        else
            ++drained.unreadable;
    }
    return drained;
}

void PendingAuditJournal::remove() const {
    QFile::remove(m_path);
}

} // namespace legalaid::storage

#include "records/sign_in_throttle.h"

#include "common/atomic_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sodium.h>

namespace legalaid {

namespace {

constexpr qint64 kForgetAfterSecs = 24 * 3600;

QJsonObject readEntries(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A damaged file counts as empty: the worst outcome is a shorter delay, never a locked-out user.
    const QJsonDocument document = QJsonDocument::fromJson(file.read(256 * 1024));
    return document.object().value(QStringLiteral("entries")).toObject();
}

void writeEntries(const QString& path, const QJsonObject& entries) {
    if (entries.isEmpty()) {
        QFile::remove(path);
        return;
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}};
    (void)writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace

SignInThrottle::SignInThrottle(const QString& databasePath, QByteArray salt)
    : m_path(filePathFor(databasePath))
    , m_salt(std::move(salt)) {}

QString SignInThrottle::filePathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".sign-in-delays");
}

int SignInThrottle::delayAfterFailures(int failures) {
    if (failures <= 1)
        return 0;
    const int shift = std::min(failures - 2, 16);
    return std::min(1 << shift, kMaxDelaySeconds);
}

QString SignInThrottle::entryKey(const QString& user) const {
    const QByteArray name = user.toUtf8();
    unsigned char hash[16];
    crypto_generichash(
        hash, sizeof hash, reinterpret_cast<const unsigned char*>(name.constData()),
        static_cast<unsigned long long>(name.size()),
        reinterpret_cast<const unsigned char*>(m_salt.constData()),
        std::clamp<size_t>(static_cast<size_t>(m_salt.size()), 0, crypto_generichash_KEYBYTES_MAX));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

int SignInThrottle::failures(const QString& user) const {
    return readEntries(m_path).value(entryKey(user)).toObject().value(QStringLiteral("failures")).toInt(0);
}

qint64 SignInThrottle::remainingWaitMs(const QString& user, const QDateTime& now) const {
    const QJsonObject entry = readEntries(m_path).value(entryKey(user)).toObject();
    const int count = entry.value(QStringLiteral("failures")).toInt(0);
    const QDateTime last =
        QDateTime::fromString(entry.value(QStringLiteral("last")).toString(), Qt::ISODateWithMs);
    if (count <= 1 || !last.isValid())
        return 0;
    const qint64 elapsed = std::max<qint64>(0, last.msecsTo(now));
    // A clock set back must not lock anybody out for longer than the longest delay.
    const qint64 wait = qint64(delayAfterFailures(count)) * 1000 - elapsed;
    return std::clamp<qint64>(wait, 0, qint64(kMaxDelaySeconds) * 1000);
}

void SignInThrottle::recordFailure(const QString& user, const QDateTime& now) const {
    QJsonObject entries = readEntries(m_path);
    // Forget stale entries so the file stays small.
    for (auto it = entries.begin(); it != entries.end();) {
        const QDateTime last = QDateTime::fromString(
            it.value().toObject().value(QStringLiteral("last")).toString(), Qt::ISODateWithMs);
        if (!last.isValid() || last.secsTo(now) > kForgetAfterSecs)
            it = entries.erase(it);
        else
            ++it;
    }
    const QString key = entryKey(user);
    const int count = entries.value(key).toObject().value(QStringLiteral("failures")).toInt(0) + 1;
    entries.insert(key, QJsonObject{{QStringLiteral("failures"), count},
                                    {QStringLiteral("last"), now.toUTC().toString(Qt::ISODateWithMs)}});
    writeEntries(m_path, entries);
}

void SignInThrottle::recordSuccess(const QString& user) const {
    QJsonObject entries = readEntries(m_path);
    if (!entries.contains(entryKey(user)))
        return;
    entries.remove(entryKey(user));
    writeEntries(m_path, entries);
}

Error SignInThrottle::waitError(const QString& user, qint64 remainingMs) {
    const qint64 seconds = std::max<qint64>(1, (remainingMs + 999) / 1000);
    return makeError(ErrorCode::Busy,
                     QCoreApplication::translate(
                         "SignInThrottle", "Too many failed sign-ins for \"%1\": wait %2 seconds, then try "
                                           "again.")
                         .arg(user)
                         .arg(seconds));
}

} // namespace legalaid

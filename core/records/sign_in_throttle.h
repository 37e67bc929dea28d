#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace legalaid {

// Increasing delays after failed sign-ins, per user and per database: after the first failure the next try
// may follow at once, then the wait doubles from 1 s (1, 2, 4, 8 … s) up to kMaxDelaySeconds. A success
// clears the count.
//
// The counts live in a small file beside the database (`<db>.sign-in-delays`), written atomically, because
// a failed sign-in has no database key. Users appear in it only as a BLAKE2b hash of their name salted with
// the keyring's public audit key, so the file names nobody. Deleting it resets the delays: it slows down
// guessing at the keyboard, while the keyring's Argon2id is what stops offline guessing.
class SignInThrottle {
public:
    static constexpr int kMaxDelaySeconds = 60;

    SignInThrottle(const QString& databasePath, QByteArray salt);

    // Seconds to wait after `failures` failures in a row.
    [[nodiscard]] static int delayAfterFailures(int failures);
    [[nodiscard]] static QString filePathFor(const QString& databasePath);

    // How long `user` must still wait before the next try (0 when they may try now).
    [[nodiscard]] qint64 remainingWaitMs(const QString& user,
                                         const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    [[nodiscard]] int failures(const QString& user) const;
    // Best effort: an unwritable folder must never turn a failed sign-in into another error.
    void recordFailure(const QString& user, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void recordSuccess(const QString& user) const;

    // The error Session::open gives while the wait runs.
    [[nodiscard]] static Error waitError(const QString& user, qint64 remainingMs);

private:
    [[nodiscard]] QString entryKey(const QString& user) const;
    QString m_path;
    QByteArray m_salt;
};

} // namespace legalaid

#pragma once

#include <QString>

namespace legalaid {

// Stable error codes: the CLI prints them and scripts rely on them, so never rename one.
enum class ErrorCode {
    Internal,
    InvalidArgument,
    WrongPassword,
    UnknownUser,
    UserExists,
    UserInactive,
    KeyringMissing,
    KeyringDamaged,
    KeyringForeign,
    DatabaseExists,
    DatabaseMissing,
    NotADatabase,
    DatabaseDamaged,
    ReadOnlyLocation,
    RecoveryCodeTypo,
    RecoveryCodeWrong,
    EmptyPassword,
    WeakPassword,
    PermissionDenied,
    LastAdmin,
    MigrationFailed,
    SchemaTooNew,
    Busy,
    Io,
    Sql,
    VerifyFailed,
    IllegalTransition, // a lifecycle step the current status does not allow
    DuplicateRecord,   // a record that must be unique already exists (e.g. a person's ID number)
    ConsentMissing,    // the person's consent does not cover a disclosure
    Cancelled,         // the user stopped a long operation; nothing was written
    DiskFull,          // the disk (or a file-size limit) refused the write; nothing half-written
    BackupInvalid,     // a backup file that is damaged, foreign or not a backup at all
};

[[nodiscard]] QString errorCodeName(ErrorCode code);

// One failure: a stable code and one sentence a person can act on.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

} // namespace legalaid

namespace legalaid {

// Qt SQL binds a null QString as SQL NULL; columns declared NOT NULL want '' for "no text".
[[nodiscard]] inline QString textOrEmpty(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace legalaid

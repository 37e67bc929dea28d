#include "common/error.h"

namespace legalaid {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Internal:
        return QStringLiteral("E_INTERNAL");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("E_INVALID_ARGUMENT");
    case ErrorCode::WrongPassword:
        return QStringLiteral("E_WRONG_PASSWORD");
    case ErrorCode::UnknownUser:
        return QStringLiteral("E_UNKNOWN_USER");
    case ErrorCode::UserExists:
        return QStringLiteral("E_USER_EXISTS");
    case ErrorCode::UserInactive:
        return QStringLiteral("E_USER_INACTIVE");
    case ErrorCode::KeyringMissing:
        return QStringLiteral("E_KEYRING_MISSING");
    case ErrorCode::KeyringDamaged:
        return QStringLiteral("E_KEYRING_DAMAGED");
    case ErrorCode::KeyringForeign:
        return QStringLiteral("E_KEYRING_FOREIGN");
    case ErrorCode::DatabaseExists:
        return QStringLiteral("E_DATABASE_EXISTS");
    case ErrorCode::DatabaseMissing:
        return QStringLiteral("E_DATABASE_MISSING");
    case ErrorCode::NotADatabase:
        return QStringLiteral("E_NOT_A_DATABASE");
    case ErrorCode::DatabaseDamaged:
        return QStringLiteral("E_DATABASE_DAMAGED");
    case ErrorCode::ReadOnlyLocation:
        return QStringLiteral("E_READ_ONLY");
    case ErrorCode::RecoveryCodeTypo:
        return QStringLiteral("E_RECOVERY_CODE_TYPO");
    case ErrorCode::RecoveryCodeWrong:
        return QStringLiteral("E_RECOVERY_CODE_WRONG");
    case ErrorCode::EmptyPassword:
        return QStringLiteral("E_EMPTY_PASSWORD");
    case ErrorCode::WeakPassword:
        return QStringLiteral("E_WEAK_PASSWORD");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("E_PERMISSION_DENIED");
    case ErrorCode::LastAdmin:
        return QStringLiteral("E_LAST_ADMIN");
    case ErrorCode::MigrationFailed:
        return QStringLiteral("E_MIGRATION_FAILED");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("E_SCHEMA_TOO_NEW");
    case ErrorCode::Busy:
        return QStringLiteral("E_BUSY");
    case ErrorCode::Io:
        return QStringLiteral("E_IO");
    case ErrorCode::Sql:
        return QStringLiteral("E_SQL");
    case ErrorCode::VerifyFailed:
        return QStringLiteral("E_VERIFY_FAILED");
    case ErrorCode::IllegalTransition:
        return QStringLiteral("E_ILLEGAL_TRANSITION");
    case ErrorCode::ConsentMissing:
        return QStringLiteral("E_NO_CONSENT");
    case ErrorCode::DuplicateRecord:
        return QStringLiteral("E_DUPLICATE_RECORD");
    case ErrorCode::Cancelled:
        return QStringLiteral("E_CANCELLED");
    case ErrorCode::DiskFull:
        return QStringLiteral("E_DISK_FULL");
    case ErrorCode::BackupInvalid:
        return QStringLiteral("E_BACKUP_INVALID");
    }
    return QStringLiteral("E_INTERNAL");
}

} // namespace legalaid

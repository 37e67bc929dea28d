#pragma once

#include <QString>

namespace legalaid::storage {

// The files that make up one database: the SQLCipher file, its keyring beside it, and the sealed journal
// of events that happened while it was locked (failed logins).
struct DatabaseFiles {
    QString database;
    QString keyring;
    QString pendingAudit;

    [[nodiscard]] static DatabaseFiles forDatabase(const QString& databasePath) {
        return {databasePath, databasePath + QStringLiteral(".keyring"),
                databasePath + QStringLiteral(".pending-audit")};
    }
};

} // namespace legalaid::storage

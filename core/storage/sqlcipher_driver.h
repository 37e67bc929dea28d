#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

struct sqlite3;

namespace legalaid::storage {

// The name the driver is registered under; never use the stock QSQLITE driver.
inline constexpr char kSqlCipherDriverName[] = "QSQLCIPHER";

// Registers QSQLCIPHER with QSqlDatabase. Safe to call more than once, from any thread.
void registerSqlCipherDriver();

// A Qt SQL driver over the SQLCipher C API, written against the public Qt API only.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   BUSY_TIMEOUT=<ms>   how long a statement waits for another connection's lock (default 5000)
//   READONLY            open read-only
//   NO_CREATE           fail instead of creating a missing file
//
// One connection per thread: a driver instance must only be used from the thread that opened it.
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& fileName, const QString& user, const QString& password, const QString& host,
              int port, const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;

    // Transactions start with BEGIN IMMEDIATE so writers serialise up front. A second begin while one is
    // open is refused with a clear error instead of being silently nested.
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // --- Extensions used by the storage layer (not part of QSqlDriver) ---

    // Hands a key to SQLCipher for the main database (sqlite3_key_v2). `keySpec` is SQLCipher's raw-key
    // form x'<64 hex>' and must live in locked memory owned by the caller; SQLCipher copies it.
    [[nodiscard]] bool applyKey(const char* keySpec, int length);
    // Re-encrypts the open database under a new key (sqlite3_rekey_v2).
    [[nodiscard]] bool rekey(const char* keySpec, int length);
    // Runs a script of several statements (sqlite3_exec); used for migrations only.
    [[nodiscard]] bool executeScript(const QString& sql);
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] sqlite3* sqliteHandle() const;

private:
    void setSqliteError(const QString& context, QSqlError::ErrorType type, int code);

    sqlite3* m_db = nullptr;
    friend class SqlCipherResult;
};

} // namespace legalaid::storage

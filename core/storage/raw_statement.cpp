#include "storage/raw_statement.h"

#include "storage/sqlcipher_driver.h"

#include <sqlite3.h>

namespace legalaid::storage {

RawStatement::RawStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement, &sqlite3_finalize) {}

Result<RawStatement> RawStatement::prepare(const QSqlDatabase& db, const QByteArray& sql) {
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    sqlite3* handle = driver ? driver->sqliteHandle() : nullptr;
    if (!handle)
        return makeError(ErrorCode::Sql, QStringLiteral("The database connection is not open."));
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return makeError(ErrorCode::Sql, QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return RawStatement(handle, statement);
}

Status RawStatement::bindAll(const QVariantList& values) {
    sqlite3_stmt* statement = m_statement.get();
    int index = 1;
    for (const QVariant& value : values) {
        int rc = SQLITE_OK;
        if (!value.isValid() || value.isNull()) {
            rc = sqlite3_bind_null(statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, index, value.toDouble());
                break;
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return failure();
        ++index;
    }
    return {};
}

Result<bool> RawStatement::next() {
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return failure();
}

bool RawStatement::isNull(int column) const {
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

qint64 RawStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement.get(), column);
}

std::string_view RawStatement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    if (!bytes)
        return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement.get(), column))};
}

Error RawStatement::failure() const {
    return makeError(ErrorCode::Sql, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

} // namespace legalaid::storage

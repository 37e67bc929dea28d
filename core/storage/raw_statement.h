#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace legalaid::storage {

// A prepared statement straight on the SQLCipher C API, for the few walks over a million rows (the case
// list's anchors, the report's people pass) where a row through QSqlQuery costs more than the engine's own
// work. It runs on the connection of `db` (and so inside its transaction). Owns and finalizes the statement.
// Failures come back as ErrorCode::Sql with the engine's message; callers say what they were doing.
class RawStatement {
public:
    // `sql` is fixed text with ? placeholders: values are always bound, never written into it.
    [[nodiscard]] static Result<RawStatement> prepare(const QSqlDatabase& db, const QByteArray& sql);

    // Binds in order from the first placeholder: invalid or null values as NULL, integers and booleans as
    // integers, doubles as reals, anything else as UTF-8 text (copied).
    [[nodiscard]] Status bindAll(const QVariantList& values);

    // Moves to the next row: true on a row, false at the end; an error otherwise.
    [[nodiscard]] Result<bool> next();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    // The column's UTF-8 bytes, valid until the next call of next(); empty for NULL.
    [[nodiscard]] std::string_view text(int column) const;

private:
    RawStatement(sqlite3* db, sqlite3_stmt* statement);
    [[nodiscard]] Error failure() const;

    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> m_statement;
};

} // namespace legalaid::storage

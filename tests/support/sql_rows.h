#pragma once

// Plain SQL for tests: rows written, counted or read back without going through the services, so a test
// depends only on the schema.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <catch2/catch.hpp>

namespace legalaid::test {

// Prepares `sql`, binds `values` in order and runs it; a failure names the statement and SQLite's error.
inline QSqlQuery execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query(db);
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    const bool ran = query.exec();
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ran);
    return query;
}

// Runs an INSERT and returns the id of the new row.
inline qint64 insertRow(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    return execute(db, sql, values).lastInsertId().toLongLong();
}

// The first column of the first row of a query, as a number.
inline qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query = execute(db, sql, values);
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// How many rows `table` holds (a statement run as is, without prepare).
inline qint64 countRows(const QSqlDatabase& db, const QString& table) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace legalaid::test

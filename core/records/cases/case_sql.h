#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

// Small binding and reading helpers shared by the case repositories (internal to core/records/cases).
namespace legalaid::cases_sql {

// NULL for an invalid date, else YYYY-MM-DD.
[[nodiscard]] inline QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

[[nodiscard]] inline QVariant idOrNull(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant();
}

[[nodiscard]] inline QDate dateAt(const QSqlQuery& query, int column) {
    const QVariant value = query.value(column);
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

[[nodiscard]] inline std::optional<qint64> idAt(const QSqlQuery& query, int column) {
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace legalaid::cases_sql

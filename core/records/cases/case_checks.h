#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// Checks shared by the case services (internal to core/records/cases).
namespace legalaid::case_checks {

// The case, or an InvalidArgument error saying there is none with that id.
[[nodiscard]] Result<CaseRecord> loadCase(const QSqlDatabase& db, qint64 caseId);

// Refuses a date after today; `what` names the date, e.g. "The acceptance date".
[[nodiscard]] Status notInFuture(const QDate& date, const QString& what);

// Legal aid covers every field of law except business and commerce (Legal Aid Law 2017 art. 27).
[[nodiscard]] bool isCommerceField(const QString& code);
[[nodiscard]] Error commerceRefused(const QString& code);

// A trimmed text that must not be empty, or an InvalidArgument error with `message`.
[[nodiscard]] Result<QString> requiredText(const QString& text, const QString& message);

} // namespace legalaid::case_checks

#include "records/cases/case_checks.h"

#include "records/cases/case_repository.h"

#include <QCoreApplication>

namespace legalaid::case_checks {

Result<CaseRecord> loadCase(const QSqlDatabase& db, qint64 caseId) {
    auto found = CaseRepository(db).find(caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "CaseService", "There is no case with id %1. Check the id printed when it was opened.")
                .arg(caseId));
    return **found;
}

Status notInFuture(const QDate& date, const QString& what) {
    if (date.isValid() && date > QDate::currentDate())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "CaseService", "%1 (%2) is in the future; give the day it actually happened.")
                             .arg(what, date.toString(Qt::ISODate)));
    return {};
}

bool isCommerceField(const QString& code) {
    const QString folded = code.trimmed().toLower();
    return folded == QLatin1String("thuong_mai") || folded == QLatin1String("kinh_doanh") ||
           folded == QLatin1String("kinh_doanh_thuong_mai") || folded == QLatin1String("commerce") ||
           folded == QLatin1String("business");
}

Error commerceRefused(const QString& code) {
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate(
            "CaseService",
            "\"%1\" is not a field of legal aid: the Law on Legal Aid 2017 (article 27) excludes "
            "business and commerce, so choose another field of law.")
            .arg(code));
}

Result<QString> requiredText(const QString& text, const QString& message) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, message);
    return trimmed;
}

} // namespace legalaid::case_checks

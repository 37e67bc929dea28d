#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"

#include <QSqlDatabase>
#include <optional>
#include <utility>
#include <vector>

namespace legalaid {

// SQL for cases, case_transitions and case_register_counters lives here only.
class CaseRepository {
public:
    explicit CaseRepository(QSqlDatabase db);

    // Takes the next number of the unit's register for `year`. Must run inside the write transaction
    // (BEGIN IMMEDIATE) that inserts the case: the counter and the case commit or roll back together, so
    // numbers have neither gaps nor duplicates, also with several writers.
    [[nodiscard]] Result<int> takeRegisterNumber(const QString& unitCode, int year);

    [[nodiscard]] Result<qint64> insert(const CaseRecord& record);
    [[nodiscard]] Result<std::optional<CaseRecord>> find(qint64 id) const;
    // Writes what a lifecycle step changes: status, provider, dates, outcome and exit fields.
    [[nodiscard]] Status updateLifecycle(const CaseRecord& record);

    [[nodiscard]] Result<qint64> insertTransition(const CaseTransitionRecord& transition);
    [[nodiscard]] Result<std::vector<CaseTransitionRecord>> transitions(qint64 caseId) const;

    [[nodiscard]] Result<std::vector<CaseListRow>> list(const CaseFilter& filter) const;

    // For the deadline queries.
    [[nodiscard]] Result<std::vector<CaseRecord>> withStatus(CaseStatus status, bool urgentOnly) const;
    // Provider changes recorded as late, with the file code of their case.
    [[nodiscard]] Result<std::vector<std::pair<CaseTransitionRecord, QString>>> lateProviderChanges() const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

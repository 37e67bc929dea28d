#pragma once

#include "common/result.h"
#include "records/cases/case_records.h"

#include <QSqlDatabase>
#include <vector>

namespace legalaid {

// SQL for case_events lives here only.
class CaseEventRepository {
public:
    explicit CaseEventRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> insert(const CaseEventRecord& event);
    // The events of one case, in the order they happened.
    [[nodiscard]] Result<std::vector<CaseEventRecord>> forCase(qint64 caseId) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

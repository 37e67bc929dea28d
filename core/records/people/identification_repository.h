#pragma once

#include "common/result.h"
#include "domain/person.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace legalaid {

// SQL for the identification_events table lives here only. Rows are only ever added: the history of
// decisions is the record.
class IdentificationRepository {
public:
    explicit IdentificationRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> insert(qint64 personId, const IdentificationDecision& decision,
                                        const QString& actor);
    // Oldest decision first (by decision date, then by when it was recorded).
    [[nodiscard]] Result<std::vector<IdentificationEvent>> forPerson(qint64 personId) const;
    // The status of the latest decision: the person's current status.
    [[nodiscard]] Result<std::optional<IdentificationStatus>> currentStatus(qint64 personId) const;
    [[nodiscard]] Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

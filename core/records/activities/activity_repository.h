#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// An outreach or training activity (hoạt động): legal dissemination session, communication product, training.
struct Activity {
    qint64 id = 0;
    QString kind; // a code from activityKindCodes()
    QDate heldOn;
    QString title;
    QString audience; // a code from activityAudienceCodes()
    int participants = 0;
    int femaleParticipants = 0;
    QString place;
    qint64 organiserUnitId = 0;       // the centre or a branch that ran it; 0 when not given
    qint64 partnerOrganisationId = 0; // 0 when none
    QString notes;
    QString createdBy;
};

struct ActivityFilter {
    QString kind;              // empty: every kind
    std::optional<QDate> from; // inclusive
    std::optional<QDate> to;   // inclusive
};

// SQL for the activities table lives here only.
class ActivityRepository {
public:
    explicit ActivityRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> insert(const Activity& activity);
    [[nodiscard]] Status update(const Activity& activity);
    [[nodiscard]] Result<std::optional<Activity>> find(qint64 id) const;
    // By date, then id.
    [[nodiscard]] Result<std::vector<Activity>> list(const ActivityFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

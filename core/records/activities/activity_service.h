#pragma once

#include "common/result.h"
#include "records/activities/activity_repository.h"
#include "records/session.h"

#include <optional>
#include <vector>

namespace legalaid {

// What `update` changes: only the fields that are set. 0 clears an organisation; an empty string a text.
struct ActivityChanges {
    std::optional<QString> kind;
    std::optional<QDate> heldOn;
    std::optional<QString> title;
    std::optional<QString> audience;
    std::optional<int> participants;
    std::optional<int> femaleParticipants;
    std::optional<QString> place;
    std::optional<qint64> organiserUnitId;
    std::optional<qint64> partnerOrganisationId;
    std::optional<QString> notes;
};

// Outreach and training activities. Checks the role first (ActivityEdit / ActivityView); every change is
// audited in the same transaction.
class ActivityService {
public:
    explicit ActivityService(Session& session);

    [[nodiscard]] Result<qint64> add(const Activity& activity);
    [[nodiscard]] Status update(qint64 id, const ActivityChanges& changes);
    [[nodiscard]] Result<Activity> activity(qint64 id) const;
    [[nodiscard]] Result<std::vector<Activity>> list(const ActivityFilter& filter) const;

private:
    [[nodiscard]] Status validate(const Activity& activity, const Activity* before) const;

    Session& m_session;
};

} // namespace legalaid

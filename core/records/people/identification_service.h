#pragma once

#include "common/result.h"
#include "domain/person.h"
#include "records/session.h"

#include <optional>

namespace legalaid {

struct RecordedIdentification {
    qint64 eventId = 0;
    IdentificationStatus currentStatus = IdentificationStatus::UnderIdentification;
    // Set when the decision moved a person being identified into the victim category.
    std::optional<PersonCategory> newCategory;
};

// Identification decisions (xác định nạn nhân). Each decision is a new event; the person's current status is
// the latest decision by decision date, kept on the person row in the same transaction for filtering.
class IdentificationService {
public:
    explicit IdentificationService(Session& session);

    // A person being identified who is identified as a victim becomes a victim (category) in the same change.
    [[nodiscard]] Result<RecordedIdentification> record(qint64 personId,
                                                        const IdentificationDecision& decision);

private:
    Session& m_session;
};

} // namespace legalaid

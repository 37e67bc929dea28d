#pragma once

#include "common/result.h"
#include "domain/person.h"
#include "records/session.h"

namespace legalaid {

// Consent to keep a person's data and to share it with named partner organisations. A consent is never
// edited: a new one is recorded, and a consent that ends is withdrawn on a date (both audited).
class ConsentService {
public:
    explicit ConsentService(Session& session);

    // Returns the new consent's id.
    [[nodiscard]] Result<qint64> record(const ConsentDetails& consent);
    [[nodiscard]] Status withdraw(qint64 consentId, const QDate& on);

private:
    Session& m_session;
};

} // namespace legalaid

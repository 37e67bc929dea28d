#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace legalaid {

// Whether what we know about a person may be shared with a partner organisation.
struct DisclosureDecision {
    bool allowed = false;
    qint64 consentId = 0;  // the consent that allows it (0 when refused)
    QString reason;        // when refused: one sentence saying why and what to do, translated
};

// Reads the person's consent in force on `on` (given, not withdrawn, covering sharing with
// `organisationId`). Used by referrals before anything is disclosed. Implemented with the people records.
[[nodiscard]] Result<DisclosureDecision> checkDisclosure(const QSqlDatabase& db, qint64 personId,
                                                         qint64 organisationId, const QDate& on);

} // namespace legalaid

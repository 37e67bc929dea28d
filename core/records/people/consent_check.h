#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace legalaid {

// Whether what we know about a person may be shared with a partner organisation.
struct DisclosureDecision {
    bool allowed = false;
    qint64 consentId = 0; // the consent that allows it (0 when refused)
    QString reason;       // when refused: one sentence saying why and what to do, translated
};

// Whether the person's consent allows sharing with `organisationId` on `on`. The consent that decides is
// the person's LATEST consent given on or before `on` (by given_on, then id): a newer consent replaces
// every older one, so an older consent that names the partner no longer counts once a later one is given.
// Sharing is allowed only when that latest consent is not withdrawn on or before `on`, allows sharing and
// names the organisation; otherwise it is refused with a reason naming the deciding consent by id and date
// (people by id only, never by name). Used by referrals before anything is disclosed. Implemented with the
// people records.
[[nodiscard]] Result<DisclosureDecision> checkDisclosure(const QSqlDatabase& db, qint64 personId,
                                                         qint64 organisationId, const QDate& on);

} // namespace legalaid

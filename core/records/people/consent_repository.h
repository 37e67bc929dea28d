#pragma once

#include "common/result.h"
#include "domain/person.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace legalaid {

// SQL for the consents and consent_partners tables lives here only. Organisation names are read from the
// directory's organisations table (one lookup by id) so that consent checks can name the partner.
class ConsentRepository {
public:
    explicit ConsentRepository(QSqlDatabase db);

    // Inserts the consent and its partner organisations; returns the new id.
    [[nodiscard]] Result<qint64> insert(const ConsentDetails& consent, const QString& actor);
    [[nodiscard]] Result<std::optional<StoredConsent>> find(qint64 id) const;
    // Oldest first.
    [[nodiscard]] Result<std::vector<StoredConsent>> forPerson(qint64 personId) const;
    [[nodiscard]] Status setWithdrawn(qint64 id, const QDate& on, const QString& actor);
    [[nodiscard]] Result<std::optional<QString>> organisationName(qint64 organisationId) const;
    // Rows in consents and consent_partners together: proves that a refused change wrote nothing.
    [[nodiscard]] Result<qint64> rowCount() const;

private:
    [[nodiscard]] Status loadPartners(StoredConsent& consent) const;

    QSqlDatabase m_db;
};

} // namespace legalaid

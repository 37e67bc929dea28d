#pragma once

#include "common/result.h"
#include "domain/person.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace legalaid {

// Someone already recorded whose folded name and year of birth match a new entry.
struct DuplicateCandidate {
    qint64 id = 0;
    QString fullName;
    std::optional<int> birthYear;
};

// SQL for the people table lives here only.
class PersonRepository {
public:
    explicit PersonRepository(QSqlDatabase db);

    [[nodiscard]] Result<std::optional<PersonRecord>> find(qint64 id) const;
    // Inserts and returns the new id. `actor` is the signed-in user's name.
    [[nodiscard]] Result<qint64> insert(const PersonDetails& person, const QString& actor);
    [[nodiscard]] Status update(qint64 id, const PersonDetails& person, const QString& actor);
    [[nodiscard]] Status setCategory(qint64 id, PersonCategory category, const QString& actor);
    [[nodiscard]] Status setCurrentStatus(qint64 id, std::optional<IdentificationStatus> status);

    // The person (other than `exceptId`) holding this ID document number, if any.
    [[nodiscard]] Result<std::optional<qint64>> findByIdNumber(const QString& idNumber,
                                                               qint64 exceptId) const;
    // People (other than `exceptId`) with the same folded name whose birth year is the same or unknown;
    // with `birthYear` unknown, everyone with that folded name. At most `limit`, oldest record first.
    [[nodiscard]] Result<std::vector<DuplicateCandidate>> findLikelyDuplicates(const QString& nameFolded,
                                                                               std::optional<int> birthYear,
                                                                               qint64 exceptId,
                                                                               int limit) const;
    // The accompanying minors linked to this person.
    [[nodiscard]] Result<std::vector<qint64>> accompanyingMinorsOf(qint64 id) const;
    [[nodiscard]] Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

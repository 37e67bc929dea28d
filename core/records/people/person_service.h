#pragma once

#include "common/result.h"
#include "domain/person.h"
#include "records/people/person_repository.h"
#include "records/session.h"
#include "search/person_search_index.h"

#include <QStringList>
#include <vector>

namespace legalaid {

// What a create or update saved, and what the user should look at.
struct SavedPerson {
    qint64 id = 0;
    // People already recorded with the same folded name and birth year (or an unknown one). Not a refusal:
    // two people may share a name, but staff should check before going on.
    std::vector<DuplicateCandidate> likelyDuplicates;
    QStringList warnings; // translated sentences, one per warning
};

// Everything the desk shows on a person's page.
struct PersonFile {
    PersonRecord person;
    std::vector<IdentificationEvent> identification; // oldest first
    std::vector<StoredConsent> consents;             // oldest first
    std::vector<qint64> accompanyingMinorIds;        // minors linked to this person
};

// Người được TGPL: adding, changing, opening and finding people. Every operation checks the user's role;
// every write is audited in the same transaction and keeps the search index in step.
class PersonService {
public:
    explicit PersonService(Session& session);

    [[nodiscard]] Result<SavedPerson> create(const PersonDetails& details);
    // Changes only the fields set in `changes`; the whole record is checked again afterwards.
    [[nodiscard]] Result<SavedPerson> update(qint64 personId, const PersonChanges& changes);
    // Opening a person's details is audited ("person.view").
    [[nodiscard]] Result<PersonFile> get(qint64 personId);
    // Not audited (the desk searches while typing); see the CLI for an audited search.
    [[nodiscard]] Result<std::vector<search::PersonMatch>> search(const QString& text, int limit) const;

private:
    [[nodiscard]] Status checkAgainstRecords(qint64 personId, const PersonDetails& details) const;
    [[nodiscard]] Result<std::vector<DuplicateCandidate>>
    likelyDuplicates(qint64 personId, const PersonDetails& details) const;

    Session& m_session;
};

// A person that does not exist: InvalidArgument naming the id.
[[nodiscard]] Error noSuchPerson(qint64 personId);

} // namespace legalaid

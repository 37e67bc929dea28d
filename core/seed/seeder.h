#pragma once

#include "common/result.h"
#include "records/session.h"

#include <QDate>
#include <functional>
#include <optional>

namespace legalaid::seed {

struct SeedOptions {
    qint64 people = 0;
    qint64 cases = 0;
    qint64 referrals = 0;
    qint64 activities = -1; // -1: one per 100 people (at least 5 when there are people)
    int eventsPerCase = 0;
    quint64 seed = 1;
    // The last date any generated record may carry. Dates are spread over 2026-01-01 .. until; the core
    // refuses dates in the future, so this defaults to today (capped at 2030-12-31). The same seed, sizes and
    // `until` give the same data.
    QDate until;
    // Drop the secondary indexes for the load and build them at the end; unset: from 100,000 people,
    // cases and referrals on, where it is much faster.
    std::optional<bool> deferIndexes;
};

struct SeedReport {
    qint64 people = 0;
    qint64 cases = 0;
    qint64 caseEvents = 0;
    qint64 referrals = 0;
    qint64 activities = 0;
    qint64 rows = 0; // every row written, in every table (search index and audit entries included)
    qint64 batches = 0;
    double seconds = 0;
    [[nodiscard]] double rowsPerSecond() const {
        return seconds > 0 ? static_cast<double>(rows) / seconds : 0;
    }
};

// Called after each batch commits (about every 10,000 rows) with the rows written so far.
using SeedProgress = std::function<void(qint64 rows, double seconds)>;

// Fills the database with realistic, deterministic data through a bulk path that applies the core's rules
// (the person, identification and consent checks of core/records/people, the case state machine, the
// register numbering, consent before disclosure, the support regimes) and writes the same rows the services
// would: the people_search documents as reindexPerson builds them and, per batch of about 10,000 rows, one
// summary entry in the hash-chained audit log in the batch's transaction. Administrators only.
[[nodiscard]] Result<SeedReport> seedDatabase(Session& session, const SeedOptions& options,
                                              const SeedProgress& progress = {});

} // namespace legalaid::seed

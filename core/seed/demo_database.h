#pragma once

#include "common/result.h"

#include <QString>

namespace legalaid::seed {

// A throw-away database for someone evaluating the desk: a fictional centre, a few hundred generated
// records and a director's account. Nothing in it is real.
struct DemoDatabase {
    QString databasePath;
    QString userName;
    QString password; // random, shown on the demo banner so the demo can be unlocked after a lock
};

// Creates the demo database in `folder` (which must exist and be empty of a previous demo).
[[nodiscard]] Result<DemoDatabase> createDemoDatabase(const QString& folder);

} // namespace legalaid::seed

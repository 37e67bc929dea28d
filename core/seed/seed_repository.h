#pragma once

#include "common/result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <array>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace legalaid::seed {

// The tables the generator writes, each with one prepared INSERT re-executed with new binds.
enum class SeedTable {
    Organisation,
    Provider,
    Person,
    IdentificationEvent,
    Consent,
    ConsentPartner,
    PersonSearch,
    PersonSearchDelete,
    Case,
    CaseTransition,
    CaseEvent,
    RegisterCounter,
    Referral,
    ReferralStatus,
    ReferralDisclosure,
    Activity,
};
inline constexpr int kSeedTableCount = 16;

// All SQL of the generator. Statements are prepared on first use and kept for the whole run.
class SeedRepository {
public:
    explicit SeedRepository(QSqlDatabase db);
    ~SeedRepository();
    SeedRepository(const SeedRepository&) = delete;
    SeedRepository& operator=(const SeedRepository&) = delete;

    // Runs the table's statement with `values` bound in column order (see seed_repository.cpp).
    [[nodiscard]] Status insert(SeedTable table, const QVariantList& values);

    [[nodiscard]] Result<qint64> maxId(const QString& table) const; // one of the generator's tables
    [[nodiscard]] Result<std::optional<qint64>> organisationByCode(const QString& code) const;
    [[nodiscard]] Result<QHash<QString, int>> registerCounters() const; // "UNIT/YEAR" -> last number

    // The non-unique indexes on the generator's tables, with the SQL that created them (sqlite_master).
    struct IndexDefinition {
        QString name;
        QString sql;
    };
    [[nodiscard]] Result<std::vector<IndexDefinition>> secondaryIndexes() const;
    [[nodiscard]] Status dropIndex(const QString& name);
    // Re-runs an index's own CREATE statement, as read by secondaryIndexes().
    [[nodiscard]] Status createIndex(const IndexDefinition& index);

private:
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr; // the session's connection, owned by its driver
    std::array<sqlite3_stmt*, kSeedTableCount> m_statements{};
};

} // namespace legalaid::seed

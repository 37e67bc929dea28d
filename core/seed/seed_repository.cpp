#include "seed/seed_repository.h"

#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace legalaid::seed {

namespace {

QString statementFor(SeedTable table) {
    switch (table) {
    case SeedTable::Organisation:
        return QStringLiteral("INSERT INTO organisations (id, kind, name, code, short_name, address, phone, "
                              "province_code, parent_id, active, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    case SeedTable::Provider:
        return QStringLiteral(
            "INSERT INTO providers (id, kind, full_name, card_number, organisation_id, phone, "
            "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)");
    case SeedTable::Person:
        return QStringLiteral(
            "INSERT INTO people (id, category, full_name, name_folded, sex, birth_date, birth_year, "
            "ethnicity_code, nationality_code, id_type, id_number, province_code, commune, phone, "
            "exploitation_code, destination_code, return_mode, notes, accompanies_person_id, arrival_date, "
            "current_status, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::IdentificationEvent:
        return QStringLiteral(
            "INSERT INTO identification_events (person_id, status, deciding_body, decision_date, "
            "document_type, document_number, document_issuer, document_date, note, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::Consent:
        return QStringLiteral("INSERT INTO consents (id, person_id, keep_data, share, given_by, "
                              "representative_name, given_on, note, created_at, created_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::ConsentPartner:
        return QStringLiteral("INSERT INTO consent_partners (consent_id, organisation_id) VALUES (?, ?)");
    case SeedTable::PersonSearch:
        return QStringLiteral("INSERT INTO people_search (docid, document) VALUES (?, ?)");
    case SeedTable::PersonSearchDelete:
        return QStringLiteral("DELETE FROM people_search WHERE docid = ?");
    case SeedTable::Case:
        return QStringLiteral(
            "INSERT INTO cases (id, unit_code, unit_organisation_id, form, field_code, group_code, "
            "beneficiary_person_id, requester_name, requester_relation, source, received_on, summary, "
            "urgent, "
            "urgent_reason, hearing_date, limitation_date, status, register_year, register_number, "
            "file_code, "
            "provider_id, accepted_on, assigned_on, started_on, ended_on, last_step_on, outcome, "
            "exit_ground, "
            "exit_reason, transferred_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::CaseTransition:
        return QStringLiteral(
            "INSERT INTO case_transitions (case_id, action, from_status, to_status, effective_on, ground, "
            "reason, provider_id, organisation_id, requested_on, late, actor, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::CaseEvent:
        return QStringLiteral(
            "INSERT INTO case_events (case_id, kind, occurred_on, body, court, stage, document_direction, "
            "document_type, document_number, document_party, document_title, provider_id, "
            "previous_provider_id, rating, satisfied, actor, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::RegisterCounter:
        return QStringLiteral("INSERT OR REPLACE INTO case_register_counters (unit_code, year, last_number) "
                              "VALUES (?, ?, ?)");
    case SeedTable::Referral:
        return QStringLiteral(
            "INSERT INTO referrals (id, person_id, direction, organisation_id, source_kind, service, status, "
            "sent_on, due_on, regime_group, out_of_regime, person_abroad, note, created_by, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::ReferralStatus:
        return QStringLiteral(
            "INSERT INTO referral_status_history (referral_id, from_status, to_status, changed_on, "
            "recorded_by, recorded_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    case SeedTable::ReferralDisclosure:
        return QStringLiteral(
            "INSERT INTO referral_disclosures (referral_id, consent_id, field) VALUES (?, ?, ?)");
    case SeedTable::Activity:
        return QStringLiteral(
            "INSERT INTO activities (id, kind, held_on, title, audience, participants, female_participants, "
            "place, organiser_unit_id, partner_organisation_id, notes, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    return {};
}

Error sqlError(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("Seed", "Cannot write the generated data: %1")
                         .arg(query.lastError().databaseText()));
}

Error sqlError(sqlite3* db) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("Seed", "Cannot write the generated data: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

// Binds one value: an invalid or null QVariant is SQL NULL, a null QString is '' (the NOT NULL text
// columns), numbers are integers. Text is bound without a copy: `value` outlives the step.
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value) {
    if (!value.isValid())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto* text = static_cast<const QString*>(value.constData());
        static const char16_t empty[] = u"";
        const void* data = text->isNull() ? static_cast<const void*>(empty) : text->utf16();
        return sqlite3_bind_text16(statement, index, data, static_cast<int>(text->size() * 2), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.isNull() ? sqlite3_bind_null(statement, index)
                              : sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        if (value.isNull())
            return sqlite3_bind_null(statement, index);
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

// The generator's INSERTs go straight to the SQLCipher C API on the session's own connection (and so in its
// transaction): Qt's positional binding formats a placeholder name per value, which costs more than the
// insert itself at this volume.
SeedRepository::SeedRepository(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (const auto* driver = qobject_cast<const storage::SqlCipherDriver*>(m_db.driver()))
        m_handle = driver->sqliteHandle();
}

SeedRepository::~SeedRepository() {
    for (sqlite3_stmt* statement : m_statements)
        sqlite3_finalize(statement); // a no-op on nullptr
}

Status SeedRepository::insert(SeedTable table, const QVariantList& values) {
    if (!m_handle)
        return makeError(ErrorCode::Internal, QStringLiteral("seed: not an SQLCipher connection"));
    sqlite3_stmt*& statement = m_statements[static_cast<std::size_t>(table)];
    if (!statement) {
        const QByteArray sql = statementFor(table).toUtf8();
        if (sqlite3_prepare_v2(m_handle, sql.constData(), static_cast<int>(sql.size()), &statement,
                               nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            statement = nullptr;
            return sqlError(m_handle);
        }
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bindValue(statement, i + 1, values.at(i)) != SQLITE_OK) {
            sqlite3_reset(statement);
            return sqlError(m_handle);
        }
    }
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE)
        return sqlError(m_handle);
    return {};
}

Result<qint64> SeedRepository::maxId(const QString& table) const {
    // `table` is one of the generator's own table names, never user input.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table) || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

Result<std::vector<SeedRepository::IndexDefinition>> SeedRepository::secondaryIndexes() const {
    // Unique indexes stay: they enforce rules while the rows go in.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND upper(substr(sql, 1, 13)) <> 'CREATE UNIQUE' AND tbl_name IN ('people', "
        "'identification_events', 'consents', 'consent_partners', 'cases', 'case_transitions', "
        "'case_events', 'referrals', 'referral_status_history', 'referral_disclosures', 'activities') "
        "ORDER BY name"));
    if (!query.exec())
        return sqlError(query);
    std::vector<IndexDefinition> indexes;
    while (query.next())
        indexes.push_back({query.value(0).toString(), query.value(1).toString()});
    return indexes;
}

Status SeedRepository::dropIndex(const QString& name) {
    // `name` comes from sqlite_master (the schema's own index names), quoted as an identifier.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DROP INDEX IF EXISTS ") +
                    m_db.driver()->escapeIdentifier(name, QSqlDriver::TableName)))
        return sqlError(query);
    return {};
}

Status SeedRepository::createIndex(const IndexDefinition& index) {
    // The schema's own CREATE INDEX text, stored by secondaryIndexes() before the drop; never user text.
    QSqlQuery query(m_db);
    if (!query.exec(index.sql))
        return sqlError(query);
    return {};
}

Result<std::optional<qint64>> SeedRepository::organisationByCode(const QString& code) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM organisations WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QHash<QString, int>> SeedRepository::registerCounters() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT unit_code, year, last_number FROM case_register_counters")))
        return sqlError(query);
    QHash<QString, int> counters;
    while (query.next())
        counters.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString(),
                        query.value(2).toInt());
    return counters;
}

} // namespace legalaid::seed

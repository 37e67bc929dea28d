#include "exchange/export_repository.h"

#include "reports/report_repository.h"
#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QVariant>
#include <algorithm>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace legalaid::exchange {

namespace {

Error sqlFailure(sqlite3* db) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ExportRepository", "Cannot read the records to export: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ExportRepository", "Cannot read the records to export: %1")
                         .arg(query.lastError().databaseText()));
}

struct KindSql {
    const char* select;
    const char* fromWhere; // two parameters: the period's first day and (cases, people: last / next) day
    bool nextDay;          // the second parameter is the day after the period (timestamps)
    bool toFirst;          // the parameters are (to, from) in that order
    // The number of rows, for progress, with the same two parameters: from the kind's own table (its
    // joins are on non-null foreign keys and change nothing) and from indexes where they suffice, so that
    // counting does not cost a second pass over the rows.
    const char* count;
};

KindSql kindSql(ExportKind kind) {
    switch (kind) {
    case ExportKind::Cases:
        return {
            "SELECT c.id, c.beneficiary_person_id, c.unit_code, c.form, c.field_code, c.group_code, "
            "c.source, "
            "c.received_on, c.accepted_on, c.assigned_on, c.ended_on, c.status, c.exit_ground, c.urgent, "
            "pr.kind, c.provider_id, p.category, p.sex, p.birth_date, p.birth_year, p.ethnicity_code, "
            "p.nationality_code, p.province_code, c.file_code, p.full_name, p.id_number, p.phone, p.commune, "
            "c.requester_name, c.summary, c.outcome, c.exit_reason ",
            "FROM cases c JOIN people p ON p.id = c.beneficiary_person_id "
            "LEFT JOIN providers pr ON pr.id = c.provider_id "
            "WHERE c.received_on <= ? AND (c.ended_on IS NULL OR c.ended_on >= ?)",
            false, true,
            // Received by the end, less those ended before the start (received before they ended):
            // cases_received and cases_ended_on answer both without reading a case.
            "SELECT (SELECT count(*) FROM cases WHERE received_on <= ?) - "
            "(SELECT count(*) FROM cases WHERE ended_on < ?)"};
    case ExportKind::People:
        return {"SELECT p.id, p.category, p.sex, p.birth_date, p.birth_year, p.ethnicity_code, "
                "p.nationality_code, "
                "p.province_code, p.exploitation_code, p.destination_code, p.return_mode, p.current_status, "
                "p.accompanies_person_id, substr(p.created_at, 1, 10), p.full_name, p.id_type, p.id_number, "
                "p.phone, p.commune, p.notes, p.arrival_date ",
                "FROM people p WHERE p.created_at >= ? AND p.created_at < ?", true, false,
                "SELECT count(*) FROM people p WHERE p.created_at >= ? AND p.created_at < ?"};
    case ExportKind::Referrals:
        return {
            "SELECT r.id, r.person_id, r.direction, o.kind, r.source_kind, r.service, r.status, r.sent_on, "
            "r.due_on, r.regime_group, r.out_of_regime, r.person_abroad, o.name, r.note ",
            "FROM referrals r JOIN organisations o ON o.id = r.organisation_id "
            "WHERE r.sent_on >= ? AND r.sent_on <= ?",
            false, false, "SELECT count(*) FROM referrals r WHERE r.sent_on >= ? AND r.sent_on <= ?"};
    case ExportKind::Activities:
        return {"SELECT a.id, a.kind, a.held_on, a.audience, a.participants, a.female_participants, ou.code, "
                "po.kind, a.title, a.place, a.notes ",
                "FROM activities a LEFT JOIN organisations ou ON ou.id = a.organiser_unit_id "
                "LEFT JOIN organisations po ON po.id = a.partner_organisation_id "
                "WHERE a.held_on >= ? AND a.held_on <= ?",
                false, false, "SELECT count(*) FROM activities a WHERE a.held_on >= ? AND a.held_on <= ?"};
    case ExportKind::Htcds:
        // The deciding body and date of the latest identification decision (the one current_status comes
        // from); identification_events_person (person_id, decision_date, id) answers each in one seek.
        return {
            "SELECT p.id, p.category, p.current_status, "
            "(SELECT e.deciding_body FROM identification_events e WHERE e.person_id = p.id "
            "ORDER BY e.decision_date DESC, e.id DESC LIMIT 1), "
            "(SELECT e.decision_date FROM identification_events e WHERE e.person_id = p.id "
            "ORDER BY e.decision_date DESC, e.id DESC LIMIT 1), "
            "p.exploitation_code, p.destination_code, p.sex, p.birth_date, p.birth_year, "
            "p.nationality_code, p.arrival_date, substr(p.created_at, 1, 10) ",
            "FROM people p WHERE p.category <> 'accompanying_minor' AND p.created_at >= ? AND "
            "p.created_at < ?",
            true, false,
            "SELECT count(*) FROM people p WHERE p.category <> 'accompanying_minor' AND p.created_at >= ? "
            "AND p.created_at < ?"};
    }
    return {"", "", false, false, ""};
}

QString idColumnOf(ExportKind kind) {
    switch (kind) {
    case ExportKind::Cases:
        return QStringLiteral("c.id");
    case ExportKind::People:
    case ExportKind::Htcds:
        return QStringLiteral("p.id");
    case ExportKind::Referrals:
        return QStringLiteral("r.id");
    case ExportKind::Activities:
        return QStringLiteral("a.id");
    }
    return {};
}

// The two period bounds in the order the kind's SQL binds them.
std::pair<QByteArray, QByteArray> boundsOf(ExportKind kind, const reports::ReportPeriod& period) {
    const KindSql sql = kindSql(kind);
    const QByteArray from = period.from.toString(Qt::ISODate).toLatin1();
    const QByteArray to = (sql.nextDay ? period.to.addDays(1) : period.to).toString(Qt::ISODate).toLatin1();
    return sql.toFirst ? std::make_pair(to, from) : std::make_pair(from, to);
}

} // namespace

// Each person's fields one after the other: a 2-byte length (0xFFFF for NULL) and the bytes; `offsetOfId`
// maps a person id to the offset of its first field (0 for none: the buffer starts with one unused byte).
struct ExportCursor::PeopleInMemory {
    static constexpr int kFirstColumn = ExportRepository::CasePersonCategory;
    static constexpr int kLastColumn = ExportRepository::CasePersonProvince;
    static constexpr int kPersonIdColumn = ExportRepository::CasePersonId;
    static constexpr std::uint16_t kNull = 0xFFFF;
    std::string bytes = std::string(1, '\0');
    std::vector<std::uint32_t> offsetOfId;
};

ExportCursor::ExportCursor(sqlite3* db, sqlite3_stmt* statement,
                           std::unique_ptr<reports::LargeReadCache> cache)
    : m_db(db)
    , m_statement(statement)
    , m_cache(std::move(cache)) {}

ExportCursor::~ExportCursor() {
    sqlite3_finalize(m_statement);
    if (m_ownsTransaction)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); // a read transaction: nothing to lose
}

bool ExportCursor::next() {
    m_lastStep = sqlite3_step(m_statement);
    if (m_lastStep == SQLITE_ROW && m_people) {
        const qint64 id = sqlite3_column_int64(m_statement, PeopleInMemory::kPersonIdColumn);
        const std::uint32_t offset = id > 0 && static_cast<std::size_t>(id) < m_people->offsetOfId.size()
                                         ? m_people->offsetOfId[static_cast<std::size_t>(id)]
                                         : 0;
        m_person = offset ? m_people->bytes.data() + offset : nullptr;
    }
    return m_lastStep == SQLITE_ROW;
}

Status ExportCursor::status() const {
    if (m_lastStep == SQLITE_ROW || m_lastStep == SQLITE_DONE || m_lastStep == 0)
        return {};
    return sqlFailure(m_db);
}

bool ExportCursor::fromPeople(int column) const {
    return m_people && column >= PeopleInMemory::kFirstColumn && column <= PeopleInMemory::kLastColumn;
}

std::string_view ExportCursor::personField(int column, bool* isNull) const {
    if (!m_person) {
        *isNull = true;
        return {};
    }
    const char* at = m_person;
    for (int field = PeopleInMemory::kFirstColumn;; ++field) {
        std::uint16_t length = 0;
        std::memcpy(&length, at, sizeof length);
        at += sizeof length;
        if (field == column) {
            *isNull = length == PeopleInMemory::kNull;
            return *isNull ? std::string_view() : std::string_view(at, length);
        }
        if (length != PeopleInMemory::kNull)
            at += length;
    }
}

std::string_view ExportCursor::text(int column) const {
    if (fromPeople(column)) {
        bool null = false;
        return personField(column, &null);
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!bytes)
        return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

bool ExportCursor::isNull(int column) const {
    if (fromPeople(column)) {
        bool null = false;
        static_cast<void>(personField(column, &null));
        return null;
    }
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 ExportCursor::integer(int column) const {
    if (fromPeople(column)) {
        bool null = false;
        const std::string_view text = personField(column, &null);
        qint64 value = 0;
        bool negative = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i == 0 && text[i] == '-')
                negative = true;
            else if (text[i] >= '0' && text[i] <= '9')
                value = value * 10 + (text[i] - '0');
            else
                break;
        }
        return negative ? -value : value;
    }
    return sqlite3_column_int64(m_statement, column);
}

QString exportKindCode(ExportKind kind) {
    switch (kind) {
    case ExportKind::Cases:
        return QStringLiteral("cases");
    case ExportKind::People:
        return QStringLiteral("people");
    case ExportKind::Referrals:
        return QStringLiteral("referrals");
    case ExportKind::Activities:
        return QStringLiteral("activities");
    case ExportKind::Htcds:
        return QStringLiteral("htcds");
    }
    return {};
}

Result<ExportKind> exportKindFromCode(const QString& code) {
    for (const ExportKind kind : {ExportKind::Cases, ExportKind::People, ExportKind::Referrals,
                                  ExportKind::Activities, ExportKind::Htcds}) {
        if (exportKindCode(kind) == code)
            return kind;
    }
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate(
            "ExportRepository", "Unknown export \"%1\": use cases, people, referrals, activities or htcds.")
            .arg(code));
}

ExportRepository::ExportRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> ExportRepository::count(ExportKind kind, const reports::ReportPeriod& period) const {
    const KindSql sql = kindSql(kind);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(sql.count)))
        return sqlFailure(query);
    const auto [first, second] = boundsOf(kind, period);
    query.addBindValue(QString::fromLatin1(first));
    query.addBindValue(QString::fromLatin1(second));
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

namespace {

// The cases without the people join: the same columns, the people's ones NULL (the cursor fills them in).
constexpr const char* kCasesWithoutPeople =
    "SELECT c.id, c.beneficiary_person_id, c.unit_code, c.form, c.field_code, c.group_code, c.source, "
    "c.received_on, c.accepted_on, c.assigned_on, c.ended_on, c.status, c.exit_ground, c.urgent, pr.kind, "
    "c.provider_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.file_code, NULL, NULL, NULL, NULL, "
    "c.requester_name, c.summary, c.outcome, c.exit_reason "
    "FROM cases c LEFT JOIN providers pr ON pr.id = c.provider_id "
    "WHERE c.received_on <= ? AND (c.ended_on IS NULL OR c.ended_on >= ?)";

// Below this many rows the join is cheap enough, and reading every person would cost more than it saves.
constexpr qint64 kPeopleInMemoryFrom = 50000;

Status prepare(sqlite3* handle, const QByteArray& text, sqlite3_stmt** statement) {
    if (sqlite3_prepare_v2(handle, text.constData(), static_cast<int>(text.size()), statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
        return sqlFailure(handle);
    }
    return {};
}

} // namespace

Result<std::unique_ptr<ExportCursor>> ExportRepository::open(ExportKind kind,
                                                             const reports::ReportPeriod& period,
                                                             qint64 expectedRows, bool identifying) const {
    const auto* driver = qobject_cast<const storage::SqlCipherDriver*>(m_db.driver());
    sqlite3* handle = driver ? driver->sqliteHandle() : nullptr;
    if (!handle)
        return makeError(ErrorCode::Internal, QStringLiteral("export: not an SQLCipher connection"));
    auto cache = std::make_unique<reports::LargeReadCache>(m_db);
    const KindSql sql = kindSql(kind);
    const bool peopleInMemory =
        kind == ExportKind::Cases && !identifying && expectedRows >= kPeopleInMemoryFrom;
    const QByteArray text =
        (peopleInMemory ? QByteArray(kCasesWithoutPeople) : QByteArray(sql.select) + sql.fromWhere) +
        " ORDER BY " + idColumnOf(kind).toLatin1();

    std::unique_ptr<ExportCursor::PeopleInMemory> people;
    bool ownsTransaction = false;
    if (peopleInMemory) {
        // One snapshot for both reads (WAL: writers are not held up).
        if (sqlite3_get_autocommit(handle)) {
            if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
                return sqlFailure(handle);
            ownsTransaction = true;
        }
        const auto endTransaction = [&] {
            if (ownsTransaction)
                sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
        };
        sqlite3_stmt* read = nullptr;
        if (auto prepared = prepare(handle,
                                    "SELECT id, category, sex, birth_date, birth_year, ethnicity_code, "
                                    "nationality_code, province_code FROM people ORDER BY id",
                                    &read);
            !prepared) {
            endTransaction();
            return prepared.error();
        }
        people = std::make_unique<ExportCursor::PeopleInMemory>();
        int stepped = SQLITE_ROW;
        bool tooSparse = false;
        while ((stepped = sqlite3_step(read)) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(read, 0);
            // Ids are dense in practice; a database where they are not keeps the join.
            if (id <= 0 || id > 64 * (expectedRows + 1000000) || people->bytes.size() > 0xF0000000u) {
                tooSparse = true;
                break;
            }
            if (static_cast<std::size_t>(id) >= people->offsetOfId.size())
                people->offsetOfId.resize(static_cast<std::size_t>(id) + 1 + people->offsetOfId.size() / 2,
                                          0);
            people->offsetOfId[static_cast<std::size_t>(id)] =
                static_cast<std::uint32_t>(people->bytes.size());
            for (int column = 1; column <= 7; ++column) {
                const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(read, column));
                const std::size_t size =
                    bytes ? static_cast<std::size_t>(sqlite3_column_bytes(read, column)) : 0;
                const std::uint16_t length =
                    bytes ? static_cast<std::uint16_t>(std::min<std::size_t>(size, 0xFFFE))
                          : ExportCursor::PeopleInMemory::kNull;
                people->bytes.append(reinterpret_cast<const char*>(&length), sizeof length);
                if (bytes)
                    people->bytes.append(bytes, length);
            }
        }
        sqlite3_finalize(read);
        if (tooSparse) {
            endTransaction();
            return open(kind, period, 0, identifying);
        }
        if (stepped != SQLITE_DONE) {
            const Error error = sqlFailure(handle);
            endTransaction();
            return error;
        }
    }

    sqlite3_stmt* statement = nullptr;
    const auto [first, second] = boundsOf(kind, period);
    Status ready = prepare(handle, text, &statement);
    if (ready && (sqlite3_bind_text(statement, 1, first.constData(), static_cast<int>(first.size()),
                                    SQLITE_TRANSIENT) != SQLITE_OK ||
                  sqlite3_bind_text(statement, 2, second.constData(), static_cast<int>(second.size()),
                                    SQLITE_TRANSIENT) != SQLITE_OK))
        ready = sqlFailure(handle);
    if (!ready) {
        sqlite3_finalize(statement);
        if (ownsTransaction)
            sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
        return ready.error();
    }
    std::unique_ptr<ExportCursor> cursor(new ExportCursor(handle, statement, std::move(cache)));
    cursor->m_people = std::move(people);
    cursor->m_ownsTransaction = ownsTransaction;
    return cursor;
}

ExchangeSecretRepository::ExchangeSecretRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<storage::SecureBytes> ExchangeSecretRepository::read(const QString& purpose) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT secret FROM exchange_secrets WHERE purpose = ?"));
    query.addBindValue(purpose);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return storage::SecureBytes();
    QByteArray bytes = query.value(0).toByteArray();
    query.finish();
    if (bytes.size() != crypto_generichash_KEYBYTES)
        return makeError(ErrorCode::DatabaseDamaged,
                         QCoreApplication::translate(
                             "ExportRepository", "The export secret in the database is damaged; restore a "
                                                 "backup."));
    bytes.detach();
    auto secret = storage::SecureBytes::copyOf(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                               static_cast<std::size_t>(bytes.size()));
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return secret;
}

Status ExchangeSecretRepository::insertIfAbsent(const QString& purpose,
                                                const storage::SecureBytes& secret) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO exchange_secrets (purpose, secret, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(purpose);
    query.addBindValue(QByteArray(secret.chars(), static_cast<qsizetype>(secret.size())));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

} // namespace legalaid::exchange

#include "exchange/export_repository.h"

#include "reports/report_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QVariant>
#include <sodium.h>

namespace legalaid::exchange {

namespace {

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
            false, true};
    case ExportKind::People:
        return {"SELECT p.id, p.category, p.sex, p.birth_date, p.birth_year, p.ethnicity_code, "
                "p.nationality_code, "
                "p.province_code, p.exploitation_code, p.destination_code, p.return_mode, p.current_status, "
                "p.accompanies_person_id, substr(p.created_at, 1, 10), p.full_name, p.id_type, p.id_number, "
                "p.phone, p.commune, p.notes, p.arrival_date ",
                "FROM people p WHERE p.created_at >= ? AND p.created_at < ?", true, false};
    case ExportKind::Referrals:
        return {
            "SELECT r.id, r.person_id, r.direction, o.kind, r.source_kind, r.service, r.status, r.sent_on, "
            "r.due_on, r.regime_group, r.out_of_regime, r.person_abroad, o.name, r.note ",
            "FROM referrals r JOIN organisations o ON o.id = r.organisation_id "
            "WHERE r.sent_on >= ? AND r.sent_on <= ?",
            false, false};
    case ExportKind::Activities:
        return {"SELECT a.id, a.kind, a.held_on, a.audience, a.participants, a.female_participants, ou.code, "
                "po.kind, a.title, a.place, a.notes ",
                "FROM activities a LEFT JOIN organisations ou ON ou.id = a.organiser_unit_id "
                "LEFT JOIN organisations po ON po.id = a.partner_organisation_id "
                "WHERE a.held_on >= ? AND a.held_on <= ?",
                false, false};
    }
    return {"", "", false, false};
}

Result<QSqlQuery> runKind(const QSqlDatabase& db, ExportKind kind, const reports::ReportPeriod& period,
                          const QString& select, const QString& tail) {
    const KindSql sql = kindSql(kind);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(select + QString::fromLatin1(sql.fromWhere) + tail))
        return sqlFailure(query);
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = (sql.nextDay ? period.to.addDays(1) : period.to).toString(Qt::ISODate);
    if (sql.toFirst) {
        query.addBindValue(to);
        query.addBindValue(from);
    } else {
        query.addBindValue(from);
        query.addBindValue(to);
    }
    if (!query.exec())
        return sqlFailure(query);
    return query;
}

} // namespace

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
    }
    return {};
}

Result<ExportKind> exportKindFromCode(const QString& code) {
    for (const ExportKind kind :
         {ExportKind::Cases, ExportKind::People, ExportKind::Referrals, ExportKind::Activities}) {
        if (exportKindCode(kind) == code)
            return kind;
    }
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("ExportRepository",
                                    "Unknown export \"%1\": use cases, people, referrals or activities.")
            .arg(code));
}

ExportRepository::ExportRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> ExportRepository::count(ExportKind kind, const reports::ReportPeriod& period) const {
    auto query = runKind(m_db, kind, period, QStringLiteral("SELECT count(*) "), {});
    if (!query)
        return query.error();
    if (!query->next())
        return sqlFailure(*query);
    return query->value(0).toLongLong();
}

Status ExportRepository::scan(ExportKind kind, const reports::ReportPeriod& period,
                              const std::function<bool(const QSqlQuery&)>& row) const {
    const QString idColumn = kind == ExportKind::Cases       ? QStringLiteral("c.id")
                             : kind == ExportKind::People    ? QStringLiteral("p.id")
                             : kind == ExportKind::Referrals ? QStringLiteral("r.id")
                                                             : QStringLiteral("a.id");
    const reports::LargeReadCache cache(m_db);
    auto query = runKind(m_db, kind, period, QString::fromLatin1(kindSql(kind).select),
                         QStringLiteral(" ORDER BY ") + idColumn);
    if (!query)
        return query.error();
    while (query->next()) {
        if (!row(*query))
            return {};
    }
    if (query->lastError().isValid())
        return sqlFailure(*query);
    return {};
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

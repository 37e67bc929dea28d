#include "records/referrals/referral_repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ReferralRepository", "Cannot read or write referrals: %1")
                         .arg(query.lastError().databaseText()));
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

QVariant optionalText(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString kColumns = QStringLiteral(
    "id, person_id, direction, organisation_id, source_kind, service, status, sent_on, due_on, regime_group, "
    "out_of_regime, person_abroad, note, created_by");

Referral fromRow(const QSqlQuery& query) {
    Referral referral;
    referral.id = query.value(0).toLongLong();
    referral.personId = query.value(1).toLongLong();
    referral.direction = query.value(2).toString();
    referral.organisationId = query.value(3).toLongLong();
    referral.sourceKind = query.value(4).toString();
    referral.service = query.value(5).toString();
    referral.status = query.value(6).toString();
    referral.sentOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    referral.dueOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    referral.regimeGroup = query.value(9).toString();
    referral.outOfRegime = query.value(10).toInt() != 0;
    referral.personAbroad = query.value(11).toInt() != 0;
    referral.note = query.value(12).toString();
    referral.createdBy = query.value(13).toString();
    return referral;
}

} // namespace

ReferralRepository::ReferralRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> ReferralRepository::insert(const Referral& referral) {
    const QString stamp = now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO referrals (person_id, direction, organisation_id, source_kind, service, status, "
        "sent_on, "
        "due_on, regime_group, out_of_regime, person_abroad, note, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(referral.personId);
    query.addBindValue(referral.direction);
    query.addBindValue(referral.organisationId);
    query.addBindValue(optionalText(referral.sourceKind));
    query.addBindValue(optionalText(referral.service));
    query.addBindValue(referral.status);
    query.addBindValue(isoDate(referral.sentOn));
    query.addBindValue(isoDate(referral.dueOn));
    query.addBindValue(textOrEmpty(referral.regimeGroup));
    query.addBindValue(referral.outOfRegime ? 1 : 0);
    query.addBindValue(referral.personAbroad ? 1 : 0);
    query.addBindValue(optionalText(referral.note));
    query.addBindValue(textOrEmpty(referral.createdBy));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Status ReferralRepository::updateStatus(qint64 id, const QString& status) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status ReferralRepository::appendHistory(qint64 referralId, const ReferralStatusChange& change) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO referral_status_history (referral_id, from_status, to_status, "
                                 "changed_on, recorded_by, recorded_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(referralId);
    query.addBindValue(optionalText(change.fromStatus));
    query.addBindValue(change.toStatus);
    query.addBindValue(isoDate(change.changedOn));
    query.addBindValue(textOrEmpty(change.recordedBy));
    query.addBindValue(now());
    query.addBindValue(optionalText(change.note));
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status ReferralRepository::insertDisclosures(qint64 referralId,
                                             const std::vector<ReferralDisclosure>& disclosures) {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO referral_disclosures (referral_id, consent_id, field) VALUES (?, ?, ?)"));
    for (const ReferralDisclosure& disclosure : disclosures) {
        query.bindValue(0, referralId);
        query.bindValue(1, disclosure.consentId);
        query.bindValue(2, disclosure.field);
        if (!query.exec())
            return sqlFailure(query);
    }
    return {};
}

Result<std::optional<Referral>> ReferralRepository::find(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM referrals WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<Referral>();
    return std::optional<Referral>(fromRow(query));
}

Result<std::vector<Referral>> ReferralRepository::list(const ReferralFilter& filter) const {
    QString sql = QStringLiteral("SELECT %1 FROM referrals WHERE 1 = 1").arg(kColumns);
    QVariantList binds;
    if (filter.overdueOn) {
        // Served by referrals_status_due.
        sql += QStringLiteral(" AND status = 'sent' AND due_on < ?");
        binds << isoDate(*filter.overdueOn);
    }
    if (filter.personId > 0) {
        sql += QStringLiteral(" AND person_id = ?");
        binds << filter.personId;
    }
    if (filter.organisationId > 0) {
        sql += QStringLiteral(" AND organisation_id = ?");
        binds << filter.organisationId;
    }
    if (!filter.direction.isEmpty()) {
        sql += QStringLiteral(" AND direction = ?");
        binds << filter.direction;
    }
    if (!filter.status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        binds << filter.status;
    }
    sql += filter.overdueOn ? QStringLiteral(" ORDER BY due_on, id")
                            : QStringLiteral(" ORDER BY sent_on DESC, id DESC");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<Referral> referrals;
    while (query.next())
        referrals.push_back(fromRow(query));
    return referrals;
}

Result<std::vector<ReferralStatusChange>> ReferralRepository::history(qint64 referralId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, from_status, to_status, changed_on, recorded_by, recorded_at, note "
                       "FROM referral_status_history WHERE referral_id = ? ORDER BY id"));
    query.addBindValue(referralId);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<ReferralStatusChange> changes;
    while (query.next()) {
        ReferralStatusChange change;
        change.id = query.value(0).toLongLong();
        change.fromStatus = query.value(1).toString();
        change.toStatus = query.value(2).toString();
        change.changedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        change.recordedBy = query.value(4).toString();
        change.recordedAt = query.value(5).toString();
        change.note = query.value(6).toString();
        changes.push_back(change);
    }
    return changes;
}

Result<std::vector<ReferralDisclosure>> ReferralRepository::disclosures(qint64 referralId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT consent_id, field FROM referral_disclosures WHERE referral_id = ? ORDER BY rowid"));
    query.addBindValue(referralId);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<ReferralDisclosure> disclosures;
    while (query.next())
        disclosures.push_back({query.value(0).toLongLong(), query.value(1).toString()});
    return disclosures;
}

Result<std::optional<ReferralPersonFacts>> ReferralRepository::personFacts(qint64 personId) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT p.category, p.nationality_code, a.category FROM people p "
                                 "LEFT JOIN people a ON a.id = p.accompanies_person_id WHERE p.id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<ReferralPersonFacts>();
    return std::optional<ReferralPersonFacts>(
        ReferralPersonFacts{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
}

} // namespace legalaid

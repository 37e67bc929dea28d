#include "records/people/consent_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ConsentRepository", "Cannot read or write consents: %1")
                         .arg(query.lastError().databaseText()));
}

QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

const QString kSelect = QStringLiteral(
    "SELECT id, person_id, keep_data, share, given_by, representative_name, given_on, withdrawn_on, note, "
    "created_at, created_by FROM consents");

StoredConsent fromRow(const QSqlQuery& query) {
    StoredConsent consent;
    consent.id = query.value(0).toLongLong();
    ConsentDetails& d = consent.details;
    d.personId = query.value(1).toLongLong();
    d.keepData = query.value(2).toInt() != 0;
    d.share = query.value(3).toInt() != 0;
    d.givenBy = consentGiverFromCode(query.value(4).toString()).value_or(ConsentGiver::Person);
    d.representativeName = query.value(5).toString();
    d.givenOn = dateFrom(query.value(6));
    consent.withdrawnOn = dateFrom(query.value(7));
    d.note = query.value(8).toString();
    consent.createdAt = query.value(9).toString();
    consent.createdBy = query.value(10).toString();
    return consent;
}

} // namespace

ConsentRepository::ConsentRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> ConsentRepository::insert(const ConsentDetails& consent, const QString& actor) {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO consents (person_id, keep_data, share, given_by, representative_name, "
                       "given_on, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(consent.personId);
    query.addBindValue(consent.keepData ? 1 : 0);
    query.addBindValue(consent.share ? 1 : 0);
    query.addBindValue(consentGiverCode(consent.givenBy));
    query.addBindValue(textOrEmpty(consent.representativeName));
    query.addBindValue(consent.givenOn.toString(Qt::ISODate));
    query.addBindValue(textOrEmpty(consent.note));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(textOrEmpty(actor));
    if (!query.exec())
        return sqlFailure(query);
    const qint64 id = query.lastInsertId().toLongLong();

    QSqlQuery partner(m_db);
    partner.prepare(
        QStringLiteral("INSERT INTO consent_partners (consent_id, organisation_id) VALUES (?, ?)"));
    for (const qint64 organisation : consent.partnerOrganisationIds) {
        partner.bindValue(0, id);
        partner.bindValue(1, organisation);
        if (!partner.exec())
            return sqlFailure(partner);
    }
    return id;
}

Status ConsentRepository::loadPartners(StoredConsent& consent) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT o.id, o.name FROM consent_partners cp JOIN organisations o "
                       "ON o.id = cp.organisation_id WHERE cp.consent_id = ? ORDER BY o.name, o.id"));
    query.addBindValue(consent.id);
    if (!query.exec())
        return sqlFailure(query);
    while (query.next()) {
        consent.partners.push_back({query.value(0).toLongLong(), query.value(1).toString()});
        consent.details.partnerOrganisationIds.push_back(query.value(0).toLongLong());
    }
    return {};
}

Result<std::optional<StoredConsent>> ConsentRepository::find(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<StoredConsent>();
    StoredConsent consent = fromRow(query);
    query.finish();
    if (auto loaded = loadPartners(consent); !loaded)
        return loaded.error();
    return std::optional<StoredConsent>(consent);
}

Result<std::vector<StoredConsent>> ConsentRepository::forPerson(qint64 personId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral(" WHERE person_id = ? ORDER BY given_on, id"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<StoredConsent> consents;
    while (query.next())
        consents.push_back(fromRow(query));
    query.finish();
    for (StoredConsent& consent : consents) {
        if (auto loaded = loadPartners(consent); !loaded)
            return loaded.error();
    }
    return consents;
}

Status ConsentRepository::setWithdrawn(qint64 id, const QDate& on, const QString& actor) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE consents SET withdrawn_on = ?, withdrawn_at = ?, withdrawn_by = ? "
                                 "WHERE id = ? AND withdrawn_on IS NULL"));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(textOrEmpty(actor));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<std::optional<QString>> ConsentRepository::organisationName(qint64 organisationId) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
    query.addBindValue(organisationId);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<qint64> ConsentRepository::rowCount() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM consents) + (SELECT count(*) FROM consent_partners)")) ||
        !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

} // namespace legalaid

#include "records/directory/directory_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql, QCoreApplication::translate("DirectoryRepository",
                                                                 "Cannot read or write the directory: %1")
                                         .arg(query.lastError().databaseText()));
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Optional text columns hold NULL rather than '' so that "not given" stays distinguishable (and the UNIQUE
// unit code allows any number of organisations without one).
QVariant optionalText(const QString& text) {
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant optionalId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kOrganisationColumns =
    QStringLiteral("id, kind, name, code, short_name, address, phone, province_code, parent_id, active");

Organisation organisationFromRow(const QSqlQuery& query) {
    Organisation organisation;
    organisation.id = query.value(0).toLongLong();
    organisation.kind = query.value(1).toString();
    organisation.name = query.value(2).toString();
    organisation.code = query.value(3).toString();
    organisation.shortName = query.value(4).toString();
    organisation.address = query.value(5).toString();
    organisation.phone = query.value(6).toString();
    organisation.provinceCode = query.value(7).toString();
    organisation.parentId = query.value(8).toLongLong();
    organisation.active = query.value(9).toInt() != 0;
    return organisation;
}

const QString kProviderColumns =
    QStringLiteral("id, kind, full_name, card_number, organisation_id, phone, active");

Provider providerFromRow(const QSqlQuery& query) {
    Provider provider;
    provider.id = query.value(0).toLongLong();
    provider.kind = query.value(1).toString();
    provider.fullName = query.value(2).toString();
    provider.cardNumber = query.value(3).toString();
    provider.organisationId = query.value(4).toLongLong();
    provider.phone = query.value(5).toString();
    provider.active = query.value(6).toInt() != 0;
    return provider;
}

} // namespace

DirectoryRepository::DirectoryRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> DirectoryRepository::insertOrganisation(const Organisation& organisation) {
    const QString stamp = now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO organisations (kind, name, code, short_name, address, phone, province_code, parent_id, "
        "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(organisation.kind);
    query.addBindValue(textOrEmpty(organisation.name));
    query.addBindValue(optionalText(organisation.code));
    query.addBindValue(optionalText(organisation.shortName));
    query.addBindValue(optionalText(organisation.address));
    query.addBindValue(optionalText(organisation.phone));
    query.addBindValue(optionalText(organisation.provinceCode));
    query.addBindValue(optionalId(organisation.parentId));
    query.addBindValue(organisation.active ? 1 : 0);
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Status DirectoryRepository::updateOrganisation(const Organisation& organisation) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE organisations SET kind = ?, name = ?, code = ?, short_name = ?, address = ?, phone = ?, "
        "province_code = ?, parent_id = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(organisation.kind);
    query.addBindValue(textOrEmpty(organisation.name));
    query.addBindValue(optionalText(organisation.code));
    query.addBindValue(optionalText(organisation.shortName));
    query.addBindValue(optionalText(organisation.address));
    query.addBindValue(optionalText(organisation.phone));
    query.addBindValue(optionalText(organisation.provinceCode));
    query.addBindValue(optionalId(organisation.parentId));
    query.addBindValue(now());
    query.addBindValue(organisation.id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status DirectoryRepository::setOrganisationActive(qint64 id, bool active) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE organisations SET active = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<std::optional<Organisation>> DirectoryRepository::organisation(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(kOrganisationColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<Organisation>();
    return std::optional<Organisation>(organisationFromRow(query));
}

Result<std::optional<Organisation>> DirectoryRepository::organisationByCode(const QString& code) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE code = ?").arg(kOrganisationColumns));
    query.addBindValue(code);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<Organisation>();
    return std::optional<Organisation>(organisationFromRow(query));
}

Result<std::vector<Organisation>> DirectoryRepository::organisations(const OrganisationFilter& filter) const {
    QString sql = QStringLiteral("SELECT %1 FROM organisations WHERE 1 = 1").arg(kOrganisationColumns);
    if (!filter.kind.isEmpty())
        sql += QStringLiteral(" AND kind = ?");
    if (!filter.includeInactive)
        sql += QStringLiteral(" AND active = 1");
    sql += QStringLiteral(" ORDER BY kind, code, name, id");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.kind.isEmpty())
        query.addBindValue(filter.kind);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<Organisation> organisations;
    while (query.next())
        organisations.push_back(organisationFromRow(query));
    return organisations;
}

Result<qint64> DirectoryRepository::insertProvider(const Provider& provider) {
    const QString stamp = now();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO providers (kind, full_name, card_number, organisation_id, phone, "
                       "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(provider.kind);
    query.addBindValue(textOrEmpty(provider.fullName));
    query.addBindValue(optionalText(provider.cardNumber));
    query.addBindValue(optionalId(provider.organisationId));
    query.addBindValue(optionalText(provider.phone));
    query.addBindValue(provider.active ? 1 : 0);
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Status DirectoryRepository::updateProvider(const Provider& provider) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE providers SET kind = ?, full_name = ?, card_number = ?, "
                                 "organisation_id = ?, phone = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(provider.kind);
    query.addBindValue(textOrEmpty(provider.fullName));
    query.addBindValue(optionalText(provider.cardNumber));
    query.addBindValue(optionalId(provider.organisationId));
    query.addBindValue(optionalText(provider.phone));
    query.addBindValue(now());
    query.addBindValue(provider.id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status DirectoryRepository::setProviderActive(qint64 id, bool active) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE providers SET active = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<std::optional<Provider>> DirectoryRepository::provider(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM providers WHERE id = ?").arg(kProviderColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<Provider>();
    return std::optional<Provider>(providerFromRow(query));
}

Result<std::vector<Provider>> DirectoryRepository::providers(const ProviderFilter& filter) const {
    QString sql = QStringLiteral("SELECT %1 FROM providers WHERE 1 = 1").arg(kProviderColumns);
    if (filter.organisationId > 0)
        sql += QStringLiteral(" AND organisation_id = ?");
    if (!filter.includeInactive)
        sql += QStringLiteral(" AND active = 1");
    sql += QStringLiteral(" ORDER BY organisation_id, kind, full_name, id");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (filter.organisationId > 0)
        query.addBindValue(filter.organisationId);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<Provider> providers;
    while (query.next())
        providers.push_back(providerFromRow(query));
    return providers;
}

} // namespace legalaid

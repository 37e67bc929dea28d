#include "records/activities/activity_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ActivityRepository", "Cannot read or write activities: %1")
                         .arg(query.lastError().databaseText()));
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant optionalText(const QString& text) {
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant optionalId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kColumns = QStringLiteral(
    "id, kind, held_on, title, audience, participants, female_participants, place, organiser_unit_id, "
    "partner_organisation_id, notes, created_by");

Activity fromRow(const QSqlQuery& query) {
    Activity activity;
    activity.id = query.value(0).toLongLong();
    activity.kind = query.value(1).toString();
    activity.heldOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    activity.title = query.value(3).toString();
    activity.audience = query.value(4).toString();
    activity.participants = query.value(5).toInt();
    activity.femaleParticipants = query.value(6).toInt();
    activity.place = query.value(7).toString();
    activity.organiserUnitId = query.value(8).toLongLong();
    activity.partnerOrganisationId = query.value(9).toLongLong();
    activity.notes = query.value(10).toString();
    activity.createdBy = query.value(11).toString();
    return activity;
}

} // namespace

ActivityRepository::ActivityRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> ActivityRepository::insert(const Activity& activity) {
    const QString stamp = now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO activities (kind, held_on, title, audience, participants, female_participants, place, "
        "organiser_unit_id, partner_organisation_id, notes, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(activity.kind);
    query.addBindValue(activity.heldOn.toString(Qt::ISODate));
    query.addBindValue(textOrEmpty(activity.title));
    query.addBindValue(textOrEmpty(activity.audience));
    query.addBindValue(activity.participants);
    query.addBindValue(activity.femaleParticipants);
    query.addBindValue(optionalText(activity.place));
    query.addBindValue(optionalId(activity.organiserUnitId));
    query.addBindValue(optionalId(activity.partnerOrganisationId));
    query.addBindValue(optionalText(activity.notes));
    query.addBindValue(textOrEmpty(activity.createdBy));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Status ActivityRepository::update(const Activity& activity) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE activities SET kind = ?, held_on = ?, title = ?, audience = ?, participants = ?, "
        "female_participants = ?, place = ?, organiser_unit_id = ?, partner_organisation_id = ?, notes = ?, "
        "updated_at = ? WHERE id = ?"));
    query.addBindValue(activity.kind);
    query.addBindValue(activity.heldOn.toString(Qt::ISODate));
    query.addBindValue(textOrEmpty(activity.title));
    query.addBindValue(textOrEmpty(activity.audience));
    query.addBindValue(activity.participants);
    query.addBindValue(activity.femaleParticipants);
    query.addBindValue(optionalText(activity.place));
    query.addBindValue(optionalId(activity.organiserUnitId));
    query.addBindValue(optionalId(activity.partnerOrganisationId));
    query.addBindValue(optionalText(activity.notes));
    query.addBindValue(now());
    query.addBindValue(activity.id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<std::optional<Activity>> ActivityRepository::find(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM activities WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<Activity>();
    return std::optional<Activity>(fromRow(query));
}

Result<std::vector<Activity>> ActivityRepository::list(const ActivityFilter& filter) const {
    QString sql = QStringLiteral("SELECT %1 FROM activities WHERE 1 = 1").arg(kColumns);
    QVariantList binds;
    if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND kind = ?");
        binds << filter.kind;
    }
    if (filter.from) {
        sql += QStringLiteral(" AND held_on >= ?");
        binds << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        sql += QStringLiteral(" AND held_on <= ?");
        binds << filter.to->toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY held_on, id");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<Activity> activities;
    while (query.next())
        activities.push_back(fromRow(query));
    return activities;
}

} // namespace legalaid

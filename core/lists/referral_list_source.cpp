#include "lists/referral_list_source.h"

#include "domain/referral_catalogue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid::lists {
namespace {

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ReferralListSource", "Cannot read the referral list: %1")
                         .arg(query.lastError().databaseText()));
}

Error invalidFilter(const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("ReferralListSource",
                                                 "The referral list filter \"%1\" is not known; choose a "
                                                 "value from the filter bar.")
                         .arg(what));
}

QString displayDate(const QVariant& isoDate) {
    return QDate::fromString(isoDate.toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
}

bool truthy(const QVariant& value) {
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        return text == QStringLiteral("1") || text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    }
    return value.toBool();
}

} // namespace

ReferralListFilter ReferralListFilter::fromLink(const QVariantMap& link) {
    ReferralListFilter filter;
    filter.direction = link.value(QStringLiteral("direction")).toString();
    filter.awaitingAnswer = truthy(link.value(QStringLiteral("awaitingAnswer")));
    filter.overdue = truthy(link.value(QStringLiteral("overdue")));
    filter.status = link.value(QStringLiteral("status")).toString();
    filter.personId = link.value(QStringLiteral("personId")).toLongLong();
    return filter;
}

Result<std::shared_ptr<const ReferralListSource>>
ReferralListSource::create(const ReferralListFilter& filter, ReferralListOrder order, const QDate& today) {
    if (!filter.direction.isEmpty() && !referralDirectionCodes().contains(filter.direction))
        return invalidFilter(filter.direction);
    if (!filter.status.isEmpty() && !isReferralStatus(filter.status))
        return invalidFilter(filter.status);
    return std::shared_ptr<const ReferralListSource>(
        new ReferralListSource(filter, order, today.isValid() ? today : QDate::currentDate()));
}

ReferralListSource::ReferralListSource(ReferralListFilter filter, ReferralListOrder order, QDate today)
    : m_filter(std::move(filter))
    , m_order(order)
    , m_today(today) {}

QString ReferralListSource::overdueMark() {
    return QCoreApplication::translate("ReferralListSource", "overdue");
}

QStringList ReferralListSource::columnTitles() const {
    return {QCoreApplication::translate("ReferralListSource", "Direction"),
            QCoreApplication::translate("ReferralListSource", "Person"),
            QCoreApplication::translate("ReferralListSource", "Partner"),
            QCoreApplication::translate("ReferralListSource", "Service"),
            QCoreApplication::translate("ReferralListSource", "Status"),
            QCoreApplication::translate("ReferralListSource", "Sent"),
            QCoreApplication::translate("ReferralListSource", "Answer due"),
            QCoreApplication::translate("ReferralListSource", "Overdue")};
}

QString ReferralListSource::whereClause(QVariantList& binds) const {
    QStringList terms;
    if (!m_filter.direction.isEmpty()) {
        terms << QStringLiteral("r.direction = ?");
        binds << m_filter.direction;
    }
    if (m_filter.awaitingAnswer || m_filter.overdue)
        terms << QStringLiteral("r.status = 'sent'");
    else if (!m_filter.status.isEmpty()) {
        terms << QStringLiteral("r.status = ?");
        binds << m_filter.status;
    }
    if (m_filter.overdue) {
        terms << QStringLiteral("r.due_on < ?");
        binds << m_today.toString(Qt::ISODate);
    }
    if (m_filter.personId > 0) {
        terms << QStringLiteral("r.person_id = ?");
        binds << m_filter.personId;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString ReferralListSource::orderClause() const {
    return m_order == ReferralListOrder::DueFirst ? QStringLiteral(" ORDER BY r.due_on, r.id")
                                                  : QStringLiteral(" ORDER BY r.sent_on DESC, r.id DESC");
}

Result<qint64> ReferralListSource::count(const QSqlDatabase& db) const {
    QVariantList binds;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM referrals r") + whereClause(binds));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

Result<std::vector<ListRow>> ReferralListSource::fetch(const QSqlDatabase& db, qint64 offset,
                                                       int limit) const {
    QVariantList binds;
    const QString where = whereClause(binds);
    const QString order = orderClause();
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.direction, p.full_name, o.name, r.service, r.status, r.sent_on, r.due_on"
            " FROM (SELECT r.id AS id FROM referrals r") +
        where + order +
        QStringLiteral(" LIMIT ? OFFSET ?) AS page"
                       " JOIN referrals r ON r.id = page.id"
                       " JOIN people p ON p.id = r.person_id"
                       " JOIN organisations o ON o.id = r.organisation_id") +
        order;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return sqlFailure(query);

    const QString today = m_today.toString(Qt::ISODate);
    std::vector<ListRow> rows;
    while (query.next()) {
        const QString status = query.value(5).toString();
        const QString service = query.value(4).toString();
        const bool overdue = status == QStringLiteral("sent") && query.value(7).toString() < today;
        ListRow row;
        row.id = query.value(0).toLongLong();
        row.cells = {referralDirectionLabel(query.value(1).toString()),
                     query.value(2).toString(),
                     query.value(3).toString(),
                     service.isEmpty() ? QString() : referralServiceLabel(service),
                     referralStatusLabel(status),
                     displayDate(query.value(6)),
                     displayDate(query.value(7)),
                     overdue ? overdueMark() : QString()};
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace legalaid::lists

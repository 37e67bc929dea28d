#include "lists/case_list_source.h"

#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"
#include "storage/raw_statement.h"
#include "storage/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace legalaid::lists {
namespace {

// The statuses of a case that is still being handled. Written as literals (not bound) so that the query
// matches the partial index cases_open_received of migration 0010.
const QString kOpenStatuses =
    QStringLiteral("c.status IN ('received', 'accepted', 'assigned', 'in_progress')");

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("CaseListSource", "Cannot read the case list: %1")
                         .arg(query.lastError().databaseText()));
}

Error invalidFilter(const QString& what) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("CaseListSource",
                                                 "The case list filter \"%1\" is not known; choose a value "
                                                 "from the filter bar.")
                         .arg(what));
}

QString iso(const QDate& date) {
    return date.toString(Qt::ISODate);
}

QDate dateAt(const QSqlQuery& query, int column) {
    const QVariant value = query.value(column);
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// LIKE pattern for "contains", with the wildcards of the user's text escaped by a backslash.
QString containsPattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The latest acceptance date whose assignment deadline (`days` working days later) satisfies `fits`
// (deadlines only move later as the acceptance date does, so the dates that fit form a prefix).
template <typename Fits>
QDate latestAcceptanceWhere(const WorkingDayCalendar& calendar, int days, QDate start, Fits fits) {
    QDate accepted = start;
    for (int step = 0; step < 400 && !fits(calendar.addWorkingDays(accepted, days)); ++step)
        accepted = accepted.addDays(-1);
    return accepted;
}

} // namespace

CaseListFilter CaseListFilter::fromLink(const QVariantMap& link) {
    CaseListFilter filter;
    filter.status = link.value(QStringLiteral("status")).toString();
    filter.form = link.value(QStringLiteral("form")).toString();
    filter.deadline = link.value(QStringLiteral("deadline")).toString();
    filter.month = link.value(QStringLiteral("month")).toString();
    filter.fileCodeText = link.value(QStringLiteral("search")).toString().trimmed();
    bool isNumber = false;
    const qint64 provider = link.value(QStringLiteral("providerId")).toLongLong(&isNumber);
    if (isNumber && provider > 0)
        filter.providerId = provider;
    return filter;
}

QVariantMap CaseListFilter::toLink() const {
    QVariantMap link;
    if (!status.isEmpty())
        link.insert(QStringLiteral("status"), status);
    if (!form.isEmpty())
        link.insert(QStringLiteral("form"), form);
    if (!deadline.isEmpty())
        link.insert(QStringLiteral("deadline"), deadline);
    if (!month.isEmpty())
        link.insert(QStringLiteral("month"), month);
    if (!fileCodeText.isEmpty())
        link.insert(QStringLiteral("search"), fileCodeText);
    if (providerId)
        link.insert(QStringLiteral("providerId"), *providerId);
    return link;
}

Result<std::shared_ptr<const CaseListSource>> CaseListSource::create(const QSqlDatabase& db,
                                                                     const CaseListFilter& filter,
                                                                     CaseListOrder order, const QDate& today,
                                                                     qint64 anchorStep) {
    if (!filter.status.isEmpty() && filter.status != QStringLiteral("open") &&
        !caseStatusFromCode(filter.status))
        return invalidFilter(filter.status);
    if (!filter.form.isEmpty() && !caseFormFromCode(filter.form))
        return invalidFilter(filter.form);
    if (!filter.deadline.isEmpty() && filter.deadline != QStringLiteral("this_week") &&
        filter.deadline != QStringLiteral("overdue"))
        return invalidFilter(filter.deadline);
    if (!filter.month.isEmpty() &&
        !QDate::fromString(filter.month + QStringLiteral("-01"), Qt::ISODate).isValid())
        return invalidFilter(filter.month);
    auto calendar = WorkingDayCalendar::load(db);
    if (!calendar)
        return calendar.error();
    auto assignDays = deadlineWorkingDays(db, QStringLiteral("assign_after_accept"));
    if (!assignDays)
        return assignDays.error();
    auto source = std::shared_ptr<CaseListSource>(
        new CaseListSource(filter, order, today.isValid() ? today : QDate::currentDate(),
                           std::move(calendar).value(), *assignDays));
    source->m_anchorStep = std::max<qint64>(1, anchorStep);
    return std::shared_ptr<const CaseListSource>(std::move(source));
}

CaseListSource::CaseListSource(CaseListFilter filter, CaseListOrder order, QDate today,
                               WorkingDayCalendar calendar, int assignDays)
    : m_filter(std::move(filter))
    , m_order(order)
    , m_today(today)
    , m_calendar(std::move(calendar))
    , m_assignDays(assignDays) {
    const QDate sunday = m_today.addDays(7 - m_today.dayOfWeek());
    m_acceptedOverdueUntil = latestAcceptanceWhere(m_calendar, m_assignDays, m_today,
                                                   [&](const QDate& due) { return due < m_today; });
    m_acceptedDueThisWeekUntil = latestAcceptanceWhere(m_calendar, m_assignDays, sunday,
                                                       [&](const QDate& due) { return due <= sunday; });
}

QStringList CaseListSource::columnTitles() const {
    return {QCoreApplication::translate("CaseListSource", "File code"),
            QCoreApplication::translate("CaseListSource", "Beneficiary"),
            QCoreApplication::translate("CaseListSource", "Form"),
            QCoreApplication::translate("CaseListSource", "Status"),
            QCoreApplication::translate("CaseListSource", "Provider"),
            QCoreApplication::translate("CaseListSource", "Received"),
            QCoreApplication::translate("CaseListSource", "Next deadline")};
}

QString CaseListSource::whereClause(QVariantList& binds) const {
    QStringList terms;
    if (m_filter.status == QStringLiteral("open")) {
        terms << kOpenStatuses;
    } else if (!m_filter.status.isEmpty()) {
        terms << QStringLiteral("c.status = ?");
        binds << m_filter.status;
    }
    if (!m_filter.form.isEmpty()) {
        terms << QStringLiteral("c.form = ?");
        binds << m_filter.form;
    }
    if (m_filter.providerId) {
        terms << QStringLiteral("c.provider_id = ?");
        binds << *m_filter.providerId;
    }
    if (!m_filter.month.isEmpty()) {
        const QDate first = QDate::fromString(m_filter.month + QStringLiteral("-01"), Qt::ISODate);
        terms << QStringLiteral("c.received_on >= ? AND c.received_on < ?");
        binds << iso(first) << iso(first.addMonths(1));
    }
    if (!m_filter.fileCodeText.isEmpty()) {
        terms << QStringLiteral("c.file_code LIKE ? ESCAPE '\\'");
        binds << containsPattern(m_filter.fileCodeText);
    }
    if (m_filter.deadline == QStringLiteral("overdue")) {
        // The deadlines of CaseDeadlineService: a provider not assigned in time, an urgent request not
        // accepted on the day it came, a provider change decided late.
        terms << QStringLiteral("((c.status = 'accepted' AND c.accepted_on <= ?)"
                                " OR (c.status = 'received' AND c.urgent = 1 AND c.received_on < ?)"
                                " OR c.id IN (SELECT t.case_id FROM case_transitions t"
                                "             WHERE t.action = 'change_provider' AND t.late = 1))");
        binds << iso(m_acceptedOverdueUntil) << iso(m_today);
    } else if (m_filter.deadline == QStringLiteral("this_week")) {
        const QDate sunday = m_today.addDays(7 - m_today.dayOfWeek());
        terms << QStringLiteral(
            "((c.status = 'accepted' AND c.accepted_on > ? AND c.accepted_on <= ?)"
            " OR (c.status = 'received' AND c.urgent = 1 AND c.received_on >= ? AND c.received_on <= ?))");
        binds << iso(m_acceptedOverdueUntil) << iso(m_acceptedDueThisWeekUntil) << iso(m_today)
              << iso(sunday);
    }
    // Without a filter, SQLite 3.15 plans the window's "ORDER BY … LIMIT ? OFFSET ?" (bound values) as a scan
    // of the whole table and a sort: 20–30 s on a million cases for the first window. A range on the date,
    // true for every case, lets it read the date index in order instead.
    if (terms.isEmpty() && m_order != CaseListOrder::RegisterOrder)
        terms << QStringLiteral("c.received_on >= ''");
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString CaseListSource::orderClause() const {
    // Each order is total (the rowid or the unique register number breaks ties), so pages never overlap,
    // and an index covers it (the rowid is the last column of every index).
    switch (m_order) {
    case CaseListOrder::NewestFirst:
        return QStringLiteral(" ORDER BY c.received_on DESC, c.id DESC");
    case CaseListOrder::OldestFirst:
        return QStringLiteral(" ORDER BY c.received_on, c.id");
    case CaseListOrder::RegisterOrder:
        return QStringLiteral(" ORDER BY c.unit_code, c.register_year, c.register_number");
    }
    return {};
}

Result<qint64> CaseListSource::countWithAnchors(const QSqlDatabase& db) const {
    const auto failed = [](const Error& error) {
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("CaseListSource", "Cannot read the case list: %1")
                             .arg(error.message));
    };
    QVariantList binds;
    // Straight on the C API: a million rows through QSqlQuery would cost more than the walk itself.
    auto statement = storage::RawStatement::prepare(
        db, (QStringLiteral("SELECT c.received_on, c.id FROM cases c") + whereClause(binds) + orderClause())
                .toUtf8());
    if (!statement)
        return failed(statement.error());
    if (const legalaid::Status bound = statement->bindAll(binds); !bound)
        return failed(bound.error());
    auto anchors = std::make_shared<std::vector<Anchor>>();
    qint64 rows = 0;
    for (;;) {
        auto row = statement->next();
        if (!row)
            return failed(row.error());
        if (!*row)
            break;
        ++rows;
        if (rows % m_anchorStep == 0) {
            const std::string_view receivedOn = statement->text(0);
            anchors->push_back(
                {QString::fromUtf8(receivedOn.data(), static_cast<qsizetype>(receivedOn.size())),
                 statement->integer(1)});
        }
    }
    const std::lock_guard lock(m_anchorsMutex);
    m_anchors = std::move(anchors);
    return rows;
}

std::shared_ptr<const std::vector<CaseListSource::Anchor>> CaseListSource::anchors() const {
    const std::lock_guard lock(m_anchorsMutex);
    return m_anchors;
}

Result<qint64> CaseListSource::count(const QSqlDatabase& db) const {
    if (m_order != CaseListOrder::RegisterOrder && qobject_cast<const storage::SqlCipherDriver*>(db.driver()))
        return countWithAnchors(db);
    QVariantList binds;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM cases c") + whereClause(binds));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

Result<std::vector<ListRow>> CaseListSource::fetch(const QSqlDatabase& db, qint64 offset, int limit) const {
    QVariantList binds;
    QString where = whereClause(binds);
    const QString order = orderClause();
    // Far down the list: start after the nearest anchor at or before `offset` (see m_anchorStep).
    qint64 skip = offset;
    if (m_order != CaseListOrder::RegisterOrder && offset >= m_anchorStep) {
        auto known = anchors();
        if (!known && offset >= 4 * m_anchorStep &&
            qobject_cast<const storage::SqlCipherDriver*>(db.driver())) {
            if (auto counted = countWithAnchors(db); !counted)
                return counted.error();
            known = anchors();
        }
        const qint64 block = offset / m_anchorStep; // anchors[block - 1] is the key of row block*step - 1
        if (known && block >= 1 && block <= static_cast<qint64>(known->size())) {
            const Anchor& anchor = (*known)[static_cast<std::size_t>(block - 1)];
            const QString after = m_order == CaseListOrder::NewestFirst
                                      ? QStringLiteral("(c.received_on, c.id) < (?, ?)")
                                      : QStringLiteral("(c.received_on, c.id) > (?, ?)");
            where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + after;
            binds << anchor.receivedOn << anchor.id;
            skip = offset - block * m_anchorStep;
        }
    }
    // The inner query walks only an index to skip `offset` rows; the outer one reads the page's rows.
    const QString sql =
        QStringLiteral("SELECT c.id, c.file_code, p.full_name, c.form, c.status, pr.full_name, c.received_on,"
                       " c.accepted_on, c.urgent,"
                       " (SELECT max(t.requested_on) FROM case_transitions t"
                       "  WHERE t.case_id = c.id AND t.action = 'change_provider' AND t.late = 1)"
                       " FROM (SELECT c.id AS id FROM cases c") +
        where + order +
        QStringLiteral(" LIMIT ? OFFSET ?) AS page"
                       " JOIN cases c ON c.id = page.id"
                       " JOIN people p ON p.id = c.beneficiary_person_id"
                       " LEFT JOIN providers pr ON pr.id = c.provider_id") +
        order;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(skip);
    if (!query.exec())
        return sqlFailure(query);

    std::vector<ListRow> rows;
    rows.reserve(static_cast<size_t>(std::max(limit, 0)));
    while (query.next()) {
        const auto form = caseFormFromCode(query.value(3).toString());
        const auto status = caseStatusFromCode(query.value(4).toString());
        const QDate receivedOn = dateAt(query, 6);
        const QDate acceptedOn = dateAt(query, 7);
        const bool urgent = query.value(8).toInt() == 1;
        const QDate lateChangeRequested = dateAt(query, 9);

        // The next due deadline, as CaseDeadlineService computes it.
        QDate dueOn;
        if (status == CaseStatus::Accepted && acceptedOn.isValid())
            dueOn = m_calendar.addWorkingDays(acceptedOn, m_assignDays);
        else if (status == CaseStatus::Received && urgent)
            dueOn = receivedOn;
        QString deadline;
        if (dueOn.isValid()) {
            deadline = dueOn.toString(QStringLiteral("dd/MM/yyyy"));
            if (dueOn < m_today)
                deadline = QCoreApplication::translate("CaseListSource", "%1 (overdue)").arg(deadline);
        } else if (lateChangeRequested.isValid()) {
            deadline = QCoreApplication::translate("CaseListSource", "provider change decided late");
        }

        ListRow row;
        row.id = query.value(0).toLongLong();
        row.cells = {query.value(1).toString(),
                     query.value(2).toString(),
                     form ? caseFormLabel(*form) : query.value(3).toString(),
                     status ? caseStatusLabel(*status) : query.value(4).toString(),
                     query.value(5).toString(),
                     receivedOn.toString(QStringLiteral("dd/MM/yyyy")),
                     deadline};
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace legalaid::lists

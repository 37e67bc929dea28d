#include "lists/people_list_source.h"

#include "domain/person_catalogues.h"
#include "search/person_search_index.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid::lists {

namespace {

// Must list the same statuses as finishedCaseStatuses(); kept as SQL text because it is a constant of the
// schema, never user input.
const QString kFinishedStatusesSql =
    QStringLiteral("('closed', 'refused', 'withdrawn', 'discontinued', 'transferred')");

// The name order, satisfied by the index people_name_birth_year (name_folded, birth_year, rowid).
const QString kOrder = QStringLiteral(" ORDER BY p.name_folded, p.birth_year, p.id");

Error listFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("PeopleList", "Cannot read the list of people: %1")
                         .arg(query.lastError().databaseText()));
}

struct BirthRange {
    int youngest = 0;
    int oldest = -1; // -1: no upper limit
};

std::optional<BirthRange> ageBandRange(const QString& band) {
    if (band == QLatin1String("0-15"))
        return BirthRange{0, 15};
    if (band == QLatin1String("16-17"))
        return BirthRange{16, 17};
    if (band == QLatin1String("18-29"))
        return BirthRange{18, 29};
    if (band == QLatin1String("30-44"))
        return BirthRange{30, 44};
    if (band == QLatin1String("45-59"))
        return BirthRange{45, 59};
    if (band == QLatin1String("60+"))
        return BirthRange{60, -1};
    return std::nullopt;
}

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

bool truthy(const QVariant& value) {
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        return text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes");
    }
    return value.toBool();
}

} // namespace

PeopleListFilter PeopleListFilter::fromLink(const QVariantMap& link) {
    PeopleListFilter filter;
    filter.category = link.value(QStringLiteral("category")).toString();
    filter.identificationStatus = link.value(QStringLiteral("identificationStatus")).toString();
    filter.sex = link.value(QStringLiteral("sex")).toString();
    filter.ageBand = link.value(QStringLiteral("ageBand")).toString();
    filter.province = link.value(QStringLiteral("province")).toString();
    filter.hasOpenCase = truthy(link.value(QStringLiteral("hasOpenCase")));
    filter.withoutCase = truthy(link.value(QStringLiteral("withoutCase")));
    filter.search = link.value(QStringLiteral("search")).toString();
    return filter;
}

QVariantMap PeopleListFilter::toLink() const {
    QVariantMap link;
    const auto putText = [&link](const char* key, const QString& value) {
        if (!value.isEmpty())
            link.insert(QString::fromLatin1(key), value);
    };
    putText("category", category);
    putText("identificationStatus", identificationStatus);
    putText("sex", sex);
    putText("ageBand", ageBand);
    putText("province", province);
    putText("search", search);
    if (hasOpenCase)
        link.insert(QStringLiteral("hasOpenCase"), true);
    if (withoutCase)
        link.insert(QStringLiteral("withoutCase"), true);
    return link;
}

const QStringList& peopleAgeBands() {
    static const QStringList bands{QStringLiteral("0-15"),  QStringLiteral("16-17"), QStringLiteral("18-29"),
                                   QStringLiteral("30-44"), QStringLiteral("45-59"), QStringLiteral("60+")};
    return bands;
}

const QStringList& finishedCaseStatuses() {
    static const QStringList statuses{QStringLiteral("closed"), QStringLiteral("refused"),
                                      QStringLiteral("withdrawn"), QStringLiteral("discontinued"),
                                      QStringLiteral("transferred")};
    return statuses;
}

PeopleListSource::PeopleListSource(PeopleListFilter filter, QDate today)
    : m_filter(std::move(filter))
    , m_today(today.isValid() ? today : QDate::currentDate()) {}

QStringList PeopleListSource::columnTitles() const {
    return {QCoreApplication::translate("PeopleList", "Full name"),
            QCoreApplication::translate("PeopleList", "Category"),
            QCoreApplication::translate("PeopleList", "Identification"),
            QCoreApplication::translate("PeopleList", "Sex"),
            QCoreApplication::translate("PeopleList", "Born"),
            QCoreApplication::translate("PeopleList", "Province"),
            QCoreApplication::translate("PeopleList", "Open cases")};
}

PeopleListSource::Where PeopleListSource::where() const {
    Where where;
    QStringList conditions;
    const auto equals = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        conditions << QStringLiteral("p.%1 = ?").arg(QLatin1String(column));
        where.binds << value;
    };
    equals("category", m_filter.category);
    equals("current_status", m_filter.identificationStatus);
    equals("sex", m_filter.sex);
    equals("province_code", m_filter.province);

    if (!m_filter.ageBand.isEmpty()) {
        const auto range = ageBandRange(m_filter.ageBand);
        if (!range) {
            where.matchesNothing = true;
        } else {
            // Known birth date: exact completed years on m_today. Year only: the age reached this year.
            QString byDate = QStringLiteral("p.birth_date <= ?");
            QVariantList dateBinds{isoDate(m_today.addYears(-range->youngest))};
            QString byYear = QStringLiteral("p.birth_year <= ?");
            QVariantList yearBinds{m_today.year() - range->youngest};
            if (range->oldest >= 0) {
                byDate += QStringLiteral(" AND p.birth_date > ?");
                dateBinds << isoDate(m_today.addYears(-(range->oldest + 1)));
                byYear += QStringLiteral(" AND p.birth_year >= ?");
                yearBinds << m_today.year() - range->oldest;
            }
            conditions << QStringLiteral("((p.birth_date IS NOT NULL AND %1) OR "
                                         "(p.birth_date IS NULL AND p.birth_year IS NOT NULL AND %2))")
                              .arg(byDate, byYear);
            where.binds << dateBinds << yearBinds;
        }
    }
    if (m_filter.hasOpenCase)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_person_id = p.id "
                                     "AND c.status NOT IN %1)")
                          .arg(kFinishedStatusesSql);
    if (m_filter.withoutCase)
        conditions << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_person_id = p.id)");

    if (!m_filter.search.trimmed().isEmpty()) {
        const QString match = search::searchMatchExpression(m_filter.search);
        if (match.isEmpty()) {
            where.matchesNothing = true; // only punctuation typed: nothing can match
        } else {
            where.match = match;
        }
    }
    where.conditions = conditions;
    where.conditionBinds = where.binds;
    if (!where.match.isEmpty()) {
        conditions << QStringLiteral("p.id IN (SELECT docid FROM people_search WHERE document MATCH ?)");
        where.binds << where.match;
    }
    if (!conditions.isEmpty())
        where.clause = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

namespace {

// The people who match the search and the other filters, read from the search index first; binds: the
// MATCH expression, then the other conditions'.
template <typename Where> QString searchWindow(const Where& filter) {
    QStringList conditions{QStringLiteral("s.document MATCH ?")};
    conditions << filter.conditions;
    return QStringLiteral("SELECT p.id AS id FROM people_search s JOIN people p ON p.id = s.docid WHERE ") +
           conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> PeopleListSource::count(const QSqlDatabase& db) const {
    const Where filter = where();
    if (filter.matchesNothing)
        return qint64{0};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (filter.match.isEmpty()) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM people p") + filter.clause);
        for (const QVariant& bind : filter.binds)
            query.addBindValue(bind);
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(searchWindow(filter)));
        query.addBindValue(filter.match);
        for (const QVariant& bind : filter.conditionBinds)
            query.addBindValue(bind);
    }
    if (!query.exec() || !query.next())
        return listFailure(query);
    return query.value(0).toLongLong();
}

Result<search::MatchOrder> PeopleListSource::matchOrder(const QSqlDatabase& db, const QString& match) const {
    const std::lock_guard lock(m_orderMutex);
    if (!m_order) {
        auto decided = search::matchOrder(db, match);
        if (!decided)
            return decided.error();
        m_order = *decided;
    }
    return *m_order;
}

Result<std::vector<ListRow>> PeopleListSource::fetch(const QSqlDatabase& db, qint64 offset, int limit) const {
    const Where filter = where();
    if (filter.matchesNothing || limit <= 0)
        return std::vector<ListRow>();
    // Searching: matches in the search index's order (search::matchOrder): by name while there are few,
    // else newest first straight from the index, which needs no sort however many people match.
    search::MatchOrder order = search::MatchOrder::Name;
    if (!filter.match.isEmpty()) {
        auto decided = matchOrder(db, filter.match);
        if (!decided)
            return decided.error();
        order = *decided;
    }
    // The window's ids are found on an index alone (skipping `offset` index entries, not table rows);
    // only the rows shown are then read from the table.
    QString window;
    QString outerOrder = kOrder;
    QVariantList binds = filter.binds;
    if (!filter.match.isEmpty()) {
        // Driven by the search index: the people table is only read for the matches (SQLite 3.15 would
        // otherwise walk a filter's index over half the table, testing each row against the matches).
        window =
            searchWindow(filter) +
            (order == search::MatchOrder::NewestFirst ? QStringLiteral(" ORDER BY s.docid DESC") : kOrder);
        if (order == search::MatchOrder::NewestFirst) {
            outerOrder = QStringLiteral(" ORDER BY p.id DESC");
            // Without other filters the skipped matches need no row at all: the offset is taken in the index.
            if (filter.conditions.isEmpty())
                window = QStringLiteral("SELECT s.docid AS id FROM people_search s WHERE s.document MATCH ? "
                                        "ORDER BY s.docid DESC");
        }
        binds = QVariantList{filter.match};
        binds << filter.conditionBinds;
    } else {
        // Without a filter SQLite 3.15 plans "ORDER BY … LIMIT ? OFFSET ?" (bound values) as a scan and a
        // sort (about 200 ms on a million people at any offset); a range true for every name keeps it on the
        // index.
        const QString clause =
            filter.clause.isEmpty() ? QStringLiteral(" WHERE p.name_folded >= ''") : filter.clause;
        window = QStringLiteral("SELECT p.id AS id FROM people p") + clause + kOrder;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.id, p.full_name, p.category, p.current_status, p.sex, p.birth_date, "
                       "p.birth_year, p.province_code, "
                       "(SELECT COUNT(*) FROM cases c WHERE c.beneficiary_person_id = p.id AND "
                       "c.status NOT IN %1) "
                       "FROM (%2 LIMIT ? OFFSET ?) w "
                       "JOIN people p ON p.id = w.id%3")
            .arg(kFinishedStatusesSql, window, outerOrder));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return listFailure(query);

    std::vector<ListRow> rows;
    rows.reserve(static_cast<std::size_t>(limit));
    while (query.next()) {
        ListRow row;
        row.id = query.value(0).toLongLong();
        const QString birthDate = query.value(5).toString();
        const QString born =
            !birthDate.isEmpty()
                ? QDate::fromString(birthDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"))
                : (query.value(6).isNull() ? QString() : query.value(6).toString());
        const QString status = query.value(3).toString();
        const QString sex = query.value(4).toString();
        const QString province = query.value(7).toString();
        row.cells = {query.value(1).toString(),
                     personCatalogueLabel(PersonCatalogue::Category, query.value(2).toString()),
                     status.isEmpty() ? QString()
                                      : personCatalogueLabel(PersonCatalogue::IdentificationStatus, status),
                     sex.isEmpty() ? QString() : personCatalogueLabel(PersonCatalogue::Sex, sex),
                     born,
                     province.isEmpty() ? QString()
                                        : personCatalogueLabel(PersonCatalogue::Province, province),
                     query.value(8).toLongLong()};
        rows.push_back(std::move(row));
    }
    if (query.lastError().isValid())
        return listFailure(query);
    return rows;
}

} // namespace legalaid::lists

#include "reports/report_repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace legalaid::reports {

namespace {

enum class MeasureKind { Count, DistinctCount, Sum, Median };

// The records of one measure. `aliases` says which tables the dimensions may read: c cases, p people,
// r referrals, a activities, t case transitions. :from, :to and :next (the day after :to, for timestamps)
// are the period.
struct Measure {
    const char* name;
    const char* recordType;
    MeasureKind kind;
    const char* source; // FROM … WHERE …
    const char* value;  // the summed or measured expression (Sum, Median); the counted id (DistinctCount)
    const char* id;     // the record id behind a count
    const char* aliases;
    const char* refDate; // the date an age is computed on
    // Dimensions of this measure alone.
    const char* timeliness = nullptr;
};

// Cases that give legal aid in a period: accepted (thụ lý) within it.
#define AID_SOURCE                                                                                           \
    "FROM cases c JOIN people p ON p.id = c.beneficiary_person_id "                                          \
    "WHERE c.accepted_on IS NOT NULL AND c.accepted_on >= :from AND c.accepted_on <= :to"
// People of the three categories recorded in the period, except those found not to be victims.
#define COHORT_SOURCE                                                                                        \
    "FROM people p WHERE p.created_at >= :from AND p.created_at < :next "                                    \
    "AND p.category IN ('victim', 'under_identification', 'accompanying_minor') "                            \
    "AND (p.current_status IS NULL OR p.current_status <> 'not_victim')"
#define AIDED_BY_END                                                                                         \
    "EXISTS (SELECT 1 FROM cases ac WHERE ac.beneficiary_person_id = p.id AND ac.accepted_on IS NOT NULL "   \
    "AND ac.accepted_on <= :to)"
#define ENDED_SOURCE(status)                                                                                 \
    "FROM cases c WHERE c.ended_on IS NOT NULL AND c.ended_on >= :from AND c.ended_on <= :to AND c.status "  \
    "= '" status "'"

const Measure kMeasures[] = {
    {"aid_cases", "case", MeasureKind::Count, AID_SOURCE, "", "c.id", "cp", "c.accepted_on"},
    {"aid_people", "person", MeasureKind::DistinctCount, AID_SOURCE, "c.beneficiary_person_id",
     "c.beneficiary_person_id", "cp", "c.accepted_on"},
    {"cases_carried_over", "case", MeasureKind::Count,
     "FROM cases c WHERE c.received_on < :from AND (c.ended_on IS NULL OR c.ended_on >= :from)", "", "c.id",
     "c", ""},
    {"cases_received", "case", MeasureKind::Count,
     "FROM cases c WHERE c.received_on >= :from AND c.received_on <= :to", "", "c.id", "c", ""},
    {"cases_accepted", "case", MeasureKind::Count,
     "FROM cases c WHERE c.accepted_on IS NOT NULL AND c.accepted_on >= :from AND c.accepted_on <= :to", "",
     "c.id", "c", ""},
    {"cases_assigned", "case", MeasureKind::Count,
     "FROM cases c WHERE c.assigned_on IS NOT NULL AND c.assigned_on >= :from AND c.assigned_on <= :to", "",
     "c.id", "c", ""},
    {"cases_closed", "case", MeasureKind::Count, ENDED_SOURCE("closed"), "", "c.id", "c", ""},
    {"cases_refused", "case", MeasureKind::Count, ENDED_SOURCE("refused"), "", "c.id", "c", ""},
    {"cases_withdrawn", "case", MeasureKind::Count, ENDED_SOURCE("withdrawn"), "", "c.id", "c", ""},
    {"cases_discontinued", "case", MeasureKind::Count, ENDED_SOURCE("discontinued"), "", "c.id", "c", ""},
    {"cases_transferred", "case", MeasureKind::Count, ENDED_SOURCE("transferred"), "", "c.id", "c", ""},
    {"cases_open_at_end", "case", MeasureKind::Count,
     "FROM cases c WHERE c.received_on <= :to AND (c.ended_on IS NULL OR c.ended_on > :to)", "", "c.id", "c",
     ""},
    {"coverage_known", "person", MeasureKind::Count, COHORT_SOURCE, "", "p.id", "p", ":to"},
    {"coverage_aided", "person", MeasureKind::Count, COHORT_SOURCE " AND " AIDED_BY_END, "", "p.id", "p",
     ":to"},
    {"coverage_not_aided", "person", MeasureKind::Count, COHORT_SOURCE " AND NOT " AIDED_BY_END, "", "p.id",
     "p", ":to"},
    // Urgent cases (hearing or limitation under 5 working days away, court-appointed defence) are accepted at
    // once: on time when accepted the day they were received.
    {"urgent_acceptance", "case", MeasureKind::Count,
     "FROM cases c WHERE c.urgent = 1 AND c.accepted_on IS NOT NULL AND c.accepted_on >= :from AND "
     "c.accepted_on <= :to",
     "", "c.id", "c", "", "CASE WHEN c.accepted_on <= c.received_on THEN 'on_time' ELSE 'late' END"},
    {"urgent_acceptance_on_time", "case", MeasureKind::Count,
     "FROM cases c WHERE c.urgent = 1 AND c.accepted_on IS NOT NULL AND c.accepted_on >= :from AND "
     "c.accepted_on <= :to AND c.accepted_on <= c.received_on",
     "", "c.id", "c", ""},
    // A provider change is decided within 3 working days of the request; the lifecycle marks a late one.
    {"provider_changes", "case", MeasureKind::Count,
     "FROM case_transitions t JOIN cases c ON c.id = t.case_id WHERE t.action = 'change_provider' AND "
     "t.effective_on >= :from AND t.effective_on <= :to",
     "", "c.id", "ct", "", "CASE WHEN t.late = 1 THEN 'late' ELSE 'on_time' END"},
    {"provider_changes_on_time", "case", MeasureKind::Count,
     "FROM case_transitions t JOIN cases c ON c.id = t.case_id WHERE t.action = 'change_provider' AND "
     "t.effective_on >= :from AND t.effective_on <= :to AND t.late = 0",
     "", "c.id", "ct", ""},
    {"referrals_in", "referral", MeasureKind::Count,
     "FROM referrals r WHERE r.direction = 'in' AND r.sent_on >= :from AND r.sent_on <= :to", "", "r.id", "r",
     ""},
    {"referrals_out", "referral", MeasureKind::Count,
     "FROM referrals r WHERE r.direction = 'out' AND r.sent_on >= :from AND r.sent_on <= :to", "", "r.id",
     "r", ""},
    // Days from sending to the first answer (accepted or declined), for referrals sent in the period.
    {"referral_response_days", "referral", MeasureKind::Median,
     "FROM referrals r JOIN referral_status_history h ON h.referral_id = r.id AND h.from_status = 'sent' AND "
     "h.to_status IN ('accepted', 'declined') WHERE r.sent_on >= :from AND r.sent_on <= :to",
     "julianday(h.changed_on) - julianday(r.sent_on)", "r.id", "r", ""},
    {"activities", "activity", MeasureKind::Count,
     "FROM activities a WHERE a.held_on >= :from AND a.held_on <= :to", "", "a.id", "a", ""},
    {"activity_participants", "activity", MeasureKind::Sum,
     "FROM activities a WHERE a.held_on >= :from AND a.held_on <= :to", "a.participants", "a.id", "a", ""},
    {"activity_female_participants", "activity", MeasureKind::Sum,
     "FROM activities a WHERE a.held_on >= :from AND a.held_on <= :to", "a.female_participants", "a.id", "a",
     ""},
    // Cases a provider held at some time in the period: assigned by its end and not ended before its start.
    {"cases_per_provider", "case", MeasureKind::Count,
     "FROM cases c WHERE c.assigned_on IS NOT NULL AND c.assigned_on <= :to AND c.provider_id IS NOT NULL "
     "AND "
     "(c.ended_on IS NULL OR c.ended_on >= :from)",
     "", "c.id", "c", ""},
};

#undef AID_SOURCE
#undef COHORT_SOURCE
#undef AIDED_BY_END
#undef ENDED_SOURCE

struct Dimension {
    const char* name;
    char alias; // the table the expression reads; 0 for the total
    const char* expression;
};

// Age on {REF}: from the birth date when known, else from the year alone.
const char* const kAgeExpression =
    "(CASE WHEN p.birth_date IS NOT NULL THEN CAST(substr({REF}, 1, 4) AS INTEGER) - "
    "CAST(substr(p.birth_date, 1, 4) AS INTEGER) - (substr({REF}, 6, 5) < substr(p.birth_date, 6, 5)) "
    "WHEN p.birth_year IS NOT NULL THEN CAST(substr({REF}, 1, 4) AS INTEGER) - p.birth_year END)";

const Dimension kDimensions[] = {
    {"total", 0, "''"},
    {"group", 'c', "c.group_code"},
    {"form", 'c', "c.form"},
    {"field", 'c', "c.field_code"},
    {"unit", 'c', "c.unit_code"},
    {"provider", 'c', "CAST(c.provider_id AS TEXT)"},
    {"sex", 'p', "p.sex"},
    {"age_band", 'p',
     "CASE WHEN {AGE} IS NULL THEN 'unknown' WHEN {AGE} < 16 THEN 'under_16' WHEN {AGE} < 18 THEN '16_17' "
     "WHEN {AGE} < 30 THEN '18_29' WHEN {AGE} < 60 THEN '30_59' ELSE '60_plus' END"},
    {"ethnicity", 'p', "p.ethnicity_code"},
    {"nationality", 'p', "p.nationality_code"},
    {"category", 'p', "p.category"},
    {"source_kind", 'r', "COALESCE(r.source_kind, '')"},
    {"service", 'r', "COALESCE(r.service, '')"},
    {"referral_status", 'r', "r.status"},
    {"direction", 'r', "r.direction"},
    {"activity_kind", 'a', "a.kind"},
};

const Measure* findMeasure(const QString& name) {
    for (const Measure& measure : kMeasures) {
        if (name == QLatin1String(measure.name))
            return &measure;
    }
    return nullptr;
}

// The SQL expression of `dimension` for `measure`; empty when the measure cannot be grouped that way.
QString dimensionExpression(const Measure& measure, const QString& dimension) {
    if (dimension == QLatin1String("timeliness"))
        return measure.timeliness ? QString::fromLatin1(measure.timeliness) : QString();
    for (const Dimension& candidate : kDimensions) {
        if (dimension != QLatin1String(candidate.name))
            continue;
        if (candidate.alias != 0 && !QByteArray(measure.aliases).contains(candidate.alias))
            return {};
        QString expression = QString::fromLatin1(candidate.expression);
        if (expression.contains(QLatin1String("{AGE}"))) {
            if (QByteArray(measure.refDate).isEmpty())
                return {};
            expression.replace(QLatin1String("{AGE}"), QString::fromLatin1(kAgeExpression));
            expression.replace(QLatin1String("{REF}"), QString::fromLatin1(measure.refDate));
        }
        return expression;
    }
    return {};
}

// Turns the :from, :to and :next markers into positional parameters with their values, in order.
struct BoundSql {
    QString sql;
    QVariantList values;
};

BoundSql bindPeriod(const QString& sql, const ReportPeriod& period) {
    BoundSql bound;
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    const QString next = period.to.addDays(1).toString(Qt::ISODate);
    bound.sql.reserve(sql.size());
    for (qsizetype i = 0; i < sql.size();) {
        if (sql.at(i) == QLatin1Char(':')) {
            const auto marker = [&](const char* name) {
                return QStringView(sql).mid(i + 1).startsWith(QLatin1String(name));
            };
            if (marker("from")) {
                bound.sql += QLatin1Char('?');
                bound.values << from;
                i += 5;
                continue;
            }
            if (marker("next")) {
                bound.sql += QLatin1Char('?');
                bound.values << next;
                i += 5;
                continue;
            }
            if (marker("to")) {
                bound.sql += QLatin1Char('?');
                bound.values << to;
                i += 3;
                continue;
            }
        }
        bound.sql += sql.at(i);
        ++i;
    }
    return bound;
}

Error unknownMeasure(const QString& measure, const QString& dimension) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "ReportRepository", "The indicator catalogue asks for \"%1\" by \"%2\", which the "
                                             "report cannot compute; correct the catalogue.")
                         .arg(measure, dimension));
}

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ReportRepository", "Cannot compute the report: %1")
                         .arg(query.lastError().databaseText()));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const BoundSql& bound) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(bound.sql))
        return sqlFailure(query);
    for (const QVariant& value : bound.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query);
    return query;
}

} // namespace

QString ageExpression(const QString& referenceDate) {
    QString expression = QString::fromLatin1(kAgeExpression);
    expression.replace(QLatin1String("{REF}"), referenceDate);
    return expression;
}

LargeReadCache::LargeReadCache(QSqlDatabase db, int kibibytes)
    : m_db(std::move(db)) {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return;
    m_previous = query.value(0).toLongLong();
    query.finish();
    // A negative size is in KiB; the number is ours, never the user's.
    m_changed = query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
}

LargeReadCache::~LargeReadCache() {
    if (!m_changed)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous))) {
        // Nothing to do: a larger cache only costs memory until the session ends.
    }
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    const double upper = *middle;
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool ReportRepository::hasMeasure(const QString& measure) {
    return findMeasure(measure) != nullptr;
}

bool ReportRepository::supports(const QString& measure, const QString& dimension) {
    const Measure* found = findMeasure(measure);
    return found && !dimensionExpression(*found, dimension).isEmpty();
}

QString ReportRepository::recordType(const QString& measure) {
    const Measure* found = findMeasure(measure);
    return found ? QString::fromLatin1(found->recordType) : QString();
}

bool ReportRepository::countsRecords(const QString& measure) {
    const Measure* found = findMeasure(measure);
    return found && (found->kind == MeasureKind::Count || found->kind == MeasureKind::DistinctCount);
}

Result<std::vector<MeasureValue>> ReportRepository::aggregate(const QString& measureName,
                                                              const QString& dimension,
                                                              const ReportPeriod& period) const {
    const Measure* measure = findMeasure(measureName);
    const QString key = measure ? dimensionExpression(*measure, dimension) : QString();
    if (key.isEmpty())
        return unknownMeasure(measureName, dimension);
    const QString source = QString::fromLatin1(measure->source);
    std::vector<MeasureValue> values;
    if (measure->kind == MeasureKind::Median) {
        auto query = run(
            m_db, bindPeriod(QStringLiteral("SELECT %1, %2 ").arg(key, QString::fromLatin1(measure->value)) +
                                 source,
                             period));
        if (!query)
            return query.error();
        std::map<QString, std::vector<double>> samples;
        while (query->next())
            samples[query->value(0).toString()].push_back(query->value(1).toDouble());
        for (auto& [sampleKey, sample] : samples)
            values.push_back({sampleKey, median(std::move(sample))});
        return values;
    }
    QString aggregate;
    switch (measure->kind) {
    case MeasureKind::Count:
        aggregate = QStringLiteral("count(*)");
        break;
    case MeasureKind::DistinctCount:
        aggregate = QStringLiteral("count(DISTINCT %1)").arg(QString::fromLatin1(measure->value));
        break;
    case MeasureKind::Sum:
        aggregate = QStringLiteral("total(%1)").arg(QString::fromLatin1(measure->value));
        break;
    case MeasureKind::Median:
        break;
    }
    const QString sql =
        QStringLiteral("SELECT %1 AS k, %2 ").arg(key, aggregate) + source + QStringLiteral(" GROUP BY k");
    auto query = run(m_db, bindPeriod(sql, period));
    if (!query)
        return query.error();
    while (query->next())
        values.push_back({query->value(0).toString(), query->value(1).toDouble()});
    // A total over no records is still a row: 0.
    if (dimension == QLatin1String("total") && values.empty())
        values.push_back({QString(), 0});
    return values;
}

Result<std::vector<KeyedRecord>> ReportRepository::records(const QString& measureName,
                                                           const QString& dimension,
                                                           const ReportPeriod& period) const {
    const Measure* measure = findMeasure(measureName);
    const QString key = measure ? dimensionExpression(*measure, dimension) : QString();
    if (key.isEmpty())
        return unknownMeasure(measureName, dimension);
    const QString sql = QStringLiteral("SELECT DISTINCT %1, %2 ").arg(key, QString::fromLatin1(measure->id)) +
                        QString::fromLatin1(measure->source) + QStringLiteral(" ORDER BY 2");
    auto query = run(m_db, bindPeriod(sql, period));
    if (!query)
        return query.error();
    std::vector<KeyedRecord> records;
    while (query->next())
        records.push_back({query->value(0).toString(), query->value(1).toLongLong()});
    return records;
}

Result<std::vector<qint64>> ReportRepository::recordIdsForKey(const QString& measureName,
                                                              const QString& dimension, const QString& key,
                                                              const ReportPeriod& period,
                                                              const std::function<bool()>& cancelled) const {
    const Measure* measure = findMeasure(measureName);
    const QString expression = measure ? dimensionExpression(*measure, dimension) : QString();
    if (expression.isEmpty())
        return unknownMeasure(measureName, dimension);
    // The condition on the key is appended to the measure's own WHERE; the key itself is bound.
    const bool total = dimension == QLatin1String("total");
    // The report shows a NULL key and an empty one alike, as "unknown".
    const auto keyCondition = [&key](const QString& keyExpression) {
        return key.isEmpty() ? QStringLiteral("((%1) IS NULL OR (%1) = '')").arg(keyExpression)
                             : QStringLiteral("(%1) = ?").arg(keyExpression);
    };
    const QString id = QString::fromLatin1(measure->id);
    const QString source = QString::fromLatin1(measure->source);
    QString sql;
    if (total) {
        sql = QStringLiteral("SELECT DISTINCT %1 ").arg(id) + source;
    } else if (dimension == QLatin1String("age_band") && QByteArray(measure->aliases).contains('c')) {
        // A condition on the computed age alone makes SQLite walk every person first and look each one's
        // cases up (seconds on an encrypted file). Instead the age is computed once per row the period
        // selects (LIMIT -1 keeps the subquery from being flattened into the outer query) and the band from
        // it. (A plain column such as the sex is better served by the people's own index.)
        QString band;
        for (const Dimension& candidate : kDimensions) {
            if (dimension == QLatin1String(candidate.name))
                band = QString::fromLatin1(candidate.expression);
        }
        band.replace(QLatin1String("{AGE}"), QLatin1String("age"));
        QString age = QString::fromLatin1(kAgeExpression);
        age.replace(QLatin1String("{REF}"), QString::fromLatin1(measure->refDate));
        sql = QStringLiteral("SELECT DISTINCT id FROM (SELECT %1 AS id, %2 AS age ").arg(id, age) + source +
              QStringLiteral(" LIMIT -1) WHERE ") + keyCondition(band);
    } else {
        sql = QStringLiteral("SELECT DISTINCT %1 ").arg(id) + source + QStringLiteral(" AND ") +
              keyCondition(expression);
    }
    BoundSql bound = bindPeriod(sql, period);
    if (!total && !key.isEmpty())
        bound.values << key;
    auto query = run(m_db, bound);
    if (!query)
        return query.error();
    std::vector<qint64> ids;
    // Sorted here rather than in SQL, so the rows stream and Cancel is heard while they do.
    while (query->next()) {
        ids.push_back(query->value(0).toLongLong());
        if (ids.size() % 4096 == 1 && cancelled && cancelled()) // at the first row, then every 4096
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate(
                                 "ReportRepository", "Listing the records was stopped; nothing was shown."));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<std::vector<CoverageGap>> ReportRepository::coverageGaps(const ReportPeriod& period) const {
    const Measure* measure = findMeasure(QStringLiteral("coverage_not_aided"));
    const QString sql =
        QStringLiteral(
            "SELECT p.id, p.full_name, p.category, COALESCE(p.current_status, ''), p.province_code, "
            "substr(p.created_at, 1, 10) ") +
        QString::fromLatin1(measure->source) + QStringLiteral(" ORDER BY p.created_at, p.id");
    auto query = run(m_db, bindPeriod(sql, period));
    if (!query)
        return query.error();
    std::vector<CoverageGap> gaps;
    while (query->next()) {
        gaps.push_back({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                        query->value(3).toString(), query->value(4).toString(),
                        QDate::fromString(query->value(5).toString(), Qt::ISODate)});
    }
    return gaps;
}

Result<KeyLabels> ReportRepository::keyLabels() const {
    KeyLabels labels;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT code, label_vi, label_en FROM beneficiary_groups")))
        return sqlFailure(query);
    while (query.next())
        labels.groups[query.value(0).toString()] = {query.value(1).toString(), query.value(2).toString()};
    if (!query.exec(QStringLiteral("SELECT code, label_vi, label_en FROM fields_of_law")))
        return sqlFailure(query);
    while (query.next())
        labels.fields[query.value(0).toString()] = {query.value(1).toString(), query.value(2).toString()};
    if (!query.exec(QStringLiteral("SELECT code, name FROM organisations WHERE code IS NOT NULL")))
        return sqlFailure(query);
    while (query.next())
        labels.units[query.value(0).toString()] = query.value(1).toString();
    if (!query.exec(QStringLiteral("SELECT id, full_name FROM providers")))
        return sqlFailure(query);
    while (query.next())
        labels.providers[query.value(0).toString()] = query.value(1).toString();
    return labels;
}

} // namespace legalaid::reports

#include "reports/report_batch_repository.h"

#include "reports/report_repository.h"
#include "storage/raw_statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace legalaid::reports {

namespace {

QString s(const char* text) {
    return QString::fromLatin1(text);
}

// The passes, each one grouped query (or one per period for the last two kinds below).
enum class Pass {
    Received,    // cases by the day received: received, carried over, open at the end
    Accepted,    // cases by the day accepted: accepted, legal aid given by case attributes, urgent acceptance
    Assigned,    // cases by the day assigned
    Ended,       // cases by the day they ended and how
    Providers,   // cases a provider held in the period
    Transitions, // provider changes by the day decided
    Referrals,   // referrals by the day sent
    Response,    // days to the first answer of referrals, by the day sent
    Activities,  // activities by the day held
    People,      // the people behind the accepted cases, and those recorded in each period (coverage)
};

const char* const kCaseDimensions[] = {"total", "form", "unit"};
const char* const kEndings[] = {"closed", "refused", "withdrawn", "discontinued", "transferred"};
// The measure of each ending, in the order of kEndings.
const char* const kEndedMeasures[] = {"cases_closed", "cases_refused", "cases_withdrawn",
                                      "cases_discontinued", "cases_transferred"};
const char* const kReferralDimensions[] = {"total", "source_kind", "service", "referral_status", "direction"};

// Which pass computes each (measure, dimension) pair. aid_cases by case attributes comes from the accepted
// cases; the People pass confirms that every one of them joins its beneficiary (as the measure's SQL does).
const std::map<MeasureDimension, Pass>& passOfPair() {
    static const std::map<MeasureDimension, Pass> passes = [] {
        std::map<MeasureDimension, Pass> map;
        for (const char* dimension : kCaseDimensions) {
            for (const char* measure : {"cases_received", "cases_carried_over", "cases_open_at_end"})
                map[{s(measure), s(dimension)}] = Pass::Received;
            map[{s("cases_accepted"), s(dimension)}] = Pass::Accepted;
            map[{s("cases_assigned"), s(dimension)}] = Pass::Assigned;
            for (const char* ending : kEndings)
                map[{s("cases_") + s(ending), s(dimension)}] = Pass::Ended;
        }
        for (const char* dimension : {"total", "group", "form", "field", "unit"})
            map[{s("aid_cases"), s(dimension)}] = Pass::Accepted;
        map[{s("urgent_acceptance"), s("total")}] = Pass::Accepted;
        map[{s("urgent_acceptance"), s("timeliness")}] = Pass::Accepted;
        map[{s("urgent_acceptance_on_time"), s("total")}] = Pass::Accepted;
        for (const char* dimension : {"sex", "age_band", "ethnicity", "nationality", "category"})
            map[{s("aid_cases"), s(dimension)}] = Pass::People;
        for (const char* dimension : {"total", "category", "sex"})
            map[{s("aid_people"), s(dimension)}] = Pass::People;
        map[{s("cases_per_provider"), s("total")}] = Pass::Providers;
        map[{s("cases_per_provider"), s("provider")}] = Pass::Providers;
        for (const char* measure : {"coverage_known", "coverage_aided", "coverage_not_aided"}) {
            map[{s(measure), s("total")}] = Pass::People;
            map[{s(measure), s("category")}] = Pass::People;
        }
        map[{s("provider_changes"), s("total")}] = Pass::Transitions;
        map[{s("provider_changes"), s("timeliness")}] = Pass::Transitions;
        map[{s("provider_changes_on_time"), s("total")}] = Pass::Transitions;
        for (const char* dimension : kReferralDimensions) {
            map[{s("referrals_in"), s(dimension)}] = Pass::Referrals;
            map[{s("referrals_out"), s(dimension)}] = Pass::Referrals;
        }
        map[{s("referral_response_days"), s("total")}] = Pass::Response;
        map[{s("referral_response_days"), s("direction")}] = Pass::Response;
        for (const char* measure : {"activities", "activity_participants", "activity_female_participants"}) {
            map[{s(measure), s("total")}] = Pass::Activities;
            map[{s(measure), s("activity_kind")}] = Pass::Activities;
        }
        return map;
    }();
    return passes;
}

QString passName(Pass pass) {
    switch (pass) {
    case Pass::Received:
        return s("received");
    case Pass::Accepted:
        return s("accepted");
    case Pass::Assigned:
        return s("assigned");
    case Pass::Ended:
        return s("ended");
    case Pass::Providers:
        return s("providers");
    case Pass::Transitions:
        return s("transitions");
    case Pass::Referrals:
        return s("referrals");
    case Pass::Response:
        return s("response");
    case Pass::Activities:
        return s("activities");
    case Pass::People:
        return s("people");
    }
    return {};
}

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("ReportRepository", "Cannot compute the report: %1")
                         .arg(query.lastError().databaseText()));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlFailure(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query);
    return query;
}

// A period as the text the measures compare with: dates are stored as ISO text, and SQLite compares text
// byte by byte, as QString compares these ASCII strings.
struct Bounds {
    QString from;
    QString to;
    QString next; // the day after `to`, for timestamps
    [[nodiscard]] bool contains(const QString& day) const { return day >= from && day <= to; }
};

// The tables being filled, one per period, and the helpers that add to them as the measures' SQL would:
// a count adds a key only for a record that exists (never a 0), a sum adds its key for any record.
class Tables {
public:
    explicit Tables(const std::vector<ReportPeriod>& periods) {
        for (const ReportPeriod& period : periods)
            m_bounds.push_back({period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                                period.to.addDays(1).toString(Qt::ISODate)});
        m_tables.resize(periods.size());
    }

    [[nodiscard]] std::size_t size() const { return m_bounds.size(); }
    [[nodiscard]] const Bounds& bounds(std::size_t period) const { return m_bounds[period]; }
    PeriodTable& table(std::size_t period) { return m_tables[period]; }
    std::vector<PeriodTable> take() { return std::move(m_tables); }

    [[nodiscard]] QString minFrom() const {
        QString first = m_bounds.front().from;
        for (const Bounds& bounds : m_bounds)
            first = std::min(first, bounds.from);
        return first;
    }
    [[nodiscard]] QString maxTo() const {
        QString last = m_bounds.front().to;
        for (const Bounds& bounds : m_bounds)
            last = std::max(last, bounds.to);
        return last;
    }

    // Declares every pair of `pass` computed in every period, so that "no records" is a result too.
    void declare(Pass pass) {
        for (const auto& [pair, producer] : passOfPair()) {
            if (producer != pass)
                continue;
            for (PeriodTable& table : m_tables)
                table.values(pair.first, pair.second);
        }
    }

    // The values of one (measure, dimension) of a period. Measures and dimensions are string literals: the
    // slots are found by their addresses, without building a QString per figure (a pass adds tens of
    // thousands of groups, each to a dozen figures).
    ValuesByKey& slot(std::size_t period, const char* measure, const char* dimension) {
        const auto key = std::make_tuple(period, measure, dimension);
        const auto found = m_slots.find(key);
        if (found != m_slots.end())
            return *found->second;
        ValuesByKey& values = m_tables[period].values(s(measure), s(dimension));
        m_slots.emplace(key, &values);
        return values;
    }
    void count(std::size_t period, const char* measure, const char* dimension, const QString& key,
               double value) {
        if (value != 0)
            slot(period, measure, dimension)[key] += value;
    }
    // A count by form and unit, and its total.
    void countCase(std::size_t period, const char* measure, const QString& form, const QString& unit,
                   double value) {
        if (value == 0)
            return;
        slot(period, measure, "total")[QString()] += value;
        slot(period, measure, "form")[form] += value;
        slot(period, measure, "unit")[unit] += value;
    }
    void sum(std::size_t period, const char* measure, const char* dimension, const QString& key,
             double value) {
        slot(period, measure, dimension)[key] += value;
    }
    void erase(std::size_t period, const char* measure, const char* dimension) {
        m_slots.clear(); // the same text may sit at several addresses
        m_tables[period].erase(s(measure), s(dimension));
    }

    // Adds what another set of tables for the same periods computed (the worker's passes).
    void mergeFrom(const Tables& other) {
        for (std::size_t i = 0; i < m_tables.size(); ++i)
            m_tables[i].addAll(other.m_tables[i]);
    }

    // A total over no records is still a row (0), as ReportRepository::aggregate gives it; medians excepted.
    void finish() {
        for (const auto& [pair, pass] : passOfPair()) {
            if (pair.second != QLatin1String("total") ||
                pair.first == QLatin1String("referral_response_days"))
                continue;
            for (PeriodTable& table : m_tables) {
                if (table.find(pair.first, pair.second))
                    table.values(pair.first, pair.second).try_emplace(QString(), 0);
            }
        }
    }

private:
    std::vector<Bounds> m_bounds;
    std::vector<PeriodTable> m_tables;
    std::map<std::tuple<std::size_t, const char*, const char*>, ValuesByKey*> m_slots;
};

QString caseDayColumnsFor(std::size_t periods, const char* perPeriod) {
    QString columns;
    for (std::size_t i = 0; i < periods; ++i)
        columns += QStringLiteral(", ") + QString::fromLatin1(perPeriod);
    return columns;
}

// Cases received up to the last day of the last period, by the day received: received in a period (the day
// is in it), carried over into it (received before its first day and not ended before it) and still open at
// its end (received by its last day and not ended by it).
Status receivedPass(const QSqlDatabase& db, Tables& tables) {
    QString sql = s("SELECT c.received_on, c.form, c.unit_code, count(*)") +
                  caseDayColumnsFor(tables.size(), "total(c.ended_on IS NULL OR c.ended_on >= ?), "
                                                   "total(c.ended_on IS NULL OR c.ended_on > ?)") +
                  s(" FROM cases c INDEXED BY cases_report_received WHERE c.received_on <= ? "
                    "GROUP BY c.received_on, c.form, c.unit_code");
    QVariantList values;
    for (std::size_t i = 0; i < tables.size(); ++i)
        values << tables.bounds(i).from << tables.bounds(i).to;
    values << tables.maxTo();
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    tables.declare(Pass::Received);
    while (query->next()) {
        const QString day = query->value(0).toString();
        const QString form = query->value(1).toString();
        const QString unit = query->value(2).toString();
        const double received = query->value(3).toDouble();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            const Bounds& bounds = tables.bounds(i);
            const int column = 4 + 2 * static_cast<int>(i);
            if (day < bounds.from)
                tables.countCase(i, "cases_carried_over", form, unit, query->value(column).toDouble());
            else if (day <= bounds.to)
                tables.countCase(i, "cases_received", form, unit, received);
            if (day <= bounds.to)
                tables.countCase(i, "cases_open_at_end", form, unit, query->value(column + 1).toDouble());
        }
    }
    return {};
}

// Cases accepted in any of the periods, by the day accepted and the case's own attributes. `accepted`
// receives the number per period.
Status acceptedPass(const QSqlDatabase& db, Tables& tables, std::vector<double>& accepted) {
    auto query = run(db,
                     s("SELECT c.accepted_on, c.form, c.unit_code, c.group_code, c.field_code, count(*), "
                       "total(c.urgent = 1), total(c.urgent = 1 AND c.accepted_on <= c.received_on) "
                       "FROM cases c INDEXED BY cases_report_accepted WHERE c.accepted_on IS NOT NULL AND "
                       "c.accepted_on >= ? AND c.accepted_on <= ? "
                       "GROUP BY c.accepted_on, c.form, c.unit_code, c.group_code, c.field_code"),
                     {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Accepted);
    accepted.assign(tables.size(), 0);
    while (query->next()) {
        const QString day = query->value(0).toString();
        const QString form = query->value(1).toString();
        const QString unit = query->value(2).toString();
        const QString group = query->value(3).toString();
        const QString field = query->value(4).toString();
        const double cases = query->value(5).toDouble();
        const double urgent = query->value(6).toDouble();
        const double urgentOnTime = query->value(7).toDouble();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (!tables.bounds(i).contains(day))
                continue;
            accepted[i] += cases;
            tables.countCase(i, "cases_accepted", form, unit, cases);
            tables.countCase(i, "aid_cases", form, unit, cases);
            tables.count(i, "aid_cases", "group", group, cases);
            tables.count(i, "aid_cases", "field", field, cases);
            tables.count(i, "urgent_acceptance", "total", QString(), urgent);
            tables.count(i, "urgent_acceptance", "timeliness", s("on_time"), urgentOnTime);
            tables.count(i, "urgent_acceptance", "timeliness", s("late"), urgent - urgentOnTime);
            tables.count(i, "urgent_acceptance_on_time", "total", QString(), urgentOnTime);
        }
    }
    return {};
}

// The people behind the accepted cases and the people recorded (coverage), for every period, in two walks
// over covering indexes straight on the C API (RawStatement), because a million rows through QSqlQuery cost
// more than the engine's work:
//   1. the accepted cases up to the last period's end in the order of their beneficiary (index
//      cases_report_beneficiary, migration 0011): person id and day accepted, kept in memory (16 bytes and
//      the day's text per case);
//   2. every person in the order of the characteristics the report groups them by (index people_report_walk,
//      migration 0013), so each group is one run of rows: the person's cases are found by id in the list of
//      step 1 and counted per period and age band (the age on the day the case was accepted), with
//      "aided by the period's end" (any case accepted by then) and "recorded in the period" (the cohort).
// Each group's counts go to the tables when the group ends. Every comparison is the one the measures' SQL
// makes (ReportRepository: AID_SOURCE, COHORT_SOURCE, AIDED_BY_END and the age expression): dates and
// timestamps compare as text, byte by byte. Returns how many cases joined a person, per period.
constexpr int kBands = 6; // under 16, 16–17, 18–29, 30–59, 60 and over, unknown
constexpr int kUnknownBand = 5;

// CAST(text AS INTEGER) as SQLite does it: leading spaces, a sign, then digits up to the first other
// character; 0 when there are none.
qint64 castToInteger(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
        ++at;
    bool negative = false;
    if (at < text.size() && (text[at] == '-' || text[at] == '+'))
        negative = text[at++] == '-';
    qint64 value = 0;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at)
        value = value * 10 + (text[at] - '0');
    return negative ? -value : value;
}

// substr(text, from, length) for the ASCII dates the measures cut (1-based, as in SQL).
std::string_view cut(std::string_view text, std::size_t from, std::size_t length) {
    if (from - 1 >= text.size())
        return {};
    return text.substr(from - 1, length);
}

// The measures' age band of a person on `day`: the age from the birth date, else from the birth year, in
// completed years (kAgeExpression), then under 16, 16–17, 18–29, 30–59, 60 and over; unknown without either.
int ageBandOn(std::string_view day, const std::optional<std::string_view>& birthDate,
              const std::optional<qint64>& birthYear) {
    qint64 age = 0;
    if (birthDate) {
        age = castToInteger(cut(day, 1, 4)) - castToInteger(cut(*birthDate, 1, 4)) -
              (cut(day, 6, 5) < cut(*birthDate, 6, 5) ? 1 : 0);
    } else if (birthYear) {
        age = castToInteger(cut(day, 1, 4)) - *birthYear;
    } else {
        return kUnknownBand;
    }
    if (age < 16)
        return 0;
    if (age < 18)
        return 1;
    if (age < 30)
        return 2;
    if (age < 60)
        return 3;
    return 4;
}

// The accepted cases of step 1: sorted by person (the index's order), each day's text in one buffer.
class AcceptedCases {
public:
    void add(qint64 person, std::string_view day) {
        m_cases.push_back({person, static_cast<quint32>(m_days.size()), static_cast<quint32>(day.size())});
        m_days.append(day);
    }
    // The cases of one person: [first, last).
    [[nodiscard]] std::pair<std::size_t, std::size_t> of(qint64 person) const {
        const auto first = std::lower_bound(m_cases.begin(), m_cases.end(), person,
                                            [](const Case& c, qint64 id) { return c.person < id; });
        auto last = first;
        while (last != m_cases.end() && last->person == person)
            ++last;
        return {static_cast<std::size_t>(first - m_cases.begin()),
                static_cast<std::size_t>(last - m_cases.begin())};
    }
    [[nodiscard]] std::string_view day(std::size_t index) const {
        return std::string_view(m_days).substr(m_cases[index].dayAt, m_cases[index].dayLength);
    }

private:
    struct Case {
        qint64 person;
        quint32 dayAt;
        quint32 dayLength;
    };
    std::vector<Case> m_cases;
    std::string m_days;
};

// One group's counts in one period.
struct GroupCounts {
    std::array<double, kBands> casesByBand{};
    double peopleAided = 0;   // with a case accepted in the period
    double peopleKnown = 0;   // the coverage cohort
    double peopleCovered = 0; // of the cohort, aided by the period's end
    void clear() { *this = {}; }
};

Result<std::vector<double>> peoplePass(const QSqlDatabase& db, Tables& tables,
                                       const std::atomic<bool>& stop) {
    static const char* const kBandKeys[] = {"under_16", "16_17", "18_29", "30_59", "60_plus", "unknown"};
    const auto failed = [](const Error& error) {
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("ReportRepository", "Cannot compute the report: %1")
                             .arg(error.message));
    };
    struct TextBounds {
        std::string from, to, next;
    };
    std::vector<TextBounds> bounds;
    for (std::size_t i = 0; i < tables.size(); ++i)
        bounds.push_back({tables.bounds(i).from.toStdString(), tables.bounds(i).to.toStdString(),
                          tables.bounds(i).next.toStdString()});

    // Step 1: the accepted cases, by beneficiary.
    AcceptedCases accepted;
    {
        auto cases = storage::RawStatement::prepare(
            db,
            "SELECT c.beneficiary_person_id, c.accepted_on FROM cases c INDEXED BY cases_report_beneficiary "
            "WHERE c.accepted_on IS NOT NULL AND c.accepted_on <= ? AND c.beneficiary_person_id IS NOT NULL "
            "ORDER BY c.beneficiary_person_id");
        if (!cases)
            return failed(cases.error());
        if (const Status bound = cases->bindAll({tables.maxTo()}); !bound)
            return failed(bound.error());
        for (;;) {
            auto row = cases->next();
            if (!row)
                return failed(row.error());
            if (!*row)
                break;
            accepted.add(cases->integer(0), cases->text(1));
        }
    }

    // Step 2: the people, group by group.
    auto people = storage::RawStatement::prepare(
        db,
        "SELECT p.id, p.sex, p.ethnicity_code, p.nationality_code, p.category, p.birth_date, p.birth_year, "
        "p.created_at, p.current_status FROM people p INDEXED BY people_report_walk "
        "ORDER BY p.sex, p.ethnicity_code, p.nationality_code, p.category");
    if (!people)
        return failed(people.error());

    std::vector<double> joined(tables.size(), 0);
    std::vector<GroupCounts> group(tables.size());
    std::array<std::string, 4> groupKey;
    std::array<bool, 4> groupKeyNull{};
    bool inGroup = false;
    const auto flush = [&] {
        if (!inGroup)
            return;
        const QString sex = QString::fromStdString(groupKey[0]);
        const QString ethnicity = QString::fromStdString(groupKey[1]);
        const QString nationality = QString::fromStdString(groupKey[2]);
        const QString category = QString::fromStdString(groupKey[3]);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            const GroupCounts& counts = group[i];
            double cases = 0;
            for (const double byBand : counts.casesByBand)
                cases += byBand;
            joined[i] += cases;
            tables.count(i, "aid_cases", "sex", sex, cases);
            tables.count(i, "aid_cases", "ethnicity", ethnicity, cases);
            tables.count(i, "aid_cases", "nationality", nationality, cases);
            tables.count(i, "aid_cases", "category", category, cases);
            for (int band = 0; band < kBands; ++band)
                tables.count(i, "aid_cases", "age_band", s(kBandKeys[band]), counts.casesByBand[band]);
            // Each person is in exactly one group, so counts of persons add up across groups.
            tables.count(i, "aid_people", "total", QString(), counts.peopleAided);
            tables.count(i, "aid_people", "category", category, counts.peopleAided);
            tables.count(i, "aid_people", "sex", sex, counts.peopleAided);
            for (const auto& [measure, value] :
                 {std::pair{"coverage_known", counts.peopleKnown},
                  std::pair{"coverage_aided", counts.peopleCovered},
                  std::pair{"coverage_not_aided", counts.peopleKnown - counts.peopleCovered}}) {
                tables.count(i, measure, "total", QString(), value);
                tables.count(i, measure, "category", category, value);
            }
        }
        for (GroupCounts& counts : group)
            counts.clear();
    };

    std::vector<char> aidedInPeriod(tables.size());
    std::vector<char> aidedByEnd(tables.size());
    for (qint64 rows = 1;; ++rows) {
        if (rows % 65536 == 0 && stop)
            return reportCancelled();
        auto row = people->next();
        if (!row)
            return failed(row.error());
        if (!*row)
            break;
        // A new group starts where one of its four characteristics changes (NULL is a value of its own, as
        // in GROUP BY).
        bool sameGroup = inGroup;
        for (int column = 0; column < 4 && sameGroup; ++column) {
            const bool isNull = people->isNull(column + 1);
            sameGroup =
                isNull == groupKeyNull[column] && (isNull || people->text(column + 1) == groupKey[column]);
        }
        if (!sameGroup) {
            flush();
            for (int column = 0; column < 4; ++column) {
                groupKeyNull[column] = people->isNull(column + 1);
                groupKey[column] = std::string(people->text(column + 1));
            }
            inGroup = true;
        }

        std::fill(aidedInPeriod.begin(), aidedInPeriod.end(), 0);
        std::fill(aidedByEnd.begin(), aidedByEnd.end(), 0);
        const auto [first, last] = accepted.of(people->integer(0));
        if (first != last) {
            std::optional<std::string_view> birthDate;
            std::optional<qint64> birthYear;
            if (!people->isNull(5))
                birthDate = people->text(5);
            else if (!people->isNull(6))
                birthYear = people->integer(6);
            for (std::size_t index = first; index < last; ++index) {
                const std::string_view day = accepted.day(index);
                for (std::size_t i = 0; i < bounds.size(); ++i) {
                    if (day > bounds[i].to)
                        continue;
                    aidedByEnd[i] = 1;
                    if (day >= bounds[i].from) {
                        aidedInPeriod[i] = 1;
                        group[i].casesByBand[ageBandOn(day, birthDate, birthYear)] += 1;
                    }
                }
            }
        }
        const std::string_view category = people->text(4);
        const bool inCohortCategory = !people->isNull(4) &&
                                      (category == "victim" || category == "under_identification" ||
                                       category == "accompanying_minor") &&
                                      (people->isNull(8) || people->text(8) != "not_victim");
        const bool hasCreatedAt = !people->isNull(7);
        const std::string_view createdAt = people->text(7);
        for (std::size_t i = 0; i < bounds.size(); ++i) {
            group[i].peopleAided += aidedInPeriod[i];
            if (inCohortCategory && hasCreatedAt && createdAt >= bounds[i].from &&
                createdAt < bounds[i].next) {
                group[i].peopleKnown += 1;
                group[i].peopleCovered += aidedByEnd[i];
            }
        }
    }
    flush();
    return joined;
}

// Cases assigned in any of the periods, by the day assigned.
Status assignedPass(const QSqlDatabase& db, Tables& tables) {
    auto query = run(db,
                     s("SELECT c.assigned_on, c.form, c.unit_code, count(*) FROM cases c INDEXED BY "
                       "cases_report_assigned WHERE c.assigned_on IS NOT NULL AND c.assigned_on >= ? AND "
                       "c.assigned_on <= ? GROUP BY c.assigned_on, c.form, c.unit_code"),
                     {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Assigned);
    while (query->next()) {
        const QString day = query->value(0).toString();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (tables.bounds(i).contains(day))
                tables.countCase(i, "cases_assigned", query->value(1).toString(), query->value(2).toString(),
                                 query->value(3).toDouble());
        }
    }
    return {};
}

// Cases that ended in any of the periods, by the day and the way they ended (index cases_ended_on, 0008).
Status endedPass(const QSqlDatabase& db, Tables& tables) {
    auto query = run(db,
                     s("SELECT c.ended_on, c.status, c.form, c.unit_code, count(*) FROM cases c INDEXED BY "
                       "cases_ended_on WHERE c.ended_on IS NOT NULL AND c.ended_on >= ? AND c.ended_on <= ? "
                       "GROUP BY c.ended_on, c.status, c.form, c.unit_code"),
                     {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Ended);
    while (query->next()) {
        const QString day = query->value(0).toString();
        const QString status = query->value(1).toString();
        const auto ending = std::find_if(std::begin(kEndings), std::end(kEndings),
                                         [&](const char* name) { return status == QLatin1String(name); });
        if (ending == std::end(kEndings))
            continue;
        const char* const measure = kEndedMeasures[ending - std::begin(kEndings)];
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (tables.bounds(i).contains(day))
                tables.countCase(i, measure, query->value(2).toString(), query->value(3).toString(),
                                 query->value(4).toDouble());
        }
    }
    return {};
}

// Cases each provider held at some time in each period: assigned by its end and not ended before its
// start. One walk of the assigned cases in provider order, one column per period.
Status providersPass(const QSqlDatabase& db, Tables& tables) {
    const QString sql =
        s("SELECT c.provider_id") +
        caseDayColumnsFor(tables.size(),
                          "total(c.assigned_on <= ? AND (c.ended_on IS NULL OR c.ended_on >= ?))") +
        s(" FROM cases c INDEXED BY cases_report_provider WHERE c.assigned_on IS NOT NULL AND c.provider_id "
          "IS "
          "NOT NULL GROUP BY c.provider_id");
    QVariantList values;
    for (std::size_t i = 0; i < tables.size(); ++i)
        values << tables.bounds(i).to << tables.bounds(i).from;
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    tables.declare(Pass::Providers);
    while (query->next()) {
        const QString provider = query->value(0).toString();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            const double held = query->value(1 + static_cast<int>(i)).toDouble();
            tables.count(i, "cases_per_provider", "provider", provider, held);
            tables.count(i, "cases_per_provider", "total", QString(), held);
        }
    }
    return {};
}

// Provider changes decided in any of the periods, by the day and whether the lifecycle marked them late.
Status transitionsPass(const QSqlDatabase& db, Tables& tables) {
    auto query = run(db,
                     s("SELECT t.effective_on, t.late = 1, t.late = 0, count(*) FROM case_transitions t "
                       "INDEXED BY case_transitions_report JOIN cases c ON c.id = t.case_id WHERE t.action = "
                       "'change_provider' AND t.effective_on >= ? AND t.effective_on <= ? "
                       "GROUP BY t.effective_on, t.late"),
                     {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Transitions);
    while (query->next()) {
        const QString day = query->value(0).toString();
        const bool late = query->value(1).toInt() == 1;
        const bool onTime = query->value(2).toInt() == 1;
        const double changes = query->value(3).toDouble();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (!tables.bounds(i).contains(day))
                continue;
            tables.count(i, "provider_changes", "total", QString(), changes);
            tables.count(i, "provider_changes", "timeliness", late ? s("late") : s("on_time"), changes);
            if (onTime)
                tables.count(i, "provider_changes_on_time", "total", QString(), changes);
        }
    }
    return {};
}

// Referrals sent in any of the periods, by the day sent and everything the figures group them by.
Status referralsPass(const QSqlDatabase& db, Tables& tables) {
    auto query = run(db,
                     s("SELECT r.sent_on, r.direction, r.source_kind, r.service, r.status, count(*) FROM "
                       "referrals r INDEXED BY referrals_report WHERE r.sent_on >= ? AND r.sent_on <= ? "
                       "GROUP BY r.sent_on, r.direction, r.source_kind, r.service, r.status"),
                     {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Referrals);
    while (query->next()) {
        const QString day = query->value(0).toString();
        const QString direction = query->value(1).toString();
        const char* measure = nullptr;
        if (direction == QLatin1String("in"))
            measure = "referrals_in";
        else if (direction == QLatin1String("out"))
            measure = "referrals_out";
        else
            continue;
        // NULL kind or service groups with '' (COALESCE in the measure's SQL).
        const QString sourceKind = query->value(2).toString();
        const QString service = query->value(3).toString();
        const QString status = query->value(4).toString();
        const double referrals = query->value(5).toDouble();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (!tables.bounds(i).contains(day))
                continue;
            tables.count(i, measure, "total", QString(), referrals);
            tables.count(i, measure, "source_kind", sourceKind, referrals);
            tables.count(i, measure, "service", service, referrals);
            tables.count(i, measure, "referral_status", status, referrals);
            tables.count(i, measure, "direction", direction, referrals);
        }
    }
    return {};
}

// The median of a multiset given as value -> how many times; the same as median() over the values.
double histogramMedian(const std::map<double, qint64>& histogram) {
    qint64 size = 0;
    for (const auto& [value, times] : histogram)
        size += times;
    if (size == 0)
        return 0;
    // The elements at 0-based positions lower and upper of the sorted values.
    const qint64 upperIndex = size / 2;
    const qint64 lowerIndex = size % 2 == 1 ? upperIndex : upperIndex - 1;
    double lower = 0;
    double upper = 0;
    qint64 seen = 0;
    for (const auto& [value, times] : histogram) {
        if (lowerIndex >= seen && lowerIndex < seen + times)
            lower = value;
        if (upperIndex >= seen && upperIndex < seen + times) {
            upper = value;
            break;
        }
        seen += times;
    }
    return size % 2 == 1 ? upper : (lower + upper) / 2;
}

// Days from sending to the first answer (accepted or declined) of referrals sent in any of the periods: one
// walk of the referrals by the day sent and direction (index referrals_report), one lookup per referral in
// the answers alone (partial index referral_status_history_answer, migration 0013). The groups stream out in
// index order without a sort; each carries its referrals' days as a list, and C++ counts how many referrals
// took each number of days and takes the medians per period. A day count SQLite cannot compute (a malformed
// date) is 0, as QVariant::toDouble makes the NULL of the measure's own SQL.
Status responsePass(const QSqlDatabase& db, Tables& tables) {
    auto query =
        run(db,
            s("SELECT r.sent_on, r.direction, group_concat(ifnull(julianday(h.changed_on) - "
              "julianday(r.sent_on), 0)) FROM referrals r INDEXED BY referrals_report JOIN "
              "referral_status_history h INDEXED BY referral_status_history_answer ON h.referral_id = r.id "
              "AND h.from_status = 'sent' AND h.to_status IN ('accepted', 'declined') WHERE r.sent_on >= ? "
              "AND r.sent_on <= ? GROUP BY r.sent_on, r.direction"),
            {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Response);
    // period -> direction ("" for all) -> days -> referrals
    std::vector<std::map<QString, std::map<double, qint64>>> histograms(tables.size());
    std::map<double, qint64> dayCounts;
    while (query->next()) {
        const QString day = query->value(0).toString();
        const QString direction = query->value(1).toString();
        const QString list = query->value(2).toString();
        dayCounts.clear();
        for (const QStringView days : QStringView(list).split(QLatin1Char(',')))
            ++dayCounts[days.toDouble()];
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (!tables.bounds(i).contains(day))
                continue;
            for (const auto& [days, referrals] : dayCounts) {
                histograms[i][direction][days] += referrals;
                histograms[i][QString()][days] += referrals;
            }
        }
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
        for (const auto& [direction, histogram] : histograms[i]) {
            const double value = histogramMedian(histogram);
            if (direction.isEmpty())
                tables.sum(i, "referral_response_days", "total", QString(), value);
            else
                tables.sum(i, "referral_response_days", "direction", direction, value);
        }
    }
    return {};
}

// Activities held in any of the periods, by the day and kind.
Status activitiesPass(const QSqlDatabase& db, Tables& tables) {
    auto query =
        run(db,
            s("SELECT a.held_on, a.kind, count(*), total(a.participants), total(a.female_participants) "
              "FROM activities a WHERE a.held_on >= ? AND a.held_on <= ? GROUP BY a.held_on, a.kind"),
            {tables.minFrom(), tables.maxTo()});
    if (!query)
        return query.error();
    tables.declare(Pass::Activities);
    while (query->next()) {
        const QString day = query->value(0).toString();
        const QString kind = query->value(1).toString();
        for (std::size_t i = 0; i < tables.size(); ++i) {
            if (!tables.bounds(i).contains(day))
                continue;
            tables.count(i, "activities", "total", QString(), query->value(2).toDouble());
            tables.count(i, "activities", "activity_kind", kind, query->value(2).toDouble());
            for (const auto& [measure, column] :
                 {std::pair{"activity_participants", 3}, std::pair{"activity_female_participants", 4}}) {
                tables.sum(i, measure, "total", QString(), query->value(column).toDouble());
                tables.sum(i, measure, "activity_kind", kind, query->value(column).toDouble());
            }
        }
    }
    return {};
}

} // namespace

Error reportCancelled() {
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate(
                                               "ReportRepository", "The report was stopped before it was "
                                                                   "complete; compute it again to see it."));
}

const ValuesByKey* PeriodTable::find(const QString& measure, const QString& dimension) const {
    const auto found = m_values.find({measure, dimension});
    return found == m_values.end() ? nullptr : &found->second;
}

ValuesByKey& PeriodTable::values(const QString& measure, const QString& dimension) {
    return m_values[{measure, dimension}];
}

void PeriodTable::add(const QString& measure, const QString& dimension, const QString& key, double value) {
    m_values[{measure, dimension}][key] += value;
}

void PeriodTable::addAll(const PeriodTable& other) {
    for (const auto& [pair, values] : other.m_values) {
        ValuesByKey& into = m_values[pair];
        for (const auto& [key, value] : values)
            into[key] += value;
    }
}

void PeriodTable::erase(const QString& measure, const QString& dimension) {
    m_values.erase({measure, dimension});
}

ReportBatchRepository::ReportBatchRepository(QSqlDatabase db, ReaderAccess parallelReader)
    : m_db(std::move(db))
    , m_parallelReader(std::move(parallelReader)) {}

bool ReportBatchRepository::covers(const QString& measure, const QString& dimension) {
    return passOfPair().count({measure, dimension}) > 0;
}

Result<std::vector<PeriodTable>>
ReportBatchRepository::compute(const std::vector<ReportPeriod>& periods,
                               const std::set<MeasureDimension>& wanted, const ReportProgress& progress,
                               std::map<QString, qint64>* millisByPass) const {
    if (periods.empty())
        return std::vector<PeriodTable>{};
    std::set<Pass> passes;
    for (const MeasureDimension& pair : wanted) {
        const auto found = passOfPair().find(pair);
        if (found == passOfPair().end())
            continue;
        passes.insert(found->second);
        // aid_cases by case attributes is trusted only once every accepted case is known to join its person.
        if (pair.first == QLatin1String("aid_cases"))
            passes.insert({Pass::Accepted, Pass::People});
    }
    // The people pass checks the cases it joins against the number accepted.
    if (passes.count(Pass::People))
        passes.insert(Pass::Accepted);

    // The queue, the longest passes first, so that two connections finish at about the same time.
    static const Pass kByCost[] = {Pass::People,     Pass::Response,   Pass::Accepted, Pass::Received,
                                   Pass::Referrals,  Pass::Providers,  Pass::Ended,    Pass::Assigned,
                                   Pass::Activities, Pass::Transitions};
    std::vector<Pass> queue;
    for (const Pass pass : kByCost) {
        if (passes.count(pass))
            queue.push_back(pass);
    }
    const int total = static_cast<int>(queue.size());
    if (progress && !progress(0, total))
        return reportCancelled();

    std::atomic<std::size_t> nextInQueue{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false}; // cancelled, or a pass failed
    std::mutex shared;             // guards what follows
    std::optional<Error> failure;
    std::map<QString, qint64> millis;
    std::vector<double> accepted;
    std::vector<double> joined;

    // Takes passes from the queue until it is empty or the report stops (or after one pass, when `once`),
    // filling `tables`.
    const auto work = [&](const QSqlDatabase& db, Tables& tables, bool once) {
        for (;;) {
            const std::size_t index = nextInQueue++;
            if (index >= queue.size() || stop)
                return;
            const Pass pass = queue[index];
            QElapsedTimer timer;
            timer.start();
            std::vector<double> passAccepted;
            std::vector<double> passJoined;
            Status status;
            switch (pass) {
            case Pass::Received:
                status = receivedPass(db, tables);
                break;
            case Pass::Accepted:
                status = acceptedPass(db, tables, passAccepted);
                break;
            case Pass::Assigned:
                status = assignedPass(db, tables);
                break;
            case Pass::Ended:
                status = endedPass(db, tables);
                break;
            case Pass::Providers:
                status = providersPass(db, tables);
                break;
            case Pass::Transitions:
                status = transitionsPass(db, tables);
                break;
            case Pass::Referrals:
                status = referralsPass(db, tables);
                break;
            case Pass::Response:
                status = responsePass(db, tables);
                break;
            case Pass::Activities:
                status = activitiesPass(db, tables);
                break;
            case Pass::People: {
                tables.declare(Pass::People);
                auto people = peoplePass(db, tables, stop);
                if (people)
                    passJoined = std::move(*people);
                else
                    status = people.error();
                break;
            }
            }
            const std::lock_guard lock(shared);
            if (!status) {
                if (!failure)
                    failure = status.error();
                stop = true;
                return;
            }
            millis[passName(pass)] += timer.elapsed();
            if (pass == Pass::Accepted)
                accepted = std::move(passAccepted);
            if (pass == Pass::People)
                joined = std::move(passJoined);
            ++done;
            if (once)
                return;
        }
    };

    // A second connection of its own for a worker thread, when the caller gave the means to open one and
    // there is more than one pass: the passes are independent reads, and a yearly report on a million
    // records is mostly the engine reading and decrypting pages, which two cores do in about half the time.
    // (They were never one snapshot: each pass is its own read, as before.)
    Tables tables(periods);
    Tables workerTables(periods);
    std::unique_ptr<QThread> worker;
    if (m_parallelReader.isValid() && queue.size() > 1) {
        worker.reset(QThread::create([&] {
            auto connection = m_parallelReader.open();
            if (!connection)
                return; // the calling thread takes every pass
            work((*connection)->connection(), workerTables, false);
        }));
        worker->start();
    }
    const auto reportProgress = [&] {
        if (progress && !stop && !progress(done, total)) {
            const std::lock_guard lock(shared);
            if (!failure)
                failure = reportCancelled();
            stop = true;
        }
    };
    while (nextInQueue < queue.size() && !stop) {
        work(m_db, tables, true);
        reportProgress();
    }
    if (worker) {
        // Progress while the worker finishes its last pass.
        while (!worker->wait(100))
            reportProgress();
    }
    if (failure)
        return *failure;
    if (millisByPass) {
        for (const auto& [pass, elapsed] : millis)
            (*millisByPass)[pass] += elapsed;
    }
    tables.mergeFrom(workerTables);
    if (passes.count(Pass::People)) {
        for (std::size_t i = 0; i < tables.size(); ++i) {
            // A case whose beneficiary is missing is in the accepted count but not in the join the measure's
            // SQL makes: leave aid_cases to that SQL then.
            if (joined[i] != accepted[i]) {
                for (const char* dimension : {"total", "group", "form", "field", "unit"})
                    tables.erase(i, "aid_cases", dimension);
            }
        }
    }
    if (progress && !progress(total, total))
        return reportCancelled();
    tables.finish();
    return tables.take();
}

} // namespace legalaid::reports

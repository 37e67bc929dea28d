#include "reports/report_batch_repository.h"

#include "reports/report_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
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

// The people behind the accepted cases and the people recorded (coverage), for every period in one walk of
// the people in the order of the characteristics the report groups them by (index people_report_walk,
// migration 0013), so the groups stream out of the index without a sort of a row per case. Each person's
// accepted cases up to the last period's end are looked up once (index cases_report_beneficiary) and the
// person comes out as a short string of marks, one character per fact, from an alphabet per period:
//   - one mark per case accepted in the period, naming its age band (the age on the day it was accepted;
//     the age expression is costly, so it is computed once per case and period it falls in),
//   - "aided by the period's end" per case accepted by then (coverage: any one is enough),
//   - "recorded in the period" (the coverage cohort), from the person's own columns.
// The group's persons are joined with ',' and C++ counts the marks. Returns how many cases joined a person,
// per period.
constexpr int kBands = 6; // under 16, 16–17, 18–29, 30–59, 60 and over, unknown
constexpr int kUnknownBand = 5;
constexpr int kCohortMark = kBands;
constexpr int kAidedMark = kBands + 1;
constexpr int kMarksPerPeriod = kBands + 2;
// Marks are CJK ideographs: they never occur in the SQL's other text and there are enough for any number of
// periods.
QChar markOf(std::size_t period, int mark) {
    return QChar(static_cast<char16_t>(0x4E00 + period * kMarksPerPeriod + mark));
}

Result<std::vector<double>> peoplePass(const QSqlDatabase& db, Tables& tables) {
    // Index = age in completed years: under 16, 16–17, 18–29, 30–59, 60 and over.
    static const QString kBandOfAge = QString(16, QLatin1Char('0')) + QString(2, QLatin1Char('1')) +
                                      QString(12, QLatin1Char('2')) + QString(30, QLatin1Char('3')) +
                                      QString(1, QLatin1Char('4'));
    static const char* const kBandKeys[] = {"under_16", "16_17", "18_29", "30_59", "60_plus"};
    const QString age = ageExpression(s("c.accepted_on"));
    QStringList cohortMarks;
    QStringList caseMarks;
    QVariantList cohortValues;
    QVariantList caseValues;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const Bounds& bounds = tables.bounds(i);
        cohortMarks << s("(CASE WHEN p.created_at >= ? AND p.created_at < ? THEN ? ELSE '' END)");
        cohortValues << bounds.from << bounds.next << QString(markOf(i, kCohortMark));
        caseMarks
            << s("(CASE WHEN c.accepted_on >= ? AND c.accepted_on <= ? THEN ifnull(substr(?, min(max(%1, "
                 "0), 60) + 1, 1), ?) ELSE '' END) || (CASE WHEN c.accepted_on <= ? THEN ? ELSE '' END)")
                   .arg(age);
        QString bandMarks = kBandOfAge;
        for (QChar& digit : bandMarks)
            digit = markOf(i, digit.unicode() - '0');
        caseValues << bounds.from << bounds.to << bandMarks << QString(markOf(i, kUnknownBand)) << bounds.to
                   << QString(markOf(i, kAidedMark));
    }
    const QString sql =
        s("SELECT p.sex, p.ethnicity_code, p.nationality_code, p.category, group_concat(nullif((CASE WHEN "
          "p.category IN ('victim', 'under_identification', 'accompanying_minor') AND (p.current_status IS "
          "NULL OR p.current_status <> 'not_victim') THEN %1 ELSE '' END) || ifnull((SELECT group_concat(%2, "
          "'') FROM cases c INDEXED BY cases_report_beneficiary WHERE c.beneficiary_person_id = p.id AND "
          "c.accepted_on IS NOT NULL AND c.accepted_on <= ?), ''), ''), ',') "
          "FROM people p INDEXED BY people_report_walk "
          "GROUP BY p.sex, p.ethnicity_code, p.nationality_code, p.category")
            .arg(cohortMarks.join(s(" || ")), caseMarks.join(s(" || ")));
    auto query = run(db, sql, cohortValues + caseValues + QVariantList{tables.maxTo()});
    if (!query)
        return query.error();
    std::vector<double> joined(tables.size(), 0);
    // Per period: marks of the group, and how many of its persons had each kind.
    std::vector<std::array<double, kMarksPerPeriod>> caseMarksOf(tables.size());
    std::vector<double> peopleAided(tables.size());
    std::vector<double> peopleKnown(tables.size());
    std::vector<double> peopleCovered(tables.size());
    std::vector<std::array<int, kMarksPerPeriod>> personMarks(tables.size());
    const char16_t firstMark = markOf(0, 0).unicode();
    const std::size_t lastMark = tables.size() * kMarksPerPeriod;
    while (query->next()) {
        const QString sex = query->value(0).toString();
        const QString ethnicity = query->value(1).toString();
        const QString nationality = query->value(2).toString();
        const QString category = query->value(3).toString();
        const QString persons = query->value(4).toString();
        if (persons.isEmpty())
            continue; // nobody of the group was aided or recorded in any period
        for (std::size_t i = 0; i < tables.size(); ++i) {
            caseMarksOf[i].fill(0);
            peopleAided[i] = peopleKnown[i] = peopleCovered[i] = 0;
        }
        for (const QStringView person : QStringView(persons).split(QLatin1Char(','))) {
            for (auto& marks : personMarks)
                marks.fill(0);
            for (const QChar mark : person) {
                const std::size_t index = mark.unicode() - firstMark;
                if (mark.unicode() >= firstMark && index < lastMark)
                    ++personMarks[index / kMarksPerPeriod][index % kMarksPerPeriod];
            }
            for (std::size_t i = 0; i < tables.size(); ++i) {
                const auto& marks = personMarks[i];
                int cases = 0;
                for (int band = 0; band < kBands; ++band) {
                    caseMarksOf[i][band] += marks[band];
                    cases += marks[band];
                }
                if (cases > 0)
                    peopleAided[i] += 1;
                if (marks[kCohortMark] > 0) {
                    peopleKnown[i] += 1;
                    if (marks[kAidedMark] > 0)
                        peopleCovered[i] += 1;
                }
            }
        }
        for (std::size_t i = 0; i < tables.size(); ++i) {
            double cases = 0;
            for (int band = 0; band < kBands; ++band)
                cases += caseMarksOf[i][band];
            joined[i] += cases;
            tables.count(i, "aid_cases", "sex", sex, cases);
            tables.count(i, "aid_cases", "ethnicity", ethnicity, cases);
            tables.count(i, "aid_cases", "nationality", nationality, cases);
            tables.count(i, "aid_cases", "category", category, cases);
            for (int band = 0; band < kBands; ++band)
                tables.count(i, "aid_cases", "age_band",
                             band == kUnknownBand ? s("unknown") : s(kBandKeys[band]), caseMarksOf[i][band]);
            // Each person is in exactly one group, so counts of persons add up across groups.
            tables.count(i, "aid_people", "total", QString(), peopleAided[i]);
            tables.count(i, "aid_people", "category", category, peopleAided[i]);
            tables.count(i, "aid_people", "sex", sex, peopleAided[i]);
            for (const auto& [measure, value] :
                 {std::pair{"coverage_known", peopleKnown[i]}, std::pair{"coverage_aided", peopleCovered[i]},
                  std::pair{"coverage_not_aided", peopleKnown[i] - peopleCovered[i]}}) {
                tables.count(i, measure, "total", QString(), value);
                tables.count(i, measure, "category", category, value);
            }
        }
    }
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

void PeriodTable::erase(const QString& measure, const QString& dimension) {
    m_values.erase({measure, dimension});
}

ReportBatchRepository::ReportBatchRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

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

    Tables tables(periods);
    const int total = static_cast<int>(passes.size());
    int done = 0;
    if (progress && !progress(done, total))
        return reportCancelled();
    std::vector<double> accepted;
    for (const Pass pass : passes) {
        QElapsedTimer timer;
        timer.start();
        Status status;
        switch (pass) {
        case Pass::Received:
            status = receivedPass(m_db, tables);
            break;
        case Pass::Accepted:
            status = acceptedPass(m_db, tables, accepted);
            break;
        case Pass::Assigned:
            status = assignedPass(m_db, tables);
            break;
        case Pass::Ended:
            status = endedPass(m_db, tables);
            break;
        case Pass::Providers:
            status = providersPass(m_db, tables);
            break;
        case Pass::Transitions:
            status = transitionsPass(m_db, tables);
            break;
        case Pass::Referrals:
            status = referralsPass(m_db, tables);
            break;
        case Pass::Response:
            status = responsePass(m_db, tables);
            break;
        case Pass::Activities:
            status = activitiesPass(m_db, tables);
            break;
        case Pass::People: {
            tables.declare(Pass::People);
            auto joined = peoplePass(m_db, tables);
            if (!joined) {
                status = joined.error();
                break;
            }
            for (std::size_t i = 0; i < tables.size(); ++i) {
                // A case whose beneficiary is missing is in the accepted count but not in the join the
                // measure's SQL makes: leave aid_cases to that SQL then.
                if ((*joined)[i] != accepted[i]) {
                    for (const char* dimension : {"total", "group", "form", "field", "unit"})
                        tables.erase(i, "aid_cases", dimension);
                }
            }
            break;
        }
        }
        if (!status)
            return status.error();
        if (millisByPass)
            (*millisByPass)[passName(pass)] += timer.elapsed();
        ++done;
        if (progress && !progress(done, total))
            return reportCancelled();
    }
    tables.finish();
    return tables.take();
}

} // namespace legalaid::reports

#include "reports/report_service.h"

#include "domain/activity_catalogue.h"
#include "domain/case_catalogues.h"
#include "domain/directory_catalogue.h"
#include "domain/person_catalogues.h"
#include "domain/referral_catalogue.h"
#include "records/permissions.h"
#include "reports/report_drilldown.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <set>

namespace legalaid::reports {

namespace {

// The figures of one period, each (measure, dimension) once: from the batch's table when it computed the
// pair, else from the measure's own query.
class PeriodFigures {
public:
    PeriodFigures(const ReportRepository& repository, ReportPeriod period, const PeriodTable* table)
        : m_repository(repository)
        , m_period(std::move(period))
        , m_table(table) {}

    Result<ValuesByKey> values(const Indicator& indicator) {
        if (!indicator.isRatio())
            return measure(indicator.measure, indicator.dimension);
        auto numerator = measure(indicator.numerator, indicator.dimension);
        if (!numerator)
            return numerator.error();
        auto denominator = measure(indicator.denominator, indicator.dimension);
        if (!denominator)
            return denominator.error();
        ValuesByKey ratios;
        for (const auto& [key, total] : *denominator) {
            const auto found = numerator->find(key);
            const double part = found == numerator->end() ? 0 : found->second;
            // Nobody to count: 100% of nobody is reported as 0 with the denominator beside it.
            ratios[key] = total > 0 ? 100.0 * part / total : 0;
        }
        if (indicator.dimension == QLatin1String("total") && ratios.empty())
            ratios[QString()] = 0;
        return ratios;
    }

private:
    Result<ValuesByKey> measure(const QString& name, const QString& dimension) {
        if (m_table) {
            if (const ValuesByKey* computed = m_table->find(name, dimension))
                return *computed;
        }
        const auto cacheKey = std::make_pair(name, dimension);
        if (const auto found = m_cache.find(cacheKey); found != m_cache.end())
            return found->second;
        auto values = m_repository.aggregate(name, dimension, m_period);
        if (!values)
            return values.error();
        ValuesByKey byKey;
        for (const MeasureValue& value : *values)
            byKey[value.key] = value.value;
        m_cache.emplace(cacheKey, byKey);
        return byKey;
    }

    const ReportRepository& m_repository;
    ReportPeriod m_period;
    const PeriodTable* m_table = nullptr;
    std::map<std::pair<QString, QString>, ValuesByKey> m_cache;
};

QString unknownLabel(bool en) {
    return en ? QStringLiteral("Unknown") : QStringLiteral("Không rõ");
}

QString ageBandLabel(const QString& key, bool en) {
    if (key == QLatin1String("under_16"))
        return en ? QStringLiteral("Under 16") : QStringLiteral("Dưới 16 tuổi");
    if (key == QLatin1String("16_17"))
        return en ? QStringLiteral("16 to under 18") : QStringLiteral("Từ đủ 16 đến dưới 18 tuổi");
    if (key == QLatin1String("18_29"))
        return en ? QStringLiteral("18 to 29") : QStringLiteral("Từ 18 đến 29 tuổi");
    if (key == QLatin1String("30_59"))
        return en ? QStringLiteral("30 to 59") : QStringLiteral("Từ 30 đến 59 tuổi");
    if (key == QLatin1String("60_plus"))
        return en ? QStringLiteral("60 and over") : QStringLiteral("Từ 60 tuổi trở lên");
    return unknownLabel(en);
}

QString keyLabel(const QString& dimension, const QString& key, const KeyLabels& labels, bool en) {
    if (dimension == QLatin1String("total"))
        return en ? QStringLiteral("Total") : QStringLiteral("Tổng số");
    if (dimension == QLatin1String("age_band"))
        return ageBandLabel(key, en);
    if (key.isEmpty())
        return unknownLabel(en);
    const auto fromPair = [&](const std::map<QString, std::pair<QString, QString>>& map) {
        const auto found = map.find(key);
        return found == map.end() ? key : (en ? found->second.second : found->second.first);
    };
    const auto fromMap = [&](const std::map<QString, QString>& map) {
        const auto found = map.find(key);
        return found == map.end() ? key : found->second;
    };
    if (dimension == QLatin1String("group"))
        return fromPair(labels.groups);
    if (dimension == QLatin1String("field"))
        return fromPair(labels.fields);
    if (dimension == QLatin1String("unit"))
        return fromMap(labels.units);
    if (dimension == QLatin1String("provider"))
        return fromMap(labels.providers);
    if (dimension == QLatin1String("form")) {
        const auto form = caseFormFromCode(key);
        return form ? caseFormLabel(*form) : key;
    }
    if (dimension == QLatin1String("sex"))
        return personCatalogueLabel(PersonCatalogue::Sex, key);
    if (dimension == QLatin1String("ethnicity"))
        return personCatalogueLabel(PersonCatalogue::Ethnicity, key);
    if (dimension == QLatin1String("nationality"))
        return personCatalogueLabel(PersonCatalogue::Country, key);
    if (dimension == QLatin1String("category"))
        return personCatalogueLabel(PersonCatalogue::Category, key);
    if (dimension == QLatin1String("source_kind"))
        return organisationKindLabel(key);
    if (dimension == QLatin1String("service"))
        return referralServiceLabel(key);
    if (dimension == QLatin1String("referral_status"))
        return referralStatusLabel(key);
    if (dimension == QLatin1String("direction"))
        return referralDirectionLabel(key);
    if (dimension == QLatin1String("activity_kind"))
        return activityKindLabel(key);
    if (dimension == QLatin1String("timeliness")) {
        if (key == QLatin1String("on_time"))
            return en ? QStringLiteral("On time") : QStringLiteral("Đúng hạn");
        return en ? QStringLiteral("Late") : QStringLiteral("Quá hạn");
    }
    return key;
}

} // namespace

const ReportRow* Report::find(const QString& code, const QString& key) const {
    for (const ReportRow& row : rows) {
        if (row.code == code && row.key == key)
            return &row;
    }
    return nullptr;
}

ReportService::ReportService(Session& session)
    : m_session(&session)
    , m_database(session.db())
    , m_role(session.user().role)
    , m_parallelReader(session) {}

ReportService::ReportService(QSqlDatabase database, Role role, ReaderAccess parallelReader)
    : m_database(std::move(database))
    , m_role(role)
    , m_parallelReader(std::move(parallelReader)) {}

Result<Report> ReportService::compute(const ReportPeriod& period, const ReportOptions& options) const {
    if (auto allowed = requirePermission(m_role, Operation::ViewAggregates); !allowed)
        return allowed.error();
    QElapsedTimer elapsed;
    elapsed.start();
    auto catalogue = indicatorCatalogue();
    if (!catalogue)
        return catalogue.error();
    const ReportRepository repository(m_database);
    const LargeReadCache cache(m_database);
    auto labels = repository.keyLabels();
    if (!labels)
        return labels.error();
    const bool en = options.language == QLatin1String("en");

    Report report;
    report.period = period;
    report.language = en ? QStringLiteral("en") : QStringLiteral("vi");
    report.computedAt = QDateTime::currentDateTime();
    report.years = options.compareYears;

    std::vector<const Indicator*> indicators;
    std::set<MeasureDimension> wanted;
    for (const Indicator& indicator : *catalogue) {
        if (!options.sections.isEmpty() && !options.sections.contains(indicator.section))
            continue;
        indicators.push_back(&indicator);
        if (indicator.isRatio()) {
            wanted.insert({indicator.numerator, indicator.dimension});
            wanted.insert({indicator.denominator, indicator.dimension});
        } else {
            wanted.insert({indicator.measure, indicator.dimension});
        }
    }

    // Every period the report shows, each once (the current year is often among the years compared too).
    std::vector<ReportPeriod> periods;
    const auto indexOf = [&periods](const ReportPeriod& wantedPeriod) {
        for (std::size_t i = 0; i < periods.size(); ++i) {
            if (periods[i].from == wantedPeriod.from && periods[i].to == wantedPeriod.to)
                return i;
        }
        periods.push_back(wantedPeriod);
        return periods.size() - 1;
    };
    const std::size_t currentIndex = indexOf(period);
    std::optional<std::size_t> previousIndex;
    if (options.comparePrevious) {
        report.previousPeriod = period.previous();
        previousIndex = indexOf(*report.previousPeriod);
    }
    std::vector<std::pair<int, std::size_t>> yearIndexes;
    for (const int year : options.compareYears)
        yearIndexes.emplace_back(year, indexOf(period.inYear(year)));

    // The passes, then one step for the indicators (and the drill-down lists, when asked for).
    int steps = 1;
    const auto batchProgress = [&](int done, int total) {
        steps = total + 1;
        return !options.progress || options.progress(done, steps);
    };
    auto tables = ReportBatchRepository(m_database, m_parallelReader)
                      .compute(periods, wanted, batchProgress, &report.millisByPass);
    if (!tables) {
        if (tables.error().code == ErrorCode::Cancelled)
            return tables.error();
        // A database without the report's indexes (migration 0011) still gets its report, one query per
        // figure; a real SQL problem shows up there too.
        tables = std::vector<PeriodTable>(periods.size());
        report.millisByPass.clear();
    }

    std::vector<PeriodFigures> figures;
    figures.reserve(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i)
        figures.emplace_back(repository, periods[i], &(*tables)[i]);
    PeriodFigures& current = figures[currentIndex];
    PeriodFigures* previous = previousIndex ? &figures[*previousIndex] : nullptr;
    std::vector<std::pair<int, PeriodFigures*>> years;
    for (const auto& [year, index] : yearIndexes)
        years.emplace_back(year, &figures[index]);

    for (const Indicator* listed : indicators) {
        const Indicator& indicator = *listed;
        if (options.progress && !options.progress(steps - 1, steps))
            return reportCancelled();
        QElapsedTimer timer;
        timer.start();
        auto values = current.values(indicator);
        if (!values)
            return values.error();
        report.millisByIndicator[indicator.code] = timer.elapsed();
        std::optional<ValuesByKey> before;
        if (previous) {
            auto earlier = previous->values(indicator);
            if (!earlier)
                return earlier.error();
            before = std::move(earlier).value();
        }
        std::map<int, ValuesByKey> byYear;
        for (auto& [year, yearFigures] : years) {
            auto yearValues = yearFigures->values(indicator);
            if (!yearValues)
                return yearValues.error();
            byYear[year] = std::move(yearValues).value();
        }

        // Every key seen in any of the periods, so a group that was zero this time still shows.
        std::set<QString> keys;
        for (const auto& [key, value] : *values)
            keys.insert(key);
        if (before)
            for (const auto& [key, value] : *before)
                keys.insert(key);
        for (const auto& [year, yearValues] : byYear)
            for (const auto& [key, value] : yearValues)
                keys.insert(key);

        const QString recordType =
            indicator.isRatio() ? QString() : ReportRepository::recordType(indicator.measure);
        // The same rule as the desk's list behind a figure (the follow-up list of people not yet helped
        // needs ViewCoverageGaps as well).
        const bool drill = options.withRecordIds && !recordType.isEmpty() &&
                           mayListRecordsBehind(m_role, indicator.code).ok();
        std::map<QString, std::vector<qint64>> idsByKey;
        if (drill) {
            auto records = repository.records(indicator.measure, indicator.dimension, period);
            if (!records)
                return records.error();
            for (const KeyedRecord& record : *records)
                idsByKey[record.key].push_back(record.id);
        }

        std::vector<ReportRow> rows;
        for (const QString& key : keys) {
            ReportRow row;
            row.code = indicator.code;
            row.section = indicator.section;
            row.label = indicator.label(report.language);
            row.dimension = indicator.dimension;
            row.key = key;
            row.keyLabel = keyLabel(indicator.dimension, key, *labels, en);
            row.unit = indicator.unit;
            const auto found = values->find(key);
            row.value = found == values->end() ? 0 : found->second;
            if (before) {
                const auto earlier = before->find(key);
                row.previous = earlier == before->end() ? 0 : earlier->second;
            }
            for (const auto& [year, yearValues] : byYear) {
                const auto yearValue = yearValues.find(key);
                row.years[year] = yearValue == yearValues.end() ? 0 : yearValue->second;
            }
            row.recordType = recordType;
            if (drill)
                row.recordIds = std::move(idsByKey[key]);
            rows.push_back(std::move(row));
        }
        // Largest first, then by key, so the same data always prints in the same order.
        std::stable_sort(rows.begin(), rows.end(), [](const ReportRow& a, const ReportRow& b) {
            if (a.value != b.value)
                return a.value > b.value;
            return a.key < b.key;
        });
        for (ReportRow& row : rows)
            report.rows.push_back(std::move(row));
    }
    if (options.progress && !options.progress(steps, steps))
        return reportCancelled();
    report.millisTotal = elapsed.elapsed();
    return report;
}

Result<std::vector<CoverageGap>> ReportService::coverageGaps(const ReportPeriod& period) const {
    if (auto allowed = requirePermission(m_role, Operation::ViewCoverageGaps); !allowed)
        return allowed.error();
    if (!m_session)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ReportService",
                                                     "The list of people not yet helped needs the signed-in "
                                                     "session; ask for it from the desk's main thread."));
    auto gaps = ReportRepository(m_database).coverageGaps(period);
    if (!gaps)
        return gaps.error();
    if (auto audited = m_session->audit(m_session->event(QStringLiteral("report.coverage_gaps"),
                                                         QStringLiteral("report"), period.code(),
                                                         QStringLiteral("people=%1").arg(gaps->size())));
        !audited)
        return audited.error();
    return gaps;
}

} // namespace legalaid::reports

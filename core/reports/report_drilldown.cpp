#include "reports/report_drilldown.h"

#include "domain/activity_catalogue.h"
#include "domain/case_catalogues.h"
#include "domain/case_lifecycle.h"
#include "domain/person_catalogues.h"
#include "domain/referral_catalogue.h"
#include "records/permissions.h"
#include "records/session.h"
#include "reports/indicator_catalogue.h"
#include "reports/report_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <map>

namespace legalaid::reports {

namespace {

// The measure and dimension of each indicator whose figures are numbers of records, read once from the
// shipped catalogue (the catalogue is fixed for the life of the program).
struct Drillable {
    QString measure;
    QString dimension;
    QString recordType;
};

const std::map<QString, Drillable>& drillableIndicators() {
    static const std::map<QString, Drillable> indicators = [] {
        std::map<QString, Drillable> found;
        auto catalogue = indicatorCatalogue();
        if (!catalogue)
            return found;
        for (const Indicator& indicator : *catalogue) {
            if (indicator.isRatio() || indicator.unit != QLatin1String("count") ||
                !ReportRepository::countsRecords(indicator.measure))
                continue;
            const QString type = ReportRepository::recordType(indicator.measure);
            if (!type.isEmpty())
                found.emplace(indicator.code, Drillable{indicator.measure, indicator.dimension, type});
        }
        return found;
    }();
    return indicators;
}

Operation viewOperation(const QString& recordType) {
    if (recordType == QLatin1String("person"))
        return Operation::PersonView;
    if (recordType == QLatin1String("referral"))
        return Operation::ReferralView;
    if (recordType == QLatin1String("activity"))
        return Operation::ActivityView;
    return Operation::CaseView;
}

Error notDrillable(const QString& code) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "ReportDrillDown", "The figures of \"%1\" are not numbers of records, so there is "
                                            "no list behind them; choose a count in the report.")
                         .arg(code));
}

Error sqlFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql, QCoreApplication::translate(
                                         "ReportDrillDown", "Cannot read the records behind the figure: %1")
                                         .arg(query.lastError().databaseText()));
}

QString displayDate(const QVariant& value) {
    const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString sexLabel(const QString& code) {
    return code.isEmpty() ? QString() : personCatalogueLabel(PersonCatalogue::Sex, code);
}

// One statement per record type: the columns of the list for the ids bound to the IN list.
QString selectFor(const QString& recordType, const QString& placeholders) {
    if (recordType == QLatin1String("case"))
        return QStringLiteral(
                   "SELECT c.id, c.file_code, p.full_name, c.status, c.form, c.received_on FROM cases "
                   "c JOIN people p ON p.id = c.beneficiary_person_id WHERE c.id IN (%1)")
            .arg(placeholders);
    if (recordType == QLatin1String("person"))
        return QStringLiteral("SELECT p.id, p.full_name, p.category, p.sex, p.birth_year, p.province_code "
                              "FROM people p WHERE p.id IN (%1)")
            .arg(placeholders);
    if (recordType == QLatin1String("referral"))
        return QStringLiteral(
                   "SELECT r.id, r.direction, o.name, r.service, r.status, r.sent_on FROM referrals r "
                   "JOIN organisations o ON o.id = r.organisation_id WHERE r.id IN (%1)")
            .arg(placeholders);
    return QStringLiteral(
               "SELECT a.id, a.held_on, a.kind, a.title, a.place, a.participants FROM activities a "
               "WHERE a.id IN (%1)")
        .arg(placeholders);
}

QVariantList cellsFor(const QString& recordType, const QSqlQuery& query) {
    if (recordType == QLatin1String("case")) {
        const auto status = caseStatusFromCode(query.value(3).toString());
        const auto form = caseFormFromCode(query.value(4).toString());
        return {query.value(1).toString(), query.value(2).toString(),
                status ? caseStatusLabel(*status) : query.value(3).toString(),
                form ? caseFormLabel(*form) : query.value(4).toString(), displayDate(query.value(5))};
    }
    if (recordType == QLatin1String("person")) {
        const QString province = query.value(5).toString();
        return {query.value(1).toString(),
                personCatalogueLabel(PersonCatalogue::Category, query.value(2).toString()),
                sexLabel(query.value(3).toString()),
                query.value(4).isNull() ? QString() : query.value(4).toString(),
                province.isEmpty() ? QString() : personCatalogueLabel(PersonCatalogue::Province, province)};
    }
    if (recordType == QLatin1String("referral")) {
        const QString service = query.value(3).toString();
        return {referralDirectionLabel(query.value(1).toString()), query.value(2).toString(),
                service.isEmpty() ? QString() : referralServiceLabel(service),
                referralStatusLabel(query.value(4).toString()), displayDate(query.value(5))};
    }
    const QString place = query.value(4).toString();
    const QString title = query.value(3).toString();
    return {displayDate(query.value(1)), activityKindLabel(query.value(2).toString()),
            place.isEmpty() ? title : QStringLiteral("%1 – %2").arg(title, place),
            QVariant(query.value(5).toLongLong())};
}

} // namespace

QString recordTypeBehind(const QString& indicatorCode) {
    const auto& indicators = drillableIndicators();
    const auto found = indicators.find(indicatorCode);
    return found == indicators.end() ? QString() : found->second.recordType;
}

Status mayListRecordsBehind(Role role, const QString& indicatorCode) {
    if (auto allowed = requirePermission(role, Operation::ViewAggregates); !allowed)
        return allowed;
    const QString type = recordTypeBehind(indicatorCode);
    if (type.isEmpty())
        return notDrillable(indicatorCode);
    if (auto allowed = requirePermission(role, viewOperation(type)); !allowed)
        return allowed;
    // The names of the people not yet helped are the restricted follow-up list (ReportService::coverageGaps).
    if (indicatorCode.startsWith(QLatin1String("coverage_not_aided")))
        return requirePermission(role, Operation::ViewCoverageGaps);
    return {};
}

ReportDrillDown::ReportDrillDown(Session& session)
    : m_session(&session)
    , m_database(session.db())
    , m_role(session.user().role) {}

ReportDrillDown::ReportDrillDown(QSqlDatabase database, Role role)
    : m_database(std::move(database))
    , m_role(role) {}

Result<RecordsBehind> ReportDrillDown::recordsBehind(const ReportPeriod& period, const QString& indicatorCode,
                                                     const QString& key,
                                                     const std::function<bool()>& cancelled) const {
    if (auto allowed = mayListRecordsBehind(m_role, indicatorCode); !allowed)
        return allowed.error();
    const Drillable& indicator = drillableIndicators().at(indicatorCode);
    QElapsedTimer timer;
    timer.start();
    RecordsBehind records;
    {
        const LargeReadCache cache(m_database);
        auto ids = ReportRepository(m_database)
                       .recordIdsForKey(indicator.measure, indicator.dimension, key, period, cancelled);
        if (!ids)
            return ids.error();
        records.ids = std::move(ids).value();
    }
    records.period = period;
    records.indicatorCode = indicatorCode;
    records.key = key;
    records.recordType = indicator.recordType;
    records.millis = timer.elapsed();
    if (m_session) {
        if (auto audited = auditRecordsBehind(*m_session, records); !audited)
            return audited.error();
    }
    return records;
}

Status ReportDrillDown::auditRecordsBehind(Session& session, const RecordsBehind& records) {
    if (auto allowed = mayListRecordsBehind(session.user().role, records.indicatorCode); !allowed)
        return allowed;
    // Codes and a number only: the key is a code (a form, a sex, a unit code or a provider's id), never a
    // name.
    return session.audit(session.event(QStringLiteral("report.drilldown"), QStringLiteral("report"),
                                       records.period.code(),
                                       QStringLiteral("indicator=%1 key=%2 type=%3 records=%4")
                                           .arg(records.indicatorCode, records.key, records.recordType)
                                           .arg(records.ids.size())));
}

RecordsBehindSource::RecordsBehindSource(QString recordType, std::vector<qint64> ids)
    : m_recordType(std::move(recordType))
    , m_ids(std::move(ids)) {}

Result<std::shared_ptr<const RecordsBehindSource>> RecordsBehindSource::create(QString recordType,
                                                                               std::vector<qint64> ids) {
    static const QStringList known{QStringLiteral("case"), QStringLiteral("person"),
                                   QStringLiteral("referral"), QStringLiteral("activity")};
    if (!known.contains(recordType))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ReportDrillDown",
                                                     "\"%1\" is not a kind of record the desk can list.")
                             .arg(recordType));
    return std::shared_ptr<const RecordsBehindSource>(
        new RecordsBehindSource(std::move(recordType), std::move(ids)));
}

QStringList RecordsBehindSource::columnTitles() const {
    if (m_recordType == QLatin1String("case"))
        return {QCoreApplication::translate("RecordsBehind", "File code"),
                QCoreApplication::translate("RecordsBehind", "Beneficiary"),
                QCoreApplication::translate("RecordsBehind", "Status"),
                QCoreApplication::translate("RecordsBehind", "Form"),
                QCoreApplication::translate("RecordsBehind", "Received")};
    if (m_recordType == QLatin1String("person"))
        return {QCoreApplication::translate("RecordsBehind", "Full name"),
                QCoreApplication::translate("RecordsBehind", "Category"),
                QCoreApplication::translate("RecordsBehind", "Sex"),
                QCoreApplication::translate("RecordsBehind", "Born"),
                QCoreApplication::translate("RecordsBehind", "Province")};
    if (m_recordType == QLatin1String("referral"))
        return {QCoreApplication::translate("RecordsBehind", "Direction"),
                QCoreApplication::translate("RecordsBehind", "Partner"),
                QCoreApplication::translate("RecordsBehind", "Service"),
                QCoreApplication::translate("RecordsBehind", "Status"),
                QCoreApplication::translate("RecordsBehind", "Sent")};
    return {QCoreApplication::translate("RecordsBehind", "Date"),
            QCoreApplication::translate("RecordsBehind", "Kind"),
            QCoreApplication::translate("RecordsBehind", "Title and place"),
            QCoreApplication::translate("RecordsBehind", "Participants")};
}

Result<qint64> RecordsBehindSource::count(const QSqlDatabase& /*db*/) const {
    return static_cast<qint64>(m_ids.size());
}

Result<std::vector<lists::ListRow>> RecordsBehindSource::fetch(const QSqlDatabase& db, qint64 offset,
                                                               int limit) const {
    const qint64 size = static_cast<qint64>(m_ids.size());
    const qint64 begin = std::clamp<qint64>(offset, 0, size);
    const qint64 end = std::clamp<qint64>(begin + std::max(limit, 0), begin, size);
    QHash<qint64, QVariantList> cellsById;
    for (qint64 chunkBegin = begin; chunkBegin < end; chunkBegin += kChunk) {
        const qint64 chunkEnd = std::min<qint64>(chunkBegin + kChunk, end);
        QStringList placeholders;
        placeholders.reserve(static_cast<qsizetype>(chunkEnd - chunkBegin));
        for (qint64 i = chunkBegin; i < chunkEnd; ++i)
            placeholders << QStringLiteral("?");
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(selectFor(m_recordType, placeholders.join(QLatin1Char(',')))))
            return sqlFailure(query);
        for (qint64 i = chunkBegin; i < chunkEnd; ++i)
            query.addBindValue(m_ids[static_cast<size_t>(i)]);
        if (!query.exec())
            return sqlFailure(query);
        while (query.next())
            cellsById.insert(query.value(0).toLongLong(), cellsFor(m_recordType, query));
    }
    std::vector<lists::ListRow> rows;
    rows.reserve(static_cast<size_t>(end - begin));
    const int columns = static_cast<int>(columnTitles().size());
    for (qint64 i = begin; i < end; ++i) {
        const qint64 id = m_ids[static_cast<size_t>(i)];
        lists::ListRow row;
        row.id = id;
        // A record removed since the figure was computed keeps its line, empty, so the count still holds.
        row.cells = cellsById.value(id, QVariantList(columns));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace legalaid::reports

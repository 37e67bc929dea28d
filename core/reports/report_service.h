#pragma once

#include "common/result.h"
#include "records/reader_access.h"
#include "records/session.h"
#include "reports/indicator_catalogue.h"
#include "reports/report_batch_repository.h"
#include "reports/report_period.h"
#include "reports/report_repository.h"

#include <QDateTime>
#include <map>
#include <optional>
#include <vector>

namespace legalaid::reports {

// One number of the report: an indicator for one key of its breakdown (key "" is the total).
struct ReportRow {
    QString code; // the indicator's stable code, e.g. aid_cases_by_sex
    QString section;
    QString label;     // the indicator's label in the report's language
    QString dimension; // total, sex, form, …
    QString key;       // the breakdown key's code ("" for the total), e.g. "f"
    QString keyLabel;  // the key for people, e.g. "Nữ"
    QString unit;      // count, percent, days
    double value = 0;
    std::optional<double> previous; // the same number in the previous period
    std::map<int, double> years;    // the same number in the same period of each compared year
    // The records behind a count (cases, people, referrals or activities; see recordType), filled only when
    // asked for and the role may open such records.
    QString recordType;
    std::vector<qint64> recordIds;
};

struct ReportOptions {
    QString language = QStringLiteral("vi"); // labels: vi or en
    bool comparePrevious = true;
    std::vector<int> compareYears; // e.g. 2026..2030: the same period in each of these years
    bool withRecordIds = false;    // drill-down: the ids behind each count
    QStringList sections;          // empty: every section
    // Called between the steps of the computation with how many are done of how many, from the thread that
    // computes; returning false stops it (the result is then ErrorCode::Cancelled).
    ReportProgress progress;
};

struct Report {
    ReportPeriod period;
    std::optional<ReportPeriod> previousPeriod;
    std::vector<int> years;
    QString language;
    QDateTime computedAt;
    std::vector<ReportRow> rows;
    // How long each indicator took beyond the passes (main period), each grouped pass (all periods
    // together) and the whole computation.
    std::map<QString, qint64> millisByIndicator;
    std::map<QString, qint64> millisByPass;
    qint64 millisTotal = 0;
    [[nodiscard]] const ReportRow* find(const QString& code, const QString& key = {}) const;
};

// The periodic report of the centre (DESIGN §7, issue 6): every indicator of the catalogue for a period, the
// previous period and the same period of several years side by side. Figures only: ViewAggregates. The list
// of people not yet helped is a separate, restricted and audited call.
class ReportService {
public:
    explicit ReportService(Session& session);
    // For a worker thread with its own connection (ReaderAccess::open()): figures only; coverageGaps, which
    // audits through the session, is refused. With `parallelReader`, the grouped passes use a second
    // connection on a thread of their own as well.
    ReportService(QSqlDatabase database, Role role, ReaderAccess parallelReader = {});

    [[nodiscard]] Result<Report> compute(const ReportPeriod& period, const ReportOptions& options = {}) const;
    // People of the three categories recorded in the period who had no accepted case by its end, for
    // follow-up. ViewCoverageGaps; audited (the period and how many, never who).
    [[nodiscard]] Result<std::vector<CoverageGap>> coverageGaps(const ReportPeriod& period) const;

private:
    Session* m_session = nullptr;
    QSqlDatabase m_database;
    Role m_role;
    ReaderAccess m_parallelReader;
};

} // namespace legalaid::reports

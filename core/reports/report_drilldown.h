#pragma once

#include "common/result.h"
#include "domain/role.h"
#include "lists/list_source.h"
#include "reports/report_period.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <vector>

namespace legalaid {
class Session;
}

namespace legalaid::reports {

// The records behind one figure of the periodic report (issue 6: drill-down for the roles allowed to see
// them).
struct RecordsBehind {
    ReportPeriod period;
    QString indicatorCode;
    QString key;             // the breakdown key's code, "" for the total (or the "unknown" key)
    QString recordType;      // case, person, referral, activity
    std::vector<qint64> ids; // ascending
    qint64 millis = 0;       // how long the query took
};

// What the figures of an indicator are made of: "case", "person", "referral" or "activity"; "" when they
// are not numbers of records (percentages, sums of participants, medians) or the code is unknown.
[[nodiscard]] QString recordTypeBehind(const QString& indicatorCode);
// Whether `role` may list the records behind the figures of an indicator: it must see figures and open such
// records; the people of the three categories not yet helped also need ViewCoverageGaps. The error is the
// core's permission sentence (the desk shows it as the figure's tooltip).
[[nodiscard]] Status mayListRecordsBehind(Role role, const QString& indicatorCode);

// Computes the ids behind one figure: one indicator, one key, one period, nothing else of the report.
class ReportDrillDown {
public:
    // On the GUI thread: audits each listing through the session (report.drilldown: the period, the
    // indicator, the key and how many, never who).
    explicit ReportDrillDown(Session& session);
    // For a worker thread with its own connection (ReaderAccess::open()): does not audit; the caller writes
    // the entry afterwards on the session's thread with auditRecordsBehind.
    ReportDrillDown(QSqlDatabase database, Role role);

    // `cancelled` is asked while the ids are read; when it says yes the result is ErrorCode::Cancelled.
    [[nodiscard]] Result<RecordsBehind> recordsBehind(const ReportPeriod& period,
                                                      const QString& indicatorCode, const QString& key,
                                                      const std::function<bool()>& cancelled = {}) const;

    // The audit entry of a listing computed off the session's thread. Refused for a role that may not list
    // those records.
    [[nodiscard]] static Status auditRecordsBehind(Session& session, const RecordsBehind& records);

private:
    Session* m_session = nullptr;
    QSqlDatabase m_database;
    Role m_role;
};

// The list the desk shows for the ids behind a figure, in the order of the ids, a window at a time:
// cases: file code, beneficiary, status, form, received on; people: name, category, sex, birth year,
// province; referrals: direction, partner, service, status, sent on; activities: date, kind, title and
// place, participants. The ids are the source's own copy; rows are read by id in chunks that stay under
// SQLite 3.15's 999 bound parameters.
class RecordsBehindSource final : public lists::ListSource {
public:
    // The columns of each record type, in order.
    enum CaseColumn { CaseFileCode, CaseBeneficiary, CaseStatus, CaseForm, CaseReceivedOn };
    enum PersonColumn { PersonName, PersonCategory, PersonSex, PersonBirthYear, PersonProvince };
    enum ReferralColumn {
        ReferralDirection,
        ReferralPartner,
        ReferralService,
        ReferralStatus,
        ReferralSentOn
    };
    enum ActivityColumn { ActivityHeldOn, ActivityKind, ActivityTitle, ActivityParticipants };

    // Ids per statement: under the 999 bound parameters of SQLite 3.15.
    static constexpr int kChunk = 500;

    // InvalidArgument for an unknown record type.
    [[nodiscard]] static Result<std::shared_ptr<const RecordsBehindSource>> create(QString recordType,
                                                                                   std::vector<qint64> ids);

    [[nodiscard]] const QString& recordType() const { return m_recordType; }
    [[nodiscard]] const std::vector<qint64>& ids() const { return m_ids; }

    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] Result<qint64> count(const QSqlDatabase& db) const override;
    [[nodiscard]] Result<std::vector<lists::ListRow>> fetch(const QSqlDatabase& db, qint64 offset,
                                                            int limit) const override;

private:
    RecordsBehindSource(QString recordType, std::vector<qint64> ids);

    QString m_recordType;
    std::vector<qint64> m_ids;
};

} // namespace legalaid::reports

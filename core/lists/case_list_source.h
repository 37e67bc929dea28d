#pragma once

#include "lists/list_source.h"
#include "records/calendar/working_days.h"

#include <QDate>
#include <QVariantMap>
#include <memory>
#include <mutex>
#include <optional>

namespace legalaid::lists {

// What the case list shows. Every field is optional; empty means "no filter".
struct CaseListFilter {
    QString status; // a status code (core/domain/case_lifecycle.h), or "open": not yet closed or left
    QString form;   // a form code (consultation, litigation, out_of_court)
    std::optional<qint64> providerId;
    QString deadline; // "this_week": an open deadline due from today to Sunday; "overdue": an open deadline
                      // past its due date, or a provider change decided late (as CaseDeadlineService lists)
    QString month;    // "yyyy-MM": received in that month
    QString fileCodeText; // part of the file code (case-insensitive)

    // The filter a desk link names (DESK keys: status, form, deadline, month, providerId, search).
    [[nodiscard]] static CaseListFilter fromLink(const QVariantMap& link);
    [[nodiscard]] QVariantMap toLink() const;
};

enum class CaseListOrder {
    NewestFirst,   // received date, newest first (the default)
    OldestFirst,   // received date, oldest first
    RegisterOrder, // unit, register year, register number
};

// The case list (Vụ việc): file code, beneficiary, form, status, provider, received date and the next due
// deadline, filtered and ordered in SQL. Pages are read as "ids of the page through an index, then the
// page's rows", so deep offsets only walk an index (migration 0010 adds the ones the filters need).
// The deadline rules count working days, which SQL cannot; `create` turns them into date bounds on the
// acceptance date beforehand, so the filters stay in SQL and the source stays immutable.
class CaseListSource final : public ListSource {
public:
    enum Column { FileCode, Beneficiary, Form, Status, Provider, ReceivedOn, Deadline, ColumnCount };

    // Rows between two anchors of a deep jump (see m_anchors); tests pass a small step.
    static constexpr qint64 kDefaultAnchorStep = 4096;

    // Validates the filter's codes and reads the holiday calendar and deadline rules from `db`. `today`
    // defaults to the current date.
    [[nodiscard]] static Result<std::shared_ptr<const CaseListSource>>
    create(const QSqlDatabase& db, const CaseListFilter& filter,
           CaseListOrder order = CaseListOrder::NewestFirst, const QDate& today = {},
           qint64 anchorStep = kDefaultAnchorStep);

    [[nodiscard]] const CaseListFilter& filter() const { return m_filter; }
    [[nodiscard]] CaseListOrder order() const { return m_order; }

    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] Result<qint64> count(const QSqlDatabase& db) const override;
    [[nodiscard]] Result<std::vector<ListRow>> fetch(const QSqlDatabase& db, qint64 offset,
                                                     int limit) const override;

private:
    CaseListSource(CaseListFilter filter, CaseListOrder order, QDate today, WorkingDayCalendar calendar,
                   int assignDays);
    // " WHERE …" over the alias c, with its bound values.
    [[nodiscard]] QString whereClause(QVariantList& binds) const;
    [[nodiscard]] QString orderClause() const;

    // A deep jump (the scroll bar dragged to 90% of a million cases) would skip up to a million index
    // entries: 20–60 ms, more when the pages are not cached. Instead, counting also notes the sort key of
    // every m_anchorStep-th row, and a window far down starts from the nearest noted key (keyset) and skips
    // fewer than m_anchorStep entries. Only the received-date orders use it (their keys are never NULL).
    struct Anchor {
        QString receivedOn;
        qint64 id = 0;
    };
    // Walks the list's keys once: the row count and the anchors. Not for RegisterOrder.
    [[nodiscard]] Result<qint64> countWithAnchors(const QSqlDatabase& db) const;
    [[nodiscard]] std::shared_ptr<const std::vector<Anchor>> anchors() const;

    CaseListFilter m_filter;
    CaseListOrder m_order;
    qint64 m_anchorStep = kDefaultAnchorStep;
    // Derived from the database, not state of the list: the worker that counts writes them once, the
    // worker that fetches reads them; a stale set only costs a few rows of drift, as OFFSET would.
    mutable std::mutex m_anchorsMutex;
    mutable std::shared_ptr<const std::vector<Anchor>> m_anchors;
    QDate m_today;
    WorkingDayCalendar m_calendar;
    int m_assignDays = 0;
    // Acceptance dates whose assignment deadline is before today (overdue) / on or before this Sunday.
    QDate m_acceptedOverdueUntil;
    QDate m_acceptedDueThisWeekUntil;
};

} // namespace legalaid::lists

#pragma once

#include "lists/list_source.h"

#include <QDate>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace legalaid::lists {

// What the referral list shows. Empty / false means "no filter".
struct ReferralListFilter {
    QString direction;           // "in" or "out"
    bool awaitingAnswer = false; // still "sent": the partner (or the centre) has not answered yet
    bool overdue = false;        // still "sent" after the answer was due
    QString status;              // a status code (sent, accepted, declined, done, cancelled)
    qint64 personId = 0;         // one person's referrals

    // The filter a desk link names (DESK keys: direction, awaitingAnswer, overdue).
    [[nodiscard]] static ReferralListFilter fromLink(const QVariantMap& link);
};

enum class ReferralListOrder {
    NewestFirst, // sent date, newest first (the default)
    DueFirst,    // answer due date, soonest first
};

// The referral list (Chuyển gửi): direction, person, partner, service, status, sent and answer-due dates and
// an overdue flag, filtered and ordered in SQL, pages read through an index.
class ReferralListSource final : public ListSource {
public:
    enum Column { Direction, Person, Partner, Service, Status, SentOn, DueOn, Overdue, ColumnCount };

    // Validates the codes; `today` (default: the current date) decides what is overdue.
    [[nodiscard]] static Result<std::shared_ptr<const ReferralListSource>>
    create(const ReferralListFilter& filter, ReferralListOrder order = ReferralListOrder::NewestFirst,
           const QDate& today = {});

    [[nodiscard]] const ReferralListFilter& filter() const { return m_filter; }
    // The text of the Overdue cell of an overdue referral (empty otherwise), so views can highlight it.
    [[nodiscard]] static QString overdueMark();

    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] Result<qint64> count(const QSqlDatabase& db) const override;
    [[nodiscard]] Result<std::vector<ListRow>> fetch(const QSqlDatabase& db, qint64 offset,
                                                     int limit) const override;

private:
    ReferralListSource(ReferralListFilter filter, ReferralListOrder order, QDate today);
    [[nodiscard]] QString whereClause(QVariantList& binds) const;
    [[nodiscard]] QString orderClause() const;

    ReferralListFilter m_filter;
    ReferralListOrder m_order;
    QDate m_today;
};

} // namespace legalaid::lists

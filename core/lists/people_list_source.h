#pragma once

#include "lists/list_source.h"
#include "search/person_search_index.h"

#include <QDate>
#include <QVariantMap>
#include <mutex>
#include <optional>

namespace legalaid::lists {

// The filters of the people list (Người được TGPL). Empty strings and false mean "any".
// The keys of fromLink()/toLink() are the desk's link keys for the "people" page.
struct PeopleListFilter {
    QString category;             // personCategoryCode: victim, under_identification, accompanying_minor
    QString identificationStatus; // identificationStatusCode
    QString sex;                  // f, m, x
    QString ageBand;              // one of peopleAgeBands()
    QString province;             // PersonCatalogue::Province code
    bool hasOpenCase = false; // at least one case not closed, refused, withdrawn, discontinued or transferred
    bool withoutCase = false; // no case at all
    QString search;           // names, ID and phone numbers, case file codes (diacritics-insensitive)

    [[nodiscard]] static PeopleListFilter fromLink(const QVariantMap& link);
    [[nodiscard]] QVariantMap toLink() const;
    bool operator==(const PeopleListFilter&) const = default;
};

// The age bands of the filter, youngest first: "0-15", "16-17", "18-29", "30-44", "45-59", "60+".
[[nodiscard]] const QStringList& peopleAgeBands();

// The case statuses that end a case; every other status counts as open.
[[nodiscard]] const QStringList& finishedCaseStatuses();

// People in name order (folded name, then year of birth, then id), with the filters applied in SQL. While
// searching, the matches come in search::matchOrder()'s order: by name when there are few, else newest first.
// Columns: full name, category, identification status, sex, birth date or year, province, open cases.
// Ages are counted on `today`: exactly when the birth date is known, as (today's year - birth year) when
// only the year is.
class PeopleListSource : public ListSource {
public:
    explicit PeopleListSource(PeopleListFilter filter, QDate today = QDate::currentDate());

    [[nodiscard]] const PeopleListFilter& filter() const { return m_filter; }

    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] Result<qint64> count(const QSqlDatabase& db) const override;
    [[nodiscard]] Result<std::vector<ListRow>> fetch(const QSqlDatabase& db, qint64 offset,
                                                     int limit) const override;

private:
    struct Where {
        QString joins;
        QString clause; // "" or "WHERE …", the search condition included
        QVariantList binds;
        QStringList conditions;      // the conditions other than the search, over the alias p
        QVariantList conditionBinds; // the binds of `conditions` alone
        QString match;               // the search's MATCH expression, empty when not searching
        bool matchesNothing = false;
    };
    [[nodiscard]] Where where() const;
    // The order of the matches (search::matchOrder), decided by the first window and kept, so that the
    // full-text query runs once per window and the order does not change while the user scrolls.
    [[nodiscard]] Result<search::MatchOrder> matchOrder(const QSqlDatabase& db, const QString& match) const;

    PeopleListFilter m_filter;
    QDate m_today;
    mutable std::mutex m_orderMutex; // fetch() runs on the list's worker thread
    mutable std::optional<search::MatchOrder> m_order;
};

} // namespace legalaid::lists

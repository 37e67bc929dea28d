#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace legalaid::search {

// Vietnamese folding for search: NFC or NFD in, lower-case ASCII out; diacritics removed, đ/Đ -> d,
// runs of spaces and punctuation collapsed to single spaces. "Nguyễn Thị Ánh Tuyết" -> "nguyen thi anh
// tuyet".
[[nodiscard]] QString foldForSearch(const QString& text);
// The FTS4 MATCH expression for what was typed into a search field: folded words, each a prefix, with digits
// typed in groups joined into one phone or ID number. Folding leaves only lower-case letters, digits and
// single spaces, so no FTS operator typed by the user survives. Empty when nothing searchable was typed.
[[nodiscard]] QString searchMatchExpression(const QString& text);

// Rebuilds one person's entry in the search index (FTS4) from their record and the file codes of their cases.
// Must be called inside the transaction that changed the person or opened a case for them.
[[nodiscard]] Status reindexPerson(const QSqlDatabase& db, qint64 personId);

struct PersonMatch {
    qint64 personId = 0;
    QString fullName;
};

// The order of search results. Sorting every match by name costs a read of each matching person: about 3 s
// for "nguyen thi" on a million people (a sixth of them match), against 20 ms for the index's own order.
// So matches stay in name order while there are few enough to sort in a few milliseconds; beyond that
// they come newest first (the index's docid order, which SQLite reads without sorting), which is also what
// a centre most often looks for among many namesakes: the person registered recently.
enum class MatchOrder {
    Name,        // at most kNameOrderedMatches matches: name, year of birth, id
    NewestFirst, // more: the most recently registered first (id descending)
};
inline constexpr int kNameOrderedMatches = 500;

// Which order the matches of `match` (a searchMatchExpression) come in: one bounded read of the index.
[[nodiscard]] Result<MatchOrder> matchOrder(const QSqlDatabase& db, const QString& match);

// Every word of `text` (folded) must prefix-match a word of the person's entry, in any order.
// Matches names, ID numbers, phone numbers and case file codes. At most `limit` results, in the order
// matchOrder() gives (name order when there are at most kNameOrderedMatches matches, else newest first).
[[nodiscard]] Result<std::vector<PersonMatch>> searchPeople(const QSqlDatabase& db, const QString& text,
                                                            int limit);

// Merges the search index's segments into one, as after a bulk load: queries then read one list per word
// instead of one per segment (about a third faster on a million people). Takes seconds on a large
// database; call it inside a write transaction.
[[nodiscard]] Status optimizeSearchIndex(const QSqlDatabase& db);

} // namespace legalaid::search

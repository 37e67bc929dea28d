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

// Every word of `text` (folded) must prefix-match a word of the person's entry, in any order.
// Matches names, ID numbers, phone numbers and case file codes. At most `limit` results, by name.
[[nodiscard]] Result<std::vector<PersonMatch>> searchPeople(const QSqlDatabase& db, const QString& text,
                                                            int limit);

} // namespace legalaid::search

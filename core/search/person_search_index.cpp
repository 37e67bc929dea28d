#include "search/person_search_index.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace legalaid::search {

namespace {

// Digits typed in groups are taken as one phone or ID number from this many digits on.
constexpr int kMinimumGroupedNumber = 8;

Error indexFailure(const QSqlQuery& query) {
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("PersonSearch", "Cannot read or update the search index: %1")
                         .arg(query.lastError().databaseText()));
}

// The folded words of a phone number: its digits, plus the national form of a +84 number, so that
// "0912…" finds "+84 912…" and the other way round.
QStringList phoneWords(const QString& phone) {
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    QStringList words{digits};
    if (digits.startsWith(QLatin1String("84")) && digits.size() >= 10)
        words << QLatin1Char('0') + digits.mid(2);
    else if (digits.startsWith(QLatin1Char('0')) && digits.size() >= 9)
        words << QStringLiteral("84") + digits.mid(1);
    return words;
}

Result<bool> casesTableExists(const QSqlDatabase& db) {
    // The cases table comes with a later migration; until it exists a person simply has no file codes.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cases'"));
    if (!query.exec())
        return indexFailure(query);
    return query.next();
}

} // namespace

QString foldForSearch(const QString& text) {
    // NFD splits every accented letter into its base letter and combining marks, which are dropped;
    // đ/Đ has no decomposition and is mapped by hand.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        QChar out = c;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ
            out = QLatin1Char('d');
        if (!out.isLetterOrNumber()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        folded.append(out.toLower());
    }
    return folded;
}

Status reindexPerson(const QSqlDatabase& db, qint64 personId) {
    QSqlQuery person(db);
    person.prepare(QStringLiteral("SELECT full_name, id_number, phone FROM people WHERE id = ?"));
    person.addBindValue(personId);
    if (!person.exec())
        return indexFailure(person);
    const bool exists = person.next();
    QStringList words;
    if (exists) {
        words << foldForSearch(person.value(0).toString()) << foldForSearch(person.value(1).toString())
              << phoneWords(person.value(2).toString());
    }
    person.finish();

    if (exists) {
        auto withCases = casesTableExists(db);
        if (!withCases)
            return withCases.error();
        if (*withCases) {
            QSqlQuery cases(db);
            cases.setForwardOnly(true);
            cases.prepare(QStringLiteral("SELECT file_code FROM cases WHERE beneficiary_person_id = ?"));
            cases.addBindValue(personId);
            if (!cases.exec())
                return indexFailure(cases);
            while (cases.next())
                words << foldForSearch(cases.value(0).toString());
        }
    }

    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM people_search WHERE docid = ?"));
    remove.addBindValue(personId);
    if (!remove.exec())
        return indexFailure(remove);
    if (!exists)
        return {};

    words.removeAll(QString());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO people_search (docid, document) VALUES (?, ?)"));
    insert.addBindValue(personId);
    insert.addBindValue(words.join(QLatin1Char(' ')));
    if (!insert.exec())
        return indexFailure(insert);
    return {};
}

QString searchMatchExpression(const QString& text) {
    // Folding leaves only letters, digits and single spaces, so no FTS operator, quote or bracket typed by
    // the user survives into the MATCH expression; operators are upper-case words and folding lower-cases.
    QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A phone or ID number typed in groups ("0912 345 678", "+84 912 345 678") is one number. Short runs of
    // digits stay separate words, as in a file code ("01 2026").
    if (words.size() > 1) {
        const QString joined = words.join(QString());
        static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
        if (joined.size() >= kMinimumGroupedNumber && digitsOnly.match(joined).hasMatch())
            words = QStringList{joined};
    }
    QStringList terms;
    for (const QString& word : words)
        terms << word + QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

namespace {

// The newest matches first, at most `limit` ids: FTS4 walks its lists in docid order for this ORDER BY, so
// nothing is sorted.
Result<std::vector<qint64>> newestMatches(const QSqlDatabase& db, const QString& match, int limit) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT docid FROM people_search WHERE document MATCH ? ORDER BY docid DESC LIMIT ?"));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec())
        return indexFailure(query);
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

} // namespace

Result<MatchOrder> matchOrder(const QSqlDatabase& db, const QString& match) {
    auto newest = newestMatches(db, match, kNameOrderedMatches + 1);
    if (!newest)
        return newest.error();
    return static_cast<int>(newest->size()) > kNameOrderedMatches ? MatchOrder::NewestFirst
                                                                  : MatchOrder::Name;
}

Result<std::vector<PersonMatch>> searchPeople(const QSqlDatabase& db, const QString& text, int limit) {
    const QString match = searchMatchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return std::vector<PersonMatch>();

    // One read of the index decides the order and, for few matches, yields all of them.
    auto newest = newestMatches(db, match, kNameOrderedMatches + 1);
    if (!newest)
        return newest.error();
    const bool byName = static_cast<int>(newest->size()) <= kNameOrderedMatches;
    if (!byName && static_cast<int>(newest->size()) > limit) {
        newest->resize(static_cast<std::size_t>(limit));
    } else if (!byName) {
        newest = newestMatches(db, match, limit); // asked for more than the first read brought
        if (!newest)
            return newest.error();
    }

    struct Candidate {
        PersonMatch match;
        QString nameKey;
        qint64 birthYear = 0;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(newest->size());
    QSqlQuery person(db);
    person.setForwardOnly(true);
    person.prepare(QStringLiteral("SELECT full_name, name_folded, birth_year FROM people WHERE id = ?"));
    for (const qint64 id : *newest) {
        person.bindValue(0, id);
        if (!person.exec())
            return indexFailure(person);
        if (person.next())
            candidates.push_back({{id, person.value(0).toString()},
                                  person.value(1).toString(),
                                  person.value(2).isNull() ? -1 : person.value(2).toLongLong()});
        person.finish();
    }
    if (byName) {
        // The people list's order (name, year of birth, id); an unknown year sorts first, as NULL does.
        std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            if (a.nameKey != b.nameKey)
                return a.nameKey < b.nameKey;
            if (a.birthYear != b.birthYear)
                return a.birthYear < b.birthYear;
            return a.match.personId < b.match.personId;
        });
    }
    std::vector<PersonMatch> matches;
    for (Candidate& candidate : candidates) {
        if (static_cast<int>(matches.size()) >= limit)
            break;
        matches.push_back(std::move(candidate.match));
    }
    return matches;
}

Status optimizeSearchIndex(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO people_search (people_search) VALUES ('optimize')")))
        return indexFailure(query);
    return {};
}

} // namespace legalaid::search

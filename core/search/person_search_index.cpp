#include "search/person_search_index.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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

Result<std::vector<PersonMatch>> searchPeople(const QSqlDatabase& db, const QString& text, int limit) {
    const QString match = searchMatchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return std::vector<PersonMatch>();

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.id, p.full_name FROM people_search s JOIN people p ON p.id = s.docid "
                       "WHERE s.document MATCH ? ORDER BY p.name_folded, p.id LIMIT ?"));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec())
        return indexFailure(query);
    std::vector<PersonMatch> matches;
    while (query.next())
        matches.push_back({query.value(0).toLongLong(), query.value(1).toString()});
    return matches;
}

} // namespace legalaid::search

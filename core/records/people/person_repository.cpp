#include "records/people/person_repository.h"

#include "search/person_search_index.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

namespace {

Error sqlFailure(const QSqlQuery& query) {
    // Another writer recorded the same ID number between our check and our insert.
    if (query.lastError().databaseText().contains(QLatin1String("people.id_number")))
        return makeError(ErrorCode::DuplicateRecord,
                         QCoreApplication::translate(
                             "PersonRepository", "Another person already has this ID number: search for it "
                                                 "and open that record instead."));
    return makeError(ErrorCode::Sql,
                     QCoreApplication::translate("PersonRepository", "Cannot read or write people: %1")
                         .arg(query.lastError().databaseText()));
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

const QString kColumns = QStringLiteral(
    "id, category, full_name, sex, birth_date, birth_year, ethnicity_code, nationality_code, id_type, "
    "id_number, province_code, commune, phone, exploitation_code, destination_code, return_mode, notes, "
    "accompanies_person_id, arrival_date, current_status, created_at, created_by, updated_at, updated_by");

PersonRecord fromRow(const QSqlQuery& query) {
    PersonRecord record;
    PersonDetails& p = record.details;
    record.id = query.value(0).toLongLong();
    p.category = personCategoryFromCode(query.value(1).toString()).value_or(PersonCategory::Victim);
    p.fullName = query.value(2).toString();
    p.sex = sexFromCode(query.value(3).toString()).value_or(Sex::Unknown);
    p.birthDate = dateFrom(query.value(4));
    if (!p.birthDate.isValid() && !query.value(5).isNull())
        p.birthYear = query.value(5).toInt();
    p.ethnicityCode = query.value(6).toString();
    p.nationalityCode = query.value(7).toString();
    p.idType = idDocumentTypeFromCode(query.value(8).toString()).value_or(IdDocumentType::None);
    p.idNumber = query.value(9).toString();
    p.provinceCode = query.value(10).toString();
    p.commune = query.value(11).toString();
    p.phone = query.value(12).toString();
    p.exploitationCode = query.value(13).toString();
    p.destinationCode = query.value(14).toString();
    p.returnModeCode = query.value(15).toString();
    p.notes = query.value(16).toString();
    if (!query.value(17).isNull())
        p.accompaniesPersonId = query.value(17).toLongLong();
    p.arrivalDate = dateFrom(query.value(18));
    if (!query.value(19).isNull())
        record.currentStatus = identificationStatusFromCode(query.value(19).toString());
    record.createdAt = query.value(20).toString();
    record.createdBy = query.value(21).toString();
    record.updatedAt = query.value(22).toString();
    record.updatedBy = query.value(23).toString();
    return record;
}

// The values of every column a person's details fill, in the order of kDetailColumns.
QVariantList detailValues(const PersonDetails& p) {
    const std::optional<int> year = birthYearOf(p);
    return {personCategoryCode(p.category),
            p.fullName,
            search::foldForSearch(p.fullName),
            textOrEmpty(sexCode(p.sex)),
            dateOrNull(p.birthDate),
            year ? QVariant(*year) : QVariant(QMetaType::fromType<int>()),
            textOrEmpty(p.ethnicityCode),
            textOrEmpty(p.nationalityCode),
            idDocumentTypeCode(p.idType),
            textOrEmpty(p.idNumber),
            textOrEmpty(p.provinceCode),
            textOrEmpty(p.commune),
            textOrEmpty(p.phone),
            textOrEmpty(p.exploitationCode),
            textOrEmpty(p.destinationCode),
            textOrEmpty(p.returnModeCode),
            textOrEmpty(p.notes),
            p.accompaniesPersonId ? QVariant(*p.accompaniesPersonId)
                                  : QVariant(QMetaType::fromType<qlonglong>()),
            dateOrNull(p.arrivalDate)};
}

const QStringList kDetailColumns{QStringLiteral("category"),
                                 QStringLiteral("full_name"),
                                 QStringLiteral("name_folded"),
                                 QStringLiteral("sex"),
                                 QStringLiteral("birth_date"),
                                 QStringLiteral("birth_year"),
                                 QStringLiteral("ethnicity_code"),
                                 QStringLiteral("nationality_code"),
                                 QStringLiteral("id_type"),
                                 QStringLiteral("id_number"),
                                 QStringLiteral("province_code"),
                                 QStringLiteral("commune"),
                                 QStringLiteral("phone"),
                                 QStringLiteral("exploitation_code"),
                                 QStringLiteral("destination_code"),
                                 QStringLiteral("return_mode"),
                                 QStringLiteral("notes"),
                                 QStringLiteral("accompanies_person_id"),
                                 QStringLiteral("arrival_date")};

} // namespace

PersonRepository::PersonRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<PersonRecord>> PersonRepository::find(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<PersonRecord>();
    return std::optional<PersonRecord>(fromRow(query));
}

Result<qint64> PersonRepository::insert(const PersonDetails& person, const QString& actor) {
    const QString stamp = now();
    QStringList columns = kDetailColumns;
    columns << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
            << QStringLiteral("updated_by");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO people (%1) VALUES (%2)")
                      .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant& value : detailValues(person))
        query.addBindValue(value);
    for (const QString& value : {stamp, textOrEmpty(actor), stamp, textOrEmpty(actor)})
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query);
    return query.lastInsertId().toLongLong();
}

Status PersonRepository::update(qint64 id, const PersonDetails& person, const QString& actor) {
    QStringList assignments;
    for (const QString& column : kDetailColumns)
        assignments << column + QStringLiteral(" = ?");
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE people SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : detailValues(person))
        query.addBindValue(value);
    query.addBindValue(now());
    query.addBindValue(textOrEmpty(actor));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status PersonRepository::setCategory(qint64 id, PersonCategory category, const QString& actor) {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE people SET category = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    query.addBindValue(personCategoryCode(category));
    query.addBindValue(now());
    query.addBindValue(textOrEmpty(actor));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Status PersonRepository::setCurrentStatus(qint64 id, std::optional<IdentificationStatus> status) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE people SET current_status = ? WHERE id = ?"));
    query.addBindValue(status ? QVariant(identificationStatusCode(*status))
                              : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<std::optional<qint64>> PersonRepository::findByIdNumber(const QString& idNumber,
                                                               qint64 exceptId) const {
    QSqlQuery query(m_db);
    // "id_number <> ''" repeats the partial index's condition so that SQLite may use the index.
    query.prepare(
        QStringLiteral("SELECT id FROM people WHERE id_number = ? AND id_number <> '' AND id <> ?"));
    query.addBindValue(idNumber);
    query.addBindValue(exceptId);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<std::vector<DuplicateCandidate>> PersonRepository::findLikelyDuplicates(const QString& nameFolded,
                                                                               std::optional<int> birthYear,
                                                                               qint64 exceptId,
                                                                               int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (birthYear) {
        // Two index lookups on (name_folded, birth_year) rather than an OR that would scan the name's rows.
        query.prepare(QStringLiteral(
            "SELECT id, full_name, birth_year FROM people WHERE name_folded = ? AND birth_year = ? AND id <> "
            "? "
            "UNION SELECT id, full_name, birth_year FROM people WHERE name_folded = ? AND birth_year IS NULL "
            "AND id <> ? ORDER BY 1 LIMIT ?"));
        query.addBindValue(nameFolded);
        query.addBindValue(*birthYear);
        query.addBindValue(exceptId);
        query.addBindValue(nameFolded);
        query.addBindValue(exceptId);
    } else {
        query.prepare(QStringLiteral("SELECT id, full_name, birth_year FROM people WHERE name_folded = ? AND "
                                     "id <> ? ORDER BY id LIMIT ?"));
        query.addBindValue(nameFolded);
        query.addBindValue(exceptId);
    }
    query.addBindValue(limit);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<DuplicateCandidate> candidates;
    while (query.next()) {
        DuplicateCandidate candidate{query.value(0).toLongLong(), query.value(1).toString(), std::nullopt};
        if (!query.value(2).isNull())
            candidate.birthYear = query.value(2).toInt();
        candidates.push_back(candidate);
    }
    return candidates;
}

Result<std::vector<qint64>> PersonRepository::accompanyingMinorsOf(qint64 id) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM people WHERE accompanies_person_id = ? "
                                 "AND accompanies_person_id IS NOT NULL ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

Result<qint64> PersonRepository::count() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM people")) || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

} // namespace legalaid

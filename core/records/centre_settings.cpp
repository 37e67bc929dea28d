#include "records/centre_settings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace legalaid {

Status validateCentreSettings(const CentreSettings& settings) {
    if (settings.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("CentreSettings", "Enter the centre's name."));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z][A-Z0-9]{0,9}$"));
    if (!codePattern.match(settings.code).hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "CentreSettings",
                "The centre code \"%1\" is not valid: use 1 to 10 capital letters or digits starting "
                "with a letter, for example TT or CN1.")
                .arg(settings.code));
    return {};
}

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QString> SettingsRepository::value(const QString& key) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("CentreSettings", "Cannot read the settings: %1")
                             .arg(query.lastError().databaseText()));
    return query.next() ? query.value(0).toString() : QString();
}

Status SettingsRepository::setValue(const QString& key, const QString& value) {
    // INSERT OR REPLACE rather than UPSERT: SQLite 3.15 has no ON CONFLICT DO UPDATE.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(textOrEmpty(value));
    if (!query.exec())
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("CentreSettings", "Cannot save the settings: %1")
                             .arg(query.lastError().databaseText()));
    return {};
}

Result<CentreSettings> SettingsRepository::centre() const {
    CentreSettings settings;
    const std::pair<const char*, QString*> fields[] = {{"centre.name", &settings.name},
                                                       {"centre.code", &settings.code},
                                                       {"centre.place_name", &settings.placeName},
                                                       {"centre.parent_agency", &settings.parentAgency}};
    for (const auto& [key, target] : fields) {
        auto stored = value(QLatin1String(key));
        if (!stored)
            return stored.error();
        *target = *stored;
    }
    return settings;
}

Status SettingsRepository::setCentre(const CentreSettings& settings) {
    const std::pair<const char*, QString> fields[] = {
        {"centre.name", settings.name.trimmed()},
        {"centre.code", settings.code},
        {"centre.place_name", settings.placeName.trimmed()},
        {"centre.parent_agency", settings.parentAgency.trimmed()}};
    for (const auto& [key, text] : fields) {
        if (auto saved = setValue(QLatin1String(key), text); !saved)
            return saved;
    }
    return {};
}

} // namespace legalaid

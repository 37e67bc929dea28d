#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace legalaid {

// The centre this database belongs to, as printed on documents.
struct CentreSettings {
    QString name;         // e.g. "Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng"
    QString code;         // e.g. "TT", used in case file codes
    QString placeName;    // e.g. "Hải Phòng", used in "<place>, ngày … tháng … năm …"
    QString parentAgency; // e.g. "Sở Tư pháp thành phố Hải Phòng"
};

// Validates centre settings: name and code are required; the code is short capital letters and digits.
[[nodiscard]] Status validateCentreSettings(const CentreSettings& settings);

// Key/value settings stored in the database. SQL for the settings table lives here only.
class SettingsRepository {
public:
    explicit SettingsRepository(QSqlDatabase db);

    [[nodiscard]] Result<CentreSettings> centre() const;
    [[nodiscard]] Status setCentre(const CentreSettings& settings);
    [[nodiscard]] Result<QString> value(const QString& key) const;
    [[nodiscard]] Status setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace legalaid

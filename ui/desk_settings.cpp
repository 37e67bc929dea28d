#include "desk_settings.h"

#include <algorithm>

namespace legalaid::ui {

namespace {

QString databasePathKey() {
    return QStringLiteral("database/path");
}
QString languageKey() {
    return QStringLiteral("ui/language");
}
QString lastUserKey() {
    return QStringLiteral("login/last_user");
}
QString idleLockKey() {
    return QStringLiteral("security/idle_lock_minutes");
}

} // namespace

DeskSettings::DeskSettings()
    : m_settings(QStringLiteral("legalaid-desk"), QStringLiteral("legalaid-desk")) {}

QString DeskSettings::databasePath() const {
    return m_settings.value(databasePathKey()).toString();
}

void DeskSettings::setDatabasePath(const QString& path) {
    m_settings.setValue(databasePathKey(), path);
}

QString DeskSettings::language() const {
    const QString stored = m_settings.value(languageKey()).toString();
    return stored == QLatin1String("en") ? stored : QStringLiteral("vi");
}

void DeskSettings::setLanguage(const QString& language) {
    m_settings.setValue(languageKey(), language);
}

QString DeskSettings::lastUserName() const {
    return m_settings.value(lastUserKey()).toString();
}

void DeskSettings::setLastUserName(const QString& name) {
    m_settings.setValue(lastUserKey(), name);
}

std::chrono::minutes DeskSettings::idleLockTimeout() const {
    bool ok = false;
    const int minutes = m_settings.value(idleLockKey()).toInt(&ok);
    if (!ok || minutes <= 0)
        return std::chrono::minutes(kDefaultIdleLockMinutes);
    return std::chrono::minutes(std::min(minutes, kMaximumIdleLockMinutes));
}

} // namespace legalaid::ui

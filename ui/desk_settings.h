#pragma once

#include <QSettings>
#include <QString>
#include <chrono>

namespace legalaid::ui {

// The desk's few per-user preferences. Nothing secret belongs here: only where the database is, the
// interface language, the last user name and how soon an idle desk locks.
class DeskSettings {
public:
    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMaximumIdleLockMinutes = 60;

    DeskSettings();

    [[nodiscard]] QString databasePath() const;
    void setDatabasePath(const QString& path);

    // "vi" or "en"; Vietnamese unless chosen otherwise.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);

    [[nodiscard]] QString lastUserName() const;
    void setLastUserName(const QString& name);

    // Clamped to 1–60 minutes: an idle desk must always lock eventually.
    [[nodiscard]] std::chrono::minutes idleLockTimeout() const;

private:
    QSettings m_settings;
};

} // namespace legalaid::ui

#pragma once

#include <QString>

class QCoreApplication;

namespace legalaid {

// "vi" or "en". Vietnamese unless the caller or the system locale says English.
[[nodiscard]] QString languageFromLocale();
// Installs the application's translation (embedded) and Qt's own for `language`; English needs none.
void installTranslations(QCoreApplication& app, const QString& language);

[[nodiscard]] QString applicationVersion();

} // namespace legalaid

#pragma once

#include <QString>

namespace legalaid::ui {

// Replaces the installed translations with those of `language` ("vi" or "en") while the application runs.
// Qt then sends every widget a LanguageChange event; widgets that handle it retranslate themselves.
void switchApplicationLanguage(const QString& language);

} // namespace legalaid::ui

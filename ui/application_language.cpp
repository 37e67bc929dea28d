#include "application_language.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace legalaid::ui {

void switchApplicationLanguage(const QString& language) {
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    // installTranslations() parents its translators to the application, so those are the ones to remove.
    const auto installed = app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
    QLocale::setDefault(QLocale::system());
    installTranslations(*app, language);
}

} // namespace legalaid::ui

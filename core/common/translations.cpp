#include "common/translations.h"

#include "legalaid_version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace legalaid {

QString languageFromLocale() {
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
}

void installTranslations(QCoreApplication& app, const QString& language) {
    if (language != QLatin1String("vi"))
        return;                        // the source strings are English
    auto* own = new QTranslator(&app); // owned by the application
    if (own->load(QStringLiteral(":/i18n/legalaid_vi.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_vi"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

QString applicationVersion() {
    return QStringLiteral(LEGALAID_VERSION_STRING);
}

} // namespace legalaid

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rollbook {

void installTranslations(const QLocale &locale)
{
    // Translators installed later are asked first: English goes in first, as the last resort.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/rollbook_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (locale.language() != QLocale::English) {
        auto *own = new QTranslator(QCoreApplication::instance());
        if (own->load(locale, QStringLiteral("rollbook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
    }
    if (const QString trying = qEnvironmentVariable("ROLLBOOK_TRANSLATION"); !trying.isEmpty()) {
        auto *theirs = new QTranslator(QCoreApplication::instance());
        if (theirs->load(trying))
            QCoreApplication::installTranslator(theirs);
    }
}

} // namespace rollbook

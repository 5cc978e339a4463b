#include "languages.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace rollbook::Languages {

namespace {

const QString Key = QStringLiteral("ui/language");

QString nameOf(const QLocale &locale)
{
    QString name = locale.nativeLanguageName();
    if (locale.name().contains(u'_') && locale.territory() != QLocale::AnyTerritory
        && QLocale(locale.language()).territory() != locale.territory())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace

QList<Language> available()
{
    QList<Language> languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("rollbook_*.qm")});
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3);
        if (code != u"en")
            languages.append({code, nameOf(QLocale(code))});
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language &a, const Language &b) { return a.name.localeAwareCompare(b.name) < 0; });
    languages.prepend({QStringLiteral("en"), nameOf(QLocale(QLocale::English))});
    return languages;
}

QString chosen()
{
    return QSettings().value(Key).toString();
}

void choose(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(Key);
    else
        QSettings().setValue(Key, code);
}

QLocale locale()
{
    const QString code = chosen();
    const QLocale system = QLocale::system();
    // German chosen on an Austrian system keeps Austria's formats.
    if (code.isEmpty() || (!code.contains(u'_') && QLocale(code).language() == system.language()))
        return system;
    return QLocale(code);
}

} // namespace rollbook::Languages

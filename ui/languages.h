#pragma once

#include <QLocale>
#include <QList>
#include <QString>

namespace rollbook::Languages {

/// A language the app is translated into: its code ("pt_BR") and its own name ("português (Brasil)").
struct Language
{
    QString code;
    QString name;
};

/// English and every language with a translation built in, English first, the rest by name.
QList<Language> available();
/// The language chosen in View > Language; empty: the system's.
QString chosen();
/// Keeps code (empty: follow the system); it applies when the app next starts.
void choose(const QString &code);
/// The locale the app runs in: the chosen language's, or the system's.
QLocale locale();

} // namespace rollbook::Languages

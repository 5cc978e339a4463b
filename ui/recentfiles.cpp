#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace rollbook::RecentFiles {

namespace {

const QString Key = QStringLiteral("store/recent");

} // namespace

QStringList list()
{
    QStringList paths = QSettings().value(Key).toStringList();
    paths.removeIf([](const QString &path) { return !QFileInfo(path).isAbsolute() || !QFileInfo::exists(path); });
    return paths.mid(0, Kept);
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(Key).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(Key, paths.mid(0, Kept));
}

void clear()
{
    QSettings().remove(Key);
}

} // namespace rollbook::RecentFiles

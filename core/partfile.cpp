#include "partfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace rollbook::PartFile {

QString partPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

QString removeLeftover(const QString &path)
{
    const QString part = partPath(path);
    qint64 bytes = 0;
    bool removed = false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = part + QLatin1String(suffix);
        const QFileInfo info(file);
        if (!info.exists())
            continue;
        const qint64 size = info.size();
        if (QFile::remove(file)) {
            bytes += size;
            removed = true;
        }
    }
    if (!removed)
        return {};
    return QCoreApplication::translate("PartFile", "Removed %1 (%2), left by an interrupted run.")
        .arg(QDir::toNativeSeparators(part), QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat));
}

} // namespace rollbook::PartFile

#include "storeopener.h"

#include "database.h"

#include <QDir>
#include <QStandardPaths>

namespace rollbook {

Status prepareStore(const QString &path)
{
    const QString connection = QStringLiteral("prepare");
    Status outcome = success();
    {
        OpenOptions options;
        options.integrityCheck = false;
        Result<QSqlDatabase> opened = Database::open(path, connection, options);
        if (!opened)
            outcome = opened.failure();
    }
    Database::close(connection);
    return outcome;
}

QString defaultDemoPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.rollbook"));
}

} // namespace rollbook

#include "demoseeder.h"

#include "database.h"
#include "log.h"
#include "partfile.h"
#include "schema.h"
#include "seed/bulkwriter.h"
#include "seed/demoschool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace rollbook::demo {

namespace {

struct SchemaObject
{
    QByteArray name;
    QByteArray sql;
};

// Indexes keyed by gid or user_id grow at their right edge as the school is written user by
// user (gids are minted in sequence), so they stay; other indexes and the triggers would take
// random inserts or slow every row, so they come off for the load and go back from their own SQL.
bool keptDuringLoad(const QByteArray &indexSql)
{
    return indexSql.contains("(gid)") || indexSql.contains("(user_id");
}

std::vector<SchemaObject> takeOff(sqlite3 *db, const char *type)
{
    std::vector<SchemaObject> objects;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = ? AND sql IS NOT NULL", -1, &statement,
                       nullptr);
    sqlite3_bind_text(statement, 1, type, -1, SQLITE_STATIC);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        objects.push_back({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
                           QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)))});
    }
    sqlite3_finalize(statement);
    if (qstrcmp(type, "index") == 0)
        std::erase_if(objects, [](const SchemaObject &object) { return keptDuringLoad(object.sql); });
    for (const SchemaObject &object : objects)
        execRaw(db, QByteArray("DROP " + QByteArray(type) + " \"" + object.name + '"').constData());
    return objects;
}

bool putBack(sqlite3 *db, const std::vector<SchemaObject> &objects, QString *error)
{
    for (const SchemaObject &object : objects) {
        QElapsedTimer timer;
        timer.start();
        if (!execRaw(db, object.sql.constData(), error))
            return false;
        qCDebug(lcSeed) << object.name << "built in" << timer.elapsed() << "ms";
    }
    return true;
}

} // namespace

Status seedDemoSchool(const QString &path, const SeedOptions &options, const SeedProgress &progress, bool overwrite)
{
    if (options.users < 1)
        return Error{QCoreApplication::translate("DemoSeeder", "The demo school needs at least one user.")};
    if (QFileInfo::exists(path) && !overwrite)
        return Error{
            QCoreApplication::translate("DemoSeeder", "%1 already exists; choose another file or allow overwriting it.")
                .arg(path)};
    const QString partPath = PartFile::partPath(path);
    PartFile::removeLeftover(path); // the CLI says what it removed before it calls

    const QString connection = QStringLiteral("seed-") + QUuid::createUuid().toString(QUuid::Id128);
    Status outcome = success();
    {
        OpenOptions openOptions;
        openOptions.create = true;
        Result<QSqlDatabase> opened = Database::open(partPath, connection, openOptions);
        if (!opened)
            return opened.failure();
        sqlite3 *db = Database::handle(*opened);
        QString error;
        execRaw(db,
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
                "PRAGMA cache_size = -262144; PRAGMA locking_mode = EXCLUSIVE; PRAGMA threads = 2");
        const auto triggers = takeOff(db, "trigger");
        const auto indexes = takeOff(db, "index");

        DemoSchool school(db, options);
        const auto report
            = [&](const QString &stage, double fraction) { return !progress || progress(stage, fraction); };
        if (const Status loaded = school.write(report); !loaded) {
            outcome = loaded;
        } else if (!report(QCoreApplication::translate("DemoSeeder", "Indexing"), 0.0)
                   || !putBack(db, indexes, &error)) {
            outcome = Error{error.isEmpty() ? QCoreApplication::translate("DemoSeeder", "Cancelled.") : error};
        } else if (!report(QCoreApplication::translate("DemoSeeder", "Building the search index"), 0.0)
                   || !execRaw(db,
                               "INSERT INTO user_search (user_id, key) SELECT user_id, key FROM user_search_source;"
                               "INSERT INTO users_fts (users_fts) VALUES ('rebuild');",
                               &error)
                   || !putBack(db, triggers, &error)
                   || !execRaw(db, platformTotalsStatements().join(u'\n').toUtf8().constData(), &error)) {
            outcome = Error{error.isEmpty() ? QCoreApplication::translate("DemoSeeder", "Cancelled.") : error};
        } else {
            report(QCoreApplication::translate("DemoSeeder", "Finishing"), 0.0);
            execRaw(db,
                    "PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA locking_mode = NORMAL; "
                    "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON");
            // A tiny read drops the exclusive lock so the file can be renamed and reopened.
            execRaw(db, "SELECT count(*) FROM settings");
        }
    }
    Database::close(connection);
    if (!outcome.ok()) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partPath + QLatin1String(suffix));
        return outcome;
    }
    if (overwrite) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    if (!QFile::rename(partPath, path))
        return Error{
            QCoreApplication::translate("DemoSeeder", "Could not move the demo school into place at %1.").arg(path)};
    qCInfo(lcSeed) << "seeded" << options.users << "users into" << path;
    return success();
}

} // namespace rollbook::demo

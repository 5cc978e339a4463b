#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>

struct sqlite3;

namespace rollbook {

struct OpenOptions
{
    /// Make a new, empty Rollbook database when the file does not exist (or is empty).
    bool create = false;
    /// Run PRAGMA quick_check before use. Its cost grows with the file, so the desktop app
    /// opens without it and runs integrityCheck() on a worker instead.
    bool integrityCheck = true;
    /// Bring an older schema up to date. Only the connection that opens the store first does.
    bool migrate = true;
    bool readOnly = false;
    int busyTimeoutMs = 2000;
    /// SQLite's page cache for this connection; it counts in the app's resident memory.
    int cacheKiB = 32 * 1024;
};

/// Opens SQLite files as Rollbook stores: one named QSqlDatabase connection per thread, WAL,
/// foreign keys on, migrations keyed on PRAGMA user_version. A file that is not a Rollbook
/// database, comes from a newer version, is read-only or locked gives an Error and is left as it was.
class Database
{
public:
    static Result<QSqlDatabase> open(const QString &path, const QString &connectionName,
                                     const OpenOptions &options = {});
    /// Removes the named connection; every QSqlDatabase copy of it must be gone first.
    static void close(const QString &connectionName);
    /// A connection name no other connection has ("worker-<uuid>").
    static QString uniqueConnectionName();

    /// PRAGMA quick_check; an Error names what SQLite found.
    static Status integrityCheck(QSqlDatabase &db);
    /// The sqlite3 handle under a QSQLITE connection, for the few loops where Qt Sql's per-row
    /// cost matters. Needs Qt's SQLite driver built against the same system SQLite.
    static sqlite3 *handle(const QSqlDatabase &db);
    /// Registers rollbook_search_key() and friends on a raw handle (the schema's triggers call it).
    static void registerFunctions(sqlite3 *db);
    static int schemaVersion(QSqlDatabase &db);

    /// For work on a worker thread: opens a connection of its own (a unique name) with the given
    /// options, runs work(db), closes it. work returns a Result; a failed open becomes its Error.
    template<typename Work> static auto withConnection(const QString &path, const OpenOptions &options, Work work);
};

template<typename Work> auto Database::withConnection(const QString &path, const OpenOptions &options, Work work)
{
    using Outcome = decltype(work(std::declval<QSqlDatabase &>()));
    const QString connection = uniqueConnectionName();
    Outcome outcome = Error{};
    {
        Result<QSqlDatabase> db = open(path, connection, options);
        outcome = db ? work(*db) : Outcome(db.failure());
    }
    close(connection);
    return outcome;
}

/// Runs one statement; an Error carries SQLite's text.
Status exec(QSqlDatabase &db, const QString &sql);

} // namespace rollbook

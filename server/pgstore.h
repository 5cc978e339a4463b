#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>

namespace rollbook {

/// A school on PostgreSQL, through Qt's QPSQL driver: the connection, the schema, the load of a
/// standalone school.
namespace PgStore {

/// Opens a QPSQL connection from a libpq URL or key=value string ("postgresql://u@h:5432/db",
/// "host=/run/pg dbname=school"). A URL libpq cannot read, or a server that refuses, is an Error
/// that says which.
Result<QSqlDatabase> connect(const QString &url, const QString &connectionName);

/// True when libpq has found the connection broken (PostgreSQL restarted or went away): Qt's
/// isOpen() still says true, so a worker asks this before it reuses its connection.
bool isBroken(QSqlDatabase &db);

/// The schema version in the database; 0 when it holds no Rollbook schema yet.
Result<int> schemaVersion(QSqlDatabase &db);

/// Creates the schema, or migrates an older one, in one transaction. A newer schema (written by a
/// later rollbookd) is refused and left as it is. Gives the version it leaves.
Result<int> init(QSqlDatabase &db);

/// The server's epoch: a UUID made when the schema was created. A change feed cursor carries it,
/// so that a client of a database restored or made anew resyncs from scratch.
Result<QString> epoch(QSqlDatabase &db);

/// What a load reports as it goes: the table, rows written of it so far, and its row count.
using LoadProgress = std::function<void(const QString &table, std::int64_t done, std::int64_t total)>;

/// Copies a standalone school (a .rollbook file of the current schema) into an initialised, empty
/// server database, in one transaction, through COPY: every synced table with its local ids, so
/// that references stay as they are. A file of another schema, or a server that already holds a
/// school, is refused and nothing is written. Gives the number of rows written.
Result<std::int64_t> load(QSqlDatabase &db, const QString &schoolPath, const LoadProgress &progress = {});

/// The tables a load copies, parents before children.
QStringList loadedTables();

/// Runs COPY (select) TO STDOUT on the connection and hands each row, in COPY's text format
/// (tab between fields, \\N for null, backslash escapes, no newline), to row. select is built by
/// the server from names and values it made, never from input. What COPY reads is what the
/// SELECT's LIMIT bounds.
Status copyOut(QSqlDatabase &db, const QString &select, const std::function<void(QByteArrayView row)> &row);

} // namespace PgStore

} // namespace rollbook

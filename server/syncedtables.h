#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace rollbook {

/// The tables clients keep a copy of, as they travel: rows by gid, references to other rows by
/// their gid (user_id becomes "user"), never a local id, a password hash or a token hash. A user
/// carries their custom values by field key and their mailing lists by gid. Activity is not here:
/// clients ask for one user's on demand.
namespace SyncedTables {

/// The tables, parents first.
QStringList names();
bool contains(const QString &table);

/// What a page of rows holds. The rows themselves go to the caller's buffer as JSON text: each an
/// array of values in the order of columns, joined by commas without the outer brackets, in gid
/// order.
struct Page
{
    QByteArray columns; ///< the names, as a JSON array
    int count = 0;
    QByteArray last; ///< the gid of the last row
};

/// Rows of the table whose gid is in gids, as JSON objects; rows that no longer exist are left out.
Result<QJsonArray> rowsByGid(QSqlDatabase &db, const QString &table, const QList<QByteArray> &gids);
/// A keyset page, appended to out: up to limit rows with a gid above after (16 zero bytes for the
/// first page) and, unless through is empty, not above through.
Result<Page> page(QSqlDatabase &db, const QString &table, const QByteArray &after, const QByteArray &through, int limit,
                  QByteArray &out);

/// How a client can page one table on several connections at once: the rows PostgreSQL counts
/// (as of its last ANALYZE) and the gids that cut them into ranges of about rowsPerRange each,
/// in order. The cuts come from the statistics' histogram of gids, so there are at most a hundred,
/// and none for a table too small or not analyzed yet.
struct Extent
{
    qint64 rows = 0;
    QList<QByteArray> cuts;
};
Result<Extent> extent(QSqlDatabase &db, const QString &table, qint64 rowsPerRange);
/// The queries that give all of a table's rows with what pages carry, in one go each (a user's
/// custom values and lists are two more): what PostgreSQL alone takes to produce a bootstrap.
Result<QStringList> wholeTable(QSqlDatabase &db, const QString &table);

} // namespace SyncedTables

} // namespace rollbook

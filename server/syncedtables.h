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

/// Rows as JSON text: each an array of values in the order of columns (a JSON array of names),
/// joined by commas without the outer brackets, in gid order.
struct Page
{
    QByteArray columns;
    QByteArray rows;
    int count = 0;
    QByteArray last; ///< the gid of the last row
};

/// Rows of the table whose gid is in gids, as JSON objects; rows that no longer exist are left out.
Result<QJsonArray> rowsByGid(QSqlDatabase &db, const QString &table, const QList<QByteArray> &gids);
/// A keyset page: up to limit rows with a gid above after (16 zero bytes for the first page).
Result<Page> page(QSqlDatabase &db, const QString &table, const QByteArray &after, int limit);
/// The queries that give all of a table's rows with what pages carry, in one go each (a user's
/// custom values and lists are two more): what PostgreSQL alone takes to produce a bootstrap.
Result<QStringList> wholeTable(QSqlDatabase &db, const QString &table);

} // namespace SyncedTables

} // namespace rollbook

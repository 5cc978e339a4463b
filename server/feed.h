#pragma once

#include "requests.h"
#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace rollbook {

/// The change feed clients follow after their bootstrap. Only changes of transactions below the
/// snapshot's xmin are served, in (txid, change_id) order, so that a transaction that began
/// earlier and committed later is never skipped: it holds the feed back until it ends. A cursor
/// of another server epoch (a database restored or made anew) is refused: the client resyncs.
namespace Feed {

/// Where a bootstrap starting now resumes the feed from.
Result<Requests::Cursor> head(QSqlDatabase &db);

/// Up to limit changes after the cursor: {"changes": [{"entity", "op", "gid" | "key", "row"}],
/// "cursor": next}. Each change carries the row as it is now (null once deleted); a row changed
/// many times in the page comes once. An empty page keeps the cursor.
Result<QJsonObject> changes(QSqlDatabase &db, const Requests::Cursor &after, int limit);

} // namespace Feed

} // namespace rollbook

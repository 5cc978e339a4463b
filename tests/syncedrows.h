#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rollbook::test {

/// Every row of every synced table as text, with local ids replaced by the gids (or keys) they
/// point to and in gid order, so that two stores holding the same school give the same text
/// whatever local ids their rows got. One line per row, prefixed by its table.
QString syncedRows(QSqlDatabase &db);

} // namespace rollbook::test

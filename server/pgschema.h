#pragma once

#include <QString>

namespace rollbook {

/// The server's schema on PostgreSQL: the SQLite store's tables and columns in PostgreSQL's DDL,
/// versioned in schema_info and migrated one version at a time, like the desktop's.
namespace PgSchema {

/// The version this build of rollbookd writes and reads.
int latestVersion();
/// The script that brings a database from version - 1 to version (several statements; run it in
/// one transaction: PostgreSQL's DDL is transactional).
QString migration(int version);
/// Recounts platform_totals (after a load that wrote rows without the triggers).
QString platformTotalsSql();

} // namespace PgSchema

} // namespace rollbook

#pragma once

#include <QStringList>

namespace rollbook {

/// Written into the SQLite header's application_id so that a Rollbook file is known as one.
inline constexpr int RollbookApplicationId = 0x526F6C42; // "RolB"

/// The schema version this build writes and reads (PRAGMA user_version).
int latestSchemaVersion();

/// The statements that bring a database from version - 1 to version.
QStringList migrationStatements(int version);

/// Recounts platform_totals from the tables (after a bulk load that ran without triggers).
QStringList platformTotalsStatements();

} // namespace rollbook

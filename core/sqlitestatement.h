#pragma once

#include <sqlite3.h>

namespace rollbook {

/// A statement of the raw SQLite API for one call, finalized on every path out of its scope.
struct SqliteStatement
{
    sqlite3_stmt *handle = nullptr;

    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement() { sqlite3_finalize(handle); }
};

} // namespace rollbook

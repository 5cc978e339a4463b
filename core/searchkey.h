#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <cstdint>

namespace rollbook {

/// The folded text search matches for one user (names, email, company, searchable custom values,
/// phone digits), as SQLite's rollbook_search_key() makes it. SQLite's triggers keep user_search
/// current; PostgreSQL has no SQL function that folds text the same way, so there the action
/// layer writes it.
namespace SearchKey {

/// Whether a column of users is part of the key (the rest, like credits or status, never moves it).
bool reads(const QString &usersColumn);

/// On PostgreSQL, writes the user's row of user_search afresh; nothing on SQLite (its triggers do).
Status refresh(QSqlDatabase &db, std::int64_t userId);

} // namespace SearchKey

} // namespace rollbook

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace rollbook {

/// What the action layer asks of the store it runs on, so that the same code runs on SQLite (the
/// desktop's file) and on PostgreSQL (rollbookd) through Qt Sql.
namespace SqlDialect {

/// True on a QPSQL connection.
bool isPostgres(const QSqlDatabase &db);

/// How a statement failed: Busy for a lock or a serialization failure (the same work may succeed
/// again), Conflict for a uniqueness violation, Internal otherwise.
ErrorKind kindOf(const QSqlError &error);

/// The statement that opens a write transaction: BEGIN IMMEDIATE on SQLite (the write lock up
/// front, so two writers never deadlock), BEGIN on PostgreSQL.
QString beginWrite(const QSqlDatabase &db);

/// "email matches ?" ignoring case, through the index each store keeps for it: the column's
/// NOCASE collation on SQLite, lower(email) on PostgreSQL. Emails are stored with their domain in
/// lower case (normalizeEmail), so the two agree on every address that differs in ASCII case.
QString emailEquals(const QSqlDatabase &db);

} // namespace SqlDialect

/// Runs a prepared "INSERT ... RETURNING id" and gives the new row's id (what lastInsertId cannot
/// on PostgreSQL). The statement is finished before it returns: SQLite opens no savepoint while
/// one is still stepping.
Result<std::int64_t> insertReturningId(QSqlQuery &insert);

/// The kind's key as clients read it: "validation", "conflict", "not_found", "forbidden", "busy",
/// "internal".
QString errorKindKey(ErrorKind kind);

/// The store's error as an Error of its kind, with the store's own text.
Error databaseError(const QSqlError &error);

} // namespace rollbook

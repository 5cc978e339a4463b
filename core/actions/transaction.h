#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace rollbook {

/// One write transaction (BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL): rolled back unless commit() succeeds, so an
/// action that fails half-way leaves the store as it was. Inside a transaction already open (a bulk chunk), it is a
/// savepoint instead: a failure undoes this action only.
class Transaction
{
public:
    /// Inside an open transaction: a savepoint, or nothing at all when savepoint is false (the
    /// enclosing transaction then answers for this work).
    explicit Transaction(QSqlDatabase db, bool savepoint = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// A number for the outermost transaction open on the connection, new with each one; 0 when
    /// none is open. What a cache of rows that other connections may change lives no longer than.
    static quint64 serial(const QSqlDatabase &db);

    /// Empty when the transaction could not begin (locked store, say).
    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
    bool m_nested = false;
    bool m_passThrough = false;
};

} // namespace rollbook

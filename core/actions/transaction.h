#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace rollbook {

/// One write transaction (BEGIN IMMEDIATE): rolled back unless commit() succeeds, so an action
/// that fails half-way leaves the store as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Empty when the transaction could not begin (locked store, say).
    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace rollbook

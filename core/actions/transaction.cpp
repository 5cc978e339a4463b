#include "actions/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rollbook {

namespace {

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{query.lastError().databaseText()};
    return success();
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_begun(run(m_db, QStringLiteral("BEGIN IMMEDIATE")))
    , m_open(m_begun.ok())
{ }

Transaction::~Transaction()
{
    if (m_open)
        run(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{QStringLiteral("transaction already ended")}) : m_begun;
    const Status committed = run(m_db, QStringLiteral("COMMIT"));
    if (committed.ok())
        m_open = false;
    return committed;
}

} // namespace rollbook

#include "actions/transaction.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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

Transaction::Transaction(QSqlDatabase db, bool savepoint)
    : m_db(std::move(db))
    , m_begun(success())
{
    sqlite3 *handle = Database::handle(m_db);
    m_nested = handle && !sqlite3_get_autocommit(handle);
    if (m_nested && !savepoint) {
        m_passThrough = true;
        m_open = true;
        return;
    }
    m_begun = run(m_db, m_nested ? QStringLiteral("SAVEPOINT action") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (!m_open || m_passThrough)
        return;
    if (m_nested) {
        run(m_db, QStringLiteral("ROLLBACK TO action"));
        run(m_db, QStringLiteral("RELEASE action"));
    } else {
        run(m_db, QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{QStringLiteral("transaction already ended")}) : m_begun;
    if (m_passThrough) {
        m_open = false;
        return success();
    }
    const Status committed = run(m_db, m_nested ? QStringLiteral("RELEASE action") : QStringLiteral("COMMIT"));
    if (committed.ok())
        m_open = false;
    return committed;
}

} // namespace rollbook

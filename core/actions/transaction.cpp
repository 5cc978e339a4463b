#include "actions/transaction.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QHash>

namespace rollbook {

namespace {

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return databaseError(query.lastError());
    return success();
}

/// How many Transactions are open on each connection of this thread. Connections belong to one
/// thread each, so the count needs no lock, and it asks nothing of the store's dialect.
int &depth(const QSqlDatabase &db)
{
    thread_local QHash<QString, int> open;
    return open[db.connectionName()];
}

QHash<QString, quint64> &serials()
{
    thread_local QHash<QString, quint64> numbers;
    return numbers;
}

} // namespace

quint64 Transaction::serial(const QSqlDatabase &db)
{
    return depth(db) > 0 ? serials().value(db.connectionName()) : 0;
}

Transaction::Transaction(QSqlDatabase db, bool savepoint)
    : m_db(std::move(db))
    , m_begun(success())
{
    m_nested = depth(m_db) > 0;
    if (m_nested && !savepoint) {
        m_passThrough = true;
        m_open = true;
        return;
    }
    m_begun = run(m_db, m_nested ? QStringLiteral("SAVEPOINT action") : SqlDialect::beginWrite(m_db));
    m_open = m_begun.ok();
    if (m_open && depth(m_db)++ == 0) {
        thread_local quint64 next = 0;
        serials()[m_db.connectionName()] = ++next;
    }
}

Transaction::~Transaction()
{
    if (!m_open || m_passThrough)
        return;
    --depth(m_db);
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
    if (committed.ok()) {
        m_open = false;
        --depth(m_db);
    }
    return committed;
}

} // namespace rollbook

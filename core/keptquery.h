#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace rollbook {

/// A query prepared for one SQL text, for one use. On a connection that keeps its statements
/// (rollbookd's workers: there each prepare and each deallocate is a round trip to PostgreSQL, two
/// of the three a query costs), it is one kept from an earlier use, handed back when it goes out of
/// scope; elsewhere it is prepared afresh, as a plain QSqlQuery would be. The same text in use
/// twice at once (a nested call) gets two statements.
class KeptQuery
{
public:
    KeptQuery(const QSqlDatabase &db, const QString &sql);
    ~KeptQuery();
    KeptQuery(const KeptQuery &) = delete;
    KeptQuery &operator=(const KeptQuery &) = delete;

    QSqlQuery &query() { return m_query; }

    /// What a kept statement's query is made on (rollbookd's PgResult); empty for the driver's own.
    using ResultMaker = std::function<QSqlResult *(const QSqlDatabase &)>;
    /// From now on, this thread keeps the statements it prepares on the connection.
    static void keepOn(const QSqlDatabase &db, ResultMaker make = {});
    /// Drops the connection's kept statements; before it is closed or removed.
    static void forget(const QString &connectionName);
    /// How many statements this thread keeps on the connection.
    static int kept(const QString &connectionName);

private:
    QSqlQuery m_query;
    QString m_connection;
    QString m_sql;
    bool m_keep = false;
};

} // namespace rollbook

#include "keptquery.h"

#include <QHash>
#include <QList>

namespace rollbook {

namespace {

/// Enough for every statement the actions and the server run, with room for nesting; a text past
/// this (one built per call, say) is prepared each time rather than kept for ever.
constexpr qsizetype MostKept = 512;

struct Kept
{
    KeptQuery::ResultMaker make;
    QHash<QString, QList<QSqlQuery>> bySql;
    qsizetype count = 0;
};

/// A connection is used by one thread at a time, and these are per thread.
QHash<QString, Kept> &keptHere()
{
    thread_local QHash<QString, Kept> kept;
    return kept;
}

} // namespace

KeptQuery::KeptQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_connection(db.connectionName())
    , m_sql(sql)
{
    auto &all = keptHere();
    const auto connection = all.find(m_connection);
    if (connection != all.end()) {
        const auto free = connection->bySql.find(sql);
        if (free != connection->bySql.end() && !free->isEmpty()) {
            m_query = free->takeLast();
            --connection->count;
            m_keep = true;
            return;
        }
    }
    if (connection != all.end() && connection->make)
        m_query = QSqlQuery(connection->make(db));
    const bool prepared = m_query.prepare(sql);
    m_keep = prepared && connection != all.end();
}

KeptQuery::~KeptQuery()
{
    if (!m_keep)
        return;
    auto &all = keptHere();
    const auto connection = all.find(m_connection);
    if (connection == all.end() || connection->count >= MostKept)
        return;
    m_query.finish();
    connection->bySql[m_sql].append(m_query);
    ++connection->count;
}

void KeptQuery::keepOn(const QSqlDatabase &db, ResultMaker make)
{
    keptHere().insert(db.connectionName(), Kept{std::move(make), {}, 0});
}

void KeptQuery::forget(const QString &connectionName)
{
    keptHere().remove(connectionName);
}

int KeptQuery::kept(const QString &connectionName)
{
    return int(keptHere().value(connectionName).count);
}

} // namespace rollbook

#include "syncedtables.h"

#include "sqldialect.h"
#include "uuid.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rollbook::SyncedTables {

namespace {

struct Table
{
    const char *name;
    /// Local-id columns and the table they point to.
    QList<std::pair<const char *, const char *>> references;
    /// Columns that never leave the server.
    QStringList hidden;
};

const QList<Table> &tables()
{
    static const QList<Table> all{
        {"operators", {}, {QStringLiteral("password_hash"), QStringLiteral("email")}},
        {"products", {}, {}},
        {"custom_fields", {}, {}},
        {"mailing_lists", {}, {}},
        {"users", {}, {QStringLiteral("password_hash")}},
        {"enrollments", {{"user_id", "users"}, {"product_id", "products"}}, {}},
        {"credit_ledger", {{"user_id", "users"}, {"operator_id", "operators"}}, {}},
        {"tickets", {{"user_id", "users"}, {"assignee_id", "operators"}}, {}},
        {"ticket_messages", {{"ticket_id", "tickets"}, {"author_operator_id", "operators"}}, {}},
        {"conversations", {{"user_id", "users"}, {"operator_id", "operators"}}, {}},
        {"messages", {{"conversation_id", "conversations"}}, {}},
        {"notifications", {{"user_id", "users"}}, {}},
    };
    return all;
}

const Table *find(const QString &name)
{
    for (const Table &table : tables()) {
        if (name == QLatin1String(table.name))
            return &table;
    }
    return nullptr;
}

/// The SELECT list of a table, as a client gets its rows: its own columns (no id, nothing hidden),
/// the gid and each reference as uuid text (user_id becomes "user", the gid of the row it names).
/// Read once from the catalogue; the schema does not change while serving.
Result<QString> selectList(QSqlDatabase &db, const Table &table)
{
    static QMutex mutex;
    static QHash<QString, QString> lists;
    const QString name = QLatin1String(table.name);
    {
        QMutexLocker lock(&mutex);
        if (const auto it = lists.constFind(name); it != lists.constEnd())
            return *it;
    }
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                   "current_schema() AND table_name = ? ORDER BY ordinal_position"));
    columns.addBindValue(name);
    if (!columns.exec())
        return databaseError(columns.lastError());
    QStringList parts;
    while (columns.next()) {
        const QString column = columns.value(0).toString();
        if (column == u"id" || table.hidden.contains(column))
            continue;
        QString parent;
        for (const auto &[reference, target] : table.references) {
            if (column == QLatin1String(reference))
                parent = QLatin1String(target);
        }
        if (column == u"gid") {
            parts.append(QStringLiteral("encode(t.gid, 'hex')::uuid AS gid"));
        } else if (parent.isEmpty()) {
            parts.append(QStringLiteral("t.") + column);
        } else {
            // One index lookup per row, whatever the plan: a join could hash the whole parent.
            parts.append(QStringLiteral("(SELECT encode(p.gid, 'hex')::uuid FROM %1 p WHERE p.id = t.%2) AS \"%3\"")
                             .arg(parent, column, column.chopped(3)));
        }
    }
    if (name == u"users") {
        parts.append(QStringLiteral("(SELECT json_object_agg(f.key, v.value) FROM custom_values v JOIN custom_fields f "
                                    "ON f.id = v.field_id WHERE v.user_id = t.id) AS custom"));
        parts.append(QStringLiteral("(SELECT json_agg(encode(l.gid, 'hex')::uuid ORDER BY l.gid) FROM "
                                    "mailing_list_members m JOIN mailing_lists l ON l.id = m.list_id "
                                    "WHERE m.user_id = t.id) AS lists"));
    }
    const QString list = parts.join(QStringLiteral(", "));
    QMutexLocker lock(&mutex);
    lists.insert(name, list);
    return list;
}

/// The rows as PostgreSQL writes them in JSON (row_to_json, one object per row, in gid order):
/// the server only frames the text, so a page costs about what reading it costs.
Result<Page> rows(QSqlDatabase &db, const QString &tableName, const QString &where, const QVariantList &values)
{
    const Table *table = find(tableName);
    if (!table)
        return Error{ErrorKind::NotFound, QStringLiteral("No synced table is called %1.").arg(tableName.left(64))};
    const auto list = selectList(db, *table);
    if (!list)
        return list.failure();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(string_agg(r.j, ',' ORDER BY r.g), ''), count(*), "
                                 "max(encode(r.g, 'hex') COLLATE \"C\") FROM "
                                 "(SELECT t.gid AS g, row_to_json(x)::text AS j FROM %2 t CROSS JOIN LATERAL "
                                 "(SELECT %1) x WHERE %3) r")
                      .arg(*list, tableName, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return databaseError(query.lastError());
    return Page{query.value(0).toString().toUtf8(), query.value(1).toInt(),
                QByteArray::fromHex(query.value(2).toString().toLatin1())};
}

} // namespace

QStringList names()
{
    QStringList all;
    for (const Table &table : tables())
        all.append(QLatin1String(table.name));
    return all;
}

bool contains(const QString &table)
{
    return find(table) != nullptr;
}

Result<QJsonArray> rowsByGid(QSqlDatabase &db, const QString &table, const QList<QByteArray> &gids)
{
    if (gids.isEmpty())
        return QJsonArray{};
    // One bytea[] parameter as PostgreSQL's array text: {"\\\\x..","\\\\x.."}.
    QStringList hex;
    for (const QByteArray &gid : gids)
        hex.append(QStringLiteral("\"\\\\x%1\"").arg(QString::fromLatin1(gid.toHex())));
    const auto found
        = rows(db, table, QStringLiteral("t.gid = ANY (?::bytea[])"), {QString(u'{' + hex.join(u',') + u'}')});
    if (!found)
        return found.failure();
    return QJsonDocument::fromJson('[' + found->rows + ']').array();
}

Result<Page> page(QSqlDatabase &db, const QString &table, const QByteArray &after, int limit)
{
    return rows(db, table, QStringLiteral("t.gid > ? ORDER BY t.gid LIMIT ?"), {after, limit});
}

} // namespace rollbook::SyncedTables

#include "syncedtables.h"

#include "actions/command.h"
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

/// The SELECT list of a table: its own columns (no id, nothing hidden) and each reference as the
/// referenced row's gid. Read once from the catalogue; the schema does not change while serving.
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
        if (parent.isEmpty()) {
            parts.append(QStringLiteral("t.") + column);
        } else {
            // "user_id" travels as "user": the gid of the row it names.
            parts.append(QStringLiteral("(SELECT p.gid FROM %1 p WHERE p.id = t.%2) AS %3")
                             .arg(parent, column, column.chopped(3)));
        }
    }
    if (name == u"users") {
        parts.append(QStringLiteral("(SELECT json_object_agg(f.key, v.value) FROM custom_values v JOIN custom_fields f "
                                    "ON f.id = v.field_id WHERE v.user_id = t.id)::text AS custom"));
        parts.append(QStringLiteral("(SELECT json_agg(encode(l.gid, 'hex') ORDER BY l.gid) FROM mailing_list_members m "
                                    "JOIN mailing_lists l ON l.id = m.list_id WHERE m.user_id = t.id)::text AS lists"));
    }
    const QString list = parts.join(QStringLiteral(", "));
    QMutexLocker lock(&mutex);
    lists.insert(name, list);
    return list;
}

QJsonValue travelling(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().size() == 16)
        return uuidText(value.toByteArray());
    if (column == u"custom")
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    if (column == u"lists") {
        QJsonArray gids;
        for (const QJsonValue hex : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            gids.append(uuidText(QByteArray::fromHex(hex.toString().toLatin1())));
        return gids;
    }
    return Commands::jsonValue(value);
}

Result<QJsonArray> rows(QSqlDatabase &db, const QString &tableName, const QString &where, const QVariantList &values)
{
    const Table *table = find(tableName);
    if (!table)
        return Error{ErrorKind::NotFound, QStringLiteral("No synced table is called %1.").arg(tableName.left(64))};
    const auto list = selectList(db, *table);
    if (!list)
        return list.failure();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE %3").arg(*list, tableName, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query.lastError());
    QJsonArray result;
    QStringList names;
    while (query.next()) {
        if (names.isEmpty()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                names.append(record.fieldName(i));
        }
        QJsonObject row;
        for (int i = 0; i < names.size(); ++i)
            row.insert(names[i], travelling(names[i], query.value(i)));
        result.append(row);
    }
    return result;
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
    // One bytea[] parameter as PostgreSQL's array text: {"\\x..","\\x.."}.
    QStringList hex;
    for (const QByteArray &gid : gids)
        hex.append(QStringLiteral("\"\\\\x%1\"").arg(QString::fromLatin1(gid.toHex())));
    return rows(db, table, QStringLiteral("t.gid = ANY (?::bytea[])"), {QString(u'{' + hex.join(u',') + u'}')});
}

Result<QJsonArray> page(QSqlDatabase &db, const QString &table, const QByteArray &after, int limit)
{
    return rows(db, table, QStringLiteral("t.gid > ? ORDER BY t.gid LIMIT ?"), {after, limit});
}

} // namespace rollbook::SyncedTables

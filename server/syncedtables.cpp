#include "syncedtables.h"

#include "pgstore.h"

#include "sqldialect.h"
#include "uuid.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

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

/// How a column's COPY text becomes JSON.
enum class Kind {
    Number, ///< as it is
    Json, ///< already JSON
    Text, ///< a string
    Gid, ///< 32 hex digits, sent as uuid text
    Id, ///< a user's local id, for their custom values and lists; never sent
};

/// The SELECT of a table as a client gets its rows: its own columns (no id, nothing hidden), the
/// gid and each reference as uuid text ("user_id" travels as "user", the gid of the row it names).
struct Shape
{
    QString select; ///< up to WHERE
    QList<Kind> kinds;
    QByteArray columns; ///< the names, as a JSON array
    /// A user row ends with its custom values by key and its lists' gids, read for a whole page
    /// at once (a subquery per row costs more than the rest of the page).
    bool userExtras = false;
};

/// Read once from the catalogue; the schema does not change while serving.
Result<Shape> shapeOf(QSqlDatabase &db, const Table &table)
{
    static QMutex mutex;
    static QHash<QString, Shape> shapes;
    const QString name = QLatin1String(table.name);
    {
        QMutexLocker lock(&mutex);
        if (const auto it = shapes.constFind(name); it != shapes.constEnd())
            return *it;
    }
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
    columns.addBindValue(name);
    if (!columns.exec())
        return databaseError(columns.lastError());
    Shape shape;
    QStringList parts;
    QStringList names;
    QString joins;
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
            // Hex here and dashes in appendField: PostgreSQL's uuid cast costs more than the COPY.
            parts.append(QStringLiteral("encode(t.gid, 'hex')"));
            names.append(column);
            shape.kinds.append(Kind::Gid);
        } else if (parent.isEmpty()) {
            parts.append(QStringLiteral("t.") + column);
            names.append(column);
            const QString type = columns.value(1).toString();
            shape.kinds.append(type == u"bigint" || type == u"integer" ? Kind::Number : Kind::Text);
        } else {
            const QString alias = QStringLiteral("r%1").arg(names.size());
            joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3").arg(parent, alias, column);
            parts.append(QStringLiteral("encode(%1.gid, 'hex')").arg(alias));
            names.append(column.chopped(3));
            shape.kinds.append(Kind::Gid);
        }
    }
    if (name == u"users") {
        parts.append(QStringLiteral("t.id"));
        shape.kinds << Kind::Id;
        names << QStringLiteral("custom") << QStringLiteral("lists");
        shape.userExtras = true;
    }
    shape.select = QStringLiteral("SELECT %1 FROM %2 t%3").arg(parts.join(QStringLiteral(", ")), name, joins);
    shape.columns = '[' + QByteArray('"' + names.join(QStringLiteral("\",\"")).toLatin1() + '"') + ']';
    QMutexLocker lock(&mutex);
    shapes.insert(name, shape);
    return shape;
}

/// The shape of the synced table called name.
Result<Shape> shapeNamed(QSqlDatabase &db, const QString &name)
{
    const Table *table = find(name);
    if (!table)
        return Error{ErrorKind::NotFound, QStringLiteral("No synced table is called %1.").arg(name.left(64))};
    return shapeOf(db, *table);
}

/// Appends one field of COPY's text format as JSON.
void appendField(QByteArray &out, QByteArrayView field, Kind kind)
{
    if (field == "\\N") {
        out += "null";
        return;
    }
    if (kind == Kind::Number && !field.contains('\\')) {
        out += field;
        return;
    }
    if (kind == Kind::Gid && field.size() == 32) {
        out += '"' + field.sliced(0, 8) + '-' + field.sliced(8, 4) + '-' + field.sliced(12, 4) + '-'
            + field.sliced(16, 4) + '-' + field.sliced(20, 12) + '"';
        return;
    }
    // A gid of another length (none is: the schema checks 16 bytes) still goes out as a string.
    const bool quoted = kind == Kind::Text || kind == Kind::Gid;
    if (quoted)
        out += '"';
    for (qsizetype i = 0; i < field.size(); ++i) {
        char c = field[i];
        if (c == '\\' && i + 1 < field.size()) {
            // COPY TO writes these escapes only (and never octal or hex ones).
            switch (field[++i]) {
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'v':
                c = '\v';
                break;
            default:
                c = field[i];
            }
        }
        if (!quoted) {
            out += c;
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    if (quoted)
        out += '"';
}

struct UserExtras
{
    QHash<std::int64_t, QByteArray> custom; ///< a JSON object by user id
    QHash<std::int64_t, QByteArray> lists; ///< a JSON array of gids by user id
};

/// A user's custom values by field key and mailing lists by gid, for the users that %1 (a WHERE
/// clause, or nothing) picks.
const QString customValuesSql = QStringLiteral(
    "SELECT v.user_id, json_object_agg(f.key, v.value) FROM custom_values v JOIN custom_fields f ON f.id = "
    "v.field_id%1 GROUP BY v.user_id");
const QString listsSql = QStringLiteral(
    "SELECT m.user_id, json_agg(encode(l.gid, 'hex')::uuid ORDER BY l.gid) FROM mailing_list_members m JOIN "
    "mailing_lists l ON l.id = m.list_id%1 GROUP BY m.user_id");

/// The custom values and list memberships of a page of users, in two reads.
Result<UserExtras> userExtras(QSqlDatabase &db, const QList<std::int64_t> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const std::int64_t id : ids)
        numbers.append(QString::number(id));
    const QString in = QStringLiteral("'{%1}'::bigint[]").arg(numbers.join(u','));
    UserExtras extras;
    const auto into = [](QHash<std::int64_t, QByteArray> &map) {
        return [&map](QByteArrayView row) {
            const qsizetype tab = row.indexOf('\t');
            QByteArray json;
            appendField(json, row.sliced(tab + 1), Kind::Json);
            map.insert(row.first(tab).toLongLong(), json);
        };
    };
    const QString only = QStringLiteral(" WHERE %1 = ANY (%2)");
    if (const Status custom
        = PgStore::copyOut(db, customValuesSql.arg(only.arg(QStringLiteral("v.user_id"), in)), into(extras.custom));
        !custom)
        return custom.failure();
    if (const Status lists
        = PgStore::copyOut(db, listsSql.arg(only.arg(QStringLiteral("m.user_id"), in)), into(extras.lists));
        !lists)
        return lists.failure();
    return extras;
}

/// The rows as JSON arrays in the shape's column order, read by COPY: a page costs about what
/// PostgreSQL's own COPY of it costs. where is the server's own text (gids as hex literals).
Result<Page> rows(QSqlDatabase &db, const QString &tableName, const QString &where)
{
    const auto shape = shapeNamed(db, tableName);
    if (!shape)
        return shape.failure();
    Page page;
    page.columns = shape->columns;
    QByteArray lastGid;
    QList<QByteArray> pending; // user rows, until their extras are in
    QList<std::int64_t> ids;
    const Status copied
        = PgStore::copyOut(db, shape->select + QStringLiteral(" WHERE ") + where, [&](QByteArrayView row) {
              if (!shape->userExtras && page.count > 0)
                  page.rows += ',';
              QByteArray &out = shape->userExtras ? pending.emplace_back() : page.rows;
              out += '[';
              qsizetype from = 0;
              for (qsizetype i = 0; i < shape->kinds.size(); ++i) {
                  qsizetype to = row.indexOf('\t', from);
                  if (to < 0)
                      to = row.size();
                  const QByteArrayView field = row.sliced(from, to - from);
                  from = std::min(to + 1, row.size());
                  if (shape->kinds[i] == Kind::Id) {
                      ids.append(field.toLongLong());
                      continue;
                  }
                  if (i > 0)
                      out += ',';
                  if (i == 0)
                      lastGid = field.toByteArray(); // hex
                  appendField(out, field, shape->kinds[i]);
              }
              if (!shape->userExtras)
                  out += ']';
              ++page.count;
          });
    if (!copied)
        return copied.failure();
    page.last = QByteArray::fromHex(lastGid);
    if (shape->userExtras && page.count > 0) {
        const auto extras = userExtras(db, ids);
        if (!extras)
            return extras.failure();
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (i > 0)
                page.rows += ',';
            page.rows += pending[i];
            page.rows += ',';
            page.rows += extras->custom.value(ids.value(i), "null");
            page.rows += ',';
            page.rows += extras->lists.value(ids.value(i), "null");
            page.rows += ']';
        }
    }
    return page;
}

QString byteaLiteral(const QByteArray &bytes)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(bytes.toHex()));
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
    QStringList literals;
    for (const QByteArray &gid : gids)
        literals.append(byteaLiteral(gid));
    const auto found = rows(db, table, QStringLiteral("t.gid IN (%1)").arg(literals.join(u',')));
    if (!found)
        return found.failure();
    // The feed sends a row as an object: few rows, each on its own.
    const QJsonArray names = QJsonDocument::fromJson(found->columns).array();
    QJsonArray objects;
    for (const QJsonValue values : QJsonDocument::fromJson('[' + found->rows + ']').array()) {
        QJsonObject object;
        const QJsonArray row = values.toArray();
        for (qsizetype i = 0; i < names.size(); ++i)
            object.insert(names[i].toString(), row[i]);
        objects.append(object);
    }
    return objects;
}

Result<Page> page(QSqlDatabase &db, const QString &table, const QByteArray &after, int limit)
{
    return rows(db, table, QStringLiteral("t.gid > %1 ORDER BY t.gid LIMIT %2").arg(byteaLiteral(after)).arg(limit));
}

Result<QStringList> wholeTable(QSqlDatabase &db, const QString &tableName)
{
    const auto shape = shapeNamed(db, tableName);
    if (!shape)
        return shape.failure();
    QStringList queries{shape->select + QStringLiteral(" ORDER BY t.gid")};
    if (shape->userExtras)
        queries << customValuesSql.arg(QString()) << listsSql.arg(QString());
    return queries;
}

} // namespace rollbook::SyncedTables

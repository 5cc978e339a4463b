#include "syncedtables.h"

#include "pgstore.h"

#include "sqldialect.h"
#include "uuid.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

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

Error noSuchTable(const QString &name)
{
    return Error{ErrorKind::NotFound, QStringLiteral("No synced table is called %1.").arg(name.left(64))};
}

/// The shape of the synced table called name.
Result<Shape> shapeNamed(QSqlDatabase &db, const QString &name)
{
    const Table *table = find(name);
    if (!table)
        return noSuchTable(name);
    return shapeOf(db, *table);
}

/// The character a COPY TO escape stands for (it writes these only, never octal or hex ones).
char unescaped(char c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return c;
    }
}

/// Appends a COPY text field as a JSON string, copying the runs that need no escape whole.
void appendString(QByteArray &out, QByteArrayView field)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *at = field.data();
    const char *const end = at + field.size();
    while (at < end) {
        const char *run = at;
        while (at < end && *at != '\\' && *at != '"' && static_cast<unsigned char>(*at) >= 0x20)
            ++at;
        out.append(run, at - run);
        if (at == end)
            break;
        char c = *at++;
        if (c == '\\' && at < end)
            c = unescaped(*at++);
        if (c == '"' || c == '\\') {
            const char pair[] = {'\\', c};
            out.append(pair, 2);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            const char code[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            out.append(code, 6);
        } else {
            out += c;
        }
    }
    out += '"';
}

/// Appends one field of COPY's text format as JSON.
void appendField(QByteArray &out, QByteArrayView field, Kind kind)
{
    if (field == "\\N") {
        out.append("null", 4);
    } else if (kind == Kind::Number && !field.contains('\\')) {
        out.append(field.data(), field.size());
    } else if (kind == Kind::Gid && field.size() == 32) {
        // 32 hex digits as uuid text, written in place (this runs for millions of fields).
        const char *hex = field.data();
        char text[38];
        text[0] = '"';
        std::memcpy(text + 1, hex, 8);
        text[9] = '-';
        std::memcpy(text + 10, hex + 8, 4);
        text[14] = '-';
        std::memcpy(text + 15, hex + 12, 4);
        text[19] = '-';
        std::memcpy(text + 20, hex + 16, 4);
        text[24] = '-';
        std::memcpy(text + 25, hex + 20, 12);
        text[37] = '"';
        out.append(text, sizeof text);
    } else {
        // Text, and a gid of another length (none is: the schema checks 16 bytes) still as a string.
        appendString(out, field);
    }
}

struct UserExtras
{
    QHash<std::int64_t, QByteArray> custom; ///< a JSON object by user id
    QHash<std::int64_t, QByteArray> lists; ///< a JSON array of gids by user id
};

/// A user's custom values (user id, field key, value) and mailing lists (user id, list gid as hex),
/// from %1, a query for rows of custom_values or mailing_list_members; %2 orders them or is empty.
/// Raw rows, made into JSON here: PostgreSQL's json_object_agg took six times what reading them takes.
const QString customValuesSql
    = QStringLiteral("SELECT v.user_id, f.key, v.value FROM (%1) v JOIN custom_fields f ON f.id = v.field_id%2");
const QString listsSql
    = QStringLiteral("SELECT m.user_id, encode(l.gid, 'hex') FROM (%1) m JOIN mailing_lists l ON l.id = m.list_id%2");

/// The rows of these users in a table keyed by user_id first. Users loaded or created in turn have
/// ids close together: a range of the key reads them in index order (the rows of users between
/// them come too, to be dropped). Scattered ids get one lookup each: asked for them as a list, the
/// planner reads the whole table.
QString usersRows(const QString &table, QList<std::int64_t> ids)
{
    std::sort(ids.begin(), ids.end());
    constexpr std::int64_t Spread = 4; // a range holds at most this many ids per user asked for
    if (ids.last() - ids.first() < Spread * ids.size())
        return QStringLiteral("SELECT * FROM %1 WHERE user_id BETWEEN %2 AND %3")
            .arg(table)
            .arg(ids.first())
            .arg(ids.last());
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const std::int64_t id : ids)
        numbers.append(QString::number(id));
    // OFFSET 0 keeps the subquery a lookup per id (else it is flattened into the join it avoids).
    return QStringLiteral("SELECT r.* FROM unnest('{%2}'::bigint[]) p(id) CROSS JOIN LATERAL (SELECT * FROM %1 WHERE "
                          "user_id = p.id OFFSET 0) r")
        .arg(table, numbers.join(u','));
}

/// The custom values and list memberships of a page of users, in two reads.
Result<UserExtras> userExtras(QSqlDatabase &db, const QList<std::int64_t> &ids)
{
    const QSet<std::int64_t> page(ids.cbegin(), ids.cend());
    UserExtras extras;
    // Each user's JSON grows as their rows come, and is closed once all are in.
    const auto into = [&page](QHash<std::int64_t, QByteArray> &map, Kind kind) {
        return [&page, &map, kind](QByteArrayView row) {
            const qsizetype tab = row.indexOf('\t');
            const std::int64_t user = row.first(tab).toLongLong();
            if (!page.contains(user))
                return;
            QByteArray &json = map[user];
            json += json.isEmpty() ? (kind == Kind::Text ? '{' : '[') : ',';
            const QByteArrayView rest = row.sliced(tab + 1);
            if (kind == Kind::Text) {
                const qsizetype split = rest.indexOf('\t');
                appendField(json, rest.first(split), Kind::Text);
                json += ':';
                appendField(json, rest.sliced(split + 1), Kind::Text);
            } else {
                appendField(json, rest, Kind::Gid);
            }
        };
    };
    const QString custom = customValuesSql.arg(usersRows(QStringLiteral("custom_values"), ids),
                                               QStringLiteral(" ORDER BY v.user_id, v.field_id"));
    if (const Status read = PgStore::copyOut(db, custom, into(extras.custom, Kind::Text)); !read)
        return read.failure();
    const QString lists = listsSql.arg(usersRows(QStringLiteral("mailing_list_members"), ids),
                                       QStringLiteral(" ORDER BY m.user_id, l.gid"));
    if (const Status read = PgStore::copyOut(db, lists, into(extras.lists, Kind::Gid)); !read)
        return read.failure();
    for (QByteArray &json : extras.custom)
        json += '}';
    for (QByteArray &json : extras.lists)
        json += ']';
    return extras;
}

/// The rows as JSON arrays in the shape's column order, joined by commas, appended to out; read by
/// COPY, so a page costs about what PostgreSQL's own COPY of it costs. where is the server's own
/// text (gids as hex literals).
Result<Page> rows(QSqlDatabase &db, const QString &tableName, const QString &where, QByteArray &out)
{
    const auto shape = shapeNamed(db, tableName);
    if (!shape)
        return shape.failure();
    Page page;
    page.columns = shape->columns;
    QByteArray lastGid(32, Qt::Uninitialized);
    // User rows wait for their extras: kept in one buffer, each ending where ends says.
    QByteArray pending;
    QList<qsizetype> ends;
    QList<std::int64_t> ids;
    QByteArray &target = shape->userExtras ? pending : out;
    const Status copied
        = PgStore::copyOut(db, shape->select + QStringLiteral(" WHERE ") + where, [&](QByteArrayView row) {
              if (!shape->userExtras && page.count > 0)
                  target += ',';
              target += '[';
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
                      target += ',';
                  if (i == 0) {
                      lastGid.resize(field.size()); // hex, 32 digits: no allocation after the first
                      std::memcpy(lastGid.data(), field.data(), size_t(field.size()));
                  }
                  appendField(target, field, shape->kinds[i]);
              }
              if (shape->userExtras)
                  ends.append(pending.size());
              else
                  target += ']';
              ++page.count;
          });
    if (!copied)
        return copied.failure();
    page.last = page.count > 0 ? QByteArray::fromHex(lastGid) : QByteArray();
    if (shape->userExtras && page.count > 0) {
        const auto extras = userExtras(db, ids);
        if (!extras)
            return extras.failure();
        static const QByteArray none("null");
        qsizetype start = 0;
        for (qsizetype i = 0; i < ends.size(); ++i) {
            if (i > 0)
                out += ',';
            out.append(pending.constData() + start, ends[i] - start);
            start = ends[i];
            out += ',';
            out += extras->custom.value(ids[i], none);
            out += ',';
            out += extras->lists.value(ids[i], none);
            out += ']';
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
    QByteArray values;
    const auto found = rows(db, table, QStringLiteral("t.gid IN (%1)").arg(literals.join(u',')), values);
    if (!found)
        return found.failure();
    // The feed sends a row as an object: few rows, each on its own.
    const QJsonArray names = QJsonDocument::fromJson(found->columns).array();
    QJsonArray objects;
    for (const QJsonValue values : QJsonDocument::fromJson('[' + values + ']').array()) {
        QJsonObject object;
        const QJsonArray row = values.toArray();
        for (qsizetype i = 0; i < names.size(); ++i)
            object.insert(names[i].toString(), row[i]);
        objects.append(object);
    }
    return objects;
}

Result<Page> page(QSqlDatabase &db, const QString &table, const QByteArray &after, const QByteArray &through, int limit,
                  QByteArray &out)
{
    const QString upTo = through.isEmpty() ? QString() : QStringLiteral(" AND t.gid <= ") + byteaLiteral(through);
    return rows(db, table,
                QStringLiteral("t.gid > %1%2 ORDER BY t.gid LIMIT %3").arg(byteaLiteral(after), upTo).arg(limit), out);
}

Result<Extent> extent(QSqlDatabase &db, const QString &table, qint64 rowsPerRange)
{
    if (!find(table))
        return noSuchTable(table);
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass(?)"));
    count.addBindValue(table);
    if (!count.exec() || !count.next())
        return databaseError(count.lastError());
    Extent extent;
    extent.rows = count.value(0).toLongLong();
    // The histogram's bounds split the rows into equal parts; its first and last are the ends.
    QSqlQuery bounds(db);
    bounds.prepare(QStringLiteral("SELECT b FROM pg_stats s, unnest(s.histogram_bounds::text::bytea[]) WITH ORDINALITY "
                                  "h(b, n) WHERE s.schemaname = current_schema() AND s.tablename = ? AND "
                                  "s.attname = 'gid' ORDER BY n"));
    bounds.addBindValue(table);
    if (!bounds.exec())
        return databaseError(bounds.lastError());
    QList<QByteArray> histogram;
    while (bounds.next())
        histogram.append(bounds.value(0).toByteArray());
    const qsizetype parts = histogram.size() - 1;
    if (parts < 2 || extent.rows <= rowsPerRange)
        return extent;
    const qsizetype step
        = std::max<qsizetype>(1, qsizetype(double(rowsPerRange) * double(parts) / double(extent.rows)));
    for (qsizetype at = step; at < parts; at += step)
        extent.cuts.append(histogram[at]);
    return extent;
}

Result<QStringList> wholeTable(QSqlDatabase &db, const QString &tableName)
{
    const auto shape = shapeNamed(db, tableName);
    if (!shape)
        return shape.failure();
    QStringList queries{shape->select + QStringLiteral(" ORDER BY t.gid")};
    if (shape->userExtras)
        queries << customValuesSql.arg(QStringLiteral("SELECT * FROM custom_values"), QString())
                << listsSql.arg(QStringLiteral("SELECT * FROM mailing_list_members"), QString());
    return queries;
}

} // namespace rollbook::SyncedTables

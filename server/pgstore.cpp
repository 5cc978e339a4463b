#include "pgstore.h"

#include "pgschema.h"

#include "database.h"
#include "schema.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>

namespace rollbook::PgStore {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::PgStore)
};

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return databaseError(query.lastError());
    return success();
}

PGconn *handle(QSqlDatabase &db)
{
    const QVariant value = db.driver()->handle();
    // Qt names the type after libpq's struct: "pg_conn*" (PGconn is its typedef).
    const QByteArray type(value.typeName());
    if (!value.isValid() || (type != "pg_conn*" && type != "PGconn*"))
        return nullptr;
    return *static_cast<PGconn *const *>(value.constData());
}

/// Rows of one table in COPY's text format, sent in pieces of about 1 MB.
class CopyWriter
{
public:
    explicit CopyWriter(PGconn *connection)
        : m_connection(connection)
    {
        m_buffer.reserve(Chunk + 64 * 1024);
    }

    void text(const unsigned char *data, int size)
    {
        for (int i = 0; i < size; ++i) {
            const char c = static_cast<char>(data[i]);
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }
    void bytes(const unsigned char *data, int size)
    {
        static const char hex[] = "0123456789abcdef";
        m_buffer += "\\\\x";
        for (int i = 0; i < size; ++i) {
            m_buffer += hex[data[i] >> 4];
            m_buffer += hex[data[i] & 15];
        }
    }
    void raw(const char *text) { m_buffer += text; }
    void separator(bool last) { m_buffer += last ? '\n' : '\t'; }

    Status flush(bool force)
    {
        if (!force && m_buffer.size() < Chunk)
            return success();
        if (!m_buffer.isEmpty()
            && PQputCopyData(m_connection, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
            return Error{ErrorKind::Internal, QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()};
        m_buffer.clear();
        return success();
    }

private:
    static constexpr qsizetype Chunk = 1 << 20;
    PGconn *m_connection;
    QByteArray m_buffer;
};

struct Column
{
    QString name;
    bool bytea = false;
};

Result<QList<Column>> pgColumns(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                                 "AND table_schema = current_schema() ORDER BY ordinal_position"));
    query.addBindValue(table);
    if (!query.exec())
        return databaseError(query.lastError());
    QList<Column> columns;
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString() == u"bytea"});
    return columns;
}

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

/// Copies one table; rows counts what it wrote.
Status copyTable(QSqlDatabase &pg, PGconn *connection, sqlite3 *school, const QString &table,
                 const LoadProgress &progress, std::int64_t *rows)
{
    const auto serverColumns = pgColumns(pg, table);
    if (!serverColumns)
        return serverColumns.failure();
    // The server's own columns (an operator's password) have no counterpart in the file.
    QSet<QString> inFile;
    {
        Statement info;
        const QByteArray sql = "PRAGMA table_info(" + table.toUtf8() + ")";
        if (sqlite3_prepare_v2(school, sql.constData(), -1, &info.handle, nullptr) != SQLITE_OK)
            return Error{ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(school))};
        while (sqlite3_step(info.handle) == SQLITE_ROW)
            inFile.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.handle, 1))));
    }
    QList<Column> kept;
    for (const Column &column : *serverColumns) {
        if (inFile.contains(column.name))
            kept.append(column);
    }
    const QList<Column> *columns = &kept;
    QStringList names;
    for (const Column &column : *columns)
        names.append(column.name);
    const QByteArray list = names.join(QStringLiteral(", ")).toUtf8();
    std::int64_t total = 0;
    {
        Statement count;
        const QByteArray sql = "SELECT count(*) FROM " + table.toUtf8();
        if (sqlite3_prepare_v2(school, sql.constData(), -1, &count.handle, nullptr) != SQLITE_OK
            || sqlite3_step(count.handle) != SQLITE_ROW)
            return Error{ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(school))};
        total = sqlite3_column_int64(count.handle, 0);
    }
    Statement select;
    const QByteArray sql = "SELECT " + list + " FROM " + table.toUtf8();
    if (sqlite3_prepare_v2(school, sql.constData(), -1, &select.handle, nullptr) != SQLITE_OK)
        return Error{Text::tr("The school file has no table %1 as this server needs it: %2")
                         .arg(table, QString::fromUtf8(sqlite3_errmsg(school)))};
    const QByteArray copy = "COPY " + table.toUtf8() + " (" + list + ") FROM STDIN";
    std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(connection, copy.constData()), PQclear);
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return Error{ErrorKind::Internal, QString::fromUtf8(PQerrorMessage(connection)).trimmed()};
    CopyWriter writer(connection);
    const int count = static_cast<int>(columns->size());
    std::int64_t done = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(select.handle)) == SQLITE_ROW) {
        for (int i = 0; i < count; ++i) {
            switch (sqlite3_column_type(select.handle, i)) {
            case SQLITE_NULL:
                writer.raw("\\N");
                break;
            case SQLITE_INTEGER:
                writer.raw(QByteArray::number(qint64(sqlite3_column_int64(select.handle, i))).constData());
                break;
            case SQLITE_BLOB: {
                const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(select.handle, i));
                const int size = sqlite3_column_bytes(select.handle, i);
                if ((*columns)[i].bytea)
                    writer.bytes(data, size);
                else
                    writer.text(data, size);
                break;
            }
            default: {
                const unsigned char *data = sqlite3_column_text(select.handle, i);
                const int size = sqlite3_column_bytes(select.handle, i);
                if ((*columns)[i].bytea)
                    writer.bytes(data, size);
                else
                    writer.text(data, size);
            }
            }
            writer.separator(i == count - 1);
        }
        ++done;
        if (const Status flushed = writer.flush(false); !flushed)
            return flushed;
        if (progress && done % 65536 == 0)
            progress(table, done, total);
    }
    if (step != SQLITE_DONE)
        return Error{ErrorKind::Internal, QString::fromUtf8(sqlite3_errmsg(school))};
    if (const Status flushed = writer.flush(true); !flushed)
        return flushed;
    if (PQputCopyEnd(connection, nullptr) != 1)
        return Error{ErrorKind::Internal, QString::fromUtf8(PQerrorMessage(connection)).trimmed()};
    std::unique_ptr<PGresult, decltype(&PQclear)> ended(PQgetResult(connection), PQclear);
    if (PQresultStatus(ended.get()) != PGRES_COMMAND_OK)
        return Error{
            ErrorKind::Internal,
            Text::tr("Loading %1 failed: %2").arg(table, QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    if (progress)
        progress(table, done, total);
    *rows += done;
    return success();
}

} // namespace

QStringList loadedTables()
{
    return {QStringLiteral("settings"),
            QStringLiteral("operators"),
            QStringLiteral("users"),
            QStringLiteral("custom_fields"),
            QStringLiteral("custom_values"),
            QStringLiteral("user_search"),
            QStringLiteral("groups"),
            QStringLiteral("group_members"),
            QStringLiteral("products"),
            QStringLiteral("enrollments"),
            QStringLiteral("payments"),
            QStringLiteral("subscriptions"),
            QStringLiteral("credit_ledger"),
            QStringLiteral("activity_daily"),
            QStringLiteral("activity_platform_daily"),
            QStringLiteral("ratings"),
            QStringLiteral("comments"),
            QStringLiteral("coupons"),
            QStringLiteral("coupon_redemptions"),
            QStringLiteral("tests"),
            QStringLiteral("test_attempts"),
            QStringLiteral("test_answers"),
            QStringLiteral("contests"),
            QStringLiteral("contest_submissions"),
            QStringLiteral("mailing_lists"),
            QStringLiteral("mailing_list_members"),
            QStringLiteral("campaigns"),
            QStringLiteral("campaign_recipients"),
            QStringLiteral("notifications"),
            QStringLiteral("tickets"),
            QStringLiteral("ticket_messages"),
            QStringLiteral("conversations"),
            QStringLiteral("messages"),
            QStringLiteral("kyc_documents"),
            QStringLiteral("audit_log"),
            QStringLiteral("login_tokens"),
            QStringLiteral("commands")};
}

Result<QSqlDatabase> connect(const QString &url, const QString &connectionName)
{
    char *problem = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &problem);
    if (!options) {
        const QString why = problem ? QString::fromUtf8(problem).trimmed() : Text::tr("out of memory");
        PQfreemem(problem);
        return Error{Text::tr("\"%1\" is not a PostgreSQL connection URL: %2").arg(url.left(200), why)};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    QStringList rest;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QByteArray keyword(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == "host")
            db.setHostName(value);
        else if (keyword == "port")
            db.setPort(value.toInt());
        else if (keyword == "dbname")
            db.setDatabaseName(value);
        else if (keyword == "user")
            db.setUserName(value);
        else if (keyword == "password")
            db.setPassword(value);
        else
            rest.append(QString::fromUtf8(keyword) + u'=' + value);
    }
    PQconninfoFree(options);
    if (!rest.contains(QStringLiteral("connect_timeout"), Qt::CaseInsensitive))
        rest.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(rest.join(u';'));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{ErrorKind::Busy, Text::tr("Could not connect to PostgreSQL: %1").arg(why)};
    }
    QSqlQuery session(db);
    session.exec(QStringLiteral("SET client_min_messages = warning"));
    // Short queries by index: compiling them (JIT) costs more than it saves (90 ms on a page).
    session.exec(QStringLiteral("SET jit = off"));
    // Nor workers: a page of a range of gids was planned with two, started anew for each page (a
    // fork each, and more CPU than the page itself), while other requests wait for the cores.
    session.exec(QStringLiteral("SET max_parallel_workers_per_gather = 0"));
    return db;
}

bool isBroken(QSqlDatabase &db)
{
    PGconn *connection = handle(db);
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

Result<int> schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_info') IS NOT NULL")) || !query.next())
        return databaseError(query.lastError());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_info")) || !query.next())
        return databaseError(query.lastError());
    return query.value(0).toInt();
}

Result<int> init(QSqlDatabase &db)
{
    const auto version = schemaVersion(db);
    if (!version)
        return version.failure();
    if (*version > PgSchema::latestVersion())
        return Error{
            Text::tr("This database holds schema %1, written by a newer rollbookd; this one knows schema %2 and "
                     "leaves it as it is. Run the newer rollbookd.")
                .arg(*version)
                .arg(PgSchema::latestVersion())};
    if (*version == PgSchema::latestVersion())
        return *version;
    if (const Status begun = run(db, QStringLiteral("BEGIN")); !begun)
        return begun.failure();
    for (int next = *version + 1; next <= PgSchema::latestVersion(); ++next) {
        if (const Status migrated = run(db, PgSchema::migration(next)); !migrated) {
            run(db, QStringLiteral("ROLLBACK"));
            return Error{ErrorKind::Internal,
                         Text::tr("Could not bring the schema to version %1: %2").arg(next).arg(migrated.error())};
        }
    }
    QSqlQuery info(db);
    const bool created = *version == 0;
    info.prepare(created ? QStringLiteral("INSERT INTO schema_info (version, epoch, created_at) VALUES (?, ?, ?)")
                         : QStringLiteral("UPDATE schema_info SET version = ?"));
    info.addBindValue(PgSchema::latestVersion());
    if (created) {
        info.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        info.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
    }
    if (!info.exec()) {
        const Error failed = databaseError(info.lastError());
        run(db, QStringLiteral("ROLLBACK"));
        return failed;
    }
    if (const Status committed = run(db, QStringLiteral("COMMIT")); !committed)
        return committed.failure();
    return PgSchema::latestVersion();
}

Result<QString> epoch(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT epoch::text FROM schema_info")) || !query.next())
        return databaseError(query.lastError());
    return query.value(0).toString();
}

Result<std::int64_t> load(QSqlDatabase &db, const QString &schoolPath, const LoadProgress &progress)
{
    const auto version = schemaVersion(db);
    if (!version)
        return version.failure();
    if (*version != PgSchema::latestVersion())
        return Error{Text::tr("The database has no Rollbook schema %1 yet; run rollbookd init first.")
                         .arg(PgSchema::latestVersion())};
    QSqlQuery users(db);
    if (!users.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !users.next())
        return databaseError(users.lastError());
    if (users.value(0).toBool())
        return Error{Text::tr("The server already holds a school; a load needs an empty database.")};
    PGconn *connection = handle(db);
    if (!connection)
        return Error{ErrorKind::Internal, Text::tr("The PostgreSQL driver gives no connection handle.")};

    OpenOptions options;
    options.readOnly = true;
    options.migrate = false;
    options.integrityCheck = false;
    const QString name = Database::uniqueConnectionName();
    Result<std::int64_t> outcome = Error{};
    {
        auto school = Database::open(schoolPath, name, options);
        if (!school) {
            outcome = school.failure();
        } else if (const int fileVersion = Database::schemaVersion(*school); fileVersion != latestSchemaVersion()) {
            outcome = Error{Text::tr("%1 is of schema %2; this server loads schema %3. Open it once in this version of "
                                     "Rollbook to bring it up to date.")
                                .arg(schoolPath)
                                .arg(fileVersion)
                                .arg(latestSchemaVersion())};
        } else {
            std::int64_t rows = 0;
            Status copied = run(db, QStringLiteral("BEGIN"));
            // No totals per row and no change feed rows for a load: clients bootstrap a loaded school.
            const QStringList triggered{
                QStringLiteral("users"),           QStringLiteral("enrollments"),   QStringLiteral("ratings"),
                QStringLiteral("operators"),       QStringLiteral("products"),      QStringLiteral("custom_fields"),
                QStringLiteral("mailing_lists"),   QStringLiteral("credit_ledger"), QStringLiteral("tickets"),
                QStringLiteral("ticket_messages"), QStringLiteral("conversations"), QStringLiteral("messages"),
                QStringLiteral("notifications"),   QStringLiteral("settings")};
            for (const QString &table : triggered) {
                if (copied)
                    copied = run(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
            }
            for (const QString &table : loadedTables()) {
                if (!copied)
                    break;
                copied = copyTable(db, connection, Database::handle(*school), table, progress, &rows);
            }
            for (const QString &table : triggered) {
                if (copied)
                    copied = run(db, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
            }
            if (copied)
                copied = run(db, PgSchema::platformTotalsSql());
            // The identities go on after the ids the file brought.
            for (const QString &table : loadedTables()) {
                if (!copied)
                    break;
                QSqlQuery identity(db);
                identity.prepare(QStringLiteral("SELECT pg_get_serial_sequence(table_name, 'id') FROM "
                                                "information_schema.columns WHERE table_schema = current_schema() "
                                                "AND table_name = ? AND column_name = 'id'"));
                identity.addBindValue(table);
                if (!identity.exec()) {
                    copied = databaseError(identity.lastError());
                    break;
                }
                if (!identity.next() || identity.value(0).isNull())
                    continue;
                copied = run(db,
                             QStringLiteral("SELECT setval('%1', coalesce((SELECT max(id) FROM %2), 0) + 1, false)")
                                 .arg(identity.value(0).toString(), table));
            }
            if (copied)
                copied = run(db, QStringLiteral("COMMIT"));
            if (!copied) {
                run(db, QStringLiteral("ROLLBACK"));
                outcome = copied.failure();
            } else {
                run(db, QStringLiteral("ANALYZE"));
                outcome = rows;
            }
        }
    }
    Database::close(name);
    return outcome;
}

Status copyOut(QSqlDatabase &db, const QString &select, const std::function<void(QByteArrayView row)> &row)
{
    PGconn *connection = handle(db);
    if (!connection)
        return Error{ErrorKind::Internal, Text::tr("The PostgreSQL driver gives no connection handle.")};
    const QByteArray sql = "COPY (" + select.toUtf8() + ") TO STDOUT";
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> started(PQexec(connection, sql.constData()), PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
            return Error{PQstatus(connection) == CONNECTION_BAD ? ErrorKind::Busy : ErrorKind::Internal,
                         QString::fromUtf8(PQresultErrorMessage(started.get())).trimmed()};
    }
    for (;;) {
        char *buffer = nullptr;
        const int size = PQgetCopyData(connection, &buffer, 0);
        if (size < 0)
            break;
        // Each piece is one row with its newline.
        row(QByteArrayView(buffer, size > 0 && buffer[size - 1] == '\n' ? size - 1 : size));
        PQfreemem(buffer);
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> ended(PQgetResult(connection), PQclear);
    const bool ok = PQresultStatus(ended.get()) == PGRES_COMMAND_OK;
    const QString why = QString::fromUtf8(PQresultErrorMessage(ended.get())).trimmed();
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    if (!ok)
        return Error{PQstatus(connection) == CONNECTION_BAD ? ErrorKind::Busy : ErrorKind::Internal, why};
    return success();
}

} // namespace rollbook::PgStore

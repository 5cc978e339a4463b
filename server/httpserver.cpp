#include "httpserver.h"

#include "commandbatch.h"
#include "feed.h"
#include "gzip.h"
#include "pgresult.h"
#include "pgschema.h"
#include "pgstore.h"
#include "requests.h"
#include "sessions.h"
#include "syncedtables.h"

#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <httplib.h>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Server)
};

std::atomic<httplib::Server *> running{nullptr};

void stopOnSignal(int)
{
    if (httplib::Server *server = running.load())
        server->stop();
}

int httpStatus(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
        return 400;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Forbidden:
        return 401;
    case ErrorKind::Busy:
        return 503;
    case ErrorKind::Internal:
        break;
    }
    return 500;
}

// Every reply names its charset, so that cpp-httplib never compresses one itself: it would pick
// brotli at quality 11 for a client that takes br (15 s for a 2.7 MB bootstrap page).
constexpr const char *JsonType = "application/json; charset=utf-8";

void reply(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), JsonType);
}

/// A reply that may be large, gzip'ed at zlib's fastest level when the client takes gzip.
void send(const httplib::Request &request, httplib::Response &response, int status, const QByteArray &json)
{
    constexpr qsizetype WorthCompressing = 1400; // about one packet
    response.status = status;
    response.set_header("Vary", "Accept-Encoding");
    QByteArray content = json;
    if (json.size() >= WorthCompressing
        && Gzip::accepted(QByteArray::fromStdString(request.get_header_value("Accept-Encoding")))) {
        if (const QByteArray packed = Gzip::compress(json); !packed.isEmpty()) {
            response.set_header("Content-Encoding", "gzip");
            content = packed;
        }
    }
    // Written from the buffer as it is: set_content would copy a megabyte page into a string first.
    response.set_content_provider(size_t(content.size()), JsonType,
                                  [content](size_t offset, size_t length, httplib::DataSink &sink) {
                                      return sink.write(content.constData() + offset, length);
                                  });
}

void send(const httplib::Request &request, httplib::Response &response, int status, const QJsonObject &body)
{
    send(request, response, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void fail(httplib::Response &response, const Error &error, int status = 0)
{
    if (error.kind == ErrorKind::Busy)
        response.set_header("Retry-After", "1");
    reply(response, status ? status : httpStatus(error.kind),
          {{QStringLiteral("error"), error.message}, {QStringLiteral("kind"), errorKindKey(error.kind)}});
}

/// This worker thread's own connection, opened on first use and again after PostgreSQL went away.
Result<QSqlDatabase> connection(const QString &url)
{
    thread_local QString name;
    if (name.isEmpty())
        name = QStringLiteral("worker-%1").arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && !PgStore::isBroken(db))
            return db;
        db = QSqlDatabase();
        KeptQuery::forget(name);
        QSqlDatabase::removeDatabase(name);
    }
    auto db = PgStore::connect(url, name);
    if (db)
        // The worker's own connection: its statements stay prepared, and run by libpq's extended protocol.
        KeptQuery::keepOn(*db, [](const QSqlDatabase &on) { return new PgResult(on); });
    return db;
}

bool isJson(const httplib::Request &request)
{
    const std::string type = request.get_header_value("Content-Type");
    return type.rfind("application/json", 0) == 0;
}

QString bearer(const httplib::Request &request)
{
    const std::string value = request.get_header_value("Authorization");
    if (value.rfind("Bearer ", 0) != 0)
        return {};
    return QString::fromStdString(value.substr(7));
}

/// A failure on a connection PostgreSQL dropped (a restart) is Busy: the client retries, and the
/// worker's next request connects afresh.
Error lostOrAsIs(QSqlDatabase &db, const Error &error)
{
    if (error.kind == ErrorKind::Forbidden || !PgStore::isBroken(db))
        return error;
    return Error{ErrorKind::Busy, Text::tr("The database connection was lost; try again.")};
}

/// The worker's connection and the operator the request's access token acts for; when there is
/// none, the response already says why.
std::optional<std::pair<QSqlDatabase, Operator>> authorized(const QString &url, const httplib::Request &request,
                                                            httplib::Response &response)
{
    auto db = connection(url);
    if (!db) {
        fail(response, db.failure(), 503);
        return std::nullopt;
    }
    const auto actor = Sessions::authenticate(*db, bearer(request));
    if (!actor) {
        fail(response, lostOrAsIs(*db, actor.failure()));
        return std::nullopt;
    }
    return std::pair<QSqlDatabase, Operator>{*db, *actor};
}

QJsonObject sessionJson(const Sessions::Issued &issued)
{
    return {{QStringLiteral("access_token"), issued.accessToken},
            {QStringLiteral("access_expires_at"), issued.accessExpiresAt},
            {QStringLiteral("refresh_token"), issued.refreshToken},
            {QStringLiteral("refresh_expires_at"), issued.refreshExpiresAt},
            {QStringLiteral("operator"),
             QJsonObject{{QStringLiteral("name"), issued.actor.name},
                         {QStringLiteral("role"), issued.actor.role},
                         {QStringLiteral("gid"), uuidText(issued.actor.gid)}}}};
}

/// A keyset page of a synced table, by gid, with the feed cursor to follow once the pages are in.
/// The rows are written straight into the reply, between the frame's first and last parts.
Result<QByteArray> bootstrapPage(QSqlDatabase &db, const QString &table, const QString &after, const QString &through,
                                 int limit)
{
    QByteArray from(16, '\0');
    if (!after.isEmpty()) {
        from = uuidFromText(after);
        if (from.isEmpty())
            return Error{Text::tr("\"after\" is not a row's id.")};
    }
    const QByteArray upTo = through.isEmpty() ? QByteArray() : uuidFromText(through);
    if (!through.isEmpty() && upTo.isEmpty())
        return Error{Text::tr("\"through\" is not a row's id.")};
    // The cursor before the rows: a change that commits meanwhile comes again in the feed.
    const auto cursor = Feed::head(db);
    if (!cursor)
        return cursor.failure();
    // The size of the last page, a fair guess at this one's: the body then grows in place.
    thread_local qsizetype lastSize = 0;
    QByteArray body;
    body.reserve(lastSize + 4096);
    body += "{\"cursor\":\"" + Requests::cursorText(*cursor).toLatin1() + "\",\"rows\":[";
    const auto page = SyncedTables::page(db, table, from, upTo, limit, body);
    if (!page)
        return page.failure();
    const QByteArray next = page->count == limit ? '"' + uuidText(page->last).toLatin1() + '"' : QByteArray("null");
    body += "],\"columns\":" + page->columns + ",\"next\":" + next + '}';
    lastSize = body.size();
    return body;
}

/// Every synced table with its rows and the ranges a client may page on connections of their own.
Result<QJsonObject> bootstrapIndex(QSqlDatabase &db, qint64 rowsPerRange)
{
    // Taken before any page is read: every change after it comes in the feed.
    const auto cursor = Feed::head(db);
    if (!cursor)
        return cursor.failure();
    QJsonArray tables;
    for (const QString &table : SyncedTables::names()) {
        const auto extent = SyncedTables::extent(db, table, rowsPerRange);
        if (!extent)
            return extent.failure();
        QJsonArray ranges;
        QJsonValue after = QJsonValue::Null; // from the first row
        for (const QByteArray &cut : extent->cuts) {
            ranges.append(QJsonObject{{QStringLiteral("after"), after}, {QStringLiteral("through"), uuidText(cut)}});
            after = uuidText(cut);
        }
        ranges.append(QJsonObject{{QStringLiteral("after"), after}, {QStringLiteral("through"), QJsonValue::Null}});
        tables.append(QJsonObject{{QStringLiteral("name"), table},
                                  {QStringLiteral("rows"), extent->rows},
                                  {QStringLiteral("ranges"), ranges}});
    }
    return QJsonObject{{QStringLiteral("tables"), tables}, {QStringLiteral("cursor"), Requests::cursorText(*cursor)}};
}

int limitParam(const httplib::Request &request, int fallback, int most)
{
    if (!request.has_param("limit"))
        return fallback;
    return std::clamp(QString::fromStdString(request.get_param_value("limit")).toInt(), 1, most);
}

} // namespace

int serve(const ServeOptions &options)
{
    httplib::SSLServer server(options.certificate.toLocal8Bit().constData(), options.key.toLocal8Bit().constData());
    if (!server.is_valid()) {
        std::fprintf(stderr, "%s\n",
                     Text::tr("rollbookd: cannot use the TLS certificate %1 and key %2.")
                         .arg(options.certificate, options.key)
                         .toLocal8Bit()
                         .constData());
        return 1;
    }
    const QString url = options.pgUrl;
    {
        auto db = PgStore::connect(url, QStringLiteral("startup"));
        if (!db) {
            std::fprintf(stderr, "rollbookd: %s\n", db.error().toLocal8Bit().constData());
            return 1;
        }
        const auto version = PgStore::schemaVersion(*db);
        if (!version || *version != PgSchema::latestVersion()) {
            const QString why = !version ? version.error()
                : *version > PgSchema::latestVersion()
                ? Text::tr("the database holds schema %1, from a newer rollbookd.").arg(*version)
                : Text::tr("the database holds schema %1, not %2: run rollbookd init first.")
                      .arg(*version)
                      .arg(PgSchema::latestVersion());
            std::fprintf(stderr, "rollbookd: %s\n", why.toLocal8Bit().constData());
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("startup"));

    const int threads = std::clamp(options.threads, 1, 64);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    server.set_payload_max_length(size_t(Requests::MaxBody));
    server.set_read_timeout(30, 0);
    server.set_write_timeout(30, 0);
    server.set_keep_alive_timeout(10);
    // A reply goes out in several writes (headers, then body): with Nagle's algorithm each one
    // after the first waits for the client's delayed ACK, 40 ms on Linux.
    server.set_tcp_nodelay(true);
    server.set_logger([](const httplib::Request &request, const httplib::Response &response) {
        std::fprintf(stderr, "%s %s %s %d %zu\n",
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1().constData(),
                     request.method.c_str(), request.path.c_str(), response.status,
                     response.body.empty() ? response.content_length_ : response.body.size());
    });

    server.Get("/health", [url](const httplib::Request &, httplib::Response &response) {
        auto db = connection(url);
        if (!db)
            return fail(response, db.failure(), 503);
        const auto version = PgStore::schemaVersion(*db);
        const auto epoch = PgStore::epoch(*db);
        if (!version || !epoch) {
            return fail(response, Error{ErrorKind::Busy, Text::tr("The database does not answer.")}, 503);
        }
        reply(response, 200,
              {{QStringLiteral("status"), QStringLiteral("ok")},
               {QStringLiteral("schema"), *version},
               {QStringLiteral("epoch"), *epoch}});
    });

    const auto needsJson = [](const httplib::Request &request, httplib::Response &response) {
        if (isJson(request))
            return true;
        fail(response, Error{Text::tr("Send the body as application/json.")}, 415);
        return false;
    };

    server.Post("/v1/sign-in", [url, needsJson](const httplib::Request &request, httplib::Response &response) {
        if (!needsJson(request, response))
            return;
        const auto body = Requests::signIn(QByteArray::fromStdString(request.body));
        if (!body)
            return fail(response, body.failure());
        auto db = connection(url);
        if (!db)
            return fail(response, db.failure(), 503);
        const auto issued = Sessions::signIn(*db, *body);
        if (!issued) {
            const Error error = lostOrAsIs(*db, issued.failure());
            return fail(response, error, error.kind == ErrorKind::Busy && !PgStore::isBroken(*db) ? 429 : 0);
        }
        reply(response, 200, sessionJson(*issued));
    });

    server.Post("/v1/refresh", [url, needsJson](const httplib::Request &request, httplib::Response &response) {
        if (!needsJson(request, response))
            return;
        const auto body = Requests::refresh(QByteArray::fromStdString(request.body));
        if (!body)
            return fail(response, body.failure());
        auto db = connection(url);
        if (!db)
            return fail(response, db.failure(), 503);
        const auto issued = Sessions::refresh(*db, *body);
        if (!issued)
            return fail(response, lostOrAsIs(*db, issued.failure()));
        reply(response, 200, sessionJson(*issued));
    });

    server.Post("/v1/sign-out", [url](const httplib::Request &request, httplib::Response &response) {
        auto db = connection(url);
        if (!db)
            return fail(response, db.failure(), 503);
        if (const Status ended = Sessions::signOut(*db, bearer(request)); !ended)
            return fail(response, ended.failure());
        response.status = 204;
    });

    server.Post("/v1/commands", [url, needsJson](const httplib::Request &request, httplib::Response &response) {
        auto session = authorized(url, request, response);
        if (!session)
            return;
        QSqlDatabase *db = &session->first;
        const Operator *actor = &session->second;
        if (!needsJson(request, response))
            return;
        const auto batch = Requests::commandBatch(QByteArray::fromStdString(request.body));
        if (!batch)
            return fail(response, batch.failure());
        QJsonArray results;
        for (const QJsonObject &result : CommandBatch::apply(*db, *actor, *batch))
            results.append(result);
        send(request, response, 200, QJsonObject{{QStringLiteral("results"), results}});
    });

    // Reads: both roles. Every synced table by keyset pages, then the feed.
    server.Get("/v1/bootstrap", [url](const httplib::Request &request, httplib::Response &response) {
        auto session = authorized(url, request, response);
        if (!session)
            return;
        const qint64 rowsPerRange = request.has_param("range_rows")
            ? std::max<qint64>(1, QString::fromStdString(request.get_param_value("range_rows")).toLongLong())
            : 250'000;
        const auto index = bootstrapIndex(session->first, rowsPerRange);
        if (!index)
            return fail(response, index.failure());
        send(request, response, 200, *index);
    });

    server.Get(R"(/v1/bootstrap/([a-z_]+))", [url](const httplib::Request &request, httplib::Response &response) {
        auto session = authorized(url, request, response);
        if (!session)
            return;
        QSqlDatabase *db = &session->first;
        const QString table = QString::fromStdString(request.matches[1]);
        if (!SyncedTables::contains(table))
            return fail(response,
                        Error{ErrorKind::NotFound, Text::tr("No synced table is called %1.").arg(table.left(64))});
        const auto page = bootstrapPage(*db, table, QString::fromStdString(request.get_param_value("after")),
                                        QString::fromStdString(request.get_param_value("through")),
                                        limitParam(request, 1000, 5000));
        if (!page)
            return fail(response, page.failure());
        send(request, response, 200, *page);
    });

    server.Get("/v1/changes", [url](const httplib::Request &request, httplib::Response &response) {
        auto session = authorized(url, request, response);
        if (!session)
            return;
        QSqlDatabase *db = &session->first;
        const auto cursor = Requests::cursor(QString::fromStdString(request.get_param_value("cursor")));
        if (!cursor)
            return fail(response, cursor.failure());
        // Long-poll: an empty page waits, up to wait seconds, for a change to commit.
        const int waitMs = std::clamp(QString::fromStdString(request.get_param_value("wait")).toInt(), 0, 25) * 1000;
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const auto page = Feed::changes(*db, *cursor, limitParam(request, 1000, 5000));
            if (!page) {
                if (page.errorKind() == ErrorKind::Conflict)
                    return fail(response, page.failure(), 410);
                return fail(response, page.failure());
            }
            if (!page->value(QStringLiteral("changes")).toArray().isEmpty() || waited.elapsed() >= waitMs)
                return send(request, response, 200, *page);
            QThread::msleep(50);
        }
    });

    server.Get(R"(/v1/users/([0-9a-f-]{36})/activity)",
               [url](const httplib::Request &request, httplib::Response &response) {
                   auto session = authorized(url, request, response);
                   if (!session)
                       return;
                   QSqlQuery query(session->first);
                   query.prepare(
                       QStringLiteral("SELECT a.day, a.minutes, a.xp, a.logins FROM activity_daily a JOIN users u ON "
                                      "u.id = a.user_id WHERE u.gid = ? ORDER BY a.day"));
                   query.addBindValue(uuidFromText(QString::fromStdString(request.matches[1])));
                   if (!query.exec())
                       return fail(response, databaseError(query.lastError()));
                   QJsonArray days;
                   while (query.next())
                       days.append(QJsonArray{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                              query.value(2).toLongLong(), query.value(3).toLongLong()});
                   send(request, response, 200,
                        QJsonObject{{QStringLiteral("columns"),
                                     QJsonArray{QStringLiteral("day"), QStringLiteral("minutes"), QStringLiteral("xp"),
                                                QStringLiteral("logins")}},
                                    {QStringLiteral("days"), days}});
               });

    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.host.toStdString());
        if (port < 0) {
            std::fprintf(stderr, "rollbookd: cannot listen on %s\n", options.host.toLocal8Bit().constData());
            return 1;
        }
    } else if (!server.bind_to_port(options.host.toStdString(), port)) {
        std::fprintf(stderr, "%s\n",
                     Text::tr("rollbookd: cannot listen on %1:%2 (in use, or not an address of this machine).")
                         .arg(options.host)
                         .arg(port)
                         .toLocal8Bit()
                         .constData());
        return 1;
    }
    std::printf("listening on https://%s:%d\n", options.host.toLocal8Bit().constData(), port);
    std::fflush(stdout);
    running = &server;
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    const MailWorker mail(url, options.mail);
    const bool served = server.listen_after_bind();
    running = nullptr;
    return served ? 0 : 1;
}

} // namespace rollbook

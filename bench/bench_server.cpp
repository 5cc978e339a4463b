// rollbookd against a real PostgreSQL 15 started here, each figure beside its floor in the same
// run: the load beside psql's \copy of the same rows, the bootstrap beside psql's \copy out, batched
// commands beside one command per request, the feed's latency and rollbookd's peak memory.
//   bench_server SCHOOL.rollbook
#include "../tests/pgcluster.h"
#include "../tests/serverprocess.h"
#include "benchjson.h"

#include "database.h"
#include "pgstore.h"
#include "serveroperators.h"
#include "syncedtables.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <httplib.h>
#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

using namespace rollbook;

namespace {

constexpr const char *Bench = "server";
constexpr const char *Password = "bench password 1";

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_server: %s\n", qPrintable(why));
    std::exit(1);
}

double psql(const QString &url, const QString &script)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-f"), QStringLiteral("-"), url});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(3'600'000) || process.exitCode() != 0)
        fail(QStringLiteral("psql failed"));
    return clock.elapsed() / 1000.0;
}

struct Client
{
    httplib::SSLClient http;
    std::string token;
    simdjson::dom::parser parser;

    Client(int port, const std::string &ca)
        : http("127.0.0.1", port)
    {
        http.set_ca_cert_path(ca.c_str());
        http.enable_server_certificate_verification(true);
        http.set_read_timeout(120, 0);
        http.set_keep_alive(true);
        http.set_tcp_nodelay(true);
        const auto signedIn
            = http.Post("/v1/sign-in", R"({"name":"bench","password":"bench password 1"})", "application/json");
        if (!signedIn || signedIn->status != 200)
            fail(QStringLiteral("cannot sign in"));
        token = QJsonDocument::fromJson(QByteArray::fromStdString(signedIn->body))
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .toStdString();
    }
    httplib::Headers auth() const { return {{"Authorization", "Bearer " + token}}; }
    QJsonObject get(const std::string &path)
    {
        const auto result = http.Get(path.c_str(), auth());
        if (!result || result->status != 200)
            fail(QStringLiteral("GET %1 failed").arg(QString::fromStdString(path)));
        return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
    }
    struct Page
    {
        qint64 rows = 0;
        std::string next; ///< empty after the last page
    };
    /// A bootstrap page, parsed whole (every row and value), as a client that stores them would.
    Page page(const std::string &path)
    {
        const auto result = http.Get(path.c_str(), auth());
        if (!result || result->status != 200)
            fail(QStringLiteral("GET %1 failed").arg(QString::fromStdString(path)));
        simdjson::dom::element root;
        if (parser.parse(result->body).get(root))
            fail(QStringLiteral("a page is not JSON"));
        Page page;
        simdjson::dom::array rows;
        if (root["rows"].get(rows))
            fail(QStringLiteral("a page has no rows"));
        std::size_t values = 0;
        for (simdjson::dom::element row : rows) {
            values += simdjson::dom::array(row).size();
            ++page.rows;
        }
        if (page.rows > 0 && values == 0)
            fail(QStringLiteral("a page's rows are empty"));
        std::string_view next;
        if (!root["next"].get(next))
            page.next = std::string(next);
        return page;
    }
    QJsonObject commands(const QJsonArray &batch)
    {
        const auto result = http.Post("/v1/commands", auth(),
                                      QJsonDocument(QJsonObject{{QStringLiteral("commands"), batch}})
                                          .toJson(QJsonDocument::Compact)
                                          .toStdString(),
                                      "application/json");
        if (!result || result->status != 200)
            fail(QStringLiteral("POST /v1/commands failed: %1")
                     .arg(result ? QString::number(result->status) + u' ' + QString::fromStdString(result->body)
                                 : QString::fromStdString(httplib::to_string(result.error()))));
        return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
    }
};

QJsonObject topUp(const QString &user)
{
    return {{QStringLiteral("op"), uuidText(newUuidV7())},
            {QStringLiteral("action"), QStringLiteral("top_up")},
            {QStringLiteral("args"),
             QJsonObject{{QStringLiteral("user"), user},
                         {QStringLiteral("amount"), 100},
                         {QStringLiteral("currency"), QStringLiteral("USD")},
                         {QStringLiteral("reason"), QStringLiteral("complimentary")},
                         {QStringLiteral("note"), QStringLiteral("bench")}}},
            {QStringLiteral("client_time"), 1'800'000'000'000LL}};
}

/// Commands per second from client threads, each sending its own users' top-ups in batches, rounds
/// times over. The clock starts once every client has signed in (one argon2id verification after
/// another) and sent one untimed request of the same size, so that both peers are measured warm
/// (connections open, statements prepared and planned).
double commandsPerSecond(int port, const std::string &ca, const QList<QStringList> &users, int batch, int rounds)
{
    std::vector<std::thread> threads;
    std::atomic<int> sent{0};
    std::latch signedIn(users.size());
    std::latch start(1);
    for (const QStringList &mine : users) {
        threads.emplace_back([&, mine] {
            Client client(port, ca);
            const auto send = [&](qsizetype at) {
                QJsonArray commands;
                for (qsizetype i = at; i < std::min(mine.size(), at + batch); ++i)
                    commands.append(topUp(mine[i]));
                const QJsonObject reply = client.commands(commands);
                for (const QJsonValue result : reply.value(QStringLiteral("results")).toArray()) {
                    if (result.toObject().value(QStringLiteral("status")).toString() != u"applied")
                        fail(QStringLiteral("a command was not applied"));
                }
                return int(commands.size());
            };
            send(0);
            signedIn.count_down();
            start.wait();
            for (int round = 0; round < rounds; ++round) {
                for (qsizetype at = 0; at < mine.size(); at += batch)
                    sent += send(at);
            }
        });
    }
    signedIn.wait();
    QElapsedTimer clock;
    clock.start();
    start.count_down();
    for (std::thread &thread : threads)
        thread.join();
    return sent / (clock.elapsed() / 1000.0);
}

/// One range of a table, as the bootstrap index gives it.
struct Range
{
    std::string table;
    std::string after; ///< empty: from the first row
    std::string through; ///< empty: to the last
    double rows = 0; ///< the table's rows shared evenly among its ranges, to take the largest first
};

/// Every table's ranges, from GET /v1/bootstrap.
std::vector<Range> bootstrapRanges(Client &client)
{
    std::vector<Range> ranges;
    const QJsonObject index = client.get("/v1/bootstrap");
    for (const QJsonValue table : index.value(QStringLiteral("tables")).toArray()) {
        const QJsonArray parts = table[QStringLiteral("ranges")].toArray();
        for (const QJsonValue part : parts) {
            ranges.push_back({table[QStringLiteral("name")].toString().toStdString(),
                              part[QStringLiteral("after")].toString().toStdString(),
                              part[QStringLiteral("through")].toString().toStdString(),
                              table[QStringLiteral("rows")].toDouble() / double(parts.size())});
        }
    }
    if (ranges.empty())
        fail(QStringLiteral("the bootstrap index lists no tables"));
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.rows > b.rows; });
    return ranges;
}

/// Rows per second of a client's bootstrap: the index, then every range paged to its end, each
/// connection taking the largest range left and parsing every page in full; *paged is the rows it
/// read.
double bootstrapRate(int port, const std::string &ca, int connections, qint64 *paged)
{
    std::atomic<qint64> rows{0};
    std::atomic<size_t> next{0};
    // Signed in before the clock: a sign-in is an argon2id verify, and they run one at a time.
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < connections; ++i)
        clients.push_back(std::make_unique<Client>(port, ca));
    QElapsedTimer clock;
    clock.start();
    const std::vector<Range> ranges = bootstrapRanges(*clients.front());
    std::vector<std::thread> pagers;
    for (int i = 0; i < connections; ++i) {
        pagers.emplace_back([&, i] {
            Client &client = *clients[size_t(i)];
            for (size_t at = next++; at < ranges.size(); at = next++) {
                const Range &range = ranges[at];
                const std::string through = range.through.empty() ? std::string() : "&through=" + range.through;
                std::string after = range.after;
                do {
                    const Client::Page page
                        = client.page("/v1/bootstrap/" + range.table + "?limit=5000&after=" + after + through);
                    rows += page.rows;
                    after = page.next;
                } while (!after.empty());
            }
        });
    }
    for (std::thread &pager : pagers)
        pager.join();
    *paged = rows;
    return double(rows) / (clock.elapsed() / 1000.0);
}

double peakMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        fail(QStringLiteral("usage: bench_server SCHOOL.rollbook"));
    const QString school = QString::fromLocal8Bit(argv[1]);
    {
        // The school at the current schema (a file made by an older build is brought up to date once).
        auto opened = Database::open(school, QStringLiteral("upgrade"));
        if (!opened)
            fail(opened.error());
    }
    Database::close(QStringLiteral("upgrade"));
    test::PgCluster &cluster = test::PgCluster::shared();
    if (!cluster.failure().isEmpty())
        fail(cluster.failure());
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);

    // 1. The load, beside psql's \copy of the same rows into the same schema.
    for (const char *name : {"bench_load", "bench_floor"}) {
        if (!cluster.createDatabase(QLatin1String(name)))
            fail(QStringLiteral("cannot create %1").arg(QLatin1String(name)));
    }
    const QString loadUrl = cluster.url(QStringLiteral("bench_load"));
    const QString floorUrl = cluster.url(QStringLiteral("bench_floor"));
    auto db = PgStore::connect(loadUrl, QStringLiteral("bench"));
    if (!db || !PgStore::init(*db))
        fail(QStringLiteral("cannot init"));
    QElapsedTimer clock;
    clock.start();
    const auto rows = PgStore::load(*db, school);
    if (!rows)
        fail(rows.error());
    const double loadSeconds = clock.elapsed() / 1000.0;
    bench::report(Bench, QStringLiteral("load rows"), double(*rows), "rows");
    bench::report(Bench, QStringLiteral("rollbookd load"), loadSeconds, "s");
    {
        auto floorDb = PgStore::connect(floorUrl, QStringLiteral("floor"));
        if (!floorDb || !PgStore::init(*floorDb))
            fail(QStringLiteral("cannot init the floor"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    QString exportScript;
    QString importScript = QStringLiteral("BEGIN;\n");
    for (const QString &table : PgStore::loadedTables()) {
        const QString file = dir.filePath(table + QStringLiteral(".csv"));
        exportScript += QStringLiteral("\\copy %1 TO '%2' WITH (FORMAT csv)\n").arg(table, file);
        importScript += QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER;\n\\copy %1 FROM '%2' WITH (FORMAT csv)\n")
                            .arg(table, file);
    }
    importScript += QStringLiteral("COMMIT;\n");
    psql(loadUrl, exportScript);
    const double floorSeconds = psql(floorUrl, importScript);
    bench::report(Bench, QStringLiteral("psql \\\\copy from CSV (floor)"), floorSeconds, "s");
    bench::report(Bench, QStringLiteral("load / floor (goal <= 3)"), loadSeconds / floorSeconds, "ratio");

    // 2. The bootstrap a client pages, beside psql's \copy out of the same tables.
    test::TestCertificates certificates = test::makeCertificates(dir.path());
    if (!certificates.failure.isEmpty())
        fail(certificates.failure);
    if (!ServerOperators::add(*db, QStringLiteral("bench"), QStringLiteral("admin"), QLatin1String(Password)))
        fail(QStringLiteral("cannot add the operator"));
    test::ServerProcess server(loadUrl, certificates);
    if (!server.failure().isEmpty())
        fail(server.failure());
    const std::string ca = certificates.caCertificate.toStdString();
    {
        qint64 paged = 0;
        const double oneConnection = bootstrapRate(server.port(), ca, 1, &paged);
        const double twoConnections = bootstrapRate(server.port(), ca, 2, &paged);
        // The floor: PostgreSQL producing the same rows (references as gids, a user's custom values
        // and lists), each table in one query.
        QString outScript;
        for (const QString &table : SyncedTables::names()) {
            const auto queries = SyncedTables::wholeTable(*db, table);
            if (!queries)
                fail(queries.error());
            for (const QString &query : *queries)
                outScript += QStringLiteral("\\copy (%1) TO '/dev/null'\n").arg(query);
        }
        const double outSeconds = psql(loadUrl, outScript);
        bench::report(Bench, QStringLiteral("bootstrap rows"), double(paged), "rows");
        bench::report(Bench, QStringLiteral("bootstrap, 1 connection"), oneConnection, "rows/s");
        bench::report(Bench, QStringLiteral("bootstrap, 2 connections"), twoConnections, "rows/s");
        bench::report(Bench, QStringLiteral("psql \\\\copy out (floor)"), double(paged) / outSeconds, "rows/s");
        bench::report(Bench, QStringLiteral("bootstrap / floor (goal >= 0.5)"),
                      twoConnections / (double(paged) / outSeconds), "ratio");
    }

    // 3. Eight clients sending audited commands, in batches of 100 and one per request.
    QSqlQuery gids(*db);
    if (!gids.exec(QStringLiteral("SELECT gid FROM users ORDER BY id LIMIT 16000")))
        fail(QStringLiteral("cannot read users"));
    QList<QStringList> batched(8);
    QList<QStringList> single(8);
    int at = 0;
    while (gids.next()) {
        const QString gid = uuidText(gids.value(0).toByteArray());
        if (at < 8000)
            batched[at % 8].append(gid);
        else if (at < 9600)
            single[at % 8].append(gid);
        ++at;
    }
    // Each peer runs for a few seconds: a second of work is mostly noise on these machines.
    const double batchRate = commandsPerSecond(server.port(), ca, batched, 100, 3);
    const double singleRate = commandsPerSecond(server.port(), ca, single, 1, 2);
    bench::report(Bench, QStringLiteral("commands, 8 clients, batches of 100 (goal >= 1000)"), batchRate, "commands/s");
    bench::report(Bench, QStringLiteral("commands, 8 clients, one per request"), singleRate, "commands/s");
    bench::report(Bench, QStringLiteral("batched / one per request (goal >= 5)"), batchRate / singleRate, "ratio");

    // 4. A commit on one client to its arrival at a long-polling client.
    {
        Client writer(server.port(), ca);
        const QString start = writer.get("/v1/bootstrap/products?limit=1").value(QStringLiteral("cursor")).toString();
        std::atomic<int> arrived{0};
        std::atomic<bool> done{false};
        std::thread poller([&] {
            Client reader(server.port(), ca);
            QString cursor = start;
            while (!done) {
                const QJsonObject page = reader.get(QString(u"/v1/changes?wait=5&cursor=" + cursor).toStdString());
                for (const QJsonValue change : page.value(QStringLiteral("changes")).toArray()) {
                    if (change.toObject().value(QStringLiteral("entity")).toString() == u"credit_ledger")
                        ++arrived;
                }
                cursor = page.value(QStringLiteral("cursor")).toString();
            }
        });
        std::vector<double> latencies;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer sent;
            sent.start();
            writer.commands(QJsonArray{topUp(batched[0][i])});
            while (arrived < i + 1 && sent.elapsed() < 10'000)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            latencies.push_back(double(sent.nsecsElapsed()) / 1e6);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        done = true;
        writer.commands(QJsonArray{topUp(batched[0][60])}); // wakes the poller
        poller.join();
        bench::report(Bench, QStringLiteral("feed latency p50"), bench::percentile(latencies, 0.5), "ms");
        bench::report(Bench, QStringLiteral("feed latency p95 (goal <= 500)"), bench::percentile(latencies, 0.95),
                      "ms");
    }
    bench::report(Bench, QStringLiteral("rollbookd peak RSS (goal <= 150)"), peakMiB(server.pid()), "MiB");
    return 0;
}

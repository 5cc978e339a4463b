// rollbookd over HTTPS as clients use it: real rollbookd processes on loopback, a real
// PostgreSQL 15, TLS with a CA the test makes, httplib clients.
#include "pgcluster.h"
#include "serverprocess.h"
#include "settings.h"
#include "smsgateway.h"
#include "smtpserver.h"
#include "testsupport.h"

#include "actions/commandreplay.h"
#include "pgstore.h"
#include "serveroperators.h"
#include "syncedtables.h"
#include "uuid.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <httplib.h>

#include <thread>

using namespace rollbook;

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void healthOverTlsAndUnknownCertificateRefused();
    void signInRefreshAndSignOut();
    void reusedRefreshTokenRevokesTheFamily();
    void expiredRefreshTokenIsRefused();
    void failedSignInsAreThrottledAndAudited();
    void rolesAreEnforcedOnEveryEndpoint();
    void readsNeverCarryHashes();
    void sameBatchTwiceIsAppliedOnce();
    void sameBatchTwiceAtOnceIsAppliedOnce();
    void killedBetweenCommitAndResponseThenRetried();
    void mixedBatchAppliesEachOpAlone();
    void badRequestsChangeNothing_data();
    void badRequestsChangeNothing();
    void twoServersOverOneDatabase();
    void bootstrapPagesEveryRowOnce();
    void bootstrapRangesSplitEveryTable();
    void largeRepliesAreGzipNeverBrotli();
    void scatteredUsersCarryTheirExtras();
    void feedNeverSkipsALateCommit();
    void commitReachesALongPollingClient();
    void cursorOfAnotherEpochAsksForResync();
    void activityComesOnDemand();
    void postgresRestartedClientsRecover();
    void twoServersSendEachNotificationOnce();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };
    std::unique_ptr<httplib::SSLClient> client(int port) const;
    Reply post(int port, const QString &path, const QByteArray &body, const QString &token = {},
               const char *type = "application/json");
    Reply get(int port, const QString &path, const QString &token = {});
    QString signIn(const QString &name, const QString &password, QJsonObject *session = nullptr);
    QByteArray topUpBatch(const QString &op, int amount) const;
    qint64 scalar(const QString &sql);
    QString userGid(int offset = 0);

    QTemporaryDir m_dir;
    test::TestCertificates m_certificates;
    QString m_url;
    QSqlDatabase m_db;
    std::unique_ptr<test::ServerProcess> m_server;
    static constexpr const char *AdminPassword = "admin password 1";
    static constexpr const char *SupportPassword = "support password 1";
};

void TestServer::initTestCase()
{
    m_certificates = test::makeCertificates(m_dir.path());
    QVERIFY2(m_certificates.failure.isEmpty(), qPrintable(m_certificates.failure));
    test::demoSchool(300);
}

void TestServer::init()
{
    test::PgCluster &cluster = test::PgCluster::shared();
    ROLLBOOK_REQUIRE_POSTGRES(cluster);
    QVERIFY(cluster.createDatabase(QStringLiteral("served")).ok());
    m_url = cluster.url(QStringLiteral("served"));
    auto db = PgStore::connect(m_url, QStringLiteral("check"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = *db;
    QVERIFY(PgStore::init(m_db).ok());
    QVERIFY(PgStore::load(m_db, test::demoSchool(300)).ok());
    QVERIFY(
        ServerOperators::add(m_db, QStringLiteral("Dana"), QStringLiteral("admin"), QLatin1String(AdminPassword)).ok());
    QVERIFY(ServerOperators::add(m_db, QStringLiteral("Sam"), QStringLiteral("support"), QLatin1String(SupportPassword))
                .ok());
    m_server = std::make_unique<test::ServerProcess>(m_url, m_certificates);
    QVERIFY2(m_server->failure().isEmpty(), qPrintable(m_server->failure()));
}

void TestServer::cleanup()
{
    m_server.reset();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

/// A bootstrap page's rows as objects: they travel as arrays under the page's column names.
QList<QJsonObject> pageRows(const QJsonObject &page)
{
    const QJsonArray columns = page.value(QStringLiteral("columns")).toArray();
    QList<QJsonObject> rows;
    for (const QJsonValue values : page.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray row = values.toArray();
        if (row.size() != columns.size())
            return {};
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(columns[i].toString(), row[i]);
        rows.append(object);
    }
    return rows;
}

std::unique_ptr<httplib::SSLClient> TestServer::client(int port) const
{
    auto connection = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
    connection->set_ca_cert_path(m_certificates.caCertificate.toLocal8Bit().constData());
    connection->enable_server_certificate_verification(true);
    connection->set_connection_timeout(10, 0);
    connection->set_read_timeout(60, 0);
    return connection;
}

TestServer::Reply TestServer::post(int port, const QString &path, const QByteArray &body, const QString &token,
                                   const char *type)
{
    auto connection = client(port);
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    const auto result
        = connection->Post(path.toStdString().c_str(), headers, body.constData(), size_t(body.size()), type);
    if (!result)
        return {};
    return {result->status, QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object()};
}

TestServer::Reply TestServer::get(int port, const QString &path, const QString &token)
{
    auto connection = client(port);
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    const auto result = connection->Get(path.toStdString().c_str(), headers);
    if (!result)
        return {};
    return {result->status, QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object()};
}

QString TestServer::signIn(const QString &name, const QString &password, QJsonObject *session)
{
    const Reply reply = post(m_server->port(), QStringLiteral("/v1/sign-in"),
                             QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                       {QStringLiteral("password"), password},
                                                       {QStringLiteral("device"), QStringLiteral("test laptop")}})
                                 .toJson());
    if (session)
        *session = reply.body;
    return reply.status == 200 ? reply.body.value(QStringLiteral("access_token")).toString() : QString();
}

QString TestServer::userGid(int offset)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT gid FROM users ORDER BY id OFFSET %1 LIMIT 1").arg(offset)) || !query.next())
        qFatal("no user");
    return uuidText(query.value(0).toByteArray());
}

QJsonObject topUp(const QString &op, const QString &user, int amount)
{
    return {{QStringLiteral("op"), op},
            {QStringLiteral("action"), QStringLiteral("top_up")},
            {QStringLiteral("args"),
             QJsonObject{{QStringLiteral("user"), user},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("currency"), QStringLiteral("USD")},
                         {QStringLiteral("reason"), QStringLiteral("complimentary")},
                         {QStringLiteral("note"), QStringLiteral("test")}}},
            {QStringLiteral("client_time"), 1'800'000'000'000LL}};
}

QByteArray batchOf(const QJsonArray &commands)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("commands"), commands}}).toJson();
}

QByteArray TestServer::topUpBatch(const QString &op, int amount) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT gid FROM users ORDER BY id LIMIT 1")) || !query.next())
        qFatal("no user");
    return batchOf({topUp(op, uuidText(query.value(0).toByteArray()), amount)});
}

qint64 TestServer::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestServer::healthOverTlsAndUnknownCertificateRefused()
{
    const Reply health = get(m_server->port(), QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.body.value(QStringLiteral("epoch")).toString().isEmpty());
    // A client that does not know the test's CA refuses the server.
    httplib::SSLClient stranger("127.0.0.1", m_server->port());
    stranger.enable_server_certificate_verification(true);
    stranger.set_ca_cert_path("/nonexistent-ca.pem");
    const auto refused = stranger.Get("/health");
    QVERIFY(!refused);
    QVERIFY(stranger.get_openssl_verify_result() != X509_V_OK || refused.error() != httplib::Error::Success);
}

void TestServer::signInRefreshAndSignOut()
{
    QJsonObject session;
    const QString access = signIn(QStringLiteral("dana"), QLatin1String(AdminPassword), &session);
    QVERIFY2(!access.isEmpty(), QJsonDocument(session).toJson().constData());
    QCOMPARE(session.value(QStringLiteral("operator")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=5"), access).status, 200);
    const Reply refreshed = post(
        m_server->port(), QStringLiteral("/v1/refresh"),
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), session.value(QStringLiteral("refresh_token"))}})
            .toJson());
    QVERIFY2(refreshed.status == 200, QJsonDocument(refreshed.body).toJson().constData());
    const QString newAccess = refreshed.body.value(QStringLiteral("access_token")).toString();
    QVERIFY(newAccess != access);
    QVERIFY(refreshed.body.value(QStringLiteral("refresh_token")) != session.value(QStringLiteral("refresh_token")));
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=5"), access).status, 401); // rotated away
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=5"), newAccess).status, 200);
    QCOMPARE(post(m_server->port(), QStringLiteral("/v1/sign-out"), {}, newAccess).status, 204);
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=5"), newAccess).status, 401);
    const Reply revoked = post(m_server->port(), QStringLiteral("/v1/refresh"),
                               QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"),
                                                          refreshed.body.value(QStringLiteral("refresh_token"))}})
                                   .toJson());
    QCOMPARE(revoked.status, 401);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL")), 0);
}

void TestServer::reusedRefreshTokenRevokesTheFamily()
{
    QJsonObject session;
    QVERIFY(!signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword), &session).isEmpty());
    const QByteArray old
        = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), session.value(QStringLiteral("refresh_token"))}})
              .toJson();
    const Reply first = post(m_server->port(), QStringLiteral("/v1/refresh"), old);
    QCOMPARE(first.status, 200);
    // The old token again, as a thief holding a copy would send it: the whole family ends.
    QCOMPARE(post(m_server->port(), QStringLiteral("/v1/refresh"), old).status, 401);
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users"),
                 first.body.value(QStringLiteral("access_token")).toString())
                 .status,
             401);
    const Reply next = post(
        m_server->port(), QStringLiteral("/v1/refresh"),
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), first.body.value(QStringLiteral("refresh_token"))}})
            .toJson());
    QCOMPARE(next.status, 401);
}

void TestServer::expiredRefreshTokenIsRefused()
{
    QJsonObject session;
    QVERIFY(!signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword), &session).isEmpty());
    scalar(
        QStringLiteral("WITH old AS (UPDATE refresh_tokens SET expires_at = 1 RETURNING 1) SELECT count(*) FROM old"));
    const Reply expired = post(
        m_server->port(), QStringLiteral("/v1/refresh"),
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), session.value(QStringLiteral("refresh_token"))}})
            .toJson());
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.body.value(QStringLiteral("kind")).toString(), QStringLiteral("forbidden"));
}

void TestServer::failedSignInsAreThrottledAndAudited()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(signIn(QStringLiteral("Dana"), QStringLiteral("wrong password %1").arg(i)).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'")), 5);
    // Now even the right password waits.
    QJsonObject session;
    QVERIFY(signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword), &session).isEmpty());
    QVERIFY2(session.value(QStringLiteral("error")).toString().contains(u"Too many"),
             QJsonDocument(session).toJson().constData());
    // Another operator is not held up.
    QVERIFY(!signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword)).isEmpty());
}

void TestServer::rolesAreEnforcedOnEveryEndpoint()
{
    const QString admin = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const QString support = signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword));
    QVERIFY(!admin.isEmpty() && !support.isEmpty());
    // Reads are for both roles; without a token, for nobody.
    for (const QString &token : {admin, support}) {
        QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=2"), token).status, 200);
        QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap"), token).status, 200);
    }
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=2")).status, 401);
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap")).status, 401);
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=2"), QStringLiteral("forged")).status,
             401);
    QCOMPARE(post(m_server->port(), QStringLiteral("/v1/commands"), "{\"commands\":[]}").status, 401);
    QCOMPARE(post(m_server->port(), QStringLiteral("/v1/sign-out"), {}).status, 401);
    const QStringList supportMay{QStringLiteral("reply_ticket"), QStringLiteral("set_ticket_status"),
                                 QStringLiteral("send_message"), QStringLiteral("send_reset_link"),
                                 QStringLiteral("resend_notification")};
    const QStringList actions = CommandReplay::actionKeys();
    QJsonArray commands;
    for (const QString &action : actions) {
        // Arguments that name nothing: the role check comes first.
        commands.append(QJsonObject{{QStringLiteral("op"), uuidText(newUuidV7())},
                                    {QStringLiteral("action"), action},
                                    {QStringLiteral("args"), QJsonObject{}},
                                    {QStringLiteral("client_time"), 1'800'000'000'000LL}});
    }
    for (const QString &role : {QStringLiteral("admin"), QStringLiteral("support")}) {
        QJsonArray fresh;
        for (const QJsonValue command : std::as_const(commands)) {
            QJsonObject again = command.toObject();
            again.insert(QStringLiteral("op"), uuidText(newUuidV7()));
            fresh.append(again);
        }
        const Reply reply = post(m_server->port(), QStringLiteral("/v1/commands"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("commands"), fresh}}).toJson(),
                                 role == u"admin" ? admin : support);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), actions.size());
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            const bool allowed = role == u"admin" || supportMay.contains(actions[i]);
            QVERIFY2((result.value(QStringLiteral("kind")).toString() == u"forbidden") != allowed,
                     qPrintable(role + u' ' + actions[i] + u' ' + QString::fromUtf8(QJsonDocument(result).toJson())));
            QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        }
    }
}

void TestServer::readsNeverCarryHashes()
{
    QSqlQuery hash(m_db);
    QVERIFY(hash.exec(QStringLiteral("UPDATE users SET password_hash = '$argon2id$v=19$secret' WHERE id <= 10")));
    for (const QString &token : {signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword)),
                                 signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword))}) {
        auto connection = client(m_server->port());
        const auto page = connection->Get("/v1/bootstrap/users?limit=50",
                                          httplib::Headers{{"Authorization", "Bearer " + token.toStdString()}});
        QVERIFY(page && page->status == 200);
        QVERIFY(page->body.find("argon2") == std::string::npos);
        QVERIFY(page->body.find("password") == std::string::npos);
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(page->body))
                     .object()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .size(),
                 50);
    }
}

void TestServer::sameBatchTwiceIsAppliedOnce()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const qint64 ledger = scalar(QStringLiteral("SELECT count(*) FROM credit_ledger"));
    const QByteArray batch = topUpBatch(uuidText(newUuidV7()), 500);
    const Reply first = post(m_server->port(), QStringLiteral("/v1/commands"), batch, token);
    const Reply second = post(m_server->port(), QStringLiteral("/v1/commands"), batch, token);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.body, first.body);
    const QJsonObject result = first.body.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")), QJsonValue(QStringLiteral("applied")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 1);
    // The new version of the user it changed comes back.
    QCOMPARE(result.value(QStringLiteral("versions")).toObject().value(userGid(0)).toInteger(),
             scalar(QStringLiteral("SELECT row_version FROM users ORDER BY id LIMIT 1")));
}

void TestServer::sameBatchTwiceAtOnceIsAppliedOnce()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const qint64 ledger = scalar(QStringLiteral("SELECT count(*) FROM credit_ledger"));
    const QStringList users{userGid(0), userGid(1), userGid(2)};
    for (int round = 0; round < 5; ++round) {
        // Three ops, which the server runs as one group: both requests cannot both apply it.
        QJsonArray commands;
        for (const QString &user : users)
            commands.append(topUp(uuidText(newUuidV7()), user, 100 + round));
        const QByteArray batch = batchOf(commands);
        std::string bodies[2];
        const int port = m_server->port();
        const std::string ca = m_certificates.caCertificate.toStdString();
        const auto send = [&](int i) {
            httplib::SSLClient connection("127.0.0.1", port);
            connection.set_ca_cert_path(ca.c_str());
            connection.enable_server_certificate_verification(true);
            const auto result = connection.Post("/v1/commands", {{"Authorization", "Bearer " + token.toStdString()}},
                                                batch.toStdString(), "application/json");
            if (result)
                bodies[i] = result->body;
        };
        std::thread a(send, 0);
        std::thread b(send, 1);
        a.join();
        b.join();
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(bodies[0])),
                 QJsonDocument::fromJson(QByteArray::fromStdString(bodies[1])));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 15);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE credit_balance <> (SELECT coalesce(sum(amount), "
                                   "0) FROM credit_ledger l WHERE l.user_id = u.id)")),
             0);
}

void TestServer::killedBetweenCommitAndResponseThenRetried()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    m_server.reset();
    m_server = std::make_unique<test::ServerProcess>(m_url, m_certificates,
                                                     QStringList{QStringLiteral("ROLLBOOKD_TEST_DIE_AFTER_COMMIT=1")});
    QVERIFY(m_server->failure().isEmpty());
    const qint64 ledger = scalar(QStringLiteral("SELECT count(*) FROM credit_ledger"));
    const QByteArray batch
        = batchOf({topUp(uuidText(newUuidV7()), userGid(0), 700), topUp(uuidText(newUuidV7()), userGid(1), 701)});
    const Reply lost = post(m_server->port(), QStringLiteral("/v1/commands"), batch, token);
    QCOMPARE(lost.status, 0); // no response: the server died after its commit
    QVERIFY(m_server->waitForExit());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 2);
    m_server = std::make_unique<test::ServerProcess>(m_url, m_certificates);
    QVERIFY(m_server->failure().isEmpty());
    const Reply retried = post(m_server->port(), QStringLiteral("/v1/commands"), batch, token);
    QCOMPARE(retried.status, 200);
    const QJsonArray results = retried.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue result : results)
        QCOMPARE(result.toObject().value(QStringLiteral("status")), QJsonValue(QStringLiteral("applied")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 2);
}

void TestServer::mixedBatchAppliesEachOpAlone()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const qint64 ledger = scalar(QStringLiteral("SELECT count(*) FROM credit_ledger"));
    const auto balance = [this](int offset) {
        return scalar(QStringLiteral("SELECT credit_balance FROM users ORDER BY id OFFSET %1 LIMIT 1").arg(offset));
    };
    const qint64 before[] = {balance(0), balance(1), balance(2), balance(3)};
    const qint64 audited = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'top_up'"));
    const QString twice = uuidText(newUuidV7());
    const QJsonArray commands{topUp(twice, userGid(0), 101),
                              topUp(uuidText(newUuidV7()), userGid(1), 0), // no amount: refused
                              topUp(uuidText(newUuidV7()), userGid(1), 102),
                              topUp(twice, userGid(0), 101), // the same op again, in the same batch
                              topUp(uuidText(newUuidV7()), uuidText(newUuidV7()), 5), // nobody
                              topUp(uuidText(newUuidV7()), userGid(2), 103),
                              topUp(uuidText(newUuidV7()), userGid(3), 104)};
    const Reply reply = post(m_server->port(), QStringLiteral("/v1/commands"), batchOf(commands), token);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), commands.size());
    QStringList statuses;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        QCOMPARE(result.value(QStringLiteral("op")), commands[i].toObject().value(QStringLiteral("op")));
        statuses.append(result.value(QStringLiteral("status")).toString());
    }
    QCOMPARE(statuses,
             (QStringList{QStringLiteral("applied"), QStringLiteral("rejected"), QStringLiteral("applied"),
                          QStringLiteral("applied"), QStringLiteral("rejected"), QStringLiteral("applied"),
                          QStringLiteral("applied")}));
    QCOMPARE(results[1].toObject().value(QStringLiteral("kind")), QJsonValue(QStringLiteral("validation")));
    QCOMPARE(results[4].toObject().value(QStringLiteral("kind")), QJsonValue(QStringLiteral("not_found")));
    QCOMPARE(results[3].toObject().value(QStringLiteral("versions")),
             results[0].toObject().value(QStringLiteral("versions")));
    // Each op that applied did so once, and the refused ones left nothing behind.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 4);
    QCOMPARE(balance(0), before[0] + 101);
    QCOMPARE(balance(1), before[1] + 102);
    QCOMPARE(balance(2), before[2] + 103);
    QCOMPARE(balance(3), before[3] + 104);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands")), commands.size() - 1);
    // Sent again, every op answers as it did.
    const Reply again = post(m_server->port(), QStringLiteral("/v1/commands"), batchOf(commands), token);
    QCOMPARE(again.body, reply.body);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'top_up'")), audited + 4);

    // A group that applies whole writes its ops' audit rows and own rows together at the end
    // (85 = 64 + 16 + 4 + 1 rows a statement): each one there once, with its op's values.
    QJsonArray many;
    for (int i = 0; i < 85; ++i)
        many.append(topUp(uuidText(newUuidV7()), userGid(4), i + 1));
    const qint64 fifth = balance(4);
    const Reply group = post(m_server->port(), QStringLiteral("/v1/commands"), batchOf(many), token);
    QCOMPARE(group.status, 200);
    for (const QJsonValue result : group.body.value(QStringLiteral("results")).toArray())
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(balance(4), fifth + 85 * 86 / 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'top_up'")), audited + 4 + 85);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT after_json) FROM audit_log WHERE action = 'top_up' AND "
                                   "target_gid = (SELECT gid FROM users ORDER BY id OFFSET 4 LIMIT 1)")),
             85);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands")), commands.size() - 1 + 85);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 4 + 85);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(amount) FROM credit_ledger WHERE note = 'test' AND user_id = "
                                   "(SELECT id FROM users ORDER BY id OFFSET 4 LIMIT 1)")),
             85 * 86 / 2);

    // A ledger row waits for the group's end, and a later op deletes its user: the group's write
    // fails, and the ops run again in order, each applied once.
    const QString doomed = userGid(5);
    const QString kept = userGid(6);
    const qint64 seventh = balance(6);
    const qint64 users = scalar(QStringLiteral("SELECT count(*) FROM users"));
    const QJsonArray late{topUp(uuidText(newUuidV7()), doomed, 7),
                          QJsonObject{{QStringLiteral("op"), uuidText(newUuidV7())},
                                      {QStringLiteral("action"), QStringLiteral("delete_user")},
                                      {QStringLiteral("args"), QJsonObject{{QStringLiteral("user"), doomed}}},
                                      {QStringLiteral("client_time"), 1'800'000'000'000LL}},
                          topUp(uuidText(newUuidV7()), kept, 8)};
    const Reply deleted = post(m_server->port(), QStringLiteral("/v1/commands"), batchOf(late), token);
    QCOMPARE(deleted.status, 200);
    for (const QJsonValue result : deleted.body.value(QStringLiteral("results")).toArray())
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), users - 1);
    QCOMPARE(balance(5), seventh + 8); // the seventh user is the sixth now
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'top_up'")), audited + 4 + 85 + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands")), commands.size() - 1 + 85 + 3);
}

void TestServer::badRequestsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::newRow("oversized body") << QByteArray(9 * 1024 * 1024, 'x') << QByteArray("application/json") << 413;
    QTest::newRow("malformed JSON") << QByteArray("{\"commands\": [") << QByteArray("application/json") << 400;
    QTest::newRow("wrong content type") << QByteArray("{\"commands\": []}") << QByteArray("text/plain") << 415;
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << QByteArray("application/json") << 400;
    QTest::newRow("commands not a list") << QByteArray("{\"commands\": \"DROP TABLE users\"}")
                                         << QByteArray("application/json") << 400;
    const QByteArray huge = "{\"commands\":[{\"op\":\"0190a1b2-0000-7000-8000-000000000009\",\"action\":\"suspend\","
                            "\"args\":{\"reason\":\""
        + QByteArray(7 * 1024 * 1024, 'a') + "\"},\"client_time\":1}]}";
    QTest::newRow("7 MB string") << huge << QByteArray("application/json") << 400;
}

void TestServer::badRequestsChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) + coalesce(sum(row_version), 0) FROM users"));
    const Reply reply = post(m_server->port(), QStringLiteral("/v1/commands"), body, token, type.constData());
    QCOMPARE(reply.status, status);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) + coalesce(sum(row_version), 0) FROM users")), before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commands")), 0);
    // Injection-shaped text in every field of a sign-in is only a wrong name.
    const Reply injected
        = post(m_server->port(), QStringLiteral("/v1/sign-in"),
               "{\"name\":\"x' OR '1'='1\",\"password\":\"'; DROP TABLE users; --\",\"device\":\"\\u0000\"}");
    QCOMPARE(injected.status, 401);
    QCOMPARE(get(m_server->port(), QStringLiteral("/health")).status, 200);
}

void TestServer::twoServersOverOneDatabase()
{
    test::ServerProcess second(m_url, m_certificates);
    QVERIFY(second.failure().isEmpty());
    const QString admin = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    // A token issued by one process works on the other: they keep no state of their own.
    QCOMPARE(get(second.port(), QStringLiteral("/v1/bootstrap/users?limit=1"), admin).status, 200);
    const QString user = userGid(3);
    const auto edit = [&](int port, const char *field, const char *value) {
        const QJsonObject command{{QStringLiteral("op"), uuidText(newUuidV7())},
                                  {QStringLiteral("action"), QStringLiteral("edit")},
                                  {QStringLiteral("args"),
                                   QJsonObject{{QStringLiteral("user"), user},
                                               {QStringLiteral("field"), QLatin1String(field)},
                                               {QStringLiteral("value"), QLatin1String(value)}}},
                                  {QStringLiteral("client_time"), 1'800'000'000'000LL}};
        return post(port, QStringLiteral("/v1/commands"),
                    QJsonDocument(QJsonObject{{QStringLiteral("commands"), QJsonArray{command}}}).toJson(), admin);
    };
    QCOMPARE(edit(m_server->port(), "company", "Through One").status, 200);
    QCOMPARE(edit(second.port(), "industry", "Through Two").status, 200);
    const auto read = [&](int port) {
        const Reply page = get(port, QStringLiteral("/v1/bootstrap/users?limit=5000"), admin);
        for (const QJsonObject &row : pageRows(page.body)) {
            if (row.value(QStringLiteral("gid")).toString() == user)
                return row;
        }
        return QJsonObject{};
    };
    const QJsonObject one = read(m_server->port());
    QCOMPARE(one, read(second.port()));
    QCOMPARE(one.value(QStringLiteral("company")).toString(), QStringLiteral("Through One"));
    QCOMPARE(one.value(QStringLiteral("industry")).toString(), QStringLiteral("Through Two"));
}

void TestServer::bootstrapPagesEveryRowOnce()
{
    const QString token = signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword));
    QSet<QString> gids;
    QString after;
    int pages = 0;
    do {
        const Reply page = get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=64&after=") + after, token);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.value(QStringLiteral("cursor")).toString().isEmpty());
        const QList<QJsonObject> rows = pageRows(page.body);
        QCOMPARE(rows.size(), page.body.value(QStringLiteral("rows")).toArray().size());
        for (const QJsonObject &row : rows) {
            QVERIFY(!gids.contains(row.value(QStringLiteral("gid")).toString()));
            gids.insert(row.value(QStringLiteral("gid")).toString());
            QVERIFY(!row.contains(QStringLiteral("id")));
        }
        after = page.body.value(QStringLiteral("next")).toString();
        ++pages;
    } while (!after.isEmpty() && pages < 100);
    QCOMPARE(gids.size(), 300);
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/login_tokens"), token).status, 404);
    const Reply enrollments = get(m_server->port(), QStringLiteral("/v1/bootstrap/enrollments?limit=1"), token);
    QCOMPARE(enrollments.status, 200);
    const QJsonObject enrollment = pageRows(enrollments.body).value(0);
    QVERIFY(!uuidFromText(enrollment.value(QStringLiteral("user")).toString()).isEmpty());
    QVERIFY(!enrollment.contains(QStringLiteral("user_id")));
}

void TestServer::bootstrapRangesSplitEveryTable()
{
    const QString token = signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword));
    const Reply index = get(m_server->port(), QStringLiteral("/v1/bootstrap?range_rows=40"), token);
    QCOMPARE(index.status, 200);
    QVERIFY(!index.body.value(QStringLiteral("cursor")).toString().isEmpty());
    QStringList names;
    for (const QJsonValue table : index.body.value(QStringLiteral("tables")).toArray())
        names.append(table[QStringLiteral("name")].toString());
    QCOMPARE(names, SyncedTables::names());
    // Users in ranges of about 40, each range on its own as a second connection would page it:
    // together they give every user once, each inside its range.
    const QJsonObject users
        = index.body.value(QStringLiteral("tables")).toArray().at(names.indexOf(u"users")).toObject();
    QCOMPARE(users.value(QStringLiteral("rows")).toInteger(), scalar(QStringLiteral("SELECT count(*) FROM users")));
    const QJsonArray ranges = users.value(QStringLiteral("ranges")).toArray();
    QVERIFY2(ranges.size() >= 5, QJsonDocument(users).toJson().constData());
    QVERIFY(ranges.first()[QStringLiteral("after")].isNull());
    QVERIFY(ranges.last()[QStringLiteral("through")].isNull());
    QSet<QString> gids;
    for (const QJsonValue range : ranges) {
        const QString after = range[QStringLiteral("after")].toString();
        const QString through = range[QStringLiteral("through")].toString();
        QString from = after;
        int inRange = 0;
        do {
            QString path = QStringLiteral("/v1/bootstrap/users?limit=16&after=") + from;
            if (!through.isEmpty())
                path += QStringLiteral("&through=") + through;
            const Reply page = get(m_server->port(), path, token);
            QCOMPARE(page.status, 200);
            for (const QJsonObject &row : pageRows(page.body)) {
                const QString gid = row.value(QStringLiteral("gid")).toString();
                QVERIFY(!gids.contains(gid));
                QVERIFY(after.isEmpty() || uuidFromText(gid) > uuidFromText(after));
                QVERIFY(through.isEmpty() || uuidFromText(gid) <= uuidFromText(through));
                gids.insert(gid);
                ++inRange;
            }
            from = page.body.value(QStringLiteral("next")).toString();
        } while (!from.isEmpty() && inRange < 1000);
        QVERIFY2(inRange > 0 && inRange < 100, qPrintable(QString::number(inRange)));
    }
    QCOMPARE(gids.size(), 300);
    // A table too small to split is one range; a bound that is not a gid is refused.
    const QJsonObject operators = index.body.value(QStringLiteral("tables")).toArray().first().toObject();
    QCOMPARE(operators.value(QStringLiteral("ranges")).toArray().size(), 1);
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/users?through=users"), token).status, 400);
}

void TestServer::largeRepliesAreGzipNeverBrotli()
{
    const QString token = signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword));
    const auto fetch = [&](const char *encoding, bool decompress) {
        auto connection = client(m_server->port());
        connection->set_decompress(decompress);
        httplib::Headers headers{{"Authorization", "Bearer " + token.toStdString()}};
        if (encoding)
            headers.emplace("Accept-Encoding", encoding);
        return connection->Get("/v1/bootstrap/users?limit=300", headers);
    };
    const auto plain = fetch("identity", false);
    QVERIFY(plain && plain->status == 200);
    QVERIFY(!plain->has_header("Content-Encoding"));
    const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(plain->body)).object();
    const QList<QJsonObject> rows = pageRows(page);
    QCOMPARE(rows.size(), 300);

    // gzip when asked, a fraction of the size.
    const auto packed = fetch("gzip", false);
    QVERIFY(packed && packed->status == 200);
    QCOMPARE(packed->get_header_value("Content-Encoding"), std::string("gzip"));
    QVERIFY(packed->body.size() > 2 && packed->body.substr(0, 2) == "\x1f\x8b");
    QVERIFY(packed->body.size() * 2 < plain->body.size());
    // A client that takes br as well gets gzip (brotli at cpp-httplib's quality takes seconds a page),
    // and one that takes only br gets the plain text.
    const auto any = fetch(nullptr, true);
    QVERIFY(any && any->status == 200);
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(any->body)).object(), page);
    const auto onlyBrotli = fetch("br", false);
    QVERIFY(onlyBrotli && onlyBrotli->status == 200);
    QVERIFY(!onlyBrotli->has_header("Content-Encoding"));
    QCOMPARE(onlyBrotli->body, plain->body);
    QVERIFY(!fetch("gzip;q=0", false)->has_header("Content-Encoding"));

    // The rows as a client keeps them: custom values by key, lists by gid, no local ids.
    int withCustom = 0;
    for (const QJsonObject &row : rows) {
        QVERIFY(!row.contains(u"id") && !row.contains(u"password_hash"));
        QVERIFY(!uuidFromText(row.value(u"gid").toString()).isEmpty());
        const QJsonObject custom = row.value(u"custom").toObject();
        for (const QJsonValue field : custom)
            QVERIFY(field.isString());
        withCustom += custom.isEmpty() ? 0 : 1;
        for (const QJsonValue list : row.value(u"lists").toArray())
            QVERIFY(!uuidFromText(list.toString()).isEmpty());
    }
    QVERIFY(withCustom > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM custom_values v JOIN users u ON u.id = "
                                   "v.user_id WHERE u.gid IN (SELECT gid FROM users ORDER BY gid LIMIT 300)")),
             qint64(withCustom));
}

void TestServer::scatteredUsersCarryTheirExtras()
{
    // A page reads the custom values and lists of users close together as one range of ids; the
    // feed's few rows, far apart, by one lookup each. Both give the same.
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const Reply page = get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=300"), token);
    QCOMPARE(page.status, 200);
    QHash<QString, QJsonObject> paged;
    for (const QJsonObject &row : pageRows(page.body))
        paged.insert(row.value(u"gid").toString(), row);
    const qint64 first = scalar(QStringLiteral(
        "SELECT min(user_id) FROM custom_values WHERE user_id IN (SELECT user_id FROM mailing_list_members)"));
    const qint64 last = scalar(QStringLiteral(
        "SELECT max(user_id) FROM custom_values WHERE user_id IN (SELECT user_id FROM mailing_list_members)"));
    QVERIFY(last - first > 50);
    QSqlQuery touch(m_db);
    QVERIFY(touch.exec(QStringLiteral("UPDATE users SET company = 'Scattered', row_version = row_version + 1 WHERE "
                                      "id IN (%1, %2)")
                           .arg(first)
                           .arg(last)));
    const Reply changes
        = get(m_server->port(), QStringLiteral("/v1/changes?cursor=") + page.body.value(u"cursor").toString(), token);
    QCOMPARE(changes.status, 200);
    int seen = 0;
    for (const QJsonValue change : changes.body.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject row = change.toObject().value(QStringLiteral("row")).toObject();
        if (row.value(u"company").toString() != u"Scattered")
            continue;
        const QJsonObject before = paged.value(row.value(u"gid").toString());
        QVERIFY(!row.value(u"custom").toObject().isEmpty());
        QVERIFY(!row.value(u"lists").toArray().isEmpty());
        QCOMPARE(row.value(u"custom"), before.value(u"custom"));
        QCOMPARE(row.value(u"lists"), before.value(u"lists"));
        ++seen;
    }
    QCOMPARE(seen, 2);
}

void TestServer::feedNeverSkipsALateCommit()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const QString start = get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=1"), token)
                              .body.value(QStringLiteral("cursor"))
                              .toString();
    // Two writers on connections of their own: T1 begins first and commits last.
    auto first = PgStore::connect(m_url, QStringLiteral("t1"));
    auto second = PgStore::connect(m_url, QStringLiteral("t2"));
    QVERIFY(first.ok() && second.ok());
    QSqlQuery t1(*first);
    QSqlQuery t2(*second);
    QVERIFY(t1.exec(QStringLiteral("BEGIN")));
    QVERIFY(t1.exec(QStringLiteral("UPDATE users SET company = 'T1', row_version = row_version + 1 WHERE id = 1")));
    QVERIFY(t2.exec(QStringLiteral("BEGIN")));
    QVERIFY(t2.exec(QStringLiteral("UPDATE users SET company = 'T2', row_version = row_version + 1 WHERE id = 2")));
    QVERIFY(t2.exec(QStringLiteral("COMMIT")));
    QSet<QString> delivered;
    const auto read = [&](const QString &cursor) {
        const Reply page = get(m_server->port(), QStringLiteral("/v1/changes?cursor=") + cursor, token);
        for (const QJsonValue change : page.body.value(QStringLiteral("changes")).toArray())
            delivered.insert(
                change.toObject().value(QStringLiteral("row")).toObject().value(QStringLiteral("company")).toString());
        return page.body.value(QStringLiteral("cursor")).toString();
    };
    const QString middle = read(start);
    // T2 committed, but T1 (older) is still open: the feed holds T2 back rather than move past T1.
    QVERIFY(!delivered.contains(QStringLiteral("T1")));
    QVERIFY(!delivered.contains(QStringLiteral("T2")));
    QVERIFY(t1.exec(QStringLiteral("COMMIT")));
    const QString end = read(middle);
    QVERIFY2(delivered.contains(QStringLiteral("T1")), qPrintable(QStringList(delivered.values()).join(u',')));
    QVERIFY(delivered.contains(QStringLiteral("T2")));
    QVERIFY(end != start);
    t1 = QSqlQuery();
    t2 = QSqlQuery();
    *first = QSqlDatabase();
    *second = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("t1"));
    QSqlDatabase::removeDatabase(QStringLiteral("t2"));
}

void TestServer::commitReachesALongPollingClient()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const QString cursor = get(m_server->port(), QStringLiteral("/v1/bootstrap/users?limit=1"), token)
                               .body.value(QStringLiteral("cursor"))
                               .toString();
    std::string body;
    const int port = m_server->port();
    const std::string ca = m_certificates.caCertificate.toStdString();
    std::thread poller([&] {
        httplib::SSLClient connection("127.0.0.1", port);
        connection.set_ca_cert_path(ca.c_str());
        connection.enable_server_certificate_verification(true);
        connection.set_read_timeout(60, 0);
        const auto result = connection.Get(("/v1/changes?wait=20&cursor=" + cursor.toStdString()).c_str(),
                                           {{"Authorization", "Bearer " + token.toStdString()}});
        if (result)
            body = result->body;
    });
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(
        post(m_server->port(), QStringLiteral("/v1/commands"), topUpBatch(uuidText(newUuidV7()), 900), token).status,
        200);
    poller.join();
    // The poll came back with the change, long before its 20 s wait ran out.
    QVERIFY(clock.elapsed() < 15'000);
    const QJsonArray changes
        = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object().value(QStringLiteral("changes")).toArray();
    QStringList entities;
    for (const QJsonValue change : changes)
        entities.append(change.toObject().value(QStringLiteral("entity")).toString());
    QVERIFY2(entities.contains(QStringLiteral("credit_ledger")) && entities.contains(QStringLiteral("users")),
             qPrintable(entities.join(u',')));
}

void TestServer::cursorOfAnotherEpochAsksForResync()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    const Reply stale
        = get(m_server->port(), QStringLiteral("/v1/changes?cursor=00000000-0000-4000-8000-000000000000:5:1"), token);
    QCOMPARE(stale.status, 410);
    QVERIFY(stale.body.value(QStringLiteral("error")).toString().contains(u"resync"));
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/changes?cursor=garbage"), token).status, 400);
    // An epoch with text after the uuid is not an epoch (QUuid::fromString alone would take it).
    QCOMPARE(get(m_server->port(), QStringLiteral("/v1/changes?cursor=00000000-0000-4000-8000-000000000000x%2525:5:1"),
                 token)
                 .status,
             400);
}

void TestServer::activityComesOnDemand()
{
    const QString token = signIn(QStringLiteral("Sam"), QLatin1String(SupportPassword));
    const qint64 days
        = scalar(QStringLiteral("SELECT count(*) FROM activity_daily WHERE user_id = (SELECT id FROM users ORDER BY id "
                                "LIMIT 1)"));
    const Reply activity = get(m_server->port(), QStringLiteral("/v1/users/%1/activity").arg(userGid(0)), token);
    QCOMPARE(activity.status, 200);
    QCOMPARE(activity.body.value(QStringLiteral("days")).toArray().size(), days);
}

void TestServer::postgresRestartedClientsRecover()
{
    const QString token = signIn(QStringLiteral("Dana"), QLatin1String(AdminPassword));
    // Every worker holds a connection before the restart.
    for (int i = 0; i < 16; ++i)
        QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/products?limit=1"), token).status, 200);
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QVERIFY(test::PgCluster::shared().restart().ok());
    // A request may meet a broken connection once (503, retry later); then each worker reconnects.
    int busy = 0;
    for (int i = 0; i < 40; ++i) {
        const int status = get(m_server->port(), QStringLiteral("/v1/bootstrap/products?limit=1"), token).status;
        QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
        busy += status == 503;
    }
    QVERIFY(busy <= 16);
    for (int i = 0; i < 16; ++i)
        QCOMPARE(get(m_server->port(), QStringLiteral("/v1/bootstrap/products?limit=1"), token).status, 200);
    auto db = PgStore::connect(m_url, QStringLiteral("check"));
    QVERIFY(db.ok());
    m_db = *db;
    const qint64 ledger = scalar(QStringLiteral("SELECT count(*) FROM credit_ledger"));
    const Reply applied
        = post(m_server->port(), QStringLiteral("/v1/commands"), topUpBatch(uuidText(newUuidV7()), 300), token);
    QCOMPARE(applied.status, 200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")), ledger + 1);
}

void TestServer::twoServersSendEachNotificationOnce()
{
    test::SmtpServer smtp(
        {QStringLiteral("--user"), QStringLiteral("school"), QStringLiteral("--password"), QStringLiteral("right")});
    ROLLBOOK_REQUIRE_SMTP(smtp);
    test::SmsGatewayStub gateway; // the one fake: no real SMS gateway can be reached from here
    QVERIFY2(gateway.failure().isEmpty(), qPrintable(gateway.failure()));
    m_server.reset();
    for (const auto &[key, value] :
         {std::pair{StoreSettings::SmtpHost, QStringLiteral("127.0.0.1")},
          std::pair{StoreSettings::SmtpPort, QString::number(smtp.port())},
          std::pair{StoreSettings::SmtpSecurity, QStringLiteral("none")},
          std::pair{StoreSettings::SmtpUser, QStringLiteral("school")},
          std::pair{StoreSettings::MailFromAddress, QStringLiteral("school@learn.test")},
          std::pair{StoreSettings::SmsUrl, gateway.url()}, std::pair{StoreSettings::SmsUser, QStringLiteral("AC123")}})
        QVERIFY(StoreSettings::setValue(m_db, key, value).ok());
    QSqlQuery queue(m_db);
    QVERIFY2(queue.exec(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, body, status, "
                                       "created_at) SELECT decode(md5(random()::text || id), 'hex'), id, 'sms', "
                                       "'approval', 'Approved', 'queued', 0 FROM users WHERE phone IS NOT NULL "
                                       "ORDER BY id LIMIT 100")),
             qPrintable(queue.lastError().text()));
    const qint64 texts
        = scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE channel = 'sms' AND status = 'queued'"));
    QVERIFY(texts >= 100);
    QVERIFY2(queue.exec(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, "
                                       "status, created_at) SELECT decode(md5(random()::text || id), 'hex'), id, "
                                       "'email', CASE WHEN id % 50 = 0 THEN 'welcome' ELSE 'approval' END, 'Hi', "
                                       "'Hello\n{link}', 'queued', 0 FROM users ORDER BY id LIMIT 200")),
             qPrintable(queue.lastError().text()));
    const qint64 queued = scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE status = 'queued'"));
    QVERIFY(queued >= 200);
    QFile secret(m_dir.filePath(QStringLiteral("smtp-password")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("right\n");
    secret.close();
    QFile token(m_dir.filePath(QStringLiteral("sms-token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("gateway token\n");
    token.close();
    const QStringList environment{QStringLiteral("ROLLBOOK_SMTP_PASSWORD_FILE=") + secret.fileName(),
                                  QStringLiteral("ROLLBOOK_SMS_PASSWORD_FILE=") + token.fileName(),
                                  QStringLiteral("ROLLBOOK_MAIL_INTERVAL=1")};
    test::ServerProcess first(m_url, m_certificates, environment);
    test::ServerProcess second(m_url, m_certificates, environment);
    QVERIFY(first.failure().isEmpty() && second.failure().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE status = 'queued'")), 0,
                              90'000);
    QSqlQuery failures(m_db);
    QVERIFY(failures.exec(QStringLiteral("SELECT coalesce(string_agg(template || ': ' || failure, ' | '), '') FROM "
                                         "notifications WHERE status = 'failed'")));
    QVERIFY(failures.next());
    QVERIFY2(failures.value(0).toString().isEmpty(), qPrintable(failures.value(0).toString()));
    QTRY_COMPARE(smtp.messages().size(), queued - texts);
    const auto requests = gateway.requests();
    QCOMPARE(requests.size(), texts);
    QSet<QString> keys;
    for (const auto &request : requests) {
        keys.insert(request.headers.value(QStringLiteral("idempotency-key")));
        QCOMPARE(request.headers.value(QStringLiteral("authorization")),
                 QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("AC123:gateway token").toBase64()));
    }
    QCOMPARE(keys.size(), requests.size()); // each text once, from either server
    QSet<QString> ids;
    for (const QJsonObject &message : smtp.messages()) {
        ids.insert(message.value(QStringLiteral("message_id")).toString());
        // A welcome's link was issued as it went; the row keeps none.
        if (message.value(QStringLiteral("text")).toString().contains(u"token="))
            QVERIFY(message.value(QStringLiteral("text")).toString().contains(u"https://"));
    }
    QCOMPARE(ids.size(), smtp.messages().size()); // none twice, from either server
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE body LIKE '%token=%'")), 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE body LIKE '%{link}%' AND "
                                  "template = 'welcome' AND status = 'sent'"))
            > 0);
}

QTEST_GUILESS_MAIN(TestServer)
#include "test_server.moc"

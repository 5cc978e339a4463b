#include "actions/links.h"
#include "actions/useractions.h"
#include "certificates.h"
#include "database.h"
#include "notify/delivery.h"
#include "notify/smtpclient.h"
#include "settings.h"
#include "smtpserver.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace rollbook;

/// Queued notifications reach a real SMTP server on loopback (aiosmtpd, over STARTTLS or TLS with
/// a certificate the test makes): as valid MIME with a working link, each at most once, retried
/// when the server says "later" and failed at once when it says "never".
class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void welcomeResetApprovalAndSuspensionArrive();
    void implicitTlsAndUntrustedCertificate();
    void laterIsRetriedAndSentOnce();
    void refusedRecipientFailsAtOnce();
    void droppedAtDataIsRetriedWithoutDuplicate();
    void droppedAfterTheMessageIsNotSentAgain();
    void killedSenderSendsEachAtMostOnce();
    void retriesWaitLongerUpToSixHours();
    void plainSmtpOnlyOnThisMachine();

private:
    std::int64_t addUser(const QString &first, const QString &email, UserStatus status = UserStatus::Active);
    SmtpSettings settingsFor(const test::SmtpServer &server) const;
    Result<Delivery::Report> send(const SmtpSettings &settings, int limit = 100);
    QString column(std::int64_t userId, const QString &name);

    test::TestCertificates m_certificates;
    QTemporaryDir m_certificateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    ActionContext m_context;
    std::int64_t m_now = 1'800'000'000'000;
};

void TestDelivery::initTestCase()
{
    m_certificates = test::makeCertificates(m_certificateDir.path());
    QVERIFY2(m_certificates.failure.isEmpty(), qPrintable(m_certificates.failure));
}

void TestDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context.db = test::createStore(m_dir->filePath(QStringLiteral("d.rollbook")), QStringLiteral("delivery"));
    m_context.actor = {0, QStringLiteral("Dana")};
    m_now = 1'800'000'000'000;
    m_context.clock = [this] { return m_now; };
    for (const auto &[key, value] :
         {std::pair{StoreSettings::BaseUrl, QStringLiteral("https://learn.example.com")},
          std::pair{StoreSettings::SchoolName, QStringLiteral("Escola São Tomé")},
          std::pair{StoreSettings::SupportEmail, QStringLiteral("help@learn.example.com")},
          std::pair{StoreSettings::MailFromAddress, QStringLiteral("school@learn.example.com")}})
        QVERIFY(StoreSettings::setValue(m_context.db, key, value).ok());
}

void TestDelivery::cleanup()
{
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("delivery"));
    m_dir.reset();
}

std::int64_t TestDelivery::addUser(const QString &first, const QString &email, UserStatus status)
{
    return test::addUser(m_context.db, first, QStringLiteral("Lima"), email, {}, {}, static_cast<int>(status));
}

SmtpSettings TestDelivery::settingsFor(const test::SmtpServer &server) const
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = SmtpSettings::Security::StartTls;
    settings.user = QStringLiteral("school");
    settings.password = QStringLiteral("mail password");
    settings.fromName = QStringLiteral("Escola São Tomé");
    settings.fromAddress = QStringLiteral("school@learn.example.com");
    settings.caFile = m_certificates.caCertificate;
    settings.timeoutSeconds = 10;
    return settings;
}

Result<Delivery::Report> TestDelivery::send(const SmtpSettings &settings, int limit)
{
    SmtpClient client(settings);
    return Delivery::sendDue(m_context, client, QStringLiteral("test"), limit);
}

QString TestDelivery::column(std::int64_t notificationId, const QString &name)
{
    QSqlQuery query(m_context.db);
    query.exec(QStringLiteral("SELECT %1 FROM notifications WHERE id = %2").arg(name).arg(notificationId));
    return query.next() ? query.value(0).toString() : QStringLiteral("(none)");
}

QStringList tlsServer(const test::TestCertificates &certificates)
{
    return {QStringLiteral("--tls-cert"), certificates.certificate,
            QStringLiteral("--tls-key"),  certificates.key,
            QStringLiteral("--user"),     QStringLiteral("school"),
            QStringLiteral("--password"), QStringLiteral("mail password")};
}

/// The one link in a text.
QString linkIn(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("https://\\S+"));
    return link.match(text).captured();
}

void TestDelivery::welcomeResetApprovalAndSuspensionArrive()
{
    test::SmtpServer server(tlsServer(m_certificates));
    ROLLBOOK_REQUIRE_SMTP(server);
    const auto created = UserActions::addUser(
        m_context, {QStringLiteral("Zoë"), QStringLiteral("Ngowi"), QStringLiteral("zoe@example.com"), {}, {}, {}},
        QStringLiteral("TZ"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::sendResetLink(m_context, ana).ok());
    const std::int64_t pending = addUser(QStringLiteral("Pia"), QStringLiteral("pia@example.com"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pending).ok());
    const std::int64_t bad = addUser(QStringLiteral("Ben"), QStringLiteral("ben@example.com"));
    QVERIFY(UserActions::suspend(m_context, bad, QStringLiteral("Chargebacks")).ok());

    const auto report = send(settingsFor(server));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->sent, 4);
    QCOMPARE(report->failed, 0);
    QVERIFY2(report->serverTrouble.isEmpty(), qPrintable(report->serverTrouble));
    QCOMPARE(server.connections(), 1); // one connection for all four

    const QList<QJsonObject> messages = server.messages();
    QCOMPARE(messages.size(), 4);
    const QStringList recipients{QStringLiteral("zoe@example.com"), QStringLiteral("ana@example.com"),
                                 QStringLiteral("pia@example.com"), QStringLiteral("ben@example.com")};
    QSqlQuery stored(m_context.db);
    QVERIFY(stored.exec(QStringLiteral("SELECT template, subject, status, sent_at, provider_id, message_id, body "
                                       "FROM notifications ORDER BY id")));
    for (int i = 0; i < 4; ++i) {
        const QJsonObject message = messages[i];
        QVERIFY(stored.next());
        QCOMPARE(message.value(QStringLiteral("rcpt_tos")).toArray().first().toString(), recipients[i]);
        QCOMPARE(message.value(QStringLiteral("to")).toString(), recipients[i]);
        QCOMPARE(message.value(QStringLiteral("mail_from")).toString(), QStringLiteral("school@learn.example.com"));
        QCOMPARE(message.value(QStringLiteral("from")).toString(),
                 QStringLiteral("Escola São Tomé <school@learn.example.com>"));
        QCOMPARE(message.value(QStringLiteral("reply_to")).toString(), QStringLiteral("help@learn.example.com"));
        QCOMPARE(message.value(QStringLiteral("subject")).toString(), stored.value(1).toString());
        QCOMPARE(message.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(message.value(QStringLiteral("defects")).toArray(), QJsonArray());
        QVERIFY(message.value(QStringLiteral("tls")).toBool());
        QVERIFY(!message.value(QStringLiteral("date")).toString().isEmpty());
        QCOMPARE(stored.value(2).toString(), QStringLiteral("sent"));
        QCOMPARE(stored.value(3).toLongLong(), m_now);
        QCOMPARE(stored.value(4).toString(), QStringLiteral("M%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        QCOMPARE(message.value(QStringLiteral("message_id")).toString(), u'<' + stored.value(5).toString() + u'>');
        const QString text = message.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(u"Zoë") || text.contains(u"Ana") || text.contains(u"Pia") || text.contains(u"Ben"),
                 qPrintable(text));
        QVERIFY(message.value(QStringLiteral("html")).toString().contains(u"<p>"));
        const QString key = stored.value(0).toString();
        if (key == u"welcome" || key == u"reset") {
            // The link works (once), in both parts; the store keeps none.
            const QString link = linkIn(text);
            QVERIFY2(link.startsWith(u"https://learn.example.com/"), qPrintable(text));
            QVERIFY(message.value(QStringLiteral("html"))
                        .toString()
                        .contains(QStringLiteral("<a href=\"%1\">").arg(link.toHtmlEscaped())));
            const QString token = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
            const LinkPurpose purpose = key == u"welcome" ? LinkPurpose::SetPassword : LinkPurpose::Reset;
            QVERIFY(Links::redeem(m_context.db, token, purpose, m_now).ok());
            QVERIFY(!Links::redeem(m_context.db, token, purpose, m_now).ok());
            QVERIFY(!stored.value(6).toString().contains(token));
            QVERIFY(stored.value(6).toString().contains(u"{link}"));
        }
    }
    QCOMPARE(messages[2].value(QStringLiteral("subject")).toString().isEmpty(), false);
    // Nothing is due any more: a second run sends nothing.
    const auto again = send(settingsFor(server));
    QVERIFY(again.ok());
    QCOMPARE(again->sent, 0);
    QCOMPARE(server.messages().size(), 4);
}

void TestDelivery::implicitTlsAndUntrustedCertificate()
{
    test::SmtpServer server(tlsServer(m_certificates) + QStringList{QStringLiteral("--implicit-tls")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::sendResetLink(m_context, ana).ok());
    SmtpSettings untrusting = settingsFor(server);
    untrusting.security = SmtpSettings::Security::Tls;
    untrusting.caFile.clear(); // the system's certificates do not know the test's CA
    const auto refused = send(untrusting);
    QVERIFY(refused.ok());
    QCOMPARE(refused->sent, 0);
    QCOMPARE(refused->retrying, 1);
    QVERIFY2(!refused->serverTrouble.isEmpty(), "an unknown certificate is the server's trouble");
    QCOMPARE(server.messages().size(), 0);

    m_now += 61'000;
    SmtpSettings trusting = settingsFor(server);
    trusting.security = SmtpSettings::Security::Tls;
    const auto sent = send(trusting);
    QVERIFY(sent.ok());
    QCOMPARE(sent->sent, 1);
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().value(QStringLiteral("tls")).toBool());
}

void TestDelivery::laterIsRetriedAndSentOnce()
{
    test::SmtpServer server(tlsServer(m_certificates)
                            + QStringList{QStringLiteral("--replies"), QStringLiteral("451")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::suspend(m_context, ana, QStringLiteral("Spam")).ok());
    const auto first = send(settingsFor(server));
    QVERIFY(first.ok());
    QCOMPARE(first->retrying, 1);
    QCOMPARE(column(1, QStringLiteral("status")), QStringLiteral("queued"));
    QVERIFY2(column(1, QStringLiteral("failure")).contains(u"451"), qPrintable(column(1, QStringLiteral("failure"))));
    QCOMPARE(column(1, QStringLiteral("next_attempt_at")).toLongLong(), m_now + 60'000);
    // Not due yet: nothing goes.
    m_now += 30'000;
    QCOMPARE(send(settingsFor(server))->sent, 0);
    m_now += 31'000;
    const auto second = send(settingsFor(server));
    QVERIFY(second.ok());
    QCOMPARE(second->sent, 1);
    QCOMPARE(column(1, QStringLiteral("status")), QStringLiteral("sent"));
    QCOMPARE(column(1, QStringLiteral("attempts")), QStringLiteral("2"));
    QCOMPARE(server.messages().size(), 1);
}

void TestDelivery::refusedRecipientFailsAtOnce()
{
    test::SmtpServer server(tlsServer(m_certificates)
                            + QStringList{QStringLiteral("--reject-rcpt"), QStringLiteral("gone@example.com")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t gone = addUser(QStringLiteral("Gus"), QStringLiteral("gone@example.com"));
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::suspend(m_context, gone, QStringLiteral("Spam")).ok());
    QVERIFY(UserActions::suspend(m_context, ana, QStringLiteral("Spam")).ok());
    const auto report = send(settingsFor(server));
    QVERIFY(report.ok());
    QCOMPARE(report->failed, 1);
    QCOMPARE(report->sent, 1); // the next one still goes
    QCOMPARE(column(1, QStringLiteral("status")), QStringLiteral("failed"));
    QVERIFY2(column(1, QStringLiteral("failure")).contains(u"550"), qPrintable(column(1, QStringLiteral("failure"))));
    QVERIFY(column(1, QStringLiteral("next_attempt_at")).isEmpty());
    m_now += 24 * 3600'000LL;
    QCOMPARE(send(settingsFor(server))->sent, 0);
    QCOMPARE(server.messages().size(), 1);
}

void TestDelivery::droppedAtDataIsRetriedWithoutDuplicate()
{
    test::SmtpServer server(tlsServer(m_certificates)
                            + QStringList{QStringLiteral("--drop-at-data"), QStringLiteral("1")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::suspend(m_context, ana, QStringLiteral("Spam")).ok());
    const auto first = send(settingsFor(server));
    QVERIFY(first.ok());
    QCOMPARE(first->retrying, 1);
    QVERIFY(!first->serverTrouble.isEmpty());
    QCOMPARE(server.messages().size(), 0);
    m_now += 61'000;
    const auto second = send(settingsFor(server));
    QVERIFY(second.ok());
    QCOMPARE(second->sent, 1);
    QCOMPARE(server.messages().size(), 1);
}

void TestDelivery::droppedAfterTheMessageIsNotSentAgain()
{
    test::SmtpServer server(tlsServer(m_certificates)
                            + QStringList{QStringLiteral("--drop-after-body"), QStringLiteral("1")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::suspend(m_context, ana, QStringLiteral("Spam")).ok());
    const auto first = send(settingsFor(server));
    QVERIFY(first.ok());
    QCOMPARE(first->failed, 1);
    QCOMPARE(server.messages().size(), 1); // it got there, unconfirmed
    QCOMPARE(column(1, QStringLiteral("status")), QStringLiteral("failed"));
    QVERIFY(column(1, QStringLiteral("failure")).contains(u"may have arrived"));
    m_now += 24 * 3600'000LL;
    QCOMPARE(send(settingsFor(server))->sent, 0);
    QCOMPARE(server.messages().size(), 1);
}

void TestDelivery::killedSenderSendsEachAtMostOnce()
{
    test::SmtpServer server(tlsServer(m_certificates));
    ROLLBOOK_REQUIRE_SMTP(server);
    QSqlQuery batch(m_context.db);
    QVERIFY(batch.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 300; ++i) {
        const std::int64_t id = addUser(QStringLiteral("User%1").arg(i), QStringLiteral("u%1@example.com").arg(i));
        QVERIFY(batch.exec(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, "
                                          "status, created_at) VALUES (randomblob(16), %1, 'email', 'approval', "
                                          "'Approved', 'Hello', 'queued', 0)")
                               .arg(id)));
    }
    QVERIFY(batch.exec(QStringLiteral("COMMIT")));
    const QString path = m_context.db.databaseName();
    QFile secret(m_dir->filePath(QStringLiteral("smtp-password")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("mail password\n");
    secret.close();
    for (const auto &[key, value] : {std::pair{StoreSettings::SmtpHost, QStringLiteral("127.0.0.1")},
                                     std::pair{StoreSettings::SmtpPort, QString::number(server.port())},
                                     std::pair{StoreSettings::SmtpUser, QStringLiteral("school")}})
        QVERIFY(StoreSettings::setValue(m_context.db, key, value).ok());
    const QStringList arguments{QStringLiteral("notifications"),
                                QStringLiteral("send"),
                                QStringLiteral("--db"),
                                path,
                                QStringLiteral("--smtp-password-file"),
                                secret.fileName(),
                                QStringLiteral("--smtp-ca"),
                                m_certificates.caCertificate};
    QProcess sender;
    sender.start(QStringLiteral(ROLLBOOK_CLI), arguments);
    QVERIFY(sender.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (server.messages().size() < 40 && waited.elapsed() < 30'000 && sender.state() == QProcess::Running)
        QTest::qWait(2);
    QVERIFY2(sender.state() == QProcess::Running, "the sender finished before it could be killed");
    ::kill(pid_t(sender.processId()), SIGKILL);
    sender.waitForFinished();
    const int before = int(server.messages().size());
    QVERIFY(before < 300);

    QProcess again;
    again.start(QStringLiteral(ROLLBOOK_CLI), arguments);
    QVERIFY(again.waitForFinished(120'000));
    QCOMPARE(again.exitCode(), 0);
    const QList<QJsonObject> messages = server.messages();
    QSet<QString> ids;
    for (const QJsonObject &message : messages)
        ids.insert(message.value(QStringLiteral("message_id")).toString());
    QCOMPARE(ids.size(), messages.size()); // none twice
    QSqlQuery counts(m_context.db);
    QVERIFY(counts.exec(QStringLiteral("SELECT count(*) FILTER (WHERE status = 'sent'), "
                                       "count(*) FILTER (WHERE status = 'queued' AND attempted_at IS NOT NULL) "
                                       "FROM notifications")));
    QVERIFY(counts.next());
    // The one going out at the kill stays claimed until its claim runs out, then fails as "may
    // have arrived"; every other one was sent, once.
    QVERIFY2(counts.value(1).toInt() <= 1, qPrintable(counts.value(1).toString()));
    QCOMPARE(counts.value(0).toInt() + counts.value(1).toInt(), 300);
    QVERIFY(messages.size() >= counts.value(0).toInt());
    QVERIFY(messages.size() <= 300);
    QCOMPARE(*Delivery::failInterrupted(m_context.db, QDateTime::currentMSecsSinceEpoch() + 3600'000),
             counts.value(1).toInt());
}

void TestDelivery::retriesWaitLongerUpToSixHours()
{
    QCOMPARE(Delivery::retryDelayMs(0), std::int64_t(60'000));
    QCOMPARE(Delivery::retryDelayMs(1), std::int64_t(120'000));
    QCOMPARE(Delivery::retryDelayMs(8), std::int64_t(256 * 60'000));
    QCOMPARE(Delivery::retryDelayMs(9), std::int64_t(-1)); // 512 minutes would pass six hours: it fails then

    test::SmtpServer server(tlsServer(m_certificates)
                            + QStringList{QStringLiteral("--replies"),
                                          QStringLiteral("421,421,421,421,421,421,421,421,"
                                                         "421,421,421")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::suspend(m_context, ana, QStringLiteral("Spam")).ok());
    for (int attempt = 0; attempt < 10; ++attempt) {
        const auto report = send(settingsFor(server));
        QVERIFY(report.ok());
        QCOMPARE(report->sent, 0);
        m_now += 6 * 3600'000LL;
    }
    QCOMPARE(column(1, QStringLiteral("status")), QStringLiteral("failed"));
    QCOMPARE(column(1, QStringLiteral("attempts")), QStringLiteral("10"));
    QVERIFY(column(1, QStringLiteral("failure")).contains(u"six hours"));
}

void TestDelivery::plainSmtpOnlyOnThisMachine()
{
    SmtpSettings settings;
    settings.host = QStringLiteral("mail.example.com");
    settings.port = 25;
    settings.fromAddress = QStringLiteral("school@example.com");
    settings.security = SmtpSettings::Security::None;
    QVERIFY(!checkSmtpSettings(settings).ok());
    QVERIFY(checkSmtpSettings(settings).error().contains(u"STARTTLS"));
    settings.host = QStringLiteral("127.0.0.1");
    QVERIFY(checkSmtpSettings(settings).ok());
    settings.fromAddress.clear();
    QVERIFY(!checkSmtpSettings(settings).ok());

    // Unencrypted to loopback works, and a bad sign-in is the server's trouble, not the message's.
    test::SmtpServer server(
        {QStringLiteral("--user"), QStringLiteral("school"), QStringLiteral("--password"), QStringLiteral("right")});
    ROLLBOOK_REQUIRE_SMTP(server);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    QVERIFY(UserActions::suspend(m_context, ana, QStringLiteral("Spam")).ok());
    SmtpSettings plain = settingsFor(server);
    plain.security = SmtpSettings::Security::None;
    plain.password = QStringLiteral("wrong");
    const auto refused = send(plain);
    QVERIFY(refused.ok());
    QCOMPARE(refused->retrying, 1);
    QVERIFY2(refused->serverTrouble.contains(u"sign-in"), qPrintable(refused->serverTrouble));
    m_now += 61'000;
    plain.password = QStringLiteral("right");
    QCOMPARE(send(plain)->sent, 1);
    QCOMPARE(server.messages().size(), 1);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "test_delivery.moc"

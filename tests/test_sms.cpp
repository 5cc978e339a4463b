#include "actions/settingsactions.h"
#include "actions/useractions.h"
#include "certificates.h"
#include "database.h"
#include "notify/delivery.h"
#include "notify/mailsettings.h"
#include "notify/smsclient.h"
#include "settings.h"
#include "smsgateway.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace rollbook;

/// Text messages go out through an HTTP gateway. The gateway is the one fake of the notification
/// tests (tests/smsgateway.cpp, cpp-httplib on loopback): no real SMS gateway can be reached from
/// here. What it checks is what a real one would get: the stored E.164 number, the text, the
/// sign-in, the Idempotency-Key, a form or a JSON body.
class TestSms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void approvalGoesAsEmailAndTextMessage();
    void jsonGatewayGetsTheTextExactly();
    void busyGatewayIsRetriedAndSentOnce();
    void refusedNumberFailsAtOnceWithTheReason();
    void refusedSignInStopsTheRun();
    void unansweredPostIsNotSentAgain();
    void httpsWithTheSchoolsCertificateAuthority();
    void schoolMarksATemplateForSms();
    void settingsThatCannotWorkAreRefused();
    void cliSendsTextMessages();

private:
    std::int64_t addUser(const QString &first, const QString &phone, UserStatus status = UserStatus::Active);
    SmsSettings settingsFor(const test::SmsGatewayStub &gateway) const;
    Result<Delivery::Report> send(const SmsSettings &settings, int limit = 100);
    QString column(std::int64_t notificationId, const QString &name);
    int scalar(const QString &sql);
    /// The id of the user's last queued text message.
    std::int64_t smsOf(std::int64_t userId);

    test::TestCertificates m_certificates;
    QTemporaryDir m_certificateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    ActionContext m_context;
    std::int64_t m_now = 1'800'000'000'000;
};

#define REQUIRE_GATEWAY(gateway) QVERIFY2((gateway).failure().isEmpty(), qPrintable((gateway).failure()))

void TestSms::initTestCase()
{
    m_certificates = test::makeCertificates(m_certificateDir.path());
    QVERIFY2(m_certificates.failure.isEmpty(), qPrintable(m_certificates.failure));
}

void TestSms::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context.db = test::createStore(m_dir->filePath(QStringLiteral("s.rollbook")), QStringLiteral("sms"));
    m_context.actor = {0, QStringLiteral("Dana")};
    m_now = 1'800'000'000'000;
    m_context.clock = [this] { return m_now; };
    QVERIFY(StoreSettings::setValue(m_context.db, StoreSettings::SchoolName, QStringLiteral("Escola São Tomé")).ok());
}

void TestSms::cleanup()
{
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("sms"));
    m_dir.reset();
}

std::int64_t TestSms::addUser(const QString &first, const QString &phone, UserStatus status)
{
    return test::addUser(m_context.db, first, QStringLiteral("Lima"), first.toLower() + QStringLiteral("@example.com"),
                         phone, {}, static_cast<int>(status));
}

SmsSettings TestSms::settingsFor(const test::SmsGatewayStub &gateway) const
{
    SmsSettings settings;
    settings.url = gateway.url();
    settings.user = QStringLiteral("AC123");
    settings.password = QStringLiteral("gateway token");
    settings.from = QStringLiteral("+15550100");
    settings.caFile = m_certificates.caCertificate;
    settings.timeoutSeconds = 2;
    return settings;
}

Result<Delivery::Report> TestSms::send(const SmsSettings &settings, int limit)
{
    SmsClient client(settings);
    return Delivery::sendDueSms(m_context, client, QStringLiteral("test"), limit);
}

QString TestSms::column(std::int64_t notificationId, const QString &name)
{
    QSqlQuery query(m_context.db);
    query.exec(QStringLiteral("SELECT %1 FROM notifications WHERE id = %2").arg(name).arg(notificationId));
    return query.next() ? query.value(0).toString() : QStringLiteral("(none)");
}

int TestSms::scalar(const QString &sql)
{
    QSqlQuery query(m_context.db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

std::int64_t TestSms::smsOf(std::int64_t userId)
{
    QSqlQuery query(m_context.db);
    query.exec(QStringLiteral("SELECT max(id) FROM notifications WHERE channel = 'sms' AND user_id = %1").arg(userId));
    return query.next() ? query.value(0).toLongLong() : 0;
}

void TestSms::approvalGoesAsEmailAndTextMessage()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    const std::int64_t noPhone = addUser(QStringLiteral("Ben"), {}, UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    QVERIFY(UserActions::approve(m_context, noPhone).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE channel = 'email'")), 2);
    // Ben has no number: his approval goes by email only.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE channel = 'sms'")), 1);
    const std::int64_t sms = smsOf(pia);
    QVERIFY(sms > 0);

    const auto report = send(settingsFor(gateway));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->sent, 1);
    QVERIFY2(report->serverTrouble.isEmpty(), qPrintable(report->serverTrouble));
    const auto requests = gateway.requests();
    QCOMPARE(requests.size(), 1);
    const auto &request = requests.first();
    QCOMPARE(request.headers.value(QStringLiteral("content-type")),
             QStringLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(request.headers.value(QStringLiteral("authorization")),
             QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("AC123:gateway token").toBase64()));
    const QUrlQuery form(QString::fromUtf8(request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded), QStringLiteral("+447700900123"));
    QCOMPARE(form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded), QStringLiteral("+15550100"));
    QCOMPARE(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded),
             QStringLiteral("Escola São Tomé: your registration is approved. Welcome, Pia!"));
    // The key is the notification's own id: a resend of it is the same message to the gateway.
    QSqlQuery gid(m_context.db);
    QVERIFY(gid.exec(QStringLiteral("SELECT gid FROM notifications WHERE id = %1").arg(sms)) && gid.next());
    QCOMPARE(request.headers.value(QStringLiteral("idempotency-key")),
             QString::fromLatin1(QUuid::fromRfc4122(gid.value(0).toByteArray()).toByteArray(QUuid::WithoutBraces)));
    QCOMPARE(column(sms, QStringLiteral("status")), QStringLiteral("sent"));
    QCOMPARE(column(sms, QStringLiteral("provider_id")), QStringLiteral("SM1"));
    QCOMPARE(column(sms, QStringLiteral("sent_at")), QString::number(m_now));
    // The emails are the mail server's to send: the gateway run left them queued.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE channel = 'email' "
                                   "AND status = 'queued'")),
             2);
    QCOMPARE(send(settingsFor(gateway))->sent, 0);
    QCOMPARE(gateway.requests().size(), 1);
}

void TestSms::jsonGatewayGetsTheTextExactly()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    const std::int64_t user = addUser(QStringLiteral("Zoë"), QStringLiteral("+255712345678"));
    const QString text = QStringLiteral("Zoë: \"quotes\", {braces} {to}, a\nnew line & 100% \\ 🎓");
    QVERIFY(QSqlQuery(m_context.db)
                .exec(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, body, status, "
                                     "created_at) VALUES (randomblob(16), %1, 'sms', 'approval', '%2', 'queued', 0)")
                          .arg(user)
                          .arg(QString(text).replace(u'\'', QStringLiteral("''")))));
    SmsSettings settings = settingsFor(gateway);
    settings.format = SmsSettings::Format::Json;
    settings.body = QStringLiteral("{\"message\": {\"recipient\": {to}, \"content\": {text}}, \"sender\": {from}}");
    QVERIFY2(checkSmsSettings(settings).ok(), qPrintable(checkSmsSettings(settings).error()));
    const auto report = send(settings);
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 1);
    const auto request = gateway.requests().value(0);
    QCOMPARE(request.headers.value(QStringLiteral("content-type")), QStringLiteral("application/json; charset=utf-8"));
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject message = body.value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("recipient")).toString(), QStringLiteral("+255712345678"));
    QCOMPARE(message.value(QStringLiteral("content")).toString(), text);
    QCOMPARE(body.value(QStringLiteral("sender")).toString(), QStringLiteral("+15550100"));
}

void TestSms::busyGatewayIsRetriedAndSentOnce()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    const std::int64_t sms = smsOf(pia);
    gateway.script({{503, "{\"message\": \"Service unavailable\"}", 0}});
    const auto first = send(settingsFor(gateway));
    QVERIFY(first.ok());
    QCOMPARE(first->retrying, 1);
    QVERIFY(first->serverTrouble.contains(u"Service unavailable"));
    QCOMPARE(column(sms, QStringLiteral("status")), QStringLiteral("queued"));
    QCOMPARE(column(sms, QStringLiteral("next_attempt_at")), QString::number(m_now + 60'000));
    QCOMPARE(send(settingsFor(gateway))->sent, 0); // not due yet
    m_now += 60'000;
    const auto second = send(settingsFor(gateway));
    QCOMPARE(second->sent, 1);
    QCOMPARE(column(sms, QStringLiteral("status")), QStringLiteral("sent"));
    QCOMPARE(column(sms, QStringLiteral("attempts")), QStringLiteral("2"));
    const auto requests = gateway.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].headers.value(QStringLiteral("idempotency-key")),
             requests[1].headers.value(QStringLiteral("idempotency-key")));
}

void TestSms::refusedNumberFailsAtOnceWithTheReason()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    const std::int64_t ana = addUser(QStringLiteral("Ana"), QStringLiteral("+447700900456"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    QVERIFY(UserActions::approve(m_context, ana).ok());
    gateway.script({{400, "{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\"}", 0}});
    const auto report = send(settingsFor(gateway));
    QVERIFY(report.ok());
    QCOMPARE(report->failed, 1);
    QCOMPARE(report->sent, 1); // the next one still goes
    QVERIFY(report->serverTrouble.isEmpty());
    QCOMPARE(column(smsOf(pia), QStringLiteral("status")), QStringLiteral("failed"));
    QCOMPARE(column(smsOf(pia), QStringLiteral("failure")),
             QStringLiteral("HTTP 400: The 'To' number is not a valid phone number."));
    QCOMPARE(column(smsOf(ana), QStringLiteral("status")), QStringLiteral("sent"));
}

void TestSms::refusedSignInStopsTheRun()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    for (const QString &name : {QStringLiteral("Pia"), QStringLiteral("Ana"), QStringLiteral("Lu")}) {
        const std::int64_t user
            = addUser(name, QStringLiteral("+4477009001%1").arg(name.size() * 11), UserStatus::Pending);
        QVERIFY(UserActions::approve(m_context, user).ok());
    }
    gateway.script({{401, "{\"message\": \"Authenticate\"}", 0}});
    const auto report = send(settingsFor(gateway));
    QVERIFY(report.ok());
    QVERIFY2(report->serverTrouble.contains(u"sign-in"), qPrintable(report->serverTrouble));
    QCOMPARE(gateway.requests().size(), 1); // the others were not tried with the same bad password
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE channel = 'sms' AND "
                                   "status = 'queued'")),
             3);
}

void TestSms::unansweredPostIsNotSentAgain()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    SmsSettings settings = settingsFor(gateway);
    settings.timeoutSeconds = 1; // the whole request may take 2 s; the gateway answers after 5
    gateway.script({{201, {}, 5'000}});
    const auto report = send(settings);
    QVERIFY(report.ok());
    QCOMPARE(report->failed, 1);
    const std::int64_t sms = smsOf(pia);
    QCOMPARE(column(sms, QStringLiteral("status")), QStringLiteral("failed"));
    QVERIFY2(column(sms, QStringLiteral("failure")).contains(u"may have arrived"),
             qPrintable(column(sms, QStringLiteral("failure"))));
    QCOMPARE(send(settings)->sent, 0);
    QCOMPARE(gateway.requests().size(), 1);
}

void TestSms::httpsWithTheSchoolsCertificateAuthority()
{
    test::SmsGatewayStub gateway(m_certificates.certificate, m_certificates.key);
    REQUIRE_GATEWAY(gateway);
    QVERIFY(gateway.url().startsWith(u"https://"));
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    SmsSettings untrusting = settingsFor(gateway);
    untrusting.caFile.clear(); // the system's certificates do not know the test's CA
    const auto refused = send(untrusting);
    QVERIFY(refused.ok());
    QVERIFY(!refused->serverTrouble.isEmpty());
    QCOMPARE(refused->sent, 0);
    QCOMPARE(gateway.requests().size(), 0);
    QCOMPARE(column(smsOf(pia), QStringLiteral("status")), QStringLiteral("queued"));
    m_now += 60'000;
    const auto sent = send(settingsFor(gateway));
    QCOMPARE(sent->sent, 1);
    QCOMPARE(gateway.requests().size(), 1);
}

void TestSms::schoolMarksATemplateForSms()
{
    SchoolSettings settings = SettingsActions::current(m_context.db);
    NotificationTemplate suspension = NotificationTemplates::stored(m_context.db, QStringLiteral("suspension"));
    QCOMPARE(suspension.sms, QString()); // not by text message until the school says so
    suspension.sms = QStringLiteral("{school}: your account is suspended ({reason}).");
    auto saved = SettingsActions::save(m_context, settings, {suspension});
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    // An approval the school no longer wants as a text message.
    NotificationTemplate approval = NotificationTemplates::stored(m_context.db, QStringLiteral("approval"));
    QVERIFY(!approval.sms.isEmpty());
    approval.sms.clear();
    saved = SettingsActions::save(m_context, settings, {approval});
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(NotificationTemplates::stored(m_context.db, QStringLiteral("approval")).sms, QString());

    const std::int64_t ben = addUser(QStringLiteral("Ben"), QStringLiteral("+447700900789"));
    QVERIFY(UserActions::suspend(m_context, ben, QStringLiteral("Chargebacks")).ok());
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    QCOMPARE(column(smsOf(ben), QStringLiteral("body")),
             QStringLiteral("Escola São Tomé: your account is suspended (Chargebacks)."));
    QCOMPARE(smsOf(pia), 0);

    // A link goes by email only; an unknown placeholder and an overlong text are refused.
    NotificationTemplate reset = NotificationTemplates::stored(m_context.db, QStringLiteral("reset"));
    reset.sms = QStringLiteral("Reset: {link}");
    QVERIFY(!SettingsActions::save(m_context, settings, {reset}).ok());
    suspension.sms = QStringLiteral("{school}: {balance}");
    QVERIFY(!SettingsActions::save(m_context, settings, {suspension}).ok());
    suspension.sms = QString(NotificationTemplates::MaxSmsLength + 1, u'x');
    QVERIFY(!SettingsActions::save(m_context, settings, {suspension}).ok());
    QCOMPARE(NotificationTemplates::stored(m_context.db, QStringLiteral("suspension")).sms,
             QStringLiteral("{school}: your account is suspended ({reason})."));
}

void TestSms::settingsThatCannotWorkAreRefused()
{
    SchoolSettings settings = SettingsActions::current(m_context.db);
    const auto refused = [&](const SchoolSettings &typed) {
        const auto saved = SettingsActions::save(m_context, typed, {});
        return !saved.ok() && !saved.error().isEmpty();
    };
    SchoolSettings plain = settings;
    plain.smsUrl = QStringLiteral("http://sms.example.com/messages");
    QVERIFY(refused(plain)); // no TLS to another machine
    SchoolSettings json = settings;
    json.smsUrl = QStringLiteral("https://sms.example.com/messages");
    json.smsFormat = QStringLiteral("json");
    json.smsBody = QStringLiteral("{\"to\": \"{to}\", \"text\": {text}}"); // quoted twice once filled
    QVERIFY(refused(json));
    SchoolSettings noText = json;
    noText.smsBody = QStringLiteral("{\"to\": {to}}");
    QVERIFY(refused(noText));
    SchoolSettings format = json;
    format.smsBody.clear();
    format.smsFormat = QStringLiteral("xml");
    QVERIFY(refused(format));
    QCOMPARE(StoreSettings::value(m_context.db, StoreSettings::SmsUrl), QString()); // nothing stored

    SchoolSettings good = json;
    good.smsBody = QStringLiteral(" {\"to\": {to}, \"text\": {text}} ");
    good.smsUser = QStringLiteral(" AC123 ");
    const auto saved = SettingsActions::save(m_context, good, {});
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const SmsSettings stored = MailSettings::smsFromStore(m_context.db);
    QCOMPARE(stored.url, QStringLiteral("https://sms.example.com/messages"));
    QCOMPARE(stored.format, SmsSettings::Format::Json);
    QCOMPARE(stored.user, QStringLiteral("AC123"));
    QCOMPARE(stored.body, QStringLiteral("{\"to\": {to}, \"text\": {text}}"));
    QCOMPARE(stored.password, QString()); // never in the store
}

void TestSms::cliSendsTextMessages()
{
    test::SmsGatewayStub gateway;
    REQUIRE_GATEWAY(gateway);
    const std::int64_t pia = addUser(QStringLiteral("Pia"), QStringLiteral("+447700900123"), UserStatus::Pending);
    QVERIFY(UserActions::approve(m_context, pia).ok());
    for (const auto &[key, value] :
         {std::pair{StoreSettings::SmsUrl, gateway.url()}, std::pair{StoreSettings::SmsUser, QStringLiteral("AC123")},
          std::pair{StoreSettings::SmsFrom, QStringLiteral("Escola")}})
        QVERIFY(StoreSettings::setValue(m_context.db, key, value).ok());
    QFile secret(m_dir->filePath(QStringLiteral("sms-token")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("cli token\nignored\n");
    secret.close();
    QProcess cli;
    cli.start(QStringLiteral(ROLLBOOK_CLI),
              {QStringLiteral("notifications"), QStringLiteral("send"), QStringLiteral("--db"),
               m_context.db.databaseName(), QStringLiteral("--sms-password-file"), secret.fileName()});
    QVERIFY(cli.waitForFinished(60'000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(u"sent 1"));
    const auto requests = gateway.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].headers.value(QStringLiteral("authorization")),
             QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("AC123:cli token").toBase64()));
    QCOMPARE(column(smsOf(pia), QStringLiteral("status")), QStringLiteral("sent"));
}

QTEST_GUILESS_MAIN(TestSms)
#include "test_sms.moc"

#include "actions/links.h"
#include "actions/secrets.h"
#include "actions/useractions.h"
#include "database.h"
#include "notify/outbox.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rollbook;

/// Passwords are stored as argon2id hashes; one-time links hold 256-bit tokens stored only as
/// hashes, work once and expire.
class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passwordStoredAsArgon2id();
    void passwordLengthChecked();
    void linkWorksOnceAndIsStoredHashed();
    void linkExpires();
    void linkPurposeMatters();
    void impersonationNeedsAReason();
    void resetLinkIsEmailed();
    void tokensQueuedBeforeAreScrubbed();

private:
    QString tokenOf(const QString &url) const { return QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("token")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ActionContext m_context;
    qint64 m_user = 0;
};

void TestLinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context.db = test::createStore(m_dir->filePath(QStringLiteral("l.rollbook")), QStringLiteral("links"));
    m_context.actor = {0, QStringLiteral("Sam Support")};
    m_user
        = test::addUser(m_context.db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
    QSqlQuery(m_context.db)
        .exec(QStringLiteral("INSERT INTO settings VALUES ('base_url', 'https://learn.example.com/')"));
}

void TestLinks::cleanup()
{
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("links"));
    m_dir.reset();
}

void TestLinks::passwordStoredAsArgon2id()
{
    QVERIFY(UserActions::setPassword(m_context, m_user, QStringLiteral("correct horse battery")).ok());
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(m_user)) && query.next());
    const QString hash = query.value(0).toString();
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash.contains(QStringLiteral("horse")));
    QVERIFY(Secrets::verifyPassword(QStringLiteral("correct horse battery"), hash));
    QVERIFY(!Secrets::verifyPassword(QStringLiteral("wrong horse battery"), hash));
    QVERIFY(query.exec(QStringLiteral("SELECT before_json || after_json FROM audit_log WHERE action = 'set_password'"))
            && query.next());
    QVERIFY(!query.value(0).toString().contains(QStringLiteral("argon2")));
}

void TestLinks::passwordLengthChecked()
{
    QVERIFY(!UserActions::setPassword(m_context, m_user, QStringLiteral("short")).ok());
    QVERIFY(!UserActions::setPassword(m_context, m_user, QString(129, u'x')).ok());
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash IS NULL, (SELECT count(*) FROM audit_log) FROM users"))
            && query.next());
    QVERIFY(query.value(0).toBool());
    QCOMPARE(query.value(1).toInt(), 0);
}

void TestLinks::linkWorksOnceAndIsStoredHashed()
{
    const auto link = Links::issue(m_context, m_user, LinkPurpose::Login);
    QVERIFY2(link.ok(), qPrintable(link.error()));
    QVERIFY(link->url.startsWith(QStringLiteral("https://learn.example.com/auth/login?token=")));
    const QString token = tokenOf(link->url);
    QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32); // 256 bits
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT token_hash FROM login_tokens")) && query.next());
    QCOMPARE(query.value(0).toByteArray(), Secrets::tokenHash(token));
    QVERIFY(!query.value(0).toByteArray().contains(token.toLatin1()));
    QVERIFY(query.exec(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'issue_link' AND after_json NOT LIKE '%")
                + token + QStringLiteral("%'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    const auto first = Links::redeem(m_context.db, token, LinkPurpose::Login);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(*first, m_user);
    const auto second = Links::redeem(m_context.db, token, LinkPurpose::Login);
    QVERIFY(!second.ok());
    QVERIFY(second.error().contains(QStringLiteral("already been used")));
    QVERIFY(!Links::redeem(m_context.db, QStringLiteral("made-up-token"), LinkPurpose::Login).ok());
}

void TestLinks::linkExpires()
{
    const auto link = Links::issue(m_context, m_user, LinkPurpose::Reset);
    QVERIFY(link.ok());
    const auto late = Links::redeem(m_context.db, tokenOf(link->url), LinkPurpose::Reset, link->expiresAt + 1);
    QVERIFY(!late.ok());
    QVERIFY(late.error().contains(QStringLiteral("expired")));
    QVERIFY(Links::redeem(m_context.db, tokenOf(link->url), LinkPurpose::Reset, link->expiresAt - 1).ok());
}

void TestLinks::linkPurposeMatters()
{
    const auto link = Links::issue(m_context, m_user, LinkPurpose::SetPassword);
    QVERIFY(link.ok());
    QVERIFY(!Links::redeem(m_context.db, tokenOf(link->url), LinkPurpose::Login).ok());
    QVERIFY(Links::redeem(m_context.db, tokenOf(link->url), LinkPurpose::SetPassword).ok());
}

void TestLinks::impersonationNeedsAReason()
{
    QVERIFY(!Links::issue(m_context, m_user, LinkPurpose::Impersonate).ok());
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM login_tokens")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    const auto link
        = Links::issue(m_context, m_user, LinkPurpose::Impersonate, QStringLiteral("Ticket 42: checkout bug"));
    QVERIFY(link.ok());
    QVERIFY(query.exec(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'issue_link'")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ticket 42: checkout bug"));
}

void TestLinks::resetLinkIsEmailed()
{
    const auto url = UserActions::sendResetLink(m_context, m_user);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QSqlQuery query(m_context.db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, template, status, body FROM notifications")) && query.next());
    const qint64 notification = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toString(), QStringLiteral("reset"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("queued"));
    // The queued email keeps {link}, not the operator's link nor any token.
    const QString queued = query.value(3).toString();
    QVERIFY2(queued.contains(QStringLiteral("{link}")) && !queued.contains(QStringLiteral("token=")),
             qPrintable(queued));
    QVERIFY(!queued.contains(tokenOf(*url)));
    // Sent, it carries a link of its own, issued then; the row still holds no token.
    const auto sent = Outbox::prepareForSending(m_context, notification);
    QVERIFY2(sent.ok(), qPrintable(sent.error()));
    const QString link = sent->body.mid(sent->body.indexOf(QStringLiteral("https://"))).section(u'\n', 0, 0).trimmed();
    QVERIFY2(link.startsWith(QStringLiteral("https://learn.example.com/auth/reset-password?token=")), qPrintable(link));
    QVERIFY(query.exec(QStringLiteral("SELECT body FROM notifications WHERE id = %1").arg(notification))
            && query.next());
    QCOMPARE(query.value(0).toString(), queued);
    QCOMPARE(Links::redeem(m_context.db, tokenOf(link), LinkPurpose::Reset).value(), m_user);
    QCOMPARE(Links::redeem(m_context.db, tokenOf(*url), LinkPurpose::Reset).value(), m_user);
    // No table holds either token in clear.
    for (const QString &token : {tokenOf(link), tokenOf(*url)}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM notifications WHERE body LIKE '%%1%' OR subject LIKE "
                                          "'%%1%'")
                               .arg(token))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE before_json || after_json || "
                                          "coalesce(reason, '') LIKE '%%1%'")
                               .arg(token))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    // An unknown user gets nothing: no link, no email.
    QVERIFY(!UserActions::sendResetLink(m_context, 999).ok());
    QVERIFY(
        query.exec(QStringLiteral("SELECT (SELECT count(*) FROM login_tokens), (SELECT count(*) FROM notifications)"))
        && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toInt(), 1);
}

void TestLinks::tokensQueuedBeforeAreScrubbed()
{
    // A store of schema 4 whose queued welcome email still holds its token.
    const QString path = m_dir->filePath(QStringLiteral("old.rollbook"));
    {
        QSqlDatabase old = test::createStore(path, QStringLiteral("old"));
        const qint64 user
            = test::addUser(old, QStringLiteral("Ben"), QStringLiteral("Ode"), QStringLiteral("ben@example.com"));
        QSqlQuery query(old);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, "
                                          "status, created_at) VALUES (randomblob(16), %1, 'email', 'welcome', 'Hi', "
                                          "'Set it here:\nhttps://x.example/auth/set-password?token=AbC-12_x\nBye', "
                                          "'queued', 0)")
                               .arg(user)));
        // Schema 4 kept change_log where schema 6 keeps commands.
        QVERIFY(query.exec(QStringLiteral("DROP TABLE commands")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE change_log (id INTEGER PRIMARY KEY)")));
        // Schema 7 added the columns of sending.
        QVERIFY(query.exec(QStringLiteral("DROP INDEX notifications_by_status")));
        for (const char *column : {"attempts", "next_attempt_at", "failure", "provider_id", "message_id", "claimed_by",
                                   "claimed_until", "attempted_at"})
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE notifications DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
    }
    Database::close(QStringLiteral("old"));
    {
        auto opened = Database::open(path, QStringLiteral("old"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QSqlQuery query(*opened);
        QVERIFY(query.exec(QStringLiteral("SELECT body FROM notifications")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Set it here:\n{link}\nBye"));
    }
    Database::close(QStringLiteral("old"));
}

QTEST_GUILESS_MAIN(TestLinks)
#include "test_links.moc"

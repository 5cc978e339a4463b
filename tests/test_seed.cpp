#include "database.h"
#include "seed/demoseeder.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

using namespace rollbook;

class TestSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void isDeterministic();
    void balancesEqualLedgers();
    void totalsMatchTheirRows();
    void coversEveryKind();
    void phonesAreValid();
    void searchIndexCoversEveryUser();
    void foreignKeysHold();
    void refusesToOverwrite();
    void cancelLeavesNothing();

private:
    qint64 scalar(const QString &sql);
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestSeed::initTestCase()
{
    const QString path = test::demoSchool(3000);
    auto opened = Database::open(path, QStringLiteral("seeded"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = *opened;
}

void TestSeed::cleanupTestCase()
{
    m_db = QSqlDatabase();
    Database::close(QStringLiteral("seeded"));
}

qint64 TestSeed::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestSeed::isDeterministic()
{
    demo::SeedOptions options;
    options.users = 300;
    options.seed = 42;
    const QString a = m_dir.filePath(QStringLiteral("a.rollbook"));
    const QString b = m_dir.filePath(QStringLiteral("b.rollbook"));
    const QString c = m_dir.filePath(QStringLiteral("c.rollbook"));
    QVERIFY(demo::seedDemoSchool(a, options).ok());
    QVERIFY(demo::seedDemoSchool(b, options).ok());
    options.seed = 43;
    QVERIFY(demo::seedDemoSchool(c, options).ok());
    const auto digest = [](const QString &path) {
        const QString name = QStringLiteral("digest");
        QByteArray text;
        {
            auto db = Database::open(path, name);
            QSqlQuery query(*db);
            query.exec(QStringLiteral(
                "SELECT first_name, last_name, email, phone, status, registered_at, "
                "credit_balance, total_spent, (SELECT count(*) FROM enrollments e WHERE e.user_id = u.id), "
                "(SELECT count(*) FROM activity_daily a WHERE a.user_id = u.id) FROM users u ORDER BY id"));
            while (query.next()) {
                for (int i = 0; i < 10; ++i)
                    text += query.value(i).toString().toUtf8() + '|';
            }
        }
        Database::close(name);
        return text;
    };
    const QByteArray first = digest(a);
    QVERIFY(!first.isEmpty());
    QCOMPARE(digest(b), first);
    QVERIFY(digest(c) != first);
}

void TestSeed::balancesEqualLedgers()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE credit_balance <> "
                                   "(SELECT coalesce(sum(amount), 0) FROM credit_ledger l WHERE l.user_id = u.id)")),
             0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM credit_ledger")) > 0);
}

void TestSeed::totalsMatchTheirRows()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE total_spent <> (SELECT coalesce(sum(amount), 0) "
                                   "FROM payments p WHERE p.user_id = u.id AND p.status = 'paid')")),
             0);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM users u WHERE avg_progress <> coalesce((SELECT sum(progress) / count(*) "
                 "FROM enrollments e WHERE e.user_id = u.id), 0)")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(minutes) FROM activity_daily")),
             scalar(QStringLiteral("SELECT sum(minutes) FROM activity_platform_daily")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_daily")),
             scalar(QStringLiteral("SELECT sum(active_users) FROM activity_platform_daily")));
}

void TestSeed::coversEveryKind()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), 3000);
    for (int status = 0; status < 4; ++status)
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM users WHERE status = %1").arg(status)) > 30);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT kind) FROM products")), 6);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT status) FROM enrollments")), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT source) FROM users")), 3);
    // About five enrollments and twenty activity days a user, as the 1M-user school has.
    const double enrollments = double(scalar(QStringLiteral("SELECT count(*) FROM enrollments"))) / 3000;
    const double activity = double(scalar(QStringLiteral("SELECT count(*) FROM activity_daily"))) / 3000;
    QVERIFY2(enrollments > 4 && enrollments < 6, qPrintable(QString::number(enrollments)));
    QVERIFY2(activity > 16 && activity < 24, qPrintable(QString::number(activity)));
    for (const char *table : {"payments",
                              "subscriptions",
                              "ratings",
                              "comments",
                              "coupon_redemptions",
                              "test_attempts",
                              "test_answers",
                              "contest_submissions",
                              "mailing_list_members",
                              "campaign_recipients",
                              "notifications",
                              "tickets",
                              "ticket_messages",
                              "conversations",
                              "messages",
                              "kyc_documents",
                              "custom_values",
                              "group_members",
                              "operators",
                              "audit_log"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) > 0, table);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ticket_messages WHERE internal = 1")) > 0);
    // Every pending registration has a KYC document to review.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE status = 1 AND NOT EXISTS "
                                   "(SELECT 1 FROM kyc_documents k WHERE k.user_id = u.id)")),
             0);
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM kyc_documents WHERE substr(content, 1, 5) = CAST('%PDF-' AS BLOB)"))
        > 0);
    // Identity-card scans too, as real PNG files.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM kyc_documents WHERE mime_type = 'image/png' AND "
                                  "hex(substr(content, 1, 8)) = '89504E470D0A1A0A'"))
            > 0);
    // Names from many scripts and with apostrophes.
    for (const char *pattern : {"%'%", "%ễ%", "%王%", "%محمد%", "%ß%", "%Ł%"}) {
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM users WHERE first_name || ' ' || last_name || ' ' || "
                                       "coalesce(company, '') LIKE '%1'")
                            .arg(QString::fromUtf8(pattern).replace(u'\'', QStringLiteral("''"))))
                     > 0,
                 pattern);
    }
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT substr(phone, 1, 3)) FROM users")) >= 8);
}

void TestSeed::phonesAreValid()
{
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT phone FROM users WHERE phone IS NOT NULL LIMIT 400")));
    int checked = 0;
    while (query.next()) {
        i18n::phonenumbers::PhoneNumber number;
        const std::string phone = query.value(0).toString().toStdString();
        QCOMPARE(util->Parse(phone, "ZZ", &number), i18n::phonenumbers::PhoneNumberUtil::NO_PARSING_ERROR);
        QVERIFY2(util->IsValidNumber(number), phone.c_str());
        ++checked;
    }
    QCOMPARE(checked, 400);
}

void TestSeed::searchIndexCoversEveryUser()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM user_search")), 3000);
    QSqlQuery integrity(m_db);
    QVERIFY(integrity.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM users_fts WHERE users_fts MATCH '\"s0000042\"'")) == 1);
}

void TestSeed::foreignKeysHold()
{
    QSqlQuery check(m_db);
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
}

void TestSeed::refusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.rollbook"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    demo::SeedOptions options;
    options.users = 10;
    const Status seeded = demo::seedDemoSchool(path, options);
    QVERIFY(!seeded.ok());
    QVERIFY(seeded.error().contains(QStringLiteral("already exists")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestSeed::cancelLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.rollbook"));
    demo::SeedOptions options;
    options.users = 50'000;
    int calls = 0;
    const Status seeded = demo::seedDemoSchool(path, options, [&](const QString &, double) { return ++calls < 2; });
    QVERIFY(!seeded.ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestSeed)
#include "test_seed.moc"

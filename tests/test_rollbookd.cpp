// rollbookd's commands as an operator runs them: a real rollbookd process against a real
// PostgreSQL 15 started by the test.
#include "pgcluster.h"
#include "testsupport.h"

#include "pgresult.h"
#include "pgschema.h"
#include "pgstore.h"
#include "serveroperators.h"
#include "sqldialect.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace rollbook;

class TestRollbookd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void helpDocumentsEveryOption();
    void initCreatesThenKeepsTheSchema();
    void newerSchemaIsRefusedAndKept();
    void loadMovesTheSchool();
    void columnRulesAreDomainsAndStillHold();
    void keptStatementsReadAsQpsqlDoes();
    void operatorsAddListDisable();
    void badUrlIsAClearError();

private:
    struct Run
    {
        int code = -1;
        QString output;
    };
    Run rollbookd(const QStringList &arguments, const QByteArray &input = {});
    qint64 scalar(const QString &sql);

    QString m_url;
    QSqlDatabase m_db;
};

void TestRollbookd::initTestCase()
{
    test::demoSchool(300);
}

void TestRollbookd::init()
{
    test::PgCluster &cluster = test::PgCluster::shared();
    ROLLBOOK_REQUIRE_POSTGRES(cluster);
    QVERIFY(cluster.createDatabase(QStringLiteral("school")).ok());
    m_url = cluster.url(QStringLiteral("school"));
}

void TestRollbookd::cleanup()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TestRollbookd::Run TestRollbookd::rollbookd(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ROLLBOOKD), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300'000);
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

qint64 TestRollbookd::scalar(const QString &sql)
{
    if (!m_db.isValid()) {
        auto db = PgStore::connect(m_url, QStringLiteral("check"));
        if (!db)
            qFatal("cannot connect: %s", qPrintable(db.error()));
        m_db = *db;
    }
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestRollbookd::helpDocumentsEveryOption()
{
    const Run help = rollbookd({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *option : {"--pg", "--from", "--role", "--password-stdin", "init", "load", "operator add"})
        QVERIFY2(help.output.contains(QLatin1String(option)), option);
}

void TestRollbookd::initCreatesThenKeepsTheSchema()
{
    const Run first = rollbookd({QStringLiteral("init"), QStringLiteral("--pg"), m_url});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.output.contains(u"Created"), qPrintable(first.output));
    const Run again = rollbookd({QStringLiteral("init"), QStringLiteral("--pg"), m_url});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.output.contains(u"already"), qPrintable(again.output));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM schema_info")), 1);
}

void TestRollbookd::newerSchemaIsRefusedAndKept()
{
    QCOMPARE(rollbookd({QStringLiteral("init"), QStringLiteral("--pg"), m_url}).code, 0);
    scalar(
        QStringLiteral("WITH bumped AS (UPDATE schema_info SET version = 99 RETURNING 1) SELECT count(*) FROM bumped"));
    const Run refused = rollbookd({QStringLiteral("init"), QStringLiteral("--pg"), m_url});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.output.contains(u"newer rollbookd"), qPrintable(refused.output));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM schema_info")), 99);
    const Run load = rollbookd(
        {QStringLiteral("load"), QStringLiteral("--pg"), m_url, QStringLiteral("--from"), test::demoSchool(300)});
    QCOMPARE(load.code, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), 0);
}

void TestRollbookd::columnRulesAreDomainsAndStillHold()
{
    // A school's database at schema 2, with a user in it, as an older rollbookd left it.
    scalar(QStringLiteral("SELECT 1"));
    QSqlQuery setUp(m_db);
    for (int version : {1, 2})
        QVERIFY2(setUp.exec(PgSchema::migration(version)), qPrintable(setUp.lastError().text()));
    QVERIFY(setUp.exec(QStringLiteral("INSERT INTO schema_info VALUES (2, gen_random_uuid(), 0)")));
    QVERIFY(setUp.exec(QStringLiteral("INSERT INTO users (gid, first_name, sort_name, email, registered_at, status) "
                                      "VALUES ('\\x000102030405060708090a0b0c0d0e0f', 'Ana', 'ana', 'ana@example.com', "
                                      "0, 1)")));
    const Run migrated = rollbookd({QStringLiteral("init"), QStringLiteral("--pg"), m_url});
    QCOMPARE(migrated.code, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM schema_info")), PgSchema::latestVersion());
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM users WHERE email = 'ana@example.com'")), 1);
    // Only the columns a trigger names keep a CHECK; every other rule is its column's domain.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM pg_constraint c WHERE c.contype = 'c' AND c.conrelid <> 0 AND NOT EXISTS "
                 "(SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_trigger'::regclass AND d.refobjid = c.conrelid "
                 "AND d.refobjsubid = c.conkey[1])")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND "
                                   "column_name = 'gid' AND data_type = 'bytea' AND domain_name = 'users_gid_value'")),
             1);
    // And the rules still hold, on the columns an UPDATE writes and on those it does not.
    for (const char *broken : {"status = 9", "phone = 'call me'", "email = 'nobody'", "total_spent = -1",
                               "gid = '\\x01'", "opt_newsletter = 2"}) {
        QSqlQuery update(m_db);
        QVERIFY2(!update.exec(QStringLiteral("UPDATE users SET %1").arg(QLatin1String(broken))), broken);
        QVERIFY2(update.lastError().text().contains(u"violates check constraint"),
                 qPrintable(update.lastError().text()));
    }
    QSqlQuery fine(m_db);
    QVERIFY(fine.exec(QStringLiteral("UPDATE users SET status = 3, phone = '+34600111222'")));
}

void TestRollbookd::keptStatementsReadAsQpsqlDoes()
{
    scalar(QStringLiteral("SELECT 1"));
    QSqlQuery setUp(m_db);
    QVERIFY(setUp.exec(QStringLiteral("CREATE TABLE sample (id bigint PRIMARY KEY, flag boolean, small integer, "
                                      "blob bytea, note text, ratio double precision, amount numeric, doc json)")));
    const QString insert = QStringLiteral("INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString select = QStringLiteral("SELECT id, flag, small, blob, note, ratio, amount, doc, '?' AS mark, "
                                          "id * 2 AS twice FROM sample WHERE id >= ? ORDER BY id");
    const QList<QVariantList> rows{
        {qint64(1), true, 7, QByteArray("\x00\x01'\\\"z", 6), QStringLiteral("Zoë's \"note\" ?"), 0.25, 12.5,
         QStringLiteral("{\"a\": 1}")},
        {qint64(2), false, -3, QByteArray(), QString(), QVariant(QMetaType(QMetaType::Double)), 0, QString()},
        {qint64(3), QVariant(QMetaType(QMetaType::Bool)), QVariant(QMetaType(QMetaType::Int)),
         QVariant(QMetaType(QMetaType::QByteArray)), QStringLiteral(""), -1e300, -7, QStringLiteral("[]")}};
    PgResult *made = new PgResult(m_db);
    QSqlQuery kept(made);
    QVERIFY2(kept.prepare(insert), qPrintable(kept.lastError().text()));
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            kept.addBindValue(value);
        QVERIFY2(kept.exec(), qPrintable(kept.lastError().text()));
        QCOMPARE(kept.numRowsAffected(), 1);
    }
    // Read back through both: the same values, of the same types, row by row.
    QSqlQuery plain(m_db);
    QSqlQuery keptSelect(new PgResult(m_db));
    QVERIFY(plain.prepare(select));
    QVERIFY(keptSelect.prepare(select));
    for (int round = 0; round < 2; ++round) { // the statement stays prepared across executions
        plain.addBindValue(qint64(1));
        keptSelect.addBindValue(qint64(1));
        QVERIFY(plain.exec());
        QVERIFY2(keptSelect.exec(), qPrintable(keptSelect.lastError().text()));
        QCOMPARE(keptSelect.size(), 3);
        QCOMPARE(keptSelect.record().count(), plain.record().count());
        int read = 0;
        while (plain.next()) {
            QVERIFY(keptSelect.next());
            for (int i = 0; i < plain.record().count(); ++i) {
                const QVariant want = plain.value(i);
                const QVariant got = keptSelect.value(i);
                QVERIFY2(got.metaType() == want.metaType(),
                         qPrintable(QStringLiteral("column %1: %2, QPSQL %3")
                                        .arg(QString::number(i), QLatin1String(got.metaType().name()),
                                             QLatin1String(want.metaType().name()))));
                QCOMPARE(got.isNull(), want.isNull());
                QCOMPARE(got, want);
                QCOMPARE(keptSelect.isNull(i), plain.isNull(i));
            }
            ++read;
        }
        QVERIFY(!keptSelect.next());
        QCOMPARE(read, 3);
    }
    // A failure carries PostgreSQL's SQLSTATE as its native code, as QPSQL's do.
    for (const QVariant &value : rows.first())
        kept.addBindValue(value);
    QVERIFY(!kept.exec());
    QCOMPARE(kept.lastError().nativeErrorCode(), QStringLiteral("23505"));
    QCOMPARE(SqlDialect::kindOf(kept.lastError()), ErrorKind::Conflict);
    QVERIFY(kept.lastError().databaseText().contains(u"duplicate key"));
    QCOMPARE(PgResult::numbered(QStringLiteral("SELECT '?', \"a?\", ? FROM t WHERE x = ? AND y = 'it''s ?'")),
             QByteArray("SELECT '?', \"a?\", $1 FROM t WHERE x = $2 AND y = 'it''s ?'"));
}

void TestRollbookd::loadMovesTheSchool()
{
    const Run load = rollbookd(
        {QStringLiteral("load"), QStringLiteral("--pg"), m_url, QStringLiteral("--from"), test::demoSchool(300)});
    QCOMPARE(load.code, 0);
    QVERIFY2(load.output.contains(u"users: 300 of 300 rows"), qPrintable(load.output));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), 300);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM platform_totals WHERE metric = 'users'")), 300);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users u WHERE credit_balance <> (SELECT coalesce(sum(amount), "
                                   "0) FROM credit_ledger l WHERE l.user_id = u.id)")),
             0);
    // New rows take ids after the loaded ones.
    QCOMPARE(
        scalar(QStringLiteral("WITH added AS (INSERT INTO products (gid, kind, title, currency, created_at) VALUES "
                              "('\\x0123456789abcdef0123456789abcdef', 'course', 'New', 'USD', 0) RETURNING id) "
                              "SELECT (SELECT id FROM added) > (SELECT max(id) FROM products WHERE title <> 'New')")),
        1);
    const Run again = rollbookd(
        {QStringLiteral("load"), QStringLiteral("--pg"), m_url, QStringLiteral("--from"), test::demoSchool(300)});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.output.contains(u"already holds a school"), qPrintable(again.output));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")), 300);
}

void TestRollbookd::operatorsAddListDisable()
{
    const QStringList base{QStringLiteral("operator"), QStringLiteral("--pg"), m_url};
    const Run shortPassword = rollbookd(
        base + QStringList{QStringLiteral("add"), QStringLiteral("Sam"), QStringLiteral("--password-stdin")},
        "short\n");
    QCOMPARE(shortPassword.code, 1);
    QVERIFY2(shortPassword.output.contains(u"12 to 128"), qPrintable(shortPassword.output));
    QCOMPARE(rollbookd(base
                           + QStringList{QStringLiteral("add"), QStringLiteral("Sam"), QStringLiteral("--role"),
                                         QStringLiteral("support"), QStringLiteral("--password-stdin")},
                       "a long enough secret\n")
                 .code,
             0);
    const Run list = rollbookd(base + QStringList{QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.output.contains(u"Sam\tsupport\tcan sign in"), qPrintable(list.output));
    QVERIFY(!list.output.contains(u"argon2"));
    auto db = PgStore::connect(m_url, QStringLiteral("check"));
    QVERIFY(db.ok());
    m_db = *db;
    QCOMPARE(ServerOperators::verify(m_db, QStringLiteral("sam"), QStringLiteral("a long enough secret"))->role,
             QStringLiteral("support"));
    QCOMPARE(ServerOperators::verify(m_db, QStringLiteral("Sam"), QStringLiteral("wrong")).errorKind(),
             ErrorKind::Forbidden);
    QCOMPARE(rollbookd(base + QStringList{QStringLiteral("disable"), QStringLiteral("Sam")}).code, 0);
    QVERIFY(!ServerOperators::verify(m_db, QStringLiteral("Sam"), QStringLiteral("a long enough secret")).ok());
    QVERIFY(rollbookd(base + QStringList{QStringLiteral("list")}).output.contains(u"Sam\tsupport\tdisabled"));
    QCOMPARE(rollbookd(base + QStringList{QStringLiteral("disable"), QStringLiteral("Nobody")}).code, 1);
}

void TestRollbookd::badUrlIsAClearError()
{
    const Run bad = rollbookd({QStringLiteral("init"), QStringLiteral("--pg"), QStringLiteral("postgresql://[::1")});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.output.contains(u"not a PostgreSQL connection URL"), qPrintable(bad.output));
    const Run none = rollbookd(
        {QStringLiteral("init"), QStringLiteral("--pg"), QStringLiteral("host=/nonexistent-socket-dir dbname=school")});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.output.contains(u"Could not connect"), qPrintable(none.output));
}

QTEST_GUILESS_MAIN(TestRollbookd)
#include "test_rollbookd.moc"

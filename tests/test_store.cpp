#include "database.h"
#include "keptquery.h"
#include "schema.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rollbook;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsCurrentSchema();
    void reopensWithoutChanges();
    void enforcesConstraints();
    void searchIndexFollowsInsertUpdateDelete();
    void searchIndexFollowsCustomFields();
    void deletingUserCascades();
    void rejectsMissingFile();
    void rejectsNonSqliteFile();
    void rejectsForeignSqliteDatabase();
    void rejectsNewerVersion();
    void upgradesOlderSchema();
    void upgradeMendsNameKeys();
    void rejectsReadOnlyFile();
    void rejectsLockedFile();
    void rejectsDamagedFile();
    void keptQueriesAreReusedNeverShared();

private:
    QString pathFor(const QString &name) const { return m_dir->filePath(name); }
    qint64 ftsMatches(QSqlDatabase &db, const QString &phrase);
    void expectRefused(const QString &path, const QString &needle);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        Database::close(name);
    m_dir.reset();
}

qint64 TestStore::ftsMatches(QSqlDatabase &db, const QString &phrase)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM users_fts WHERE users_fts MATCH ?"));
    query.addBindValue(QString(u'"' + phrase + u'"'));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestStore::expectRefused(const QString &path, const QString &needle)
{
    const QByteArray before = test::fileHash(path);
    const bool hadWal = QFile::exists(path + QStringLiteral("-wal"));
    auto opened = Database::open(path, QStringLiteral("refused"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(needle, Qt::CaseInsensitive), qPrintable(opened.error()));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("refused")));
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(QFile::exists(path + QStringLiteral("-wal")), hadWal);
}

void TestStore::createsCurrentSchema()
{
    QSqlDatabase db = test::createStore(pathFor(QStringLiteral("new.rollbook")), QStringLiteral("db"));
    QCOMPARE(Database::schemaVersion(db), latestSchemaVersion());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                      "(SELECT journal_mode FROM pragma_journal_mode), "
                                      "(SELECT foreign_keys FROM pragma_foreign_keys)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), RollbookApplicationId);
    QCOMPARE(query.value(1).toString(), QStringLiteral("wal"));
    QCOMPARE(query.value(2).toInt(), 1);
    // The whole data model is there, later screens' tables included.
    for (const char *table : {"users",
                              "custom_fields",
                              "custom_values",
                              "groups",
                              "group_members",
                              "products",
                              "enrollments",
                              "payments",
                              "subscriptions",
                              "credit_ledger",
                              "activity_daily",
                              "ratings",
                              "comments",
                              "coupons",
                              "coupon_redemptions",
                              "tests",
                              "test_attempts",
                              "test_answers",
                              "contests",
                              "contest_submissions",
                              "mailing_lists",
                              "mailing_list_members",
                              "campaigns",
                              "campaign_recipients",
                              "notifications",
                              "tickets",
                              "ticket_messages",
                              "conversations",
                              "messages",
                              "kyc_documents",
                              "operators",
                              "audit_log",
                              "login_tokens",
                              "settings",
                              "commands"}) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        exists.addBindValue(QString::fromLatin1(table));
        QVERIFY(exists.exec() && exists.next());
        QVERIFY2(exists.value(0).toInt() == 1, table);
    }
    // Every directory sort has its index: no sort of the whole table at query time.
    QSqlQuery plan(db);
    QVERIFY(plan.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT id, status FROM users ORDER BY last_active_at, status, id")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + u'\n';
    QVERIFY2(details.contains(u"users_by_last_active") && !details.contains(u"TEMP B-TREE"), qPrintable(details));
}

void TestStore::reopensWithoutChanges()
{
    const QString path = pathFor(QStringLiteral("again.rollbook"));
    {
        QSqlDatabase db = test::createStore(path, QStringLiteral("first"));
        test::addUser(db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
    }
    Database::close(QStringLiteral("first"));
    auto reopened = Database::open(path, QStringLiteral("second"));
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QSqlQuery query(*reopened);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestStore::enforcesConstraints()
{
    QSqlDatabase db = test::createStore(pathFor(QStringLiteral("c.rollbook")), QStringLiteral("db"));
    test::addUser(db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
    const auto refused = [&](const QString &sql) {
        QSqlQuery query(db);
        return !query.exec(sql);
    };
    // Email is unique whatever its case.
    QVERIFY(refused(QStringLiteral("INSERT INTO users (gid, first_name, sort_name, email, registered_at) "
                                   "VALUES (randomblob(16), 'B', 'b', 'ANA@example.com', 0)")));
    QVERIFY(refused(QStringLiteral("INSERT INTO users (gid, first_name, sort_name, email, registered_at) "
                                   "VALUES (randomblob(16), 'B', 'b', 'not-an-email', 0)")));
    QVERIFY(refused(QStringLiteral("INSERT INTO users (gid, first_name, sort_name, email, phone, registered_at) "
                                   "VALUES (randomblob(16), 'B', 'b', 'b@example.com', '07700 900123', 0)")));
    QVERIFY(refused(QStringLiteral("INSERT INTO users (gid, first_name, sort_name, email, status, registered_at) "
                                   "VALUES (randomblob(16), 'B', 'b', 'c@example.com', 9, 0)")));
    QVERIFY(refused(QStringLiteral("INSERT INTO users (gid, first_name, sort_name, email, registered_at) "
                                   "VALUES (randomblob(8), 'B', 'b', 'd@example.com', 0)")));
    QVERIFY(refused(QStringLiteral("INSERT INTO enrollments (gid, user_id, product_id, status, source, enrolled_at) "
                                   "VALUES (randomblob(16), 999, 1, 'active', 'admin', 0)")));
    QVERIFY(refused(QStringLiteral("INSERT INTO credit_ledger (gid, user_id, amount, currency, reason, created_at) "
                                   "VALUES (randomblob(16), 1, 0, 'USD', 'adjustment', 0)")));
    QSqlQuery count(db);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM users")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestStore::searchIndexFollowsInsertUpdateDelete()
{
    QSqlDatabase db = test::createStore(pathFor(QStringLiteral("s.rollbook")), QStringLiteral("db"));
    const auto id = test::addUser(db, QStringLiteral("José"), QStringLiteral("Núñez"), QStringLiteral("jn@example.com"),
                                  QStringLiteral("+447700900123"), QStringLiteral("Café Olé"));
    QCOMPARE(ftsMatches(db, QStringLiteral("jose")), 1);
    QCOMPARE(ftsMatches(db, QStringLiteral("nunez")), 1);
    QCOMPARE(ftsMatches(db, QStringLiteral("cafe ole")), 1);
    QCOMPARE(ftsMatches(db, QStringLiteral("7700900")), 1);

    QSqlQuery update(db);
    QVERIFY(update.exec(
        QStringLiteral("UPDATE users SET last_name = 'Pérez', phone = '+12015550123' WHERE id = %1").arg(id)));
    QCOMPARE(ftsMatches(db, QStringLiteral("nunez")), 0);
    QCOMPARE(ftsMatches(db, QStringLiteral("perez")), 1);
    QCOMPARE(ftsMatches(db, QStringLiteral("7700900")), 0);
    QCOMPARE(ftsMatches(db, QStringLiteral("2015550123")), 1);

    QSqlQuery remove(db);
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(id)));
    QCOMPARE(ftsMatches(db, QStringLiteral("perez")), 0);
    QSqlQuery integrity(db);
    QVERIFY(integrity.exec(QStringLiteral("INSERT INTO users_fts (users_fts) VALUES ('integrity-check')")));
}

void TestStore::searchIndexFollowsCustomFields()
{
    QSqlDatabase db = test::createStore(pathFor(QStringLiteral("cf.rollbook")), QStringLiteral("db"));
    const auto id = test::addUser(db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
    QSqlQuery setup(db);
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO custom_fields (id, gid, key, label, type, searchable) VALUES "
                                      "(1, randomblob(16), 'student_id', 'Student ID', 'text', 1), "
                                      "(2, randomblob(16), 'secret', 'Secret', 'text', 0)")));
    QVERIFY(setup.exec(
        QStringLiteral("INSERT INTO custom_values VALUES (%1, 1, 'S-778899'), (%1, 2, 'hidden-value')").arg(id)));
    QCOMPARE(ftsMatches(db, QStringLiteral("s-778899")), 1);
    QCOMPARE(ftsMatches(db, QStringLiteral("hidden-value")), 0);
    QVERIFY(setup.exec(
        QStringLiteral("UPDATE custom_values SET value = 'S-111222' WHERE user_id = %1 AND field_id = 1").arg(id)));
    QCOMPARE(ftsMatches(db, QStringLiteral("s-778899")), 0);
    QCOMPARE(ftsMatches(db, QStringLiteral("s-111222")), 1);
    QVERIFY(setup.exec(QStringLiteral("DELETE FROM custom_values WHERE user_id = %1 AND field_id = 1").arg(id)));
    QCOMPARE(ftsMatches(db, QStringLiteral("s-111222")), 0);
    QCOMPARE(ftsMatches(db, QStringLiteral("ana")), 1);
}

void TestStore::deletingUserCascades()
{
    QSqlDatabase db = test::createStore(pathFor(QStringLiteral("d.rollbook")), QStringLiteral("db"));
    const auto id = test::addUser(db, QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("ana@example.com"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO products (id, gid, kind, title, price, currency, created_at) "
                                  "VALUES (1, randomblob(16), 'course', 'SQL', 1000, 'USD', 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO enrollments (gid, user_id, product_id, status, source, enrolled_at) "
                                  "VALUES (randomblob(16), %1, 1, 'active', 'admin', 0)")
                       .arg(id)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO activity_daily VALUES (%1, 20000, 30, 10, 1)").arg(id)));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(id)));
    for (const char *table : {"enrollments", "activity_daily", "user_search"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
        QVERIFY2(q.value(0).toInt() == 0, table);
    }
}

void TestStore::rejectsMissingFile()
{
    const QString path = pathFor(QStringLiteral("missing.rollbook"));
    auto opened = Database::open(path, QStringLiteral("refused"));
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
}

void TestStore::rejectsNonSqliteFile()
{
    const QString path = pathFor(QStringLiteral("notes.rollbook"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,email\nAna,ana@example.com\n");
    file.close();
    expectRefused(path, QStringLiteral("not a Rollbook database"));
}

void TestStore::rejectsForeignSqliteDatabase()
{
    const QString path = pathFor(QStringLiteral("other.sqlite"));
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')", nullptr, nullptr,
                          nullptr),
             SQLITE_OK);
    sqlite3_close(raw);
    expectRefused(path, QStringLiteral("not a Rollbook one"));
}

void TestStore::rejectsNewerVersion()
{
    const QString path = pathFor(QStringLiteral("future.rollbook"));
    {
        QSqlDatabase db = test::createStore(path, QStringLiteral("db"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    Database::close(QStringLiteral("db"));
    expectRefused(path, QStringLiteral("newer version of Rollbook"));
}

void TestStore::upgradesOlderSchema()
{
    // A store written by the first release (schema 1), with users, enrollments and ratings in it.
    const QString path = pathFor(QStringLiteral("v1.rollbook"));
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    Database::registerFunctions(raw);
    for (const QString &statement : migrationStatements(1))
        QCOMPARE(sqlite3_exec(raw, statement.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    const QByteArray data
        = QStringLiteral(
              "PRAGMA application_id = %1; PRAGMA user_version = 1;"
              "INSERT INTO products VALUES (1, randomblob(16), 1, 'live_class', 'Live Q&A', 0, 'USD', 0);"
              "INSERT INTO users (id, gid, first_name, sort_name, email, registered_at, total_spent) VALUES "
              "(1, randomblob(16), 'Ana', 'ana', 'ana@example.com', 0, 1200), "
              "(2, randomblob(16), 'Ben', 'ben', 'ben@example.com', 0, 300);"
              "INSERT INTO enrollments (gid, user_id, product_id, status, source, enrolled_at) VALUES "
              "(randomblob(16), 1, 1, 'active', 'admin', 0);"
              "INSERT INTO ratings (gid, user_id, product_id, stars, created_at) VALUES (randomblob(16), 2, 1, 3, 0);")
              .arg(RollbookApplicationId)
              .toUtf8();
    QCOMPARE(sqlite3_exec(raw, data.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);

    {
        auto opened = Database::open(path, QStringLiteral("db"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(Database::schemaVersion(*opened), latestSchemaVersion());
        QSqlQuery query(*opened);
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(metric || '=' || value, ' ') FROM "
                                          "(SELECT * FROM platform_totals ORDER BY metric)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(),
                 QStringLiteral("enrollments=1 income=1500 live_enrollments=1 "
                                "rating_stars=3 ratings=1 users=2"));
    }
    Database::close(QStringLiteral("db"));
}

void TestStore::upgradeMendsNameKeys()
{
    // Schema 3 folded "İbrahim" to a capital "Ibrahim", which sorted before "aarav" and did not
    // match a search for "ibrahim"; schema 4 makes those keys again.
    const QString path = pathFor(QStringLiteral("v3.rollbook"));
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    Database::registerFunctions(raw);
    for (int version = 1; version <= 3; ++version) {
        for (const QString &statement : migrationStatements(version))
            QCOMPARE(sqlite3_exec(raw, statement.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const QByteArray data = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 3;"
                                           "INSERT INTO users (id, gid, first_name, last_name, sort_name, email, "
                                           "registered_at) VALUES (1, randomblob(16), 'İbrahim', 'Yılmaz', "
                                           "'Ibrahim yilmaz', 'ib@example.com', 0), (2, randomblob(16), 'Aarav', "
                                           "'Shah', 'aarav shah', 'aarav@example.com', 0);"
                                           "UPDATE user_search SET key = 'Ibrahim yilmaz' WHERE user_id = 1;")
                                .arg(RollbookApplicationId)
                                .toUtf8();
    QCOMPARE(sqlite3_exec(raw, data.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    {
        auto opened = Database::open(path, QStringLiteral("db"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QSqlQuery query(*opened);
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(first_name, ',') FROM "
                                          "(SELECT first_name FROM users ORDER BY sort_name)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Aarav,İbrahim"));
        QVERIFY(query.exec(QStringLiteral("SELECT rowid FROM users_fts WHERE users_fts MATCH '\"ibrahim\"'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    Database::close(QStringLiteral("db"));
}

void TestStore::rejectsReadOnlyFile()
{
    const QString path = pathFor(QStringLiteral("ro.rollbook"));
    test::createStore(path, QStringLiteral("db"));
    Database::close(QStringLiteral("db"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    expectRefused(path, QStringLiteral("read-only"));
    // Asked to, it opens for reading.
    OpenOptions options;
    options.readOnly = true;
    auto opened = Database::open(path, QStringLiteral("reader"), options);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestStore::rejectsLockedFile()
{
    const QString path = pathFor(QStringLiteral("locked.rollbook"));
    test::createStore(path, QStringLiteral("db"));
    Database::close(QStringLiteral("db"));
    // Another program holds the file exclusively.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other,
                          "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                          "INSERT INTO settings VALUES ('held', 'yes');",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    OpenOptions options;
    options.busyTimeoutMs = 100;
    auto opened = Database::open(path, QStringLiteral("refused"), options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("locked by another program")), qPrintable(opened.error()));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
}

void TestStore::rejectsDamagedFile()
{
    const QString path = pathFor(QStringLiteral("damaged.rollbook"));
    {
        QSqlDatabase db = test::createStore(path, QStringLiteral("db"));
        for (int i = 0; i < 300; ++i)
            test::addUser(db, QStringLiteral("User"), QString::number(i), QStringLiteral("u%1@example.com").arg(i));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    Database::close(QStringLiteral("db"));
    // Truncated, as by an interrupted copy.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    expectRefused(path, QStringLiteral("damaged"));
}

QTEST_GUILESS_MAIN(TestStore)
void TestStore::keptQueriesAreReusedNeverShared()
{
    QSqlDatabase db = test::createStore(pathFor(QStringLiteral("kept.rollbook")), QStringLiteral("kept"));
    QSqlQuery setup(db);
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3)")));
    const QString sql = QStringLiteral("SELECT n FROM numbers WHERE n >= ? ORDER BY n");
    const auto count = [&](KeptQuery &kept, int from) {
        kept.query().addBindValue(from);
        int rows = 0;
        if (kept.query().exec()) {
            while (kept.query().next())
                ++rows;
        }
        return rows;
    };
    // A connection that does not keep its statements prepares each time.
    {
        KeptQuery once(db, sql);
        QCOMPARE(count(once, 1), 3);
    }
    QCOMPARE(KeptQuery::kept(db.connectionName()), 0);

    KeptQuery::keepOn(db);
    {
        KeptQuery first(db, sql);
        QCOMPARE(count(first, 2), 2);
    }
    QCOMPARE(KeptQuery::kept(db.connectionName()), 1);
    {
        // The kept one again, with new values; and, while it is open mid-way, the same text nested
        // gets a statement of its own that does not disturb it.
        KeptQuery outer(db, sql);
        QCOMPARE(KeptQuery::kept(db.connectionName()), 0);
        outer.query().addBindValue(1);
        QVERIFY(outer.query().exec());
        QVERIFY(outer.query().next());
        QCOMPARE(outer.query().value(0).toInt(), 1);
        {
            KeptQuery inner(db, sql);
            QCOMPARE(count(inner, 3), 1);
        }
        QVERIFY(outer.query().next());
        QCOMPARE(outer.query().value(0).toInt(), 2);
    }
    QCOMPARE(KeptQuery::kept(db.connectionName()), 2);
    {
        KeptQuery broken(db, QStringLiteral("SELECT nothing FROM nowhere"));
        QVERIFY(!broken.query().exec());
    }
    QCOMPARE(KeptQuery::kept(db.connectionName()), 2);
    KeptQuery::forget(db.connectionName());
    QCOMPARE(KeptQuery::kept(db.connectionName()), 0);
}

#include "test_store.moc"

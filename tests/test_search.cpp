#include "database.h"
#include "directory/userqueryengine.h"
#include "directory/userrows.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// The directory's search and sort on tricky data: accents, case, scripts, apostrophes, phones.
class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void finds_data();
    void finds();
    void statusTabsAndCounts();
    void sortsBothWays();
    void sortsByCustomField();
    void searchCombinesWithSortAndStatus();
    void seesNewRowsAfterInvalidate();
    void cancelledQueryReportsNothing();
    void firstPageIsThePrefixOfTheResult_data();
    void firstPageIsThePrefixOfTheResult();

private:
    QStringList names(const UserQueryResult &result);
    UserQueryResult run(const UserQuery &query);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    std::unique_ptr<UserQueryEngine> m_engine;
};

void TestSearch::initTestCase()
{
    m_db = test::createStore(m_dir.filePath(QStringLiteral("search.rollbook")), QStringLiteral("db"));
    // name, email, phone, company, status, credit
    test::addUser(m_db, QStringLiteral("José"), QStringLiteral("Álvarez"), QStringLiteral("jose.alvarez@example.org"),
                  QStringLiteral("+34612345678"), QStringLiteral("Café Olé S.L."), 0, 500);
    test::addUser(m_db, QStringLiteral("Nguyễn"), QStringLiteral("Văn An"), QStringLiteral("an.nguyen@mail.vn"),
                  QStringLiteral("+84912345678"), {}, 1, 0);
    test::addUser(m_db, QStringLiteral("伟"), QStringLiteral("王"), QStringLiteral("wang.wei@example.cn"),
                  QStringLiteral("+8613812345678"), QStringLiteral("Tōkyō Digital KK"), 0, 1200);
    test::addUser(m_db, QStringLiteral("Seán"), QStringLiteral("O'Brien"), QStringLiteral("sean@obrien.ie"),
                  QStringLiteral("+447700900123"), {}, 2, 50);
    test::addUser(m_db, QStringLiteral("Jürgen"), QStringLiteral("Groß"), QStringLiteral("jg@gmx.de"),
                  QStringLiteral("+4915112345678"), QStringLiteral("Müller & Söhne GmbH"), 3, 9000);
    test::addUser(m_db, QStringLiteral("Liam"), QStringLiteral("Smith"), QStringLiteral("liam.smith@example.org"),
                  QStringLiteral("+12015550123"), {}, 0, 7);
    test::addUser(m_db, QStringLiteral("محمد"), QStringLiteral("حداد"), QStringLiteral("m.haddad@example.com"), {}, {},
                  0, 300);
    QSqlQuery field(m_db);
    QVERIFY(field.exec(QStringLiteral("INSERT INTO custom_fields (id, gid, key, label, type, searchable) VALUES "
                                      "(1, randomblob(16), 'student_id', 'Student ID', 'text', 1), "
                                      "(2, randomblob(16), 'year', 'Year', 'number', 0)")));
    QVERIFY(field.exec(QStringLiteral(
        "INSERT INTO custom_values VALUES (1, 1, 'S0000042'), (2, 2, '9'), (3, 2, '10'), (4, 2, '2024')")));
    m_engine = std::make_unique<UserQueryEngine>(m_db);
}

void TestSearch::cleanupTestCase()
{
    m_engine.reset();
    m_db = QSqlDatabase();
    Database::close(QStringLiteral("db"));
}

UserQueryResult TestSearch::run(const UserQuery &query)
{
    auto result = m_engine->run(query);
    if (!result)
        qFatal("query failed: %s", qPrintable(result.error()));
    return *result;
}

QStringList TestSearch::names(const UserQueryResult &result)
{
    UserRowReader reader(m_db);
    auto rows = reader.read(result.ids);
    QStringList out;
    for (const UserRow &row : *rows)
        out.append(row.displayName());
    return out;
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    const QString jose = QStringLiteral("José Álvarez");
    const QString an = QStringLiteral("Nguyễn Văn An");
    const QString wang = QStringLiteral("王 伟");
    const QString sean = QStringLiteral("Seán O'Brien");
    const QString jurgen = QStringLiteral("Jürgen Groß");
    const QString liam = QStringLiteral("Liam Smith");
    const QString haddad = QStringLiteral("محمد حداد");
    QTest::newRow("unaccented finds accented") << QStringLiteral("jose") << QStringList{jose};
    QTest::newRow("accented query") << QStringLiteral("ÁLVAREZ") << QStringList{jose};
    QTest::newRow("vietnamese") << QStringLiteral("nguyen") << QStringList{an};
    QTest::newRow("eszett") << QStringLiteral("gross") << QStringList{jurgen};
    QTest::newRow("cjk one character") << QStringLiteral("王") << QStringList{wang};
    QTest::newRow("arabic") << QStringLiteral("حداد") << QStringList{haddad};
    QTest::newRow("apostrophe typed") << QStringLiteral("o'brien") << QStringList{sean};
    QTest::newRow("apostrophe left out") << QStringLiteral("obrien") << QStringList{sean};
    QTest::newRow("email fragment") << QStringLiteral("example.org") << QStringList{jose, liam};
    QTest::newRow("company with accents") << QStringLiteral("tokyo digital") << QStringList{wang};
    QTest::newRow("phone international") << QStringLiteral("+44 7700") << QStringList{sean};
    QTest::newRow("phone digits") << QStringLiteral("447700") << QStringList{sean};
    QTest::newRow("phone national") << QStringLiteral("07700 900123") << QStringList{sean};
    QTest::newRow("two words") << QStringLiteral("jose alv") << QStringList{jose};
    QTest::newRow("two characters") << QStringLiteral("li") << QStringList{liam};
    QTest::newRow("long and short term") << QStringLiteral("smith li") << QStringList{liam};
    QTest::newRow("searchable custom field") << QStringLiteral("S0000042") << QStringList{jose};
    QTest::newRow("no match") << QStringLiteral("zzzqqq") << QStringList{};
    QTest::newRow("quote in query is harmless") << QStringLiteral("\"smith") << QStringList{};
}

void TestSearch::finds()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    UserQuery query;
    query.search = typed;
    query.sort = {UserColumn::Name, 0, false};
    QStringList found = names(run(query));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestSearch::statusTabsAndCounts()
{
    UserQuery query;
    query.status = UserStatus::Active;
    const UserQueryResult active = run(query);
    QCOMPARE(active.ids.size(), std::size_t(4));
    QCOMPARE(active.statusCounts[0], 4);
    QCOMPARE(active.statusCounts[1], 1);
    QCOMPARE(active.statusCounts[2], 1);
    QCOMPARE(active.statusCounts[3], 1);
    QCOMPARE(active.allUsers, 7);
    query.status = UserStatus::Suspended;
    QCOMPARE(names(run(query)), QStringList{QStringLiteral("Seán O'Brien")});
}

void TestSearch::sortsBothWays()
{
    UserQuery query;
    query.sort = {UserColumn::CreditBalance, 0, false};
    QStringList ascending = names(run(query));
    QCOMPARE(ascending.first(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(ascending.last(), QStringLiteral("Jürgen Groß"));
    query.sort.descending = true;
    QStringList descending = names(run(query));
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);

    query.sort = {UserColumn::Name, 0, false};
    const QStringList byName = names(run(query));
    QCOMPARE(
        byName.mid(0, 3),
        (QStringList{QStringLiteral("José Álvarez"), QStringLiteral("Jürgen Groß"), QStringLiteral("Liam Smith")}));
}

void TestSearch::sortsByCustomField()
{
    UserQuery query;
    query.sort = {UserColumn::Name, 2, false};
    const QStringList byYear = names(run(query));
    // Numbers sort as numbers (9 < 10 < 2024); users without a value come after.
    QCOMPARE(byYear.mid(0, 3),
             (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("王 伟"), QStringLiteral("Seán O'Brien")}));
    QCOMPARE(byYear.size(), 7);
}

void TestSearch::searchCombinesWithSortAndStatus()
{
    UserQuery query;
    query.search = QStringLiteral("example");
    query.sort = {UserColumn::CreditBalance, 0, true};
    QCOMPARE(names(run(query)),
             (QStringList{QStringLiteral("王 伟"), QStringLiteral("José Álvarez"), QStringLiteral("محمد حداد"),
                          QStringLiteral("Liam Smith")}));
    query.status = UserStatus::Active;
    const UserQueryResult result = run(query);
    QCOMPARE(result.ids.size(), std::size_t(4));
    QCOMPARE(result.matching(), 4);
}

void TestSearch::seesNewRowsAfterInvalidate()
{
    UserQuery query;
    query.search = QStringLiteral("zoë");
    QCOMPARE(run(query).ids.size(), std::size_t(0));
    const auto id
        = test::addUser(m_db, QStringLiteral("Zoë"), QStringLiteral("Kim"), QStringLiteral("zoe@example.net"));
    m_engine->invalidate();
    QCOMPARE(run(query).ids, std::vector<std::int64_t>{id});
    QSqlQuery remove(m_db);
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(id)));
    m_engine->invalidate();
}

void TestSearch::cancelledQueryReportsNothing()
{
    m_engine->invalidate();
    UserQuery query;
    query.search = QStringLiteral("li");
    auto result = m_engine->run(query, [] { return true; });
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QStringLiteral("cancelled")));
}

void TestSearch::firstPageIsThePrefixOfTheResult_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("status");
    QTest::newRow("one letter") << QStringLiteral("a") << int(UserColumn::Registered) << true << -1;
    QTest::newRow("common fragment, by name") << QStringLiteral("gma") << int(UserColumn::Name) << false << -1;
    QTest::newRow("no search, new sort") << QString() << int(UserColumn::CreditBalance) << true << -1;
    QTest::newRow("status tab, new sort") << QString() << int(UserColumn::Email) << false << int(UserStatus::Active);
    QTest::newRow("email fragment, active")
        << QStringLiteral("gmail") << int(UserColumn::LastActive) << true << int(UserStatus::Active);
}

void TestSearch::firstPageIsThePrefixOfTheResult()
{
    QFETCH(QString, search);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(int, status);
    const QString connection = QStringLiteral("demo");
    {
        auto db = Database::open(test::demoSchool(5000), connection);
        QVERIFY(db.ok());
        UserQueryEngine engine(*db);
        UserQuery query;
        query.search = search;
        query.sort = {static_cast<UserColumn>(column), 0, descending};
        if (status >= 0)
            query.status = static_cast<UserStatus>(status);
        std::optional<UserQueryResult> page;
        auto result = engine.run(query, {}, [&](UserQueryResult first) { page = std::move(first); });
        QVERIFY(result.ok());
        QVERIFY(result->complete);
        // Nothing cached yet, and enough matches: the first page came first, and agrees.
        QVERIFY(page.has_value());
        QVERIFY(!page->complete);
        QCOMPARE(page->ids.size(), UserQueryEngine::FirstPageRows);
        QVERIFY(result->ids.size() >= page->ids.size());
        QVERIFY(std::equal(page->ids.begin(), page->ids.end(), result->ids.begin()));
        // Run again: everything is cached, so no first page is needed.
        page.reset();
        auto again = engine.run(query, {}, [&](UserQueryResult first) { page = std::move(first); });
        QVERIFY(!page.has_value());
        QCOMPARE(again->ids, result->ids);
    }
    Database::close(connection);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"

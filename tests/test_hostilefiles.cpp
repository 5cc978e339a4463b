#include "database.h"
#include "import/importtable.h"
#include "import/userimport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rollbook;

/// The files of the hostile-files report (tests/hostile/make_hostile.py), each through
/// rollbook-cli import as a user would run it: a clear error or warning, a non-zero exit where
/// the file cannot go in, and the store byte for byte as it was. Then what a file that does go in
/// leaves behind: audit rows with every field's before and after, and no operator row for a run
/// that changes nothing.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusedAndNothingChanged_data();
    void refusedAndNothingChanged();
    void guessedEncodingIsAWarning();
    void headerOnlyWritesNothing();
    void auditHoldsEveryFieldChanged();

private:
    struct Run
    {
        int code = -1;
        QString output;
    };
    Run cli(const QStringList &arguments);
    QString file(const QString &name) const { return m_files.filePath(name); }
    qint64 scalar(const QString &sql);

    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestHostileFiles::initTestCase()
{
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(QStringLiteral("python3"), {QStringLiteral(ROLLBOOK_HOSTILE_SCRIPT), m_files.path()});
    QVERIFY(python.waitForFinished(120'000));
    QCOMPARE(python.exitCode(), 0);
}

void TestHostileFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("school.rollbook"));
    {
        QSqlDatabase db = test::createStore(m_db, QStringLiteral("setup"));
        test::addUser(db, QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@example.com"), {},
                      QStringLiteral("Acme Ltd"));
        QSqlQuery setup(db);
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO custom_fields (id, gid, key, label, type, choices, required, "
                                          "searchable) VALUES (3, randomblob(16), 'department', 'Department', "
                                          "'text', '', 0, 1)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

void TestHostileFiles::cleanup()
{
    m_dir.reset();
}

TestHostileFiles::Run TestHostileFiles::cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ROLLBOOK_CLI), arguments);
    if (!process.waitForFinished(120'000))
        qFatal("rollbook-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

qint64 TestHostileFiles::scalar(const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return value;
}

void TestHostileFiles::refusedAndNothingChanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("column of seven letters") << "column-seven-letters.xlsx"
                                             << "past column XFD (16,384)";
    QTest::newRow("column of six letters") << "column-six-letters.xlsx"
                                           << "past column XFD";
    QTest::newRow("claims 1 TiB") << "claims-one-tebibyte.xlsx"
                                  << "claims 1,048,576 MB";
    QTest::newRow("whitespace, 300 MB") << "whitespace-bomb.xlsx"
                                        << "up to 256 MB";
    QTest::newRow("whitespace, ratio") << "whitespace-ratio.xlsx"
                                       << "more than 100 times";
    QTest::newRow("whitespace, lying size") << "whitespace-lying.xlsx"
                                            << "more than 100 times";
    QTest::newRow("shared string out of range") << "shared-string-out-of-range.xlsx"
                                                << "text number 7";
    QTest::newRow("billion laughs") << "billion-laughs.xlsx"
                                    << "DTD";
    QTest::newRow("5 MB cell (XLSX)") << "company-five-megabytes.xlsx"
                                      << "more than 32,767 characters";
    QTest::newRow("5 MB cell (CSV)") << "company-five-megabytes.csv"
                                     << "more than 32,767 characters";
    QTest::newRow("company of 300") << "company-300-characters.csv"
                                    << "The company has 300 characters";
    QTest::newRow("extra column (XLSX)") << "extra-column.xlsx"
                                         << "no title";
    QTest::newRow("extra column (CSV)") << "extra-column.csv"
                                        << "no title";
    QTest::newRow("NUL in the email") << "nul-in-email.csv"
                                      << "control character (U+0000)";
}

void TestHostileFiles::refusedAndNothingChanged()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QByteArray before = test::fileHash(m_db);
    const QString results = m_dir->filePath(QStringLiteral("results.csv"));
    for (const QString &step : {QStringLiteral("--dry-run"), QStringLiteral("--apply")}) {
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--in"), file(name),
                             step, QStringLiteral("--mode"), QStringLiteral("add-update"), QStringLiteral("--operator"),
                             QStringLiteral("Hostile Tester"), QStringLiteral("--results"), results});
        QVERIFY2(run.code == 1, qPrintable(step + u' ' + QString::number(run.code) + u'\n' + run.output));
        QVERIFY2(run.output.contains(says), qPrintable(run.output));
        QCOMPARE(test::fileHash(m_db), before);
    }
    // The results file of a line-level refusal says why, line by line.
    if (QFile::exists(results)) {
        QFile written(results);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(written.readAll()).contains(says));
    }
    // Ana's company is still hers (an update from a damaged cell would have blanked it).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE company = 'Acme Ltd'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operators WHERE name = 'Hostile Tester'")), 0);
}

void TestHostileFiles::guessedEncodingIsAWarning()
{
    const QString results = m_dir->filePath(QStringLiteral("results.csv"));
    const QByteArray before = test::fileHash(m_db);
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--in"),
                         file(QStringLiteral("not-utf8.csv")), QStringLiteral("--dry-run"), QStringLiteral("--mode"),
                         QStringLiteral("add-update"), QStringLiteral("--results"), results});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Warning: The file is not UTF-8 (line 3")), qPrintable(run.output));
    QCOMPARE(test::fileHash(m_db), before);
    QFile written(results);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY2(text.contains(QStringLiteral("warning")) && text.contains(QStringLiteral("Windows-1252")),
             qPrintable(text));
}

void TestHostileFiles::headerOnlyWritesNothing()
{
    const QByteArray before = test::fileHash(m_db);
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--in"),
                         file(QStringLiteral("header-only.csv")), QStringLiteral("--apply"),
                         QStringLiteral("--operator"), QStringLiteral("Nobody Yet")});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    QCOMPARE(test::fileHash(m_db), before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operators WHERE name = 'Nobody Yet'")), 0);
}

void TestHostileFiles::auditHoldsEveryFieldChanged()
{
    const QString in = m_dir->filePath(QStringLiteral("update.csv"));
    QFile csv(in);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("First name,Last name,Email,Company,Department\n"
              "Ana,Silva,ana@example.com,Globex,Physics\n"
              "Ben,Okafor,ben@example.com,Initech,History\n");
    csv.close();
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--in"), in,
                         QStringLiteral("--apply"), QStringLiteral("--mode"), QStringLiteral("add-update"),
                         QStringLiteral("--operator"), QStringLiteral("First Act")});
    QVERIFY2(run.code == 0, qPrintable(run.output));
    // The operator is recorded when they first act.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operators WHERE name = 'First Act'")), 1);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
    db.setDatabaseName(m_db);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT u.email, a.before_json, a.after_json FROM audit_log a JOIN users u "
                                          "ON u.id = a.target_id WHERE a.action = 'import' ORDER BY a.id")));
        QHash<QString, std::pair<QJsonObject, QJsonObject>> rows;
        while (query.next())
            rows.insert(query.value(0).toString(),
                        {QJsonDocument::fromJson(query.value(1).toByteArray()).object(),
                         QJsonDocument::fromJson(query.value(2).toByteArray()).object()});
        QCOMPARE(rows.size(), 2);
        const auto &[anaBefore, anaAfter] = rows.value(QStringLiteral("ana@example.com"));
        QCOMPARE(anaBefore.value(QStringLiteral("company")).toString(), QStringLiteral("Acme Ltd"));
        QCOMPARE(anaAfter.value(QStringLiteral("company")).toString(), QStringLiteral("Globex"));
        QVERIFY(anaBefore.value(QStringLiteral("custom.department")).isNull());
        QCOMPARE(anaAfter.value(QStringLiteral("custom.department")).toString(), QStringLiteral("Physics"));
        // Unchanged fields are not in the row.
        QVERIFY(!anaAfter.contains(QStringLiteral("first_name")));
        QVERIFY(!anaBefore.contains(QStringLiteral("last_name")));
        const auto &[benBefore, benAfter] = rows.value(QStringLiteral("ben@example.com"));
        QVERIFY(benBefore.isEmpty());
        QCOMPARE(benAfter.value(QStringLiteral("company")).toString(), QStringLiteral("Initech"));
        QCOMPARE(benAfter.value(QStringLiteral("custom.department")).toString(), QStringLiteral("History"));
        QCOMPARE(benAfter.value(QStringLiteral("last_name")).toString(), QStringLiteral("Okafor"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostilefiles.moc"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// rollbook-cli as a script uses it: the same rows the directory shows, and clear errors.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usersAsJson();
    void usersAsCsv();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void seedShowsProgressAndRefusesOverwrite();
    void exportWritesTheViewAndFailsClearly();
    void importDryRunThenApply();
    void auditForScripts();

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments);
};

TestCli::Run TestCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ROLLBOOK_CLI), arguments);
    if (!process.waitForFinished(120'000))
        qFatal("rollbook-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::usersAsJson()
{
    const QString db = rollbook::test::demoSchool(2000);
    const Run run = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--search"),
                         QStringLiteral("nguyen"), QStringLiteral("--status"), QStringLiteral("active"),
                         QStringLiteral("--sort"), QStringLiteral("credit_balance:desc"), QStringLiteral("--limit"),
                         QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QVERIFY(rows.size() > 0);
    double previous = 1e18;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(row.value(QStringLiteral("name")).toString().contains(QStringLiteral("Nguyễn"))
                || row.value(QStringLiteral("company")).toString().contains(QStringLiteral("Nguyễn")));
        const double credit = row.value(QStringLiteral("credit_balance")).toString().toDouble();
        QVERIFY(credit <= previous);
        previous = credit;
    }
}

void TestCli::usersAsCsv()
{
    const QString db = rollbook::test::demoSchool(2000);
    const Run run
        = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--sort"), QStringLiteral("name"),
               QStringLiteral("--limit"), QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.code, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY(lines.first().startsWith("id,name,email,phone,company,status,registered,last_active"));
    QCOMPARE(lines.size(), 12); // header, ten rows, the empty rest after the last CRLF
}

void TestCli::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = rollbook::test::demoSchool(2000);
    QTest::newRow("unknown status") << QStringList{QStringLiteral("users"), QStringLiteral("--db"), db,
                                                   QStringLiteral("--status"), QStringLiteral("gone")}
                                    << QStringLiteral("Unknown status");
    QTest::newRow("unknown column") << QStringList{QStringLiteral("users"), QStringLiteral("--db"), db,
                                                   QStringLiteral("--sort"), QStringLiteral("shoe_size")}
                                    << QStringLiteral("Unknown sort column");
    QTest::newRow("missing database") << QStringList{QStringLiteral("users"), QStringLiteral("--db"),
                                                     QStringLiteral("/nonexistent.rollbook")}
                                      << QStringLiteral("does not exist");
    QTest::newRow("bad user count") << QStringList{QStringLiteral("seed"), QStringLiteral("--users"),
                                                   QStringLiteral("many"), QStringLiteral("--out"),
                                                   QStringLiteral("x.rollbook")}
                                    << QStringLiteral("--users must be");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("dance")} << QStringLiteral("Usage:");
}

void TestCli::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QVERIFY(run.code != 0);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestCli::seedShowsProgressAndRefusesOverwrite()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("school.rollbook"));
    const QStringList arguments{QStringLiteral("seed"),
                                QStringLiteral("--users"),
                                QStringLiteral("500"),
                                QStringLiteral("--seed"),
                                QStringLiteral("3"),
                                QStringLiteral("--out"),
                                out};
    // A seed killed earlier left its part file: the next run removes it and says so.
    QFile leftover(out + QStringLiteral(".part"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write(QByteArray(300'000, 'x'));
    leftover.close();
    Run run = cli(arguments);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains("school.rollbook.part") && run.err.contains("left by an interrupted run"),
             run.err.constData());
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    QVERIFY(run.err.contains("Creating users"));
    QVERIFY(run.err.contains("Created"));
    run = cli(arguments);
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("already exists"));
}

void TestCli::exportWritesTheViewAndFailsClearly()
{
    const QString db = rollbook::test::demoSchool(2000);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("active.csv"));
    QFile leftover(out + QStringLiteral(".part"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write(QByteArray(2'000'000, ';'));
    leftover.close();
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                         QStringLiteral("active"), QStringLiteral("--sort"), QStringLiteral("email"),
                         QStringLiteral("--columns"), QStringLiteral("email,name,student_id"), QStringLiteral("--out"),
                         out, QStringLiteral("--delimiter"), QStringLiteral("semicolon"), QStringLiteral("--no-bom")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.contains("Wrote"));
    QVERIFY2(run.err.contains("Removed") && run.err.contains("active.csv.part (2.0 MB)"), run.err.constData());
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("Email;First name;Last name;Student ID\r"));
    // The same rows as the directory: every active user, by email.
    const Run listed
        = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--status"),
               QStringLiteral("active"), QStringLiteral("--sort"), QStringLiteral("email"), QStringLiteral("--limit"),
               QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(lines.size(), rows.size() + 2);
    for (int i = 0; i < rows.size(); i += 97)
        QVERIFY(lines[i + 1].startsWith(
            QByteArray(rows[i].toObject().value(QStringLiteral("email")).toString().toUtf8() + ';')));

    const Run badColumn = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--columns"),
                               QStringLiteral("email,shoe_size"), QStringLiteral("--out"), out});
    QCOMPARE(badColumn.code, 2);
    QVERIFY(badColumn.err.contains("shoe_size"));
    const QString nowhere = dir.filePath(QStringLiteral("missing/out.xlsx"));
    const Run unwritable
        = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), nowhere});
    QCOMPARE(unwritable.code, 1);
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::importDryRunThenApply()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(rollbook::test::demoSchool(2000), db));
    const QString in = dir.filePath(QStringLiteral("new.csv"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,firstname,lastname,email\njonest,Tom,Jones,tom.jones@example.com\n"
               "bad,Bad,Line,not-an-email\n");
    file.close();
    const QString results = dir.filePath(QStringLiteral("results.csv"));
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in,
                         QStringLiteral("--dry-run"), QStringLiteral("--results"), results});
    QCOMPARE(dry.code, 1); // a line has an error
    QVERIFY(dry.err.contains("Moodle upload users"));
    QVERIFY(dry.err.contains("line 3"));
    QVERIFY(QFile::exists(results));
    const Run refused = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in, QStringLiteral("--apply")});
    QCOMPARE(refused.code, 1);

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("username,firstname,lastname,email\njonest,Tom,Jones,tom.jones@example.com\n");
    file.close();
    const Run applied = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in,
                             QStringLiteral("--apply"), QStringLiteral("--operator"), QStringLiteral("Script")});
    QCOMPARE(applied.code, 0);
    QVERIFY(applied.err.contains("1 created"));
    const Run listed
        = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--search"),
               QStringLiteral("tom.jones@example.com"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in}).code, 2);

    // A bad line no longer blocks the good ones when the operator says so; French phones are read
    // as French with --phone-region.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("firstname,lastname,email,phone1\nAmelie,Roux,amelie.roux@example.fr,06 12 34 56 78\n"
               "bad,Bad,not-an-email,\n");
    file.close();
    const Run british = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in,
                             QStringLiteral("--dry-run")});
    QVERIFY(british.err.contains("line 2"));
    const Run badRegion = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in,
                               QStringLiteral("--dry-run"), QStringLiteral("--phone-region"), QStringLiteral("ZZ")});
    QCOMPARE(badRegion.code, 2);
    const Run skipped
        = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in,
               QStringLiteral("--apply"), QStringLiteral("--skip-invalid"), QStringLiteral("--phone-region"),
               QStringLiteral("FR"), QStringLiteral("--results"), results});
    QVERIFY2(skipped.code == 0, skipped.err.constData());
    QVERIFY(skipped.err.contains("1 created, 0 updated, 1 lines skipped"));
    QFile written(results);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Not imported"));
    const Run amelie = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--search"),
                            QStringLiteral("amelie.roux"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(amelie.out.contains("+33612345678"), amelie.out.constData());
}

void TestCli::auditForScripts()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(rollbook::test::demoSchool(2000), db));
    const QString in = dir.filePath(QStringLiteral("new.csv"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("firstname,lastname,email\nGrace,Hopper,grace.hopper@example.com\n");
    file.close();
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), in,
                  QStringLiteral("--apply"), QStringLiteral("--operator"), QStringLiteral("Script")})
                 .code,
             0);
    const Run byEmail
        = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--user"),
               QStringLiteral("Grace.Hopper@example.com"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(byEmail.code == 0, byEmail.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(byEmail.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("action")).toString(), QStringLiteral("import"));
    QCOMPARE(row.value(QStringLiteral("user")).toString(), QStringLiteral("Grace Hopper"));
    QCOMPARE(row.value(QStringLiteral("operator")).toString(), QStringLiteral("Script"));
    // By name as the directory searches, as CSV; nothing after a day in the future.
    const Run byName = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                            QStringLiteral("hopper"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(byName.out.startsWith("when,operator,action,user_id,user,email,reason,before,after"));
    QVERIFY(byName.out.contains("grace.hopper@example.com"));
    const Run later = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                           QStringLiteral("hopper"), QStringLiteral("--since"), QStringLiteral("2099-01-01"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(later.out).array().size(), 0);
    // Wrong input is a clear usage error; a user nobody is fails.
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--since"),
                  QStringLiteral("yesterday")})
                 .code,
             2);
    const Run nobody = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                            QStringLiteral("nobody.here@example.com")});
    QCOMPARE(nobody.code, 1);
    QVERIFY(nobody.err.contains("No user matches"));
    const Run table
        = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY(table.out.contains("5 changes"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

#include "database.h"
#include "report/monthlyreport.h"
#include "reportpdf.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rollbook;

/// The monthly report's figures, each checked against a plain count over the demo school, and
/// its files: the table (CSV) and the PDF.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresMatchPlainCounts();
    void writesTableAndPdf();
    void refusesAnInvalidMonth();

private:
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QDate m_month{2026, 10, 1};
};

void TestReport::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("school.rollbook"));
    QVERIFY(QFile::copy(test::demoSchool(1500), path));
    auto opened = Database::open(path, QStringLiteral("report"));
    QVERIFY(opened.ok());
    m_db = *opened;
}

void TestReport::cleanupTestCase()
{
    m_db = QSqlDatabase();
    Database::close(QStringLiteral("report"));
}

qint64 TestReport::count(const QString &sql)
{
    // Month bounds as the report has them: UTC, [first day, first day of the next month).
    const qint64 start = m_month.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 end = m_month.addMonths(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    if (!query.exec(QString(sql)
                        .replace(QStringLiteral(":start"), QString::number(start))
                        .replace(QStringLiteral(":end"), QString::number(end)))
        || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestReport::figuresMatchPlainCounts()
{
    const auto report = MonthlyReports::compute(m_db, QDate(2026, 10, 17));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const MonthFigures &month = report->current;
    QCOMPARE(month.month, m_month);
    QCOMPARE(report->previous.month, QDate(2026, 9, 1));
    // +0 keeps the planner off the report's indexes: these are the plain scans.
    QCOMPARE(month.registrations,
             count(QStringLiteral("SELECT count(*) FROM users WHERE registered_at + 0 BETWEEN :start AND :end - 1")));
    QVERIFY(month.registrations > 0);
    QCOMPARE(
        month.enrollments,
        count(QStringLiteral("SELECT count(*) FROM enrollments WHERE enrolled_at + 0 BETWEEN :start AND :end - 1")));
    QCOMPARE(month.liveClassEnrollments,
             count(QStringLiteral("SELECT count(*) FROM enrollments e JOIN products p ON p.id = e.product_id WHERE "
                                  "e.enrolled_at + 0 BETWEEN :start AND :end - 1 AND p.kind = 'live_class'")));
    QCOMPARE(
        month.completions,
        count(QStringLiteral("SELECT count(*) FROM enrollments WHERE completed_at + 0 BETWEEN :start AND :end - 1")));
    QCOMPARE(month.revenue,
             count(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE status = 'paid' "
                                  "AND paid_at + 0 BETWEEN :start AND :end - 1")));
    QCOMPARE(month.creditsIssued,
             count(QStringLiteral(
                 "SELECT coalesce(sum(amount), 0) FROM credit_ledger WHERE amount > 0 AND reason IN "
                 "('complimentary', 'adjustment', 'refund') AND created_at + 0 BETWEEN :start AND :end - 1")));
    QCOMPARE(month.ticketsOpened,
             count(QStringLiteral("SELECT count(*) FROM tickets WHERE opened_at + 0 BETWEEN :start AND :end - 1")));
    QCOMPARE(month.ticketsSolved,
             count(QStringLiteral("SELECT count(*) FROM tickets WHERE solved_at + 0 BETWEEN :start AND :end - 1")));
    QCOMPARE(month.registrationsPerDay.size(), std::size_t(31));
    std::int64_t perDay = 0;
    for (std::int64_t day : month.registrationsPerDay)
        perDay += day;
    QCOMPARE(perDay, month.registrations);
    QVERIFY(!month.topProducts.isEmpty() && month.topProducts.size() <= 5);
    for (qsizetype i = 1; i < month.topProducts.size(); ++i)
        QVERIFY(month.topProducts[i - 1].second >= month.topProducts[i].second);
    QVERIFY(month.averageDailyActiveUsers > 0);
}

void TestReport::writesTableAndPdf()
{
    const auto report = MonthlyReports::compute(m_db, m_month);
    QVERIFY(report.ok());
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(MonthlyReports::writeTable(*report, csv).ok());
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QByteArray text = table.readAll();
    QVERIFY(text.contains("October 2026"));
    QVERIFY(text.contains("New registrations"));
    QVERIFY(text.contains("Top products"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeReportPdf(*report, pdf).ok());
    QFile document(pdf);
    QVERIFY(document.open(QIODevice::ReadOnly));
    QCOMPARE(document.read(5), QByteArray("%PDF-"));
    QVERIFY(document.size() > 2000);
}

void TestReport::refusesAnInvalidMonth()
{
    QVERIFY(!MonthlyReports::compute(m_db, QDate()).ok());
}

QTEST_MAIN(TestReport)
#include "test_report.moc"

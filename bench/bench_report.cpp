// The monthly report of October 2026 on the 1M-user school (with the month before): ours, from
// index ranges over the report's date indexes, five times; the peer, the same figures computed by
// scanning the tables (what a panel without those indexes does), once.
//
//   bench_report FILE.rollbook

#include "benchjson.h"
#include "database.h"
#include "report/monthlyreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

using namespace rollbook;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_report FILE.rollbook\n");
        return 2;
    }
    OpenOptions options;
    options.integrityCheck = false;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("bench"), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const QDate month(2026, 10, 1);
    std::vector<double> ours;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto report = MonthlyReports::compute(*db, month);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
    }
    // The peer: "+ 0" keeps SQLite off the date indexes, so each figure is a scan.
    QElapsedTimer timer;
    timer.start();
    for (const QDate &first : {month, month.addMonths(-1)}) {
        const qint64 start = first.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 end = first.addMonths(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const QString range = QStringLiteral(" BETWEEN %1 AND %2").arg(start).arg(end - 1);
        for (const QString &sql : QStringList{
                 QStringLiteral("SELECT count(*) FROM users WHERE registered_at + 0") + range,
                 QStringLiteral("SELECT product_id, count(*) FROM enrollments WHERE enrolled_at + 0") + range
                     + QStringLiteral(" GROUP BY product_id"),
                 QStringLiteral("SELECT count(*) FROM enrollments WHERE completed_at + 0") + range,
                 QStringLiteral("SELECT sum(amount) FROM payments WHERE status = 'paid' AND paid_at + 0") + range,
                 QStringLiteral("SELECT sum(amount) FROM credit_ledger WHERE amount > 0 AND created_at + 0") + range,
                 QStringLiteral("SELECT count(*) FROM tickets WHERE opened_at + 0") + range,
                 QStringLiteral("SELECT count(*) FROM tickets WHERE solved_at + 0") + range}) {
            QSqlQuery query(*db);
            if (!query.exec(sql))
                qFatal("peer query failed");
            while (query.next()) { }
        }
    }
    const double peer = double(timer.nsecsElapsed()) / 1e6;
    bench::report("report", QStringLiteral("month_1m_p50"), bench::percentile(ours, 0.5), "ms");
    bench::report("report", QStringLiteral("month_1m_max"), bench::percentile(ours, 1.0), "ms");
    bench::report("report", QStringLiteral("peer_scans"), peer, "ms");
    bench::report("report", QStringLiteral("ratio_peer_to_ours"), peer / bench::percentile(ours, 0.5), "x");
    return 0;
}

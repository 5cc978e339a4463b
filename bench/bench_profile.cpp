// Opening a user's profile on a big school. Ours: from the double-click to a filled first tab
// (the window built, the Overview read from the store, shown and laid out), over users spread
// through the whole id range; then the first load of every other tab. Activity compares the user
// with platform averages read from platform_totals and activity_platform_daily; the peer computes
// the same averages the way a panel without those tables must, with aggregates over enrollments,
// ratings, users and activity_daily on every open.
//
//   QT_QPA_PLATFORM=offscreen bench_profile FILE.rollbook [OPENS]

#include "benchjson.h"
#include "database.h"
#include "directory/userwindow.h"
#include "profile/profiletab.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlQuery>

using namespace rollbook;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Runs the statements and returns how long they took, in ms.
double timeQueries(QSqlDatabase &db, const QStringList &statements, qint64 fromDay)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        if (sql.contains(u'?'))
            query.addBindValue(fromDay);
        if (!query.exec() || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
    }
    return elapsedMs(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_profile FILE.rollbook [OPENS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int opens = argc > 2 ? std::atoi(argv[2]) : 200;
    UserTableModel model;
    if (const Status opened = model.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    OpenOptions writer;
    writer.integrityCheck = false;
    writer.migrate = false;
    writer.cacheKiB = 2 * 1024;
    auto db = Database::open(path, QStringLiteral("actions"), writer);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    ActionContext context{*db, {1, QStringLiteral("Bench Admin"), QStringLiteral("admin")}};

    QSqlQuery range(context.db);
    range.exec(QStringLiteral("SELECT min(id), max(id) FROM users"));
    range.next();
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();

    std::vector<double> openMs;
    QMap<QString, std::vector<double>> tabMs;
    for (int i = 0; i < opens; ++i) {
        const qint64 id = first + (last - first) * i / std::max(1, opens - 1);
        QElapsedTimer timer;
        timer.start();
        auto *window = new UserWindow(&model, &context, id);
        window->show();
        QCoreApplication::processEvents();
        openMs.push_back(elapsedMs(timer));
        for (ProfileTab *tab : window->findChildren<ProfileTab *>()) {
            QElapsedTimer tabTimer;
            tabTimer.start();
            tab->ensureLoaded();
            tabMs[tab->objectName()].push_back(elapsedMs(tabTimer));
        }
        delete window;
        QCoreApplication::processEvents();
    }
    bench::report("profile", QStringLiteral("open_first_tab_p50"), bench::percentile(openMs, 0.5), "ms");
    bench::report("profile", QStringLiteral("open_first_tab_p95"), bench::percentile(openMs, 0.95), "ms");
    bench::report("profile", QStringLiteral("open_first_tab_max"), bench::percentile(openMs, 1.0), "ms");
    for (auto it = tabMs.cbegin(); it != tabMs.cend(); ++it)
        bench::report("profile", QStringLiteral("tab_%1_p95").arg(it.key()), bench::percentile(it.value(), 0.95), "ms");

    // The platform averages the Activity tab shows, ours beside the peer's aggregates.
    const qint64 fromDay = QDateTime::currentMSecsSinceEpoch() / 86'400'000 - 364;
    const QStringList ours{
        QStringLiteral("SELECT metric, value FROM platform_totals"),
        QStringLiteral("SELECT coalesce(sum(minutes), 0) FROM activity_platform_daily WHERE day >= ?")};
    const QStringList peer{QStringLiteral("SELECT count(*) FROM users"),
                           QStringLiteral("SELECT count(*) FROM enrollments"),
                           QStringLiteral("SELECT count(*) FROM enrollments e JOIN products p ON p.id = e.product_id "
                                          "WHERE p.kind = 'live_class'"),
                           QStringLiteral("SELECT avg(stars) FROM ratings"),
                           QStringLiteral("SELECT avg(total_spent) FROM users"),
                           QStringLiteral("SELECT coalesce(sum(minutes), 0) FROM activity_daily WHERE day >= ?")};
    std::vector<double> oursMs;
    std::vector<double> peerMs;
    for (int i = 0; i < 20; ++i)
        oursMs.push_back(timeQueries(context.db, ours, fromDay));
    for (int i = 0; i < 3; ++i)
        peerMs.push_back(timeQueries(context.db, peer, fromDay));
    const double oursP50 = bench::percentile(oursMs, 0.5);
    const double peerP50 = bench::percentile(peerMs, 0.5);
    bench::report("profile", QStringLiteral("platform_averages_p50"), oursP50, "ms");
    bench::report("profile", QStringLiteral("peer_scan_platform_averages_p50"), peerP50, "ms");
    bench::report("profile", QStringLiteral("ratio_peer_to_ours_platform_averages"), peerP50 / std::max(oursP50, 1e-3),
                  "x");
    bench::report("profile", QStringLiteral("rss"), bench::memoryMiB("VmRSS:"), "MiB");
    context.db = QSqlDatabase();
    db = Error{};
    Database::close(QStringLiteral("actions"));
    return 0;
}

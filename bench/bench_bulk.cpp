// Bulk suspension of 10,000 users with their audit, change-log and notification rows, through
// the real action layer in chunks (ours), beside the same actions each in a transaction of its
// own (the peer: what a web panel does, one request per user). Both run inside an outer
// transaction that is rolled back at the end, so the school is left as it was.
//
//   bench_bulk FILE.rollbook [USERS]

#include "actions/bulk.h"
#include "benchjson.h"
#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

using namespace rollbook;

namespace {

std::vector<std::int64_t> activeUsers(QSqlDatabase &db, int count, int offset)
{
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT id FROM users WHERE status = 0 ORDER BY id LIMIT %1 OFFSET %2").arg(count).arg(offset));
    std::vector<std::int64_t> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_bulk FILE.rollbook [USERS]\n");
        return 2;
    }
    const int users = argc > 2 ? std::atoi(argv[2]) : 10'000;
    OpenOptions options;
    options.integrityCheck = false;
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("bench"), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    ActionContext context{*opened, {1, QStringLiteral("Bench Admin")}};
    const auto suspend = [](ActionContext &c, std::int64_t id) {
        return UserActions::suspend(c, id, QStringLiteral("Bulk benchmark"));
    };
    QSqlQuery(context.db).exec(QStringLiteral("BEGIN IMMEDIATE"));

    const auto ours = activeUsers(context.db, users, 0);
    QElapsedTimer timer;
    timer.start();
    const auto report = runBulk(context, ours, suspend, {}, 500);
    const double oursMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!report || report->count(BulkRowResult::Outcome::Applied) != ours.size())
        qFatal("bulk suspend did not apply to every user");

    // The peer: each user in its own transaction (a savepoint here, inside the outer one).
    const auto peerIds = activeUsers(context.db, users, 0);
    timer.start();
    for (std::int64_t id : peerIds) {
        if (!suspend(context, id))
            qFatal("peer suspend failed");
    }
    const double peerMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QSqlQuery(context.db).exec(QStringLiteral("ROLLBACK"));

    bench::report("bulk", QStringLiteral("suspend_users"), static_cast<double>(ours.size()), "count");
    bench::report("bulk", QStringLiteral("suspend_with_audit"), oursMs, "ms");
    bench::report("bulk", QStringLiteral("suspend_per_user"), oursMs * 1000.0 / static_cast<double>(ours.size()), "us");
    bench::report("bulk", QStringLiteral("peer_one_action_at_a_time"), peerMs, "ms");
    bench::report("bulk", QStringLiteral("ratio_peer_to_ours"), peerMs / oursMs, "x");
    context.db = QSqlDatabase();
    opened = Error{};
    Database::close(QStringLiteral("bench"));
    return 0;
}

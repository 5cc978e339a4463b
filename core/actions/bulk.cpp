#include "actions/bulk.h"

#include "actions/transaction.h"
#include "textfold.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace rollbook {

std::size_t BulkReport::count(BulkRowResult::Outcome outcome) const
{
    return static_cast<std::size_t>(std::count_if(
        rows.begin(), rows.end(), [outcome](const BulkRowResult &row) { return row.outcome == outcome; }));
}

namespace {

/// Names and emails of a chunk's users, read before the action changes (or deletes) them.
QHash<std::int64_t, std::pair<QString, QString>> readNames(QSqlDatabase &db, std::span<const std::int64_t> chunk)
{
    QHash<std::int64_t, std::pair<QString, QString>> names;
    QString ids;
    for (std::int64_t id : chunk)
        ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(id);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, first_name, last_name, email FROM users WHERE id IN (%1)").arg(ids))) {
        while (query.next())
            names.insert(query.value(0).toLongLong(),
                         {personName(query.value(1).toString(), query.value(2).toString()), query.value(3).toString()});
    }
    return names;
}

/// Runs one chunk in one transaction; false in *failed when a user failed in the optimistic pass.
Result<std::vector<BulkRowResult>> runChunk(ActionContext &context, std::span<const std::int64_t> chunk,
                                            const BulkAction &action, bool optimistic, bool *failed)
{
    Transaction transaction(context.db);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    context.savepointEachAction = !optimistic;
    std::vector<BulkRowResult> done;
    done.reserve(chunk.size());
    for (std::int64_t id : chunk) {
        const Result<ActionOutcome> outcome = action(context, id);
        if (!outcome) {
            done.push_back({id, BulkRowResult::Outcome::Failed, outcome.error(), {}, {}});
            if (optimistic) {
                // This user's half-done work shares the chunk's transaction: undo the chunk, and
                // let the caller run it again with a savepoint per user.
                *failed = true;
                context.savepointEachAction = true;
                return done;
            }
        } else if (!outcome->applied) {
            done.push_back({id, BulkRowResult::Outcome::Skipped, outcome->message, {}, {}});
        } else {
            done.push_back({id, BulkRowResult::Outcome::Applied, {}, {}, {}});
        }
    }
    context.savepointEachAction = true;
    if (const Status committed = transaction.commit(); !committed)
        return committed.failure();
    return done;
}

} // namespace

Result<BulkReport> runBulk(ActionContext &context, std::span<const std::int64_t> userIds, const BulkAction &action,
                           const BulkProgress &progress, std::size_t chunkSize)
{
    BulkReport report;
    report.rows.reserve(userIds.size());
    chunkSize = std::max<std::size_t>(1, chunkSize);
    for (std::size_t start = 0; start < userIds.size(); start += chunkSize) {
        const auto chunk = userIds.subspan(start, std::min(chunkSize, userIds.size() - start));
        // Most chunks have no failure: without a savepoint per user they cost far less (each
        // savepoint journals again every page the chunk already changed).
        bool failed = false;
        const auto names = readNames(context.db, chunk);
        auto done = runChunk(context, chunk, action, true, &failed);
        if (done && failed)
            done = runChunk(context, chunk, action, false, &failed);
        if (!done)
            return done.failure();
        for (BulkRowResult &row : *done) {
            const auto &[name, email] = names.value(row.userId);
            row.name = name;
            row.email = email;
        }
        report.rows.insert(report.rows.end(), done->begin(), done->end());
        if (progress && !progress(report.rows.size(), userIds.size())) {
            report.cancelled = report.rows.size() < userIds.size();
            break;
        }
    }
    return report;
}

} // namespace rollbook

#include "bulkprogress.h"

#include "database.h"

#include "workerprogress.h"

namespace rollbook {

Result<BulkReport> runBulkWithProgress(QWidget *parent, const QString &databasePath, const Operator &actor,
                                       std::vector<std::int64_t> userIds, BulkAction action, const QString &title)
{
    const auto total = static_cast<qint64>(userIds.size());
    return runWithProgress<Result<BulkReport>>(
        parent, title, total, [databasePath, actor, ids = std::move(userIds), action](const WorkerProgress &progress) {
            OpenOptions options;
            options.integrityCheck = false;
            options.migrate = false;
            return Database::withConnection(databasePath, options, [&](QSqlDatabase &db) {
                ActionContext context{db, actor};
                return runBulk(context, ids, action, [&progress](std::size_t done, std::size_t all) {
                    return progress(static_cast<qint64>(done), static_cast<qint64>(all));
                });
            });
        });
}

} // namespace rollbook

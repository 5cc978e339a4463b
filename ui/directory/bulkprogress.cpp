#include "bulkprogress.h"

#include "database.h"

#include "workerprogress.h"

#include <QUuid>

namespace rollbook {

Result<BulkReport> runBulkWithProgress(QWidget *parent, const QString &databasePath, const Operator &actor,
                                       std::vector<std::int64_t> userIds, BulkAction action, const QString &title)
{
    const auto total = static_cast<qint64>(userIds.size());
    return runWithProgress<Result<BulkReport>>(
        parent, title, total, [databasePath, actor, ids = std::move(userIds), action](const WorkerProgress &progress) {
            const QString connection = QStringLiteral("bulk-") + QUuid::createUuid().toString(QUuid::Id128);
            Result<BulkReport> report = Error{};
            {
                OpenOptions options;
                options.integrityCheck = false;
                options.migrate = false;
                auto db = Database::open(databasePath, connection, options);
                if (!db) {
                    report = Error{db.error()};
                } else {
                    ActionContext context{*db, actor};
                    report = runBulk(context, ids, action, [&progress](std::size_t done, std::size_t all) {
                        return progress(static_cast<qint64>(done), static_cast<qint64>(all));
                    });
                }
            }
            Database::close(connection);
            return report;
        });
}

} // namespace rollbook

#include "bulkprogress.h"

#include "database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace rollbook {

Result<BulkReport> runBulkWithProgress(QWidget *parent, const QString &databasePath, const Operator &actor,
                                       std::vector<std::int64_t> userIds, BulkAction action, const QString &title)
{
    const int total = static_cast<int>(userIds.size());
    QProgressDialog dialog(title, QObject::tr("Cancel"), 0, total, parent);
    dialog.setObjectName(QStringLiteral("bulkProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { cancelled->store(true); });
    QPointer<QProgressDialog> guard(&dialog);
    const auto progress = [guard, cancelled](std::size_t done, std::size_t) {
        QMetaObject::invokeMethod(guard.data(), [guard, done] {
            if (guard)
                guard->setValue(static_cast<int>(done));
        });
        return !cancelled->load();
    };

    QFutureWatcher<Result<BulkReport>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<BulkReport>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([databasePath, actor, ids = std::move(userIds), action, progress]() {
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
                report = runBulk(context, ids, action, progress);
            }
        }
        Database::close(connection);
        return report;
    }));
    loop.exec();
    dialog.reset();
    return watcher.result();
}

} // namespace rollbook

#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace rollbook {

/// Reports (done, total) from a worker; returns false once the operator cancelled.
using WorkerProgress = std::function<bool(qint64 done, qint64 total)>;

/// Runs work on a Qt Concurrent thread behind a window-modal progress dialog (shown after 300 ms)
/// whose Cancel the work sees through its progress callback. The GUI thread only runs its event
/// loop meanwhile: it never waits on the work itself.
template<typename Result, typename Work>
Result runWithProgress(QWidget *parent, const QString &title, qint64 total, Work work)
{
    QProgressDialog dialog(title, QCoreApplication::translate("WorkerProgress", "Cancel"), 0, static_cast<int>(total),
                           parent);
    dialog.setObjectName(QStringLiteral("workerProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { cancelled->store(true); });
    QPointer<QProgressDialog> guard(&dialog);
    const WorkerProgress progress = [guard, cancelled](qint64 done, qint64) {
        QMetaObject::invokeMethod(guard.data(), [guard, done] {
            if (guard)
                guard->setValue(static_cast<int>(done));
        });
        return !cancelled->load();
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work = std::move(work), progress]() mutable { return work(progress); }));
    loop.exec();
    dialog.reset();
    return watcher.result();
}

} // namespace rollbook

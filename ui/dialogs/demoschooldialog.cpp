#include "demoschooldialog.h"

#include "seed/demoseeder.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace rollbook {

Status createDemoSchool(QWidget *parent, const QString &path, qint64 users)
{
    QProgressDialog dialog(QObject::tr("Creating the demo school…"), QObject::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(QObject::tr("Demo school"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QPointer<QProgressDialog> guard(&dialog);
    demo::SeedOptions options;
    options.users = users;
    options.today = QDate::currentDate();
    const auto progress = [guard, cancelled](const QString &stage, double fraction) {
        QMetaObject::invokeMethod(guard.data(), [guard, stage, fraction] {
            if (guard) {
                guard->setLabelText(stage);
                guard->setValue(static_cast<int>(fraction * 1000));
            }
        });
        return !cancelled->load();
    };
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { cancelled->store(true); });
    watcher.setFuture(
        QtConcurrent::run([path, options, progress] { return demo::seedDemoSchool(path, options, progress, true); }));
    loop.exec();
    return watcher.result();
}

} // namespace rollbook

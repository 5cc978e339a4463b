// The GUI thread while the app exports 1M users: the export runs as File > Export runs it
// (runWithProgress: a worker with its own connection behind a progress dialog) while a 5 ms timer
// on the GUI thread records the longest gap between its ticks, i.e. the longest stall a user
// would feel. Once for CSV, once for XLSX.
//
//   QT_QPA_PLATFORM=offscreen bench_export_gui FILE.rollbook

#include "benchjson.h"
#include "database.h"
#include "export/userexport.h"
#include "workerprogress.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

using namespace rollbook;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_export_gui FILE.rollbook\n");
        return 2;
    }
    const QString school = QString::fromLocal8Bit(argv[1]);
    QWidget window;
    window.resize(800, 600);
    window.show();
    QTemporaryDir dir;
    for (const auto format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const bool csv = format == ExportFormat::Csv;
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 longest = 0;
        QTimer ticks;
        ticks.setInterval(5);
        QObject::connect(&ticks, &QTimer::timeout, [&] {
            longest = std::max(longest, sinceTick.nsecsElapsed() / 1'000'000 - 5);
            sinceTick.restart();
        });
        ticks.start();
        QElapsedTimer timer;
        timer.start();
        const QString out = dir.filePath(csv ? QStringLiteral("u.csv") : QStringLiteral("u.xlsx"));
        const auto summary = runWithProgress<Result<ExportSummary>>(
            &window, QStringLiteral("Exporting"), 1'000'000, [school, out, format](const WorkerProgress &progress) {
                OpenOptions options;
                options.readOnly = true;
                options.integrityCheck = false;
                ExportOptions exportOptions;
                exportOptions.format = format;
                exportOptions.currency.clear();
                UserExportRequest request;
                request.query.sort = SortSpec{UserColumn::LastActive, 0, true};
                return Database::withConnection(school, options, [&](QSqlDatabase &db) {
                    return exportUsers(db, request, out, exportOptions, progress);
                });
            });
        ticks.stop();
        if (!summary)
            qFatal("%s", qPrintable(summary.error()));
        const char *name = csv ? "csv" : "xlsx";
        bench::report("export_gui", QStringLiteral("%1_total").arg(QLatin1String(name)), double(timer.elapsed()), "ms");
        bench::report("export_gui", QStringLiteral("%1_longest_gui_stall").arg(QLatin1String(name)), double(longest),
                      "ms");
    }
    return 0;
}

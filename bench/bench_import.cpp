// The import dry run on 100,000 lines: every line read, mapped, validated (email, phone through
// libphonenumber, custom-field types) and looked up in the store. Twice: as new users against an
// empty school, and as updates against the 1M school they were exported from. The peer of the
// same run is the sqlite3 shell's .import of the same file into a scratch table (loading without
// any checking).
//
//   bench_import FILE.rollbook

#include "benchjson.h"
#include "database.h"
#include "export/userexport.h"
#include "import/userimport.h"
#include "seed/demoseeder.h"
#include "settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace rollbook;

namespace {

double planMs(const QString &database, const QString &connection, const ImportTable &table, ImportMode mode,
              qsizetype *errors)
{
    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    double ms = -1;
    {
        auto db = Database::open(database, connection, options);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        const auto fields = loadCustomFields(*db);
        QElapsedTimer timer;
        timer.start();
        const auto plan = UserImport::plan(*db, table, UserImport::guessMapping(table.header, *fields), mode,
                                           StoreSettings::value(*db, StoreSettings::PhoneRegion));
        ms = double(timer.nsecsElapsed()) / 1e6;
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        *errors = plan->count(ImportOutcome::Kind::Error);
        for (const ImportOutcome &outcome : plan->outcomes) {
            if (outcome.kind == ImportOutcome::Kind::Error)
                std::fprintf(stderr, "line %d (%s): %s\n", outcome.line, qPrintable(outcome.email),
                             qPrintable(outcome.detail));
        }
    }
    Database::close(connection);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_import FILE.rollbook\n");
        return 2;
    }
    const QString school = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("users.csv"));
    {
        OpenOptions options;
        options.readOnly = true;
        options.integrityCheck = false;
        auto db = Database::open(school, QStringLiteral("source"), options);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        UserExportRequest request;
        request.query.sort = SortSpec{UserColumn::Registered, 0, false};
        QSqlQuery ids(*db);
        ids.exec(QStringLiteral("SELECT id FROM users ORDER BY id LIMIT 100000"));
        while (ids.next())
            request.ids.push_back(ids.value(0).toLongLong());
        ExportOptions exportOptions;
        exportOptions.excelSafe = false;
        exportOptions.currency.clear();
        if (const auto exported = exportUsers(*db, request, csv, exportOptions); !exported)
            qFatal("%s", qPrintable(exported.error()));
    }
    Database::close(QStringLiteral("source"));
    const QString empty = dir.filePath(QStringLiteral("empty.rollbook"));
    demo::SeedOptions seed;
    seed.users = 1;
    if (const Status made = demo::seedDemoSchool(empty, seed, {}, true); !made)
        qFatal("%s", qPrintable(made.error()));

    QElapsedTimer timer;
    timer.start();
    const auto table = readTable(csv);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    if (!table)
        qFatal("%s", qPrintable(table.error()));
    qsizetype createErrors = 0;
    qsizetype updateErrors = 0;
    const double create = planMs(empty, QStringLiteral("empty"), *table, ImportMode::AddOnly, &createErrors);
    const double update = planMs(school, QStringLiteral("school"), *table, ImportMode::AddOrUpdate, &updateErrors);

    QProcess shell;
    QElapsedTimer peerTimer;
    peerTimer.start();
    shell.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("scratch.db"))});
    shell.waitForStarted();
    shell.write(QByteArray(".mode csv\n.import ") + csv.toUtf8() + " users\n");
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double peer = double(peerTimer.nsecsElapsed()) / 1e6;

    bench::report("import", QStringLiteral("rows"), double(table->rows.size()), "rows");
    bench::report("import", QStringLiteral("read_csv_100k"), readMs, "ms");
    bench::report("import", QStringLiteral("dry_run_100k_new_users"), readMs + create, "ms");
    bench::report("import", QStringLiteral("dry_run_100k_updates_on_1m"), readMs + update, "ms");
    bench::report("import", QStringLiteral("dry_run_errors"), double(createErrors + updateErrors), "lines");
    bench::report("import", QStringLiteral("peer_sqlite3_shell_import_unchecked"), peer, "ms");
    bench::report("import", QStringLiteral("ratio_ours_new_users_to_peer"), (readMs + create) / peer, "x");
    return 0;
}

// Exporting the 1M-user school: all columns, every user, sorted by last activity (descending).
// Ours: exportUsers (the code behind File > Export and rollbook-cli export) to CSV and to XLSX.
// Peers in the same run: the sqlite3 command-line shell writing the same rows in the same order
// with .mode csv, and a plain loop that reads the same rows with the SQLite C API and writes
// them with libxlsxwriter in constant-memory mode. Each run is a child process of its own, so
// that its peak RSS is its own.
//
//   bench_export FILE.rollbook

#include "benchjson.h"
#include "database.h"
#include "export/userexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <cstdio>

using namespace rollbook;

namespace {

// The rows the directory shows, as SQL, for the peers (custom fields 1-5 of the demo school).
const char *const peerSql
    = "SELECT u.first_name, u.last_name, u.email, u.phone, u.company, "
      "CASE u.status WHEN 0 THEN 'Active' WHEN 1 THEN 'Pending' WHEN 2 THEN 'Suspended' ELSE 'Unsubscribed' END, "
      "strftime('%Y-%m-%dT%H:%M:%SZ', u.registered_at / 1000, 'unixepoch'), "
      "strftime('%Y-%m-%dT%H:%M:%SZ', u.last_active_at / 1000, 'unixepoch'), "
      "printf('%.2f', u.credit_balance / 100.0), printf('%.2f', u.total_spent / 100.0), u.avg_progress, "
      "(SELECT value FROM custom_values v WHERE v.user_id = u.id AND v.field_id = 1), "
      "(SELECT value FROM custom_values v WHERE v.user_id = u.id AND v.field_id = 2), "
      "(SELECT value FROM custom_values v WHERE v.user_id = u.id AND v.field_id = 3), "
      "(SELECT value FROM custom_values v WHERE v.user_id = u.id AND v.field_id = 4), "
      "(SELECT value FROM custom_values v WHERE v.user_id = u.id AND v.field_id = 5) "
      "FROM users u ORDER BY u.last_active_at DESC";

int runOurs(const QString &database, const QString &out, ExportFormat format)
{
    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    auto db = Database::open(database, QStringLiteral("bench"), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    UserExportRequest request;
    request.query.sort = SortSpec{UserColumn::LastActive, 0, true};
    ExportOptions exportOptions;
    exportOptions.format = format;
    exportOptions.currency.clear();
    const auto summary = exportUsers(*db, request, out, exportOptions);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
        return 1;
    }
    return 0;
}

/// The plain C loop: one query in the shell's order, each value written as it comes.
int runPlainXlsx(const QString &database, const QString &out)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(database.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, peerSql, -1, &statement, nullptr) != SQLITE_OK)
        return 1;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(out.toUtf8().constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Users");
    const int columns = sqlite3_column_count(statement);
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), sqlite3_column_name(statement, c), nullptr);
    lxw_row_t row = 1;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_NULL:
                break;
            case SQLITE_INTEGER:
            case SQLITE_FLOAT:
                worksheet_write_number(sheet, row, lxw_col_t(c), sqlite3_column_double(statement, c), nullptr);
                break;
            default:
                worksheet_write_string(sheet, row, lxw_col_t(c),
                                       reinterpret_cast<const char *>(sqlite3_column_text(statement, c)), nullptr);
            }
        }
        ++row;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}

struct Run
{
    double ms = -1;
    double peakMiB = -1;
};

/// Runs a child (this program in a role, or the sqlite3 shell) under /usr/bin/time for its peak RSS.
Run timeChild(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("time.txt"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), report, program}
                      + arguments);
    process.waitForStarted();
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    process.waitForFinished(-1);
    Run run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return Run{};
    }
    QFile file(report);
    if (file.open(QIODevice::ReadOnly))
        run.peakMiB = file.readAll().trimmed().toDouble() / 1024.0;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args[1] == u"ours-csv")
        return runOurs(args[2], args[3], ExportFormat::Csv);
    if (args.size() == 4 && args[1] == u"ours-xlsx")
        return runOurs(args[2], args[3], ExportFormat::Xlsx);
    if (args.size() == 4 && args[1] == u"plain-xlsx")
        return runPlainXlsx(args[2], args[3]);
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_export FILE.rollbook\n");
        return 2;
    }
    const QString database = args[1];
    QTemporaryDir dir;
    const QString self = QCoreApplication::applicationFilePath();
    const QByteArray shellScript = QByteArray(".headers on\n.mode csv\n.output ")
        + dir.filePath(QStringLiteral("peer.csv")).toUtf8() + "\n" + peerSql + ";\n";

    // Warm the page cache once, so both sides read the same cached file.
    timeChild(self, {QStringLiteral("ours-csv"), database, dir.filePath(QStringLiteral("warm.csv"))});
    const Run oursCsv
        = timeChild(self, {QStringLiteral("ours-csv"), database, dir.filePath(QStringLiteral("ours.csv"))});
    const Run peerCsv = timeChild(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database}, shellScript);
    const Run oursXlsx
        = timeChild(self, {QStringLiteral("ours-xlsx"), database, dir.filePath(QStringLiteral("ours.xlsx"))});
    const Run plainXlsx
        = timeChild(self, {QStringLiteral("plain-xlsx"), database, dir.filePath(QStringLiteral("plain.xlsx"))});

    bench::report("export", QStringLiteral("csv_1m_ours"), oursCsv.ms, "ms");
    bench::report("export", QStringLiteral("csv_1m_peer_sqlite3_shell"), peerCsv.ms, "ms");
    bench::report("export", QStringLiteral("csv_ratio_ours_to_peer"), oursCsv.ms / peerCsv.ms, "x");
    bench::report("export", QStringLiteral("csv_peak_rss_ours"), oursCsv.peakMiB, "MiB");
    bench::report("export", QStringLiteral("xlsx_1m_ours"), oursXlsx.ms, "ms");
    bench::report("export", QStringLiteral("xlsx_1m_peer_plain_libxlsxwriter"), plainXlsx.ms, "ms");
    bench::report("export", QStringLiteral("xlsx_ratio_ours_to_peer"), oursXlsx.ms / plainXlsx.ms, "x");
    bench::report("export", QStringLiteral("xlsx_peak_rss_ours"), oursXlsx.peakMiB, "MiB");
    bench::report("export", QStringLiteral("xlsx_peak_rss_peer"), plainXlsx.peakMiB, "MiB");
    return 0;
}

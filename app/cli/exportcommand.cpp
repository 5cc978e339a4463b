#include "exportcommand.h"

#include "database.h"
#include "directory/usercolumn.h"
#include "export/userexport.h"
#include "queryoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace rollbook::cli {

namespace {

/// The directory column numbers for "name,email,student_id"; an Error names an unknown key.
Result<std::vector<int>> columnsFromKeys(const QString &keys, const QList<CustomField> &fields)
{
    std::vector<int> columns;
    for (const QString &key : keys.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = key.trimmed();
        if (const auto column = columnFromKey(trimmed)) {
            columns.push_back(static_cast<int>(*column));
            continue;
        }
        int found = -1;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].key == trimmed)
                found = UserColumnCount + i;
        }
        if (found < 0)
            return Error{Text::tr("Unknown column \"%1\".").arg(trimmed)};
        columns.push_back(found);
    }
    return columns;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Export users to CSV or XLSX with the directory's search, status tab, sort and columns."));
    parser.addHelpOption();
    const QueryOptions queryOptions;
    queryOptions.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv or xlsx (default: from the file name)."),
                                    QStringLiteral("F"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     Text::tr("Column keys to export, in order (default: all): name, email, phone, "
                                              "company, status, registered, last_active, credit_balance, total_spent, "
                                              "progress, or a custom field's key."),
                                     QStringLiteral("KEY,..."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), Text::tr("CSV: comma, semicolon or tab."),
                                       QStringLiteral("D"), QStringLiteral("comma"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), Text::tr("CSV: no UTF-8 byte-order mark."));
    const QCommandLineOption raw(
        QStringLiteral("raw"), Text::tr("CSV: write cells as they are (no Excel-safe apostrophe before =, +, -, @)."));
    const QCommandLineOption rowsPerSheet(QStringLiteral("rows-per-sheet"),
                                          Text::tr("XLSX: data rows per sheet before the next one."),
                                          QStringLiteral("N"), QStringLiteral("1048575"));
    parser.addOptions({out, format, columns, delimiter, noBom, raw, rowsPerSheet});
    parser.process(arguments);

    if (!parser.isSet(queryOptions.db) || !parser.isSet(out))
        return fail(Text::tr("--db FILE and --out FILE are required."));
    ExportOptions options;
    const QString path = parser.value(out);
    const QString formatName = parser.isSet(format)          ? parser.value(format)
        : TableWriter::formatFor(path) == ExportFormat::Xlsx ? QStringLiteral("xlsx")
                                                             : QStringLiteral("csv");
    if (formatName != u"csv" && formatName != u"xlsx")
        return fail(Text::tr("--format must be csv or xlsx."));
    options.format = formatName == u"xlsx" ? ExportFormat::Xlsx : ExportFormat::Csv;
    const QString delimiterName = parser.value(delimiter);
    if (delimiterName == u"comma")
        options.delimiter = u',';
    else if (delimiterName == u"semicolon")
        options.delimiter = u';';
    else if (delimiterName == u"tab")
        options.delimiter = u'\t';
    else
        return fail(Text::tr("--delimiter must be comma, semicolon or tab."));
    options.byteOrderMark = !parser.isSet(noBom);
    options.excelSafe = !parser.isSet(raw);
    bool ok = false;
    options.rowsPerSheet = parser.value(rowsPerSheet).toLongLong(&ok);
    if (!ok || options.rowsPerSheet < 1 || options.rowsPerSheet > 1'048'575)
        return fail(Text::tr("--rows-per-sheet must be from 1 to 1048575."));
    options.currency.clear(); // the school's

    OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.integrityCheck = false;
    const QString connection = QStringLiteral("cli-export");
    int code = 0;
    {
        Result<QSqlDatabase> opened = Database::open(parser.value(queryOptions.db), connection, openOptions);
        if (!opened)
            return fail(opened.error(), 1);
        const auto fields = loadCustomFields(*opened);
        if (!fields)
            return fail(fields.error(), 1);
        UserExportRequest request;
        const auto query = queryOptions.read(parser, *fields);
        if (!query)
            return fail(query.error());
        request.query = *query;
        const auto chosen = columnsFromKeys(parser.value(columns), *fields);
        if (!chosen)
            return fail(chosen.error());
        request.columns = *chosen;

        const bool terminal = isatty(STDERR_FILENO);
        QElapsedTimer timer;
        timer.start();
        qint64 lastShown = -1000;
        const auto progress = [&](qint64 done, qint64 total) {
            if (terminal && (timer.elapsed() - lastShown >= 200 || done == total)) {
                lastShown = timer.elapsed();
                std::fprintf(stderr, "\r%s", qPrintable(Text::tr("Exporting %1 of %2 users…").arg(done).arg(total)));
            }
            return true;
        };
        const auto summary = exportUsers(*opened, request, path, options, progress);
        if (terminal)
            std::fprintf(stderr, "\n");
        if (!summary) {
            code = fail(summary.error(), 1);
        } else {
            QString line = Text::tr("Wrote %1 users to %2 in %3 s.")
                               .arg(summary->rows)
                               .arg(path)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
            if (summary->sheets > 1)
                line += u' ' + Text::tr("%1 sheets.").arg(summary->sheets);
            if (!summary->leftover.isEmpty())
                line += u' ' + summary->leftover;
            if (summary->truncatedCells > 0)
                line
                    += u' ' + Text::tr("%1 cells longer than 32,767 characters were cut.").arg(summary->truncatedCells);
            if (summary->neutralisedCells > 0)
                line += u' '
                    + Text::tr("%1 cells starting with =, +, -, @ got a leading apostrophe (--raw keeps them).")
                          .arg(summary->neutralisedCells);
            std::fprintf(stderr, "%s\n", qPrintable(line));
        }
    }
    Database::close(connection);
    return code;
}

} // namespace rollbook::cli

#include "reportcommand.h"

#include "database.h"
#include "queryoptions.h"
#include "report/monthlyreport.h"
#include "reportpdf.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace rollbook::cli {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The monthly activity report, beside the month before."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Rollbook database file."), QStringLiteral("FILE"));
    const QCommandLineOption month(QStringLiteral("month"), Text::tr("The month, as YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("xlsx, csv or pdf (default: from the file name)."), QStringLiteral("F"));
    parser.addOptions({db, month, out, format});
    parser.process(arguments);
    if (!parser.isSet(db) || !parser.isSet(month) || !parser.isSet(out))
        return fail(Text::tr("--db FILE, --month YYYY-MM and --out FILE are required."));
    const QDate first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return fail(Text::tr("--month must look like 2026-10."));
    const QString path = parser.value(out);
    QString formatName = parser.value(format);
    if (formatName.isEmpty())
        formatName = path.section(u'.', -1).toLower();
    if (formatName != u"xlsx" && formatName != u"csv" && formatName != u"pdf")
        return fail(Text::tr("--format must be xlsx, csv or pdf."));

    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    int code = 0;
    {
        auto opened = Database::open(parser.value(db), QStringLiteral("cli-report"), options);
        if (!opened)
            return fail(opened.error(), 1);
        QElapsedTimer timer;
        timer.start();
        const auto report = MonthlyReports::compute(*opened, first);
        if (!report)
            return fail(report.error(), 1);
        const qint64 computed = timer.elapsed();
        const Status written
            = formatName == u"pdf" ? writeReportPdf(*report, path) : MonthlyReports::writeTable(*report, path);
        if (!written) {
            code = fail(written.error(), 1);
        } else {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Text::tr("Computed %1 in %2 ms; wrote %3.")
                                        .arg(first.toString(QStringLiteral("yyyy-MM")))
                                        .arg(computed)
                                        .arg(path)));
        }
    }
    Database::close(QStringLiteral("cli-report"));
    return code;
}

} // namespace rollbook::cli

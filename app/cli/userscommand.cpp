#include "userscommand.h"

#include "database.h"
#include "directory/customfields.h"
#include "directory/userqueryengine.h"
#include "directory/userrows.h"
#include "lineprinter.h"
#include "money.h"
#include "queryoptions.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace rollbook::cli {

int runUsers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List users with the directory's search, status tab and sort."));
    parser.addHelpOption();
    const QueryOptions queryOptions;
    queryOptions.addTo(parser);
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("cli", "At most N users (0 for all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cli", "csv, json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    parser.addOptions({limit, format});
    parser.process(arguments);

    if (!parser.isSet(queryOptions.db))
        return fail(QCoreApplication::translate("cli", "--db FILE is required."));
    const QString formatName = parser.value(format);
    if (!LinePrinter::knowsFormat(formatName))
        return fail(QCoreApplication::translate("cli", "--format must be csv, json or table."));
    bool ok = false;
    const qint64 maxRows = parser.value(limit).toLongLong(&ok);
    if (!ok || maxRows < 0)
        return fail(QCoreApplication::translate("cli", "--limit must be a number, 0 for all."));

    OpenOptions openOptions;
    openOptions.readOnly = true;
    openOptions.integrityCheck = false;
    const QString connection = QStringLiteral("cli");
    int code = 0;
    {
        Result<QSqlDatabase> opened = Database::open(parser.value(queryOptions.db), connection, openOptions);
        if (!opened)
            return fail(opened.error(), 1);
        QSqlDatabase &database = *opened;
        const auto fields = loadCustomFields(database);
        if (!fields)
            return fail(fields.error(), 1);

        const auto query = queryOptions.read(parser, *fields);
        if (!query)
            return fail(query.error());

        UserQueryEngine engine(database);
        const auto result = engine.run(*query);
        if (!result)
            return fail(result.error(), 1);
        const std::size_t count
            = maxRows == 0 ? result->ids.size() : std::min(result->ids.size(), static_cast<std::size_t>(maxRows));
        UserRowReader reader(database);
        const QString currency = StoreSettings::value(database, StoreSettings::Currency);

        QStringList header{
            QStringLiteral("id"),          QStringLiteral("name"),        QStringLiteral("email"),
            QStringLiteral("phone"),       QStringLiteral("company"),     QStringLiteral("status"),
            QStringLiteral("registered"),  QStringLiteral("last_active"), QStringLiteral("credit_balance"),
            QStringLiteral("total_spent"), QStringLiteral("progress")};
        for (const CustomField &field : *fields)
            header.append(field.key);

        // Rows are read and written a block at a time, so a million of them never sit in memory.
        LinePrinter printer(formatName, header);
        constexpr std::size_t Block = 512;
        for (std::size_t start = 0; start < count; start += Block) {
            const auto rows = reader.read(std::span(result->ids).subspan(start, std::min(Block, count - start)));
            if (!rows)
                return fail(rows.error(), 1);
            QList<QStringList> lines;
            for (const UserRow &row : *rows) {
                QStringList line{QString::number(row.id),
                                 row.displayName(),
                                 row.email,
                                 row.phone,
                                 row.company,
                                 statusKey(row.status),
                                 isoTime(row.registeredAt),
                                 isoTime(row.lastActiveAt),
                                 plainMoney(row.creditBalance, currency),
                                 plainMoney(row.totalSpent, currency),
                                 QString::number(row.progress)};
                for (const CustomField &field : *fields)
                    line.append(row.custom.value(field.id));
                lines.append(line);
            }
            printer.write(lines);
        }
        printer.finish(QCoreApplication::translate("cli", "%1 of %2 users (%3 matching)")
                           .arg(printer.written())
                           .arg(result->allUsers)
                           .arg(result->ids.size()));
        code = 0;
    }
    Database::close(connection);
    return code;
}

} // namespace rollbook::cli

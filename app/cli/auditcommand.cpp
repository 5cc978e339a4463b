#include "auditcommand.h"

#include "auditmodel.h"
#include "database.h"
#include "directory/userlookup.h"
#include "lineprinter.h"
#include "queryoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rollbook::cli {

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The audit log, newest first: who changed what, when and why."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Rollbook database file."), QStringLiteral("FILE"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Text::tr("Only the changes of this user: an email, or a name or phone as the directory "
                 "searches them."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption since(QStringLiteral("since"), Text::tr("From this day on (YYYY-MM-DD, local time)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), Text::tr("Up to this day (YYYY-MM-DD, local time)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption action(QStringLiteral("action"), Text::tr("Only this action (top_up, suspend, ...)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), Text::tr("Only the changes of this operator."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("At most N rows (0 for all)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv, json or table."), QStringLiteral("F"),
                                    QStringLiteral("table"));
    parser.addOptions({db, user, since, until, action, operatorName, limit, format});
    parser.process(arguments);
    if (!parser.isSet(db))
        return fail(Text::tr("--db FILE is required."));
    if (!LinePrinter::knowsFormat(parser.value(format)))
        return fail(Text::tr("--format must be csv, json or table."));
    AuditFilter filter;
    for (const auto &[option, date] : {std::pair{&since, &filter.from}, std::pair{&until, &filter.to}}) {
        if (parser.isSet(*option)) {
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid())
                return fail(Text::tr("--%1 wants a date as YYYY-MM-DD, not \"%2\".")
                                .arg(option->names().constFirst(), parser.value(*option)));
        }
    }
    if (parser.isSet(action) && !auditActions().contains(parser.value(action)))
        return fail(Text::tr("--action: \"%1\" is not an action; one of: %2.")
                        .arg(parser.value(action), auditActions().join(QStringLiteral(", "))));
    filter.action = parser.value(action);
    filter.operatorName = parser.value(operatorName);
    bool ok = false;
    const qint64 maxRows = parser.value(limit).toLongLong(&ok);
    if (!ok || maxRows < 0)
        return fail(Text::tr("--limit must be a number, 0 for all."));

    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    options.migrate = false;
    const QString connection = QStringLiteral("cli-audit");
    int code = 0;
    {
        auto opened = Database::open(parser.value(db), connection, options);
        if (!opened)
            return fail(opened.error(), 1);
        if (parser.isSet(user)) {
            const UserLookup found = lookUpUsers(*opened, parser.value(user), AuditFilter::UserLookupLimit);
            if (found.tooShort)
                return fail(Text::tr("--user: type at least three letters of a name, or an email."));
            if (found.ids.empty())
                return fail(Text::tr("No user matches \"%1\".").arg(parser.value(user)), 1);
            filter.onlyUsers(found);
        }
        LinePrinter printer(parser.value(format),
                            {QStringLiteral("when"), QStringLiteral("operator"), QStringLiteral("action"),
                             QStringLiteral("user_id"), QStringLiteral("user"), QStringLiteral("email"),
                             QStringLiteral("reason"), QStringLiteral("before"), QStringLiteral("after")});
        // Page by page, as the screen reads them: the log may hold millions of rows.
        std::vector<AuditEntry> page = readAuditPage(*opened, filter, nullptr, 1000);
        while (!page.empty() && (maxRows == 0 || printer.written() < maxRows)) {
            QList<QStringList> lines;
            for (const AuditEntry &entry : page) {
                if (maxRows > 0 && printer.written() + lines.size() >= maxRows)
                    break;
                lines.append({isoTime(entry.createdAt), entry.operatorName, entry.action,
                              entry.userId ? QString::number(entry.userId) : QString(), entry.userName, entry.userEmail,
                              entry.reason, entry.before, entry.after});
            }
            printer.write(lines);
            const AuditEntry last = page.back();
            page = readAuditPage(*opened, filter, &last, 1000);
        }
        printer.finish(Text::tr("%1 changes").arg(printer.written()));
    }
    Database::close(connection);
    return code;
}

} // namespace rollbook::cli

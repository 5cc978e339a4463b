#include "notificationscommand.h"

#include "actions/operators.h"
#include "database.h"
#include "lineprinter.h"
#include "notify/delivery.h"
#include "notify/mailsettings.h"
#include "queryoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::cli {

namespace {

/// The password's first line, from a file only its owner reads: never an argument, which any
/// user of the machine can see.
Result<QString> passwordFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read the password file %1: %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.read(4096).split('\n').value(0)).trimmed();
}

/// Prints what a run did (done names its four counts, trouble the server's failure): 0, 1 when it
/// could not run, 3 when the server failed.
int printRun(const Result<Delivery::Report> &report, const QString &done, const QString &trouble)
{
    if (!report)
        return fail(report.error(), 1);
    std::printf("%s\n",
                qPrintable(done.arg(report->sent).arg(report->retrying).arg(report->failed).arg(report->connections)));
    if (report->serverTrouble.isEmpty())
        return 0;
    std::fprintf(stderr, "%s\n", qPrintable(trouble.arg(report->serverTrouble)));
    return 3;
}

int send(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Sends the school's queued notifications, oldest first: email through its mail server, text messages "
        "through its SMS gateway (School settings), each over one connection. For a cron job: exits 3 when the "
        "mail server or the gateway fails."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Rollbook database file."), QStringLiteral("FILE"));
    const QCommandLineOption password(QStringLiteral("smtp-password-file"),
                                      Text::tr("A file whose first line is the mail server's password."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("smtp-ca"),
                                Text::tr("Certificates to trust for the mail server instead of the system's (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption smsPassword(QStringLiteral("sms-password-file"),
                                         Text::tr("A file whose first line is the SMS gateway's password (or token)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption smsCa(QStringLiteral("sms-ca"),
                                   Text::tr("Certificates to trust for the SMS gateway instead of the system's (PEM)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("At most N notifications of each kind this run."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption operatorName(QStringLiteral("operator"),
                                          Text::tr("Who sends (named in the audit log of the links issued)."),
                                          QStringLiteral("NAME"));
    parser.addOptions({db, password, ca, smsPassword, smsCa, limit, operatorName});
    parser.process(arguments);
    if (!parser.isSet(db))
        return fail(Text::tr("--db FILE is required."));
    bool ok = false;
    const int most = parser.value(limit).toInt(&ok);
    if (!ok || most < 1)
        return fail(Text::tr("--limit must be a number from 1 up."));
    const QString connection = QStringLiteral("cli-notifications");
    int code = 0;
    {
        auto opened = Database::open(parser.value(db), connection, OpenOptions{});
        if (!opened)
            return fail(opened.error(), 1);
        SmtpSettings settings = MailSettings::fromStore(*opened);
        if (parser.isSet(password)) {
            const auto secret = passwordFrom(parser.value(password));
            if (!secret)
                return fail(secret.error());
            settings.password = *secret;
        }
        settings.caFile = parser.value(ca);
        SmsSettings sms = MailSettings::smsFromStore(*opened);
        if (parser.isSet(smsPassword)) {
            const auto secret = passwordFrom(parser.value(smsPassword));
            if (!secret)
                return fail(secret.error());
            sms.password = *secret;
        }
        sms.caFile = parser.value(smsCa);
        Operator actor; // none named: the links' audit rows name no operator
        if (parser.isSet(operatorName)) {
            const auto found = findOperator(*opened, parser.value(operatorName));
            if (!found)
                return fail(found.error(), 1);
            actor = *found;
        }
        ActionContext context{*opened, actor};
        if (!settings.host.isEmpty()) {
            SmtpClient smtp(settings);
            const int run = printRun(Delivery::sendDue(context, smtp, QStringLiteral("rollbook-cli"), most),
                                     Text::tr("Email: sent %1, to retry %2, failed %3, over %4 connection(s)."),
                                     Text::tr("The mail server failed: %1"));
            if (run == 1)
                return run;
            code = std::max(code, run);
        }
        if (!sms.url.isEmpty()) {
            SmsClient gateway(sms);
            const int run = printRun(Delivery::sendDueSms(context, gateway, QStringLiteral("rollbook-cli"), most),
                                     Text::tr("Text messages: sent %1, to retry %2, failed %3, over %4 connection(s)."),
                                     Text::tr("The SMS gateway failed: %1"));
            if (run == 1)
                return run;
            code = std::max(code, run);
        }
        if (settings.host.isEmpty() && sms.url.isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Text::tr("The school has no mail server and no SMS gateway (School settings): nothing "
                                    "is sent.")));
            code = 3;
        }
    }
    Database::close(connection);
    return code;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The school's notifications, newest first."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Rollbook database file."), QStringLiteral("FILE"));
    const QCommandLineOption status(QStringLiteral("status"), Text::tr("Only queued, sent or failed ones."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("At most N rows (0 for all)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv, json or table."), QStringLiteral("F"),
                                    QStringLiteral("table"));
    parser.addOptions({db, status, limit, format});
    parser.process(arguments);
    if (!parser.isSet(db))
        return fail(Text::tr("--db FILE is required."));
    if (!LinePrinter::knowsFormat(parser.value(format)))
        return fail(Text::tr("--format must be csv, json or table."));
    const QStringList statuses{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")};
    if (parser.isSet(status) && !statuses.contains(parser.value(status)))
        return fail(Text::tr("--status must be queued, sent or failed, not \"%1\".").arg(parser.value(status)));
    bool ok = false;
    const qint64 maxRows = parser.value(limit).toLongLong(&ok);
    if (!ok || maxRows < 0)
        return fail(Text::tr("--limit must be a number, 0 for all."));
    OpenOptions options;
    options.readOnly = true;
    options.integrityCheck = false;
    options.migrate = false;
    const QString connection = QStringLiteral("cli-notifications");
    int code = 0;
    {
        auto opened = Database::open(parser.value(db), connection, options);
        if (!opened)
            return fail(opened.error(), 1);
        QSqlQuery query(*opened);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT n.created_at, u.email, n.channel, n.template, n.status, n.attempts, "
                                     "coalesce(n.sent_at, -1), coalesce(n.failure, '') FROM notifications n "
                                     "JOIN users u ON u.id = n.user_id %1 ORDER BY n.id DESC %2")
                          .arg(parser.isSet(status) ? QStringLiteral("WHERE n.status = ?") : QString(),
                               maxRows > 0 ? QStringLiteral("LIMIT %1").arg(maxRows) : QString()));
        if (parser.isSet(status))
            query.addBindValue(parser.value(status));
        if (!query.exec())
            return fail(query.lastError().text(), 1);
        LinePrinter printer(parser.value(format),
                            {QStringLiteral("queued_at"), QStringLiteral("email"), QStringLiteral("channel"),
                             QStringLiteral("template"), QStringLiteral("status"), QStringLiteral("attempts"),
                             QStringLiteral("sent_at"), QStringLiteral("failure")});
        QList<QStringList> lines;
        while (query.next()) {
            lines.append({isoTime(query.value(0).toLongLong()), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                          isoTime(query.value(6).toLongLong()), query.value(7).toString()});
            if (lines.size() == 1000) {
                printer.write(lines);
                lines.clear();
            }
        }
        printer.write(lines);
        printer.finish(Text::tr("%1 notifications").arg(printer.written()));
    }
    Database::close(connection);
    return code;
}

} // namespace

int runNotifications(const QStringList &arguments)
{
    const QString what = arguments.value(1);
    QStringList rest = arguments;
    if (!rest.isEmpty() && rest.size() > 1) {
        rest.removeAt(1);
        rest[0] += u' ' + what;
    }
    if (what == u"send")
        return send(rest);
    if (what == u"list")
        return list(rest);
    return fail(
        Text::tr("Usage: rollbook-cli notifications send|list [options]; add --help for a subcommand's options."),
        what == u"--help" || what == u"-h" ? 0 : 2);
}

} // namespace rollbook::cli

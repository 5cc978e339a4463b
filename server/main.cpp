// rollbookd: one school on PostgreSQL, shared by a team.
//   rollbookd init --pg URL                  create or migrate the schema
//   rollbookd load --pg URL --from FILE      move a standalone school onto the server
//   rollbookd operator add|list|disable      the people who sign in
//   rollbookd serve --pg URL --listen HOST:PORT --tls-cert F --tls-key F
#include "buildinfo.h"
#include "httpserver.h"
#include "pgstore.h"
#include "serveroperators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#include <malloc.h>
#include <termios.h>
#include <unistd.h>

using namespace rollbook;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Server)
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

int fail(const QString &text)
{
    say(Text::tr("rollbookd: %1").arg(text));
    return 1;
}

/// The --pg option, or ROLLBOOK_PG when it is not given.
QString pgUrl(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("pg")) ? parser.value(QStringLiteral("pg"))
                                              : qEnvironmentVariable("ROLLBOOK_PG");
}

int initCommand(const QString &url)
{
    auto db = PgStore::connect(url, QStringLiteral("init"));
    if (!db)
        return fail(db.error());
    const auto before = PgStore::schemaVersion(*db);
    if (!before)
        return fail(before.error());
    const auto version = PgStore::init(*db);
    if (!version)
        return fail(version.error());
    if (*before == *version)
        say(Text::tr("The schema is at version %1 already.").arg(*version));
    else if (*before == 0)
        say(Text::tr("Created the Rollbook schema, version %1.").arg(*version));
    else
        say(Text::tr("Migrated the schema from version %1 to %2.").arg(*before).arg(*version));
    return 0;
}

int loadCommand(const QString &url, const QString &file)
{
    if (file.isEmpty())
        return fail(Text::tr("Name the school to load with --from FILE.rollbook."));
    auto db = PgStore::connect(url, QStringLiteral("load"));
    if (!db)
        return fail(db.error());
    if (const auto version = PgStore::init(*db); !version)
        return fail(version.error());
    QElapsedTimer clock;
    clock.start();
    QString shown;
    const auto rows = PgStore::load(*db, file, [&](const QString &table, std::int64_t done, std::int64_t total) {
        const QString line = Text::tr("%1: %2 of %3 rows").arg(table).arg(done).arg(total);
        if (line != shown)
            std::fprintf(stderr, "\r%-70s", line.toLocal8Bit().constData());
        shown = line;
    });
    std::fprintf(stderr, "\n");
    if (!rows)
        return fail(rows.error());
    say(Text::tr("Loaded %1 rows from %2 in %3 s.")
            .arg(QString::number(*rows), file, QString::number(clock.elapsed() / 1000.0, 'f', 1)));
    return 0;
}

/// A password from stdin (--password-stdin: the first line), else typed at the terminal without echo.
QString readPassword(bool fromStdin)
{
    std::string line;
    if (fromStdin || !::isatty(STDIN_FILENO)) {
        std::getline(std::cin, line);
        return QString::fromStdString(line);
    }
    std::fprintf(stderr, "%s", Text::tr("Password: ").toLocal8Bit().constData());
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

int operatorCommand(const QString &url, const QStringList &args, const QCommandLineParser &parser)
{
    const QString verb = args.value(1);
    auto db = PgStore::connect(url, QStringLiteral("operator"));
    if (!db)
        return fail(db.error());
    if (const auto version = PgStore::init(*db); !version)
        return fail(version.error());
    if (verb == u"list") {
        const auto operators = ServerOperators::list(*db);
        if (!operators)
            return fail(operators.error());
        QTextStream out(stdout);
        for (const ServerOperators::Listed &listed : *operators)
            out << listed.name << '\t' << listed.role << '\t'
                << (listed.disabled        ? Text::tr("disabled")
                        : listed.canSignIn ? Text::tr("can sign in")
                                           : Text::tr("no password"))
                << '\n';
        return 0;
    }
    const QString name = args.value(2);
    if (name.isEmpty())
        return fail(Text::tr("Name the operator: rollbookd operator %1 NAME.").arg(verb));
    if (verb == u"add") {
        const QString role = parser.value(QStringLiteral("role"));
        const QString password = readPassword(parser.isSet(QStringLiteral("password-stdin")));
        if (const Status added = ServerOperators::add(*db, name, role, password); !added)
            return fail(added.error());
        say(Text::tr("%1 can sign in as %2.").arg(name, role));
        return 0;
    }
    if (verb == u"disable") {
        if (const Status disabled = ServerOperators::disable(*db, name); !disabled)
            return fail(disabled.error());
        say(Text::tr("%1 is disabled; their sessions are revoked.").arg(name));
        return 0;
    }
    return fail(Text::tr("operator takes add, list or disable."));
}

/// serve's options: the command line first, then the config file, then the defaults.
int serveCommand(const QCommandLineParser &parser)
{
    QSettings config(parser.value(QStringLiteral("config")), QSettings::IniFormat);
    if (parser.isSet(QStringLiteral("config")) && config.status() != QSettings::NoError)
        return fail(Text::tr("Cannot read the config file %1.").arg(parser.value(QStringLiteral("config"))));
    const auto option = [&](const char *name, const QString &fallback = {}) {
        const QString key = QLatin1String(name);
        return parser.isSet(key) ? parser.value(key) : config.value(key, fallback).toString();
    };
    ServeOptions options;
    options.pgUrl = option("pg", qEnvironmentVariable("ROLLBOOK_PG"));
    if (options.pgUrl.isEmpty())
        return fail(Text::tr("Name the database with --pg URL (or ROLLBOOK_PG, or pg= in the config file)."));
    const QString listen = option("listen", QStringLiteral("127.0.0.1:8443"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    options.port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (colon <= 0 || !portOk || options.port < 0 || options.port > 65535)
        return fail(
            Text::tr("--listen takes HOST:PORT (127.0.0.1:8443; port 0 picks a free one), not \"%1\".").arg(listen));
    options.host = listen.left(colon);
    options.certificate = option("tls-cert");
    options.key = option("tls-key");
    if (options.certificate.isEmpty() || options.key.isEmpty())
        return fail(Text::tr("serve needs --tls-cert FILE and --tls-key FILE (PEM): rollbookd speaks only HTTPS."));
    bool threadsOk = false;
    options.threads = option("threads", QStringLiteral("8")).toInt(&threadsOk);
    if (!threadsOk || options.threads < 1 || options.threads > 64)
        return fail(Text::tr("--threads takes 1 to 64."));
    options.mail.passwordFile = option("smtp-password-file", qEnvironmentVariable("ROLLBOOK_SMTP_PASSWORD_FILE"));
    options.mail.caFile = option("smtp-ca", qEnvironmentVariable("ROLLBOOK_SMTP_CA"));
    options.mail.smsPasswordFile = option("sms-password-file", qEnvironmentVariable("ROLLBOOK_SMS_PASSWORD_FILE"));
    options.mail.smsCaFile = option("sms-ca", qEnvironmentVariable("ROLLBOOK_SMS_CA"));
    bool intervalOk = false;
    options.mail.intervalSeconds
        = option("mail-interval", qEnvironmentVariable("ROLLBOOK_MAIL_INTERVAL", QStringLiteral("30")))
              .toInt(&intervalOk);
    if (!intervalOk || options.mail.intervalSeconds < 1 || options.mail.intervalSeconds > 3600)
        return fail(Text::tr("--mail-interval takes 1 to 3600 seconds."));
    return serve(options);
}

} // namespace

int main(int argc, char *argv[])
{
    // Replies of a megabyte or more (a page of 5,000 users, its gzip) are built on eight worker
    // threads: with glibc's defaults each thread's arena kept what it had built, and the mmap
    // threshold grew with each large free. After a 1M-user bootstrap rollbookd held 92 MiB, and
    // the 64 MiB of a sign-in on top peaked it at 157 MiB; with two arenas and large buffers
    // always mapped apart (given back when freed), 36 MiB and 102 MiB.
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rollbookd"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Rollbook server: one school on PostgreSQL.\n\n"
                 "Commands:\n"
                 "  init    create the schema in the database, or migrate an older one\n"
                 "  load    move a standalone school (a .rollbook file) onto an empty server\n"
                 "  operator add NAME [--role admin|support] [--password-stdin]\n"
                 "  operator list\n"
                 "  operator disable NAME\n"
                 "  serve   answer clients over HTTPS (see docs/API.md)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("init or load"));
    parser.addOption(
        {QStringLiteral("pg"),
         Text::tr("The PostgreSQL database, as a libpq URL (postgresql://user@host:5432/school) or key=value "
                  "string; ROLLBOOK_PG when not given."),
         QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("from"), Text::tr("load: the school file to move onto the server."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("role"),
                      Text::tr("operator add: admin (everything) or support (tickets, messages, "
                               "reset links; reads users)."),
                      QStringLiteral("role"), QStringLiteral("admin")});
    parser.addOption(
        {QStringLiteral("password-stdin"),
         Text::tr("operator add: read the password from the first line of stdin instead of the terminal.")});
    parser.addOption(
        {QStringLiteral("listen"),
         Text::tr("serve: the address and port to listen on (default 127.0.0.1:8443; port 0 picks a free one)."),
         QStringLiteral("host:port")});
    parser.addOption(
        {QStringLiteral("tls-cert"), Text::tr("serve: the TLS certificate chain, PEM."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-key"), Text::tr("serve: the TLS private key, PEM."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("threads"),
                      Text::tr("serve: worker threads, each with its own PostgreSQL connection (default 8)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("smtp-password-file"),
         Text::tr("serve: a file whose first line is the mail server's password (the mail server itself is "
                  "named in the school's settings); ROLLBOOK_SMTP_PASSWORD_FILE when not given."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("smtp-ca"),
                      Text::tr("serve: certificates to trust for the mail server instead of the system's (PEM)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("sms-password-file"),
                      Text::tr("serve: a file whose first line is the SMS gateway's password or token (the gateway is "
                               "named in the school's settings); ROLLBOOK_SMS_PASSWORD_FILE when not given."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("sms-ca"),
                      Text::tr("serve: certificates to trust for the SMS gateway instead of the system's (PEM)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("mail-interval"),
                      Text::tr("serve: seconds between two looks at the notifications queue (default 30)."),
                      QStringLiteral("seconds")});
    parser.addOption(
        {QStringLiteral("config"),
         Text::tr(
             "serve: an INI file with any of pg=, listen=, tls-cert=, tls-key=, threads=, "
             "smtp-password-file=, smtp-ca=, sms-password-file=, sms-ca=, mail-interval= (the command line wins)."),
         QStringLiteral("file")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(1);
    if (args.first() == u"serve")
        return serveCommand(parser);
    const QString url = pgUrl(parser);
    if (url.isEmpty())
        return fail(Text::tr("Name the database with --pg URL (or ROLLBOOK_PG)."));
    if (args.first() == u"init")
        return initCommand(url);
    if (args.first() == u"load")
        return loadCommand(url, parser.value(QStringLiteral("from")));
    if (args.first() == u"operator")
        return operatorCommand(url, args, parser);
    return fail(Text::tr("\"%1\" is not a command; see rollbookd --help.").arg(args.first()));
}

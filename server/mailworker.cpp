#include "mailworker.h"

#include "pgstore.h"

#include "notify/delivery.h"
#include "notify/mailsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>

#include <unistd.h>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::MailWorker)
};

void log(const QString &line)
{
    std::fprintf(stderr, "%s mail %s\n",
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1().constData(),
                 line.toLocal8Bit().constData());
}

/// The first line of a secret file only the server reads; empty when there is no file.
Result<QString> secretFrom(const QString &path)
{
    if (path.isEmpty())
        return QString();
    QFile secret(path);
    if (!secret.open(QIODevice::ReadOnly))
        return Error{Text::tr("cannot read the password file %1: %2").arg(path, secret.errorString())};
    return QString::fromUtf8(secret.read(4096).split('\n').value(0)).trimmed();
}

constexpr int BatchSize = 500;

} // namespace

MailWorker::MailWorker(QString pgUrl, MailOptions options)
    : m_pgUrl(std::move(pgUrl))
    , m_options(std::move(options))
    , m_thread([this] { run(); })
{ }

MailWorker::~MailWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool MailWorker::pause(int seconds)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_stop; });
    return !m_stop;
}

void MailWorker::drain(const std::function<Result<Delivery::Report>()> &sendSome, const QString &what,
                       QString *lastTrouble)
{
    // Runs back to back while the queue keeps them busy; then a pause.
    for (;;) {
        const auto report = sendSome();
        const QString trouble = report ? report->serverTrouble : report.error();
        if (report && report->sent + report->retrying + report->failed > 0)
            log(Text::tr("%1: sent %2, to retry %3, failed %4")
                    .arg(what)
                    .arg(report->sent)
                    .arg(report->retrying)
                    .arg(report->failed));
        if (trouble != *lastTrouble) {
            log(trouble.isEmpty() ? Text::tr("%1: works again").arg(what)
                                  : Text::tr("%1: fails: %2").arg(what, trouble));
            *lastTrouble = trouble;
        }
        if (!report || !trouble.isEmpty() || report->sent + report->retrying + report->failed < BatchSize)
            break;
        const std::lock_guard lock(m_mutex);
        if (m_stop)
            break;
    }
}

void MailWorker::run()
{
    const QString name = QStringLiteral("mail-worker");
    const QString sender = QStringLiteral("rollbookd-%1").arg(::getpid());
    QString lastTrouble;
    QString lastMailTrouble;
    QString lastSmsTrouble;
    do {
        auto db = PgStore::connect(m_pgUrl, name);
        if (!db) {
            if (db.error() != lastTrouble)
                log(lastTrouble = db.error());
            continue;
        }
        lastTrouble.clear();
        ActionContext context{*db, {}};
        if (SmtpSettings settings = MailSettings::fromStore(*db); !settings.host.isEmpty()) {
            const auto password = secretFrom(m_options.passwordFile);
            settings.password = password ? *password : QString();
            settings.caFile = m_options.caFile;
            SmtpClient smtp(settings);
            drain(
                [&]() -> Result<Delivery::Report> {
                    if (!password)
                        return password.failure();
                    return Delivery::sendDue(context, smtp, sender, BatchSize);
                },
                Text::tr("the mail server"), &lastMailTrouble);
        }
        if (SmsSettings settings = MailSettings::smsFromStore(*db); !settings.url.isEmpty()) {
            const auto password = secretFrom(m_options.smsPasswordFile);
            settings.password = password ? *password : QString();
            settings.caFile = m_options.smsCaFile;
            SmsClient gateway(settings);
            drain(
                [&]() -> Result<Delivery::Report> {
                    if (!password)
                        return password.failure();
                    return Delivery::sendDueSms(context, gateway, sender, BatchSize);
                },
                Text::tr("the SMS gateway"), &lastSmsTrouble);
        }
    } while ((QSqlDatabase::removeDatabase(name), pause(m_options.intervalSeconds)));
}

} // namespace rollbook

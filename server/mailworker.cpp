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

QString tr(const char *text)
{
    return QCoreApplication::translate("MailWorker", text);
}

void log(const QString &line)
{
    std::fprintf(stderr, "%s mail %s\n",
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1().constData(),
                 line.toLocal8Bit().constData());
}

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

void MailWorker::run()
{
    const QString name = QStringLiteral("mail-worker");
    const QString sender = QStringLiteral("rollbookd-%1").arg(::getpid());
    QString lastTrouble;
    do {
        auto db = PgStore::connect(m_pgUrl, name);
        if (!db) {
            if (db.error() != lastTrouble)
                log(lastTrouble = db.error());
            continue;
        }
        SmtpSettings settings = MailSettings::fromStore(*db);
        if (settings.host.isEmpty())
            continue; // the school sends no email from here
        if (!m_options.passwordFile.isEmpty()) {
            QFile secret(m_options.passwordFile);
            if (!secret.open(QIODevice::ReadOnly)) {
                const QString trouble = tr("cannot read the mail password file %1").arg(m_options.passwordFile);
                if (trouble != lastTrouble)
                    log(lastTrouble = trouble);
                continue;
            }
            settings.password = QString::fromUtf8(secret.read(4096).split('\n').value(0)).trimmed();
        }
        settings.caFile = m_options.caFile;
        ActionContext context{*db, {}};
        SmtpClient smtp(settings);
        // Runs back to back while the queue keeps them busy; then a pause.
        for (;;) {
            const auto report = Delivery::sendDue(context, smtp, sender, 500);
            const QString trouble = report ? report->serverTrouble : report.error();
            if (report && report->sent + report->retrying + report->failed > 0)
                log(tr("sent %1, to retry %2, failed %3").arg(report->sent).arg(report->retrying).arg(report->failed));
            if (trouble != lastTrouble) {
                log(trouble.isEmpty() ? tr("the mail server works again")
                                      : tr("the mail server fails: %1").arg(trouble));
                lastTrouble = trouble;
            }
            if (!report || !trouble.isEmpty() || report->sent + report->retrying + report->failed < 500)
                break;
            const std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
        }
    } while ((QSqlDatabase::removeDatabase(name), pause(m_options.intervalSeconds)));
}

} // namespace rollbook

#include "mail/mailsender.h"

#include "database.h"
#include "mail/mailpassword.h"
#include "notify/mailsettings.h"

#include <QtConcurrent>

namespace rollbook {

MailSender::MailSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &MailSender::sendNow);
    connect(&m_run, &QFutureWatcher<Result<Delivery::Report>>::finished, this, &MailSender::finished);
}

void MailSender::setStore(const QString &path, const Operator &actor, QSqlDatabase settings)
{
    m_path = path;
    m_actor = actor;
    m_settings = settings;
    if (path.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    QTimer::singleShot(2'000, this, &MailSender::sendNow);
}

void MailSender::sendNow()
{
    if (m_path.isEmpty() || m_run.isRunning() || m_reading)
        return;
    if (!m_settings.isValid())
        return;
    // A few rows of settings: whether there is a server, and whose password to ask for.
    const SmtpSettings settings = MailSettings::fromStore(m_settings);
    if (settings.host.isEmpty())
        return; // no mail server set up: nothing is sent from here
    if (settings.user.isEmpty())
        return runWith(settings);
    m_reading = true;
    MailPassword::read(settings.host, settings.user, this, [this, smtp = settings](Result<QString> kept) mutable {
        m_reading = false;
        if (!kept) {
            if (m_trouble != kept.error())
                Q_EMIT troubleChanged(m_trouble = kept.error());
            return;
        }
        smtp.password = *kept;
        runWith(smtp);
    });
}

void MailSender::runWith(const SmtpSettings &settings)
{
    const QString path = m_path;
    const Operator actor = m_actor;
    m_run.setFuture(QtConcurrent::run([path, actor, settings]() -> Result<Delivery::Report> {
        OpenOptions options;
        options.integrityCheck = false;
        options.migrate = false;
        return Database::withConnection(path, options, [&](QSqlDatabase &db) -> Result<Delivery::Report> {
            ActionContext context{db, actor};
            SmtpClient smtp(settings);
            return Delivery::sendDue(context, smtp, QStringLiteral("desktop"), 1000);
        });
    }));
}

void MailSender::finished()
{
    const Result<Delivery::Report> report = m_run.result();
    const QString trouble = report ? report->serverTrouble : report.error();
    if (trouble != m_trouble)
        Q_EMIT troubleChanged(m_trouble = trouble);
    if (report) {
        Q_EMIT ran(*report);
        if (report->sent + report->retrying + report->failed >= 1000)
            QTimer::singleShot(0, this, &MailSender::sendNow); // more are due
    }
}

} // namespace rollbook

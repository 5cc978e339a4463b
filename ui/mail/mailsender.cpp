#include "mail/mailsender.h"

#include "database.h"
#include "mail/mailpassword.h"
#include "notify/mailsettings.h"

#include <QUrl>
#include <QtConcurrent>

namespace rollbook {

namespace {

constexpr int BatchSize = 1000;

/// The kept password, or none to read when there is no server or no sign-in.
void readPassword(MailPassword::Account account, const QString &host, const QString &user, QObject *receiver,
                  std::function<void(Result<QString>)> done)
{
    if (host.isEmpty() || user.isEmpty())
        return done(QString());
    MailPassword::read(account, host, user, receiver, std::move(done));
}

bool full(const std::optional<Result<Delivery::Report>> &run)
{
    return run && *run && (*run)->sent + (*run)->retrying + (*run)->failed >= BatchSize;
}

QString troubleOf(const std::optional<Result<Delivery::Report>> &run)
{
    if (!run)
        return {};
    return *run ? (*run)->serverTrouble : run->error();
}

} // namespace

MailSender::MailSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &MailSender::sendNow);
    connect(&m_run, &QFutureWatcher<Run>::finished, this, &MailSender::finished);
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
    // A few rows of settings: whether there is a server or a gateway, and whose passwords to ask for.
    SmtpSettings smtp = MailSettings::fromStore(m_settings);
    SmsSettings sms = MailSettings::smsFromStore(m_settings);
    if (smtp.host.isEmpty() && sms.url.isEmpty())
        return; // nothing is sent from here
    m_reading = true;
    readPassword(MailPassword::Account::MailServer, smtp.host, smtp.user, this,
                 [this, smtp, sms](Result<QString> mailPassword) mutable {
                     const QString mailTrouble = mailPassword ? QString() : mailPassword.error();
                     smtp.password = mailPassword ? *mailPassword : QString();
                     if (!mailPassword)
                         smtp.host.clear(); // no email this run: the keychain said why
                     readPassword(MailPassword::Account::SmsGateway, QUrl(sms.url).host(), sms.user, this,
                                  [this, smtp, sms, mailTrouble](Result<QString> smsPassword) mutable {
                                      m_reading = false;
                                      sms.password = smsPassword ? *smsPassword : QString();
                                      if (!smsPassword)
                                          sms.url.clear();
                                      const QString trouble = !mailTrouble.isEmpty() ? mailTrouble
                                          : smsPassword                              ? QString()
                                                                                     : smsPassword.error();
                                      runWith(smtp, sms, trouble);
                                  });
                 });
}

void MailSender::runWith(const SmtpSettings &smtp, const SmsSettings &sms, const QString &keychainTrouble)
{
    m_keychainTrouble = keychainTrouble;
    const QString path = m_path;
    const Operator actor = m_actor;
    m_run.setFuture(QtConcurrent::run([path, actor, smtp, sms]() -> Run {
        OpenOptions options;
        options.integrityCheck = false;
        options.migrate = false;
        Run run;
        const Status opened = Database::withConnection(path, options, [&](QSqlDatabase &db) -> Status {
            ActionContext context{db, actor};
            if (!smtp.host.isEmpty()) {
                SmtpClient client(smtp);
                run.email = Delivery::sendDue(context, client, QStringLiteral("desktop"), BatchSize);
            }
            if (!sms.url.isEmpty()) {
                SmsClient client(sms);
                run.sms = Delivery::sendDueSms(context, client, QStringLiteral("desktop"), BatchSize);
            }
            return success();
        });
        if (!opened && !run.email)
            run.email = Result<Delivery::Report>(opened.failure());
        return run;
    }));
}

void MailSender::finished()
{
    const Run run = m_run.result();
    QStringList troubles;
    if (const QString email = troubleOf(run.email); !email.isEmpty())
        troubles.append(tr("Email is not going out: %1").arg(email));
    if (const QString sms = troubleOf(run.sms); !sms.isEmpty())
        troubles.append(tr("Text messages are not going out: %1").arg(sms));
    if (!m_keychainTrouble.isEmpty())
        troubles.append(tr("The system keychain: %1").arg(m_keychainTrouble));
    const QString trouble = troubles.join(u' ');
    if (trouble != m_trouble)
        Q_EMIT troubleChanged(m_trouble = trouble);
    Q_EMIT ran();
    if (full(run.email) || full(run.sms))
        QTimer::singleShot(0, this, &MailSender::sendNow); // more are due
}

} // namespace rollbook

#include "mail/mailpassword.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace rollbook::MailPassword {

namespace {

const QString Service = QStringLiteral("Rollbook");

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::MailPassword)
};

} // namespace

QString keyOf(Account account, const QString &host, const QString &user)
{
    return QStringLiteral("%1:%2@%3")
        .arg(account == Account::SmsGateway ? QStringLiteral("sms") : QStringLiteral("smtp"), user.trimmed(),
             host.trimmed().toLower());
}

void read(Account account, const QString &host, const QString &user, QObject *receiver,
          std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyOf(account, host, user));
    QObject::connect(job, &QKeychain::Job::finished, receiver, [done = std::move(done)](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::EntryNotFound)
            return done(QString());
        if (reader->error() != QKeychain::NoError)
            return done(Error{Text::tr("The system keychain could not be read: %1").arg(reader->errorString())});
        done(reader->textData());
    });
    job->start();
}

void write(Account account, const QString &host, const QString &user, const QString &password, QObject *receiver,
           std::function<void(Status)> done)
{
    QKeychain::Job *job = nullptr;
    if (password.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(Service);
    } else {
        auto *writer = new QKeychain::WritePasswordJob(Service);
        writer->setTextData(password);
        job = writer;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyOf(account, host, user));
    QObject::connect(job, &QKeychain::Job::finished, receiver, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            return done(
                Error{Text::tr("The system keychain could not keep the password: %1").arg(finished->errorString())});
        done(success());
    });
    job->start();
}

} // namespace rollbook::MailPassword

// Delivery of queued notifications to a real SMTP server on loopback (aiosmtpd, STARTTLS with a
// certificate the bench makes, sign-in): Rollbook's sender, one connection for all, beside msmtp
// sending the same messages one process per message (what a cron script would do). msmtp sends
// a sample of them (each costs a process, a TLS handshake and a sign-in); its rate is per message.
//
//   bench_delivery [NOTIFICATIONS] [MSMTP_SAMPLE]

#include "../tests/certificates.h"
#include "../tests/smtpserver.h"
#include "benchjson.h"
#include "database.h"
#include "notify/delivery.h"
#include "notify/mime.h"
#include "settings.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rollbook;

namespace {

constexpr const char *Bench = "delivery";

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_delivery: %s\n", qPrintable(why));
    std::exit(1);
}

/// A school of count users, each with one queued approval email.
void queue(QSqlDatabase &db, int count)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        fail(QStringLiteral("cannot begin"));
    QSqlQuery user(db);
    user.prepare(QStringLiteral("INSERT INTO users (gid, first_name, last_name, sort_name, email, registered_at) "
                                "VALUES (?, ?, 'Lima', ?, ?, 0) RETURNING id"));
    QSqlQuery notification(db);
    notification.prepare(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, "
                                        "status, created_at) VALUES (?, ?, 'email', 'approval', ?, ?, 'queued', 0)"));
    for (int i = 0; i < count; ++i) {
        const QString first = QStringLiteral("Zoë%1").arg(i);
        user.addBindValue(newUuidV7());
        user.addBindValue(first);
        user.addBindValue(first.toLower());
        user.addBindValue(QStringLiteral("user%1@example.com").arg(i));
        if (!user.exec() || !user.next())
            fail(QStringLiteral("cannot add a user"));
        notification.addBindValue(newUuidV7());
        notification.addBindValue(user.value(0));
        notification.addBindValue(QStringLiteral("Your registration at Escola São Tomé is approved"));
        notification.addBindValue(QStringLiteral("Hello %1,\n\nwelcome aboard: sign in at "
                                                 "https://learn.example.com/sign-in\n\nEscola São Tomé")
                                      .arg(first));
        if (!notification.exec())
            fail(QStringLiteral("cannot queue a notification"));
        user.finish();
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        fail(QStringLiteral("cannot commit"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10'000;
    const int sample = argc > 2 ? std::atoi(argv[2]) : 500;
    if (count < 1 || sample < 1)
        fail(QStringLiteral("usage: bench_delivery [NOTIFICATIONS] [MSMTP_SAMPLE]"));
    QTemporaryDir dir;
    const test::TestCertificates certificates = test::makeCertificates(dir.path());
    if (!certificates.failure.isEmpty())
        fail(certificates.failure);
    test::SmtpServer server({QStringLiteral("--count-only"), QStringLiteral("--tls-cert"), certificates.certificate,
                             QStringLiteral("--tls-key"), certificates.key, QStringLiteral("--user"),
                             QStringLiteral("school"), QStringLiteral("--password"), QStringLiteral("mail password")});
    if (!server.failure().isEmpty())
        fail(server.failure());

    const QString connection = QStringLiteral("bench");
    OpenOptions create;
    create.create = true;
    QSqlDatabase db;
    {
        auto created = Database::open(dir.filePath(QStringLiteral("d.rollbook")), connection, create);
        if (!created)
            fail(created.error());
        db = *created;
    }
    queue(db, count);
    StoreSettings::setValue(db, StoreSettings::SupportEmail, QStringLiteral("help@learn.example.com"));

    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.user = QStringLiteral("school");
    settings.password = QStringLiteral("mail password");
    settings.fromName = QStringLiteral("Escola São Tomé");
    settings.fromAddress = QStringLiteral("school@learn.example.com");
    settings.caFile = certificates.caCertificate;

    // Rollbook: every queued notification claimed, sent and recorded, in one run.
    ActionContext context{db, {}};
    SmtpClient smtp(settings);
    QElapsedTimer clock;
    clock.start();
    const auto report = Delivery::sendDue(context, smtp, QStringLiteral("bench"), count);
    const double ours = clock.nsecsElapsed() / 1e9;
    if (!report || report->sent != count || server.count() != count)
        fail(QStringLiteral("sent %1 of %2: %3")
                 .arg(report ? report->sent : 0)
                 .arg(count)
                 .arg(report ? report->serverTrouble : report.error()));
    bench::report(Bench, QStringLiteral("rollbook, %1 notifications").arg(count), ours, "s");
    bench::report(Bench, QStringLiteral("rollbook, one run"), count / ours, "messages/s");
    bench::report(Bench, QStringLiteral("rollbook, SMTP connections"), report->connections, "connections");

    // msmtp: the same messages, one process each, from a file as a script would hand them over.
    QFile password(dir.filePath(QStringLiteral("password")));
    if (!password.open(QIODevice::WriteOnly) || password.write("mail password\n") < 0)
        fail(QStringLiteral("cannot write the password file"));
    password.close();
    QSqlQuery messages(db);
    messages.exec(QStringLiteral("SELECT n.gid, n.subject, n.body, u.email FROM notifications n JOIN users u ON u.id = "
                                 "n.user_id ORDER BY n.id LIMIT %1")
                      .arg(sample));
    const int before = server.count();
    int sent = 0;
    qint64 composing = 0;
    clock.restart();
    while (messages.next()) {
        QElapsedTimer compose;
        compose.start();
        MailMessage message{settings.fromName,
                            settings.fromAddress,
                            messages.value(3).toString(),
                            QStringLiteral("help@learn.example.com"),
                            messages.value(1).toString(),
                            messages.value(2).toString(),
                            Mime::messageId(messages.value(0).toByteArray(), settings.fromAddress),
                            QDateTime::currentMSecsSinceEpoch()};
        const QByteArray bytes = Mime::compose(message);
        composing += compose.nsecsElapsed();
        QProcess msmtp;
        msmtp.start(QStringLiteral("msmtp"),
                    {QStringLiteral("--host=127.0.0.1"), QStringLiteral("--port=%1").arg(server.port()),
                     QStringLiteral("--tls=on"), QStringLiteral("--tls-starttls=on"),
                     QStringLiteral("--tls-trust-file=%1").arg(certificates.caCertificate), QStringLiteral("--auth=on"),
                     QStringLiteral("--user=school"), QStringLiteral("--passwordeval=cat %1").arg(password.fileName()),
                     QStringLiteral("--from=%1").arg(settings.fromAddress), QStringLiteral("--"),
                     messages.value(3).toString()});
        msmtp.write(bytes);
        msmtp.closeWriteChannel();
        if (!msmtp.waitForFinished(30'000) || msmtp.exitCode() != 0)
            fail(QStringLiteral("msmtp failed: %1").arg(QString::fromLocal8Bit(msmtp.readAllStandardError())));
        ++sent;
    }
    const double peer = (clock.nsecsElapsed() - composing) / 1e9;
    if (server.count() - before != sent || sent == 0)
        fail(QStringLiteral("msmtp delivered %1 of %2").arg(server.count() - before).arg(sent));
    bench::report(Bench, QStringLiteral("msmtp, one process per message (%1 sent)").arg(sent), sent / peer,
                  "messages/s");
    bench::report(Bench, QStringLiteral("rollbook / msmtp (goal >= 10)"), (count / ours) / (sent / peer), "ratio");
    messages = QSqlQuery();
    context.db = QSqlDatabase();
    db = QSqlDatabase();
    Database::close(connection);
    return 0;
}

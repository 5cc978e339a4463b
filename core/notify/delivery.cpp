#include "notify/delivery.h"

#include "actions/transaction.h"
#include "keptquery.h"
#include "notify/mailsettings.h"
#include "notify/mime.h"
#include "notify/outbox.h"
#include "notify/smsclient.h"
#include "sqldialect.h"
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace rollbook::Delivery {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Delivery)
};

constexpr std::int64_t Minute = 60'000;
constexpr std::int64_t LongestWait = 6 * 60 * Minute;

/// A notification claimed for sending.
struct Claimed
{
    std::int64_t id = 0;
    QByteArray gid;
    QString email;
    QString phone;
    int attempts = 0;
};

/// Hands one claimed notification, as it goes out now, to its server; messageId names it there.
using SendOne = std::function<SendOutcome(const Claimed &, const RenderedNotification &, const QByteArray &messageId,
                                          std::int64_t now)>;

/// Takes the oldest due notification of the channel, marked as going out (attempted_at) under this
/// sender's claim until claimedUntil; none when nothing is due. PostgreSQL skips a row another
/// sender holds; SQLite's writers take turns.
Result<std::optional<Claimed>> claimNext(QSqlDatabase &db, const QString &channel, const QString &sender,
                                         std::int64_t now, std::int64_t claimedUntil)
{
    KeptQuery keptClaim(
        db,
        QStringLiteral("UPDATE notifications SET claimed_by = ?, claimed_until = ?, attempted_at = ? "
                       "WHERE attempted_at IS NULL AND id = (SELECT id FROM notifications WHERE status = 'queued' "
                       "AND channel = ? AND attempted_at IS NULL AND coalesce(next_attempt_at, 0) <= ? "
                       "ORDER BY id LIMIT 1%1) RETURNING id, gid, user_id, attempts")
            .arg(SqlDialect::isPostgres(db) ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
    QSqlQuery &claim = keptClaim.query();
    claim.addBindValue(sender.left(120));
    claim.addBindValue(QVariant::fromValue<qint64>(claimedUntil));
    claim.addBindValue(QVariant::fromValue<qint64>(now));
    claim.addBindValue(channel);
    claim.addBindValue(QVariant::fromValue<qint64>(now));
    if (!claim.exec())
        return databaseError(claim.lastError());
    if (!claim.next())
        return std::optional<Claimed>();
    Claimed claimed;
    claimed.id = claim.value(0).toLongLong();
    claimed.gid = claim.value(1).toByteArray();
    const std::int64_t userId = claim.value(2).toLongLong();
    claimed.attempts = claim.value(3).toInt();
    claim.finish();
    KeptQuery keptUser(db, QStringLiteral("SELECT email, coalesce(phone, '') FROM users WHERE id = ?"));
    QSqlQuery &user = keptUser.query();
    user.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!user.exec())
        return databaseError(user.lastError());
    if (user.next()) {
        claimed.email = user.value(0).toString();
        claimed.phone = user.value(1).toString();
    }
    return std::optional<Claimed>(claimed);
}

/// Writes what became of a claimed notification and lets go of it.
Status record(QSqlDatabase &db, const Claimed &claimed, const SendOutcome &outcome, const QByteArray &messageId,
              std::int64_t now, Report *report)
{
    QString status = QStringLiteral("failed");
    QVariant nextAttempt;
    QString failure = outcome.reply;
    switch (outcome.kind) {
    case SendOutcome::Kind::Sent:
        status = QStringLiteral("sent");
        failure.clear();
        ++report->sent;
        break;
    case SendOutcome::Kind::Retry:
        if (const std::int64_t wait = retryDelayMs(claimed.attempts); wait >= 0) {
            status = QStringLiteral("queued");
            nextAttempt = QVariant::fromValue<qint64>(now + wait);
            ++report->retrying;
        } else {
            failure
                = Text::tr("Gave up after %1 tries over six hours: %2").arg(claimed.attempts + 1).arg(outcome.reply);
            ++report->failed;
        }
        break;
    case SendOutcome::Kind::Failed:
        ++report->failed;
        break;
    case SendOutcome::Kind::Unknown:
        failure = Text::tr("The mail server took the message but never confirmed it: it may have arrived. %1")
                      .arg(outcome.reply);
        ++report->failed;
        break;
    }
    KeptQuery keptRecord(
        db,
        QStringLiteral("UPDATE notifications SET status = ?, sent_at = ?, provider_id = ?, failure = ?, "
                       "message_id = ?, next_attempt_at = ?, attempts = attempts + 1, claimed_by = NULL, "
                       "claimed_until = NULL, attempted_at = NULL WHERE id = ?"));
    QSqlQuery &update = keptRecord.query();
    const bool sent = outcome.kind == SendOutcome::Kind::Sent;
    update.addBindValue(status);
    update.addBindValue(sent ? QVariant::fromValue<qint64>(now) : QVariant(QMetaType(QMetaType::LongLong)));
    update.addBindValue(sent ? QVariant(outcome.serverId) : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(failure.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(failure.left(500)));
    update.addBindValue(QString::fromLatin1(messageId));
    update.addBindValue(nextAttempt.isValid() ? nextAttempt : QVariant(QMetaType(QMetaType::LongLong)));
    update.addBindValue(QVariant::fromValue<qint64>(claimed.id));
    if (!update.exec())
        return databaseError(update.lastError());
    return success();
}

/// A stored phone number as E.164 has it: +, then 3 to 15 digits.
bool isE164(const QString &phone)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{2,14}$"));
    return e164.match(phone).hasMatch();
}

} // namespace

std::int64_t retryDelayMs(int attempts)
{
    if (attempts < 0 || attempts > 20)
        return -1;
    const std::int64_t wait = Minute << attempts;
    return wait <= LongestWait ? wait : -1;
}

Result<int> failInterrupted(QSqlDatabase &db, std::int64_t nowMs)
{
    KeptQuery keptFail(
        db,
        QStringLiteral("UPDATE notifications SET status = 'failed', failure = ?, attempts = attempts + 1, "
                       "claimed_by = NULL, claimed_until = NULL, attempted_at = NULL "
                       "WHERE status = 'queued' AND attempted_at IS NOT NULL AND claimed_until < ?"));
    QSqlQuery &fail = keptFail.query();
    fail.addBindValue(
        Text::tr("The sender stopped while this was going out: it may have arrived. Resend it if the user "
                 "did not get it."));
    fail.addBindValue(QVariant::fromValue<qint64>(nowMs));
    if (!fail.exec())
        return databaseError(fail.lastError());
    return fail.numRowsAffected();
}

namespace {

/// The queue of one channel, oldest first: each due notification claimed, handed to send, and
/// its outcome recorded, until limit, an empty queue, or the server's own trouble.
Result<Report> sendChannel(ActionContext &context, const QString &channel, const QString &sender, int limit,
                           int timeoutSeconds, const std::function<QByteArray(const QByteArray &gid)> &messageIdOf,
                           const SendOne &send)
{
    Report report;
    if (const auto interrupted = failInterrupted(context.db, context.now()); !interrupted)
        return interrupted.failure();
    else
        report.failed += *interrupted;
    for (int done = 0; done < limit; ++done) {
        const std::int64_t now = context.now();
        // The claim outlives the longest a send can take, so it runs out only for a sender gone.
        const std::int64_t claimedUntil = now + 4 * std::int64_t(timeoutSeconds) * 1000 + Minute;
        std::optional<Claimed> claimed;
        Result<RenderedNotification> rendered = Error{};
        {
            Transaction transaction(context.db);
            if (const Status begun = transaction.begun(); !begun)
                return begun.failure();
            auto next = claimNext(context.db, channel, sender, now, claimedUntil);
            if (!next)
                return next.failure();
            claimed = *next;
            if (claimed) // a link it carries is issued now, and committed before it goes
                rendered = Outbox::prepareForSending(context, claimed->id);
            if (const Status committed = transaction.commit(); !committed)
                return committed.failure();
        }
        if (!claimed)
            break;
        const QByteArray messageId = messageIdOf(claimed->gid);
        const SendOutcome outcome = rendered ? send(*claimed, *rendered, messageId, now)
                                             : SendOutcome{SendOutcome::Kind::Failed, rendered.error(), {}, false};
        if (const Status recorded = record(context.db, *claimed, outcome, messageId, context.now(), &report); !recorded)
            return recorded.failure();
        if (outcome.serverTrouble) {
            report.serverTrouble = outcome.reply;
            break;
        }
    }
    return report;
}

} // namespace

Result<Report> sendDue(ActionContext &context, SmtpClient &smtp, const QString &sender, int limit)
{
    if (const Status checked = checkSmtpSettings(smtp.settings()); !checked) {
        Report report;
        report.serverTrouble = checked.error();
        return report;
    }
    const QString replyTo = MailSettings::replyTo(context.db);
    const int connectionsBefore = smtp.connectionsOpened();
    const SmtpSettings &settings = smtp.settings();
    auto report = sendChannel(
        context, QStringLiteral("email"), sender, limit, settings.timeoutSeconds,
        [&](const QByteArray &gid) { return Mime::messageId(gid, settings.fromAddress); },
        [&](const Claimed &claimed, const RenderedNotification &rendered, const QByteArray &messageId,
            std::int64_t now) -> SendOutcome {
            if (!normalizeEmail(claimed.email))
                return {SendOutcome::Kind::Failed,
                        Text::tr("The user's email address \"%1\" is not one a mail server takes.")
                            .arg(claimed.email.left(80)),
                        {},
                        false};
            MailMessage message;
            message.fromName = settings.fromName;
            message.fromAddress = settings.fromAddress;
            message.to = claimed.email;
            message.replyTo = replyTo;
            message.subject = rendered.subject;
            message.text = rendered.body;
            message.messageId = messageId;
            message.date = now;
            return smtp.send(claimed.email, Mime::compose(message));
        });
    if (report)
        report->connections = smtp.connectionsOpened() - connectionsBefore;
    return report;
}

Result<Report> sendDueSms(ActionContext &context, SmsClient &gateway, const QString &sender, int limit)
{
    if (const Status checked = checkSmsSettings(gateway.settings()); !checked) {
        Report report;
        report.serverTrouble = checked.error();
        return report;
    }
    const int connectionsBefore = gateway.connectionsOpened();
    auto report = sendChannel(
        context, QStringLiteral("sms"), sender, limit, gateway.settings().timeoutSeconds,
        [](const QByteArray &gid) { return QUuid::fromRfc4122(gid).toByteArray(QUuid::WithoutBraces); },
        [&](const Claimed &claimed, const RenderedNotification &rendered, const QByteArray &messageId,
            std::int64_t) -> SendOutcome {
            if (!isE164(claimed.phone))
                return {SendOutcome::Kind::Failed, Text::tr("The user has no phone number to text."), {}, false};
            return gateway.send(messageId, claimed.phone, rendered.body);
        });
    if (report)
        report->connections = gateway.connectionsOpened() - connectionsBefore;
    return report;
}

} // namespace rollbook::Delivery

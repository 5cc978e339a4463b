#include "actions/supportactions.h"

#include "actions/audit.h"
#include "actions/operators.h"
#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::SupportActions {

using namespace ActionSupport;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::SupportActions)
};

constexpr int MaxMessage = 10'000;

struct Ticket
{
    std::int64_t userId = 0;
    QByteArray gid;
    std::int64_t rowVersion = 0;
    QString subject;
    QString status;
};

Result<Ticket> readTicket(QSqlDatabase &db, std::int64_t ticketId)
{
    KeptQuery keptQuery(db,
                        QStringLiteral("SELECT user_id, gid, row_version, subject, status FROM tickets WHERE id = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(QVariant::fromValue<qint64>(ticketId));
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next())
        return Error{ErrorKind::NotFound, Text::tr("Ticket %1 does not exist.").arg(ticketId)};
    return Ticket{query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toLongLong(),
                  query.value(3).toString(), query.value(4).toString()};
}

} // namespace

QStringList ticketStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("solved"), QStringLiteral("closed")};
}

Result<ActionOutcome> replyToTicket(ActionContext &context, std::int64_t ticketId, const QString &body, bool internal)
{
    const auto text = requiredText(body, internal ? Text::tr("A note") : Text::tr("A reply"), MaxMessage);
    if (!text)
        return text.failure();
    return inTransaction(context, QStringLiteral("reply_ticket"), [&]() -> Result<ActionOutcome> {
        const auto ticket = readTicket(context.db, ticketId);
        if (!ticket)
            return ticket.failure();
        if (!internal && ticket->status == u"closed")
            return Error{Text::tr("The ticket is closed; reopen it to reply, or add an internal note.")};
        const auto user = load(context, ticket->userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, ticket->gid,
                          {{QStringLiteral("ticket"), uuidText(ticket->gid)},
                           {QStringLiteral("body"), *text},
                           {QStringLiteral("internal"), internal}});
        const QByteArray gid = context.newGid();
        const auto actor = actingOperator(context);
        if (!actor)
            return actor.failure();
        if (const Status s
            = exec(context.db,
                   QStringLiteral("INSERT INTO ticket_messages (gid, ticket_id, author_operator_id, body, "
                                  "internal, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   {gid, QVariant::fromValue<qint64>(ticketId), *actor, *text, internal ? 1 : 0,
                    QVariant::fromValue<qint64>(context.now())});
            !s)
            return s.failure();
        const QJsonObject after{{QStringLiteral("ticket"), ticket->subject},
                                {internal ? QStringLiteral("note") : QStringLiteral("reply"), *text}};
        if (const Status a
            = writeAudit(context, internal ? QStringLiteral("ticket_note") : QStringLiteral("ticket_reply"),
                         QStringLiteral("user"), ticket->userId, user->gid, {}, after);
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> setTicketStatus(ActionContext &context, std::int64_t ticketId, const QString &status)
{
    if (!ticketStatuses().contains(status))
        return Error{Text::tr("\"%1\" is not a ticket status.").arg(status)};
    return inTransaction(context, QStringLiteral("set_ticket_status"), [&]() -> Result<ActionOutcome> {
        const auto ticket = readTicket(context.db, ticketId);
        if (!ticket)
            return ticket.failure();
        if (ticket->status == status)
            return skipped(Text::tr("The ticket is %1 already.").arg(status));
        const auto user = load(context, ticket->userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, ticket->gid,
                          {{QStringLiteral("ticket"), uuidText(ticket->gid)}, {QStringLiteral("status"), status}});
        if (const Status base = checkBase(context, ticket->gid, QStringLiteral("status"), ticket->status); !base)
            return base.failure();
        context.command->addBase(ticket->gid, ticket->rowVersion, QStringLiteral("status"), ticket->status);
        KeptQuery keptChange(context.db,
                             QStringLiteral("UPDATE tickets SET status = ?, row_version = row_version + 1, solved_at = "
                                            "CASE WHEN ? IN ('solved', 'closed') THEN coalesce(solved_at, ?) END "
                                            "WHERE id = ? AND row_version = ?"));
        QSqlQuery &change = keptChange.query();
        change.addBindValue(status);
        change.addBindValue(status);
        change.addBindValue(QVariant::fromValue<qint64>(context.now()));
        change.addBindValue(QVariant::fromValue<qint64>(ticketId));
        change.addBindValue(QVariant::fromValue<qint64>(ticket->rowVersion));
        if (!change.exec())
            return databaseError(change.lastError());
        if (change.numRowsAffected() != 1)
            return Error{ErrorKind::Conflict, Text::tr("The ticket was changed by someone else meanwhile; try again.")};
        const QJsonObject before{{QStringLiteral("ticket"), ticket->subject},
                                 {QStringLiteral("status"), ticket->status}};
        const QJsonObject after{{QStringLiteral("ticket"), ticket->subject}, {QStringLiteral("status"), status}};
        if (const Status a = writeAudit(context, QStringLiteral("ticket_status"), QStringLiteral("user"),
                                        ticket->userId, user->gid, before, after);
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> sendMessage(ActionContext &context, std::int64_t userId, const QString &body)
{
    const auto text = requiredText(body, Text::tr("A message"), MaxMessage);
    if (!text)
        return text.failure();
    return inTransaction(context, QStringLiteral("send_message"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("body"), *text}});
        KeptQuery keptFind(
            context.db,
            QStringLiteral("SELECT id, gid FROM conversations WHERE user_id = ? ORDER BY started_at DESC LIMIT 1"));
        QSqlQuery &find = keptFind.query();
        find.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!find.exec())
            return databaseError(find.lastError());
        std::int64_t conversation = 0;
        QByteArray conversationGid;
        if (find.next()) {
            conversation = find.value(0).toLongLong();
            conversationGid = find.value(1).toByteArray();
        } else if (context.actor.role != u"admin") {
            return Error{ErrorKind::Forbidden,
                         Text::tr("Only an administrator can start a conversation; this user has none yet.")};
        } else {
            conversationGid = context.newGid();
            const auto actor = actingOperator(context);
            if (!actor)
                return actor.failure();
            KeptQuery keptStart(context.db,
                                QStringLiteral("INSERT INTO conversations (gid, user_id, operator_id, started_at) "
                                               "VALUES (?, ?, ?, ?) RETURNING id"));
            QSqlQuery &start = keptStart.query();
            start.addBindValue(conversationGid);
            start.addBindValue(QVariant::fromValue<qint64>(userId));
            start.addBindValue(*actor);
            start.addBindValue(QVariant::fromValue<qint64>(context.now()));
            const auto started = insertReturningId(start);
            if (!started)
                return started.failure();
            conversation = *started;
        }
        const QByteArray gid = context.newGid();
        if (const Status s
            = exec(context.db,
                   QStringLiteral("INSERT INTO messages (gid, conversation_id, from_operator, body, "
                                  "sent_at) VALUES (?, ?, 1, ?, ?)"),
                   {gid, QVariant::fromValue<qint64>(conversation), *text, QVariant::fromValue<qint64>(context.now())});
            !s)
            return s.failure();
        if (const Status a = writeAudit(context, QStringLiteral("send_message"), QStringLiteral("user"), userId,
                                        user->gid, {}, QJsonObject{{QStringLiteral("message"), *text}});
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

} // namespace rollbook::SupportActions

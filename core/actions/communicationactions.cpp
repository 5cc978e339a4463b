#include "actions/communicationactions.h"

#include "actions/audit.h"
#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::CommunicationActions {

using namespace ActionSupport;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::CommunicationActions)
};

struct MailingList
{
    QByteArray gid;
    QString name;
    bool member = false;
};

Result<MailingList> readList(QSqlDatabase &db, std::int64_t listId, std::int64_t userId)
{
    KeptQuery keptQuery(
        db,
        QStringLiteral("SELECT gid, name, EXISTS (SELECT 1 FROM mailing_list_members WHERE list_id = l.id "
                       "AND user_id = ?) FROM mailing_lists l WHERE id = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    query.addBindValue(QVariant::fromValue<qint64>(listId));
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next())
        return Error{ErrorKind::NotFound, Text::tr("Mailing list %1 does not exist.").arg(listId)};
    return MailingList{query.value(0).toByteArray(), query.value(1).toString(), query.value(2).toBool()};
}

/// Adds or removes the membership, a part of the user (its row_version moves); the audit row names
/// the list, the command its gid.
Result<ActionOutcome> changeMembership(ActionContext &context, std::int64_t userId, std::int64_t listId, bool join)
{
    const QString action = join ? QStringLiteral("add_to_list") : QStringLiteral("remove_from_list");
    return inTransaction(context, action, [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        const auto list = readList(context.db, listId, userId);
        if (!list)
            return list.failure();
        if (list->member == join)
            return skipped(join ? Text::tr("Already on %1.").arg(list->name) : Text::tr("Not on %1.").arg(list->name));
        Commands::setArgs(
            context, user->gid,
            {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("list"), uuidText(list->gid)}});
        const QVariant user64 = QVariant::fromValue<qint64>(userId);
        const QVariant list64 = QVariant::fromValue<qint64>(listId);
        const Status changed = join
            ? exec(context.db,
                   QStringLiteral("INSERT INTO mailing_list_members (list_id, user_id, added_at) VALUES (?, ?, ?)"),
                   {list64, user64, QVariant::fromValue<qint64>(context.now())})
            : exec(context.db, QStringLiteral("DELETE FROM mailing_list_members WHERE list_id = ? AND user_id = ?"),
                   {list64, user64});
        if (!changed)
            return changed.failure();
        const QJsonObject member{{QStringLiteral("mailing_list"), list->name}};
        const QJsonObject none;
        if (const Status s = update(context, userId, *user, action, {}, join ? none : member, join ? member : none, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

} // namespace

Result<ActionOutcome> setOptIns(ActionContext &context, std::int64_t userId, bool newsletter, bool promotions)
{
    return inTransaction(context, QStringLiteral("change_opt_ins"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        if (user->optNewsletter == newsletter && user->optPromotions == promotions)
            return skipped(Text::tr("The opt-ins are unchanged."));
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)},
                           {QStringLiteral("newsletter"), newsletter},
                           {QStringLiteral("promotions"), promotions}});
        const QJsonObject before{{QStringLiteral("opt_newsletter"), user->optNewsletter},
                                 {QStringLiteral("opt_promotions"), user->optPromotions}};
        const QJsonObject after{{QStringLiteral("opt_newsletter"), newsletter},
                                {QStringLiteral("opt_promotions"), promotions}};
        const Columns columns{{QStringLiteral("opt_newsletter"), newsletter ? 1 : 0},
                              {QStringLiteral("opt_promotions"), promotions ? 1 : 0}};
        if (const Status s
            = update(context, userId, *user, QStringLiteral("change_opt_ins"), columns, before, after, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> addToMailingList(ActionContext &context, std::int64_t userId, std::int64_t listId)
{
    return changeMembership(context, userId, listId, true);
}

Result<ActionOutcome> removeFromMailingList(ActionContext &context, std::int64_t userId, std::int64_t listId)
{
    return changeMembership(context, userId, listId, false);
}

Result<ActionOutcome> resendNotification(ActionContext &context, std::int64_t notificationId)
{
    return inTransaction(context, QStringLiteral("resend_notification"), [&]() -> Result<ActionOutcome> {
        KeptQuery keptFind(context.db,
                           QStringLiteral("SELECT gid, user_id, status, template, coalesce(failure, '') "
                                          "FROM notifications WHERE id = ?"));
        QSqlQuery &find = keptFind.query();
        find.addBindValue(QVariant::fromValue<qint64>(notificationId));
        if (!find.exec())
            return databaseError(find.lastError());
        if (!find.next())
            return Error{ErrorKind::NotFound, Text::tr("Notification %1 does not exist.").arg(notificationId)};
        const QByteArray gid = find.value(0).toByteArray();
        const std::int64_t userId = find.value(1).toLongLong();
        const QString status = find.value(2).toString();
        const QString templateKey = find.value(3).toString();
        const QString failure = find.value(4).toString();
        find.finish();
        if (status != u"failed")
            return skipped(Text::tr("Only a notification that failed is sent again."));
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid, {{QStringLiteral("notification"), uuidText(gid)}});
        if (const Status s = exec(context.db,
                                  QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0, "
                                                 "next_attempt_at = NULL, failure = NULL, attempted_at = NULL, "
                                                 "claimed_by = NULL, claimed_until = NULL WHERE id = ?"),
                                  {QVariant::fromValue<qint64>(notificationId)});
            !s)
            return s.failure();
        const QJsonObject before{{QStringLiteral("notification"), templateKey},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("failure"), failure}};
        const QJsonObject after{{QStringLiteral("notification"), templateKey},
                                {QStringLiteral("status"), QStringLiteral("queued")}};
        if (const Status a = writeAudit(context, QStringLiteral("resend_notification"), QStringLiteral("user"), userId,
                                        user->gid, before, after);
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

} // namespace rollbook::CommunicationActions

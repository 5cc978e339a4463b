#include "actions/communicationactions.h"

#include "actions/audit.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::CommunicationActions {

using namespace ActionSupport;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommunicationActions", text);
}

struct MailingList
{
    QByteArray gid;
    QString name;
    bool member = false;
};

Result<MailingList> readList(QSqlDatabase &db, std::int64_t listId, std::int64_t userId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT gid, name, EXISTS (SELECT 1 FROM mailing_list_members WHERE list_id = l.id "
                                 "AND user_id = ?) FROM mailing_lists l WHERE id = ?"));
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    query.addBindValue(QVariant::fromValue<qint64>(listId));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    if (!query.next())
        return Error{tr("Mailing list %1 does not exist.").arg(listId)};
    return MailingList{query.value(0).toByteArray(), query.value(1).toString(), query.value(2).toBool()};
}

/// Adds or removes the membership; the audit row names the list, the change_log row the list's gid.
Result<ActionOutcome> changeMembership(ActionContext &context, std::int64_t userId, std::int64_t listId, bool join)
{
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        const auto list = readList(context.db, listId, userId);
        if (!list)
            return Error{list.error()};
        if (list->member == join)
            return skipped(join ? tr("Already on %1.").arg(list->name) : tr("Not on %1.").arg(list->name));
        const QVariant user64 = QVariant::fromValue<qint64>(userId);
        const QVariant list64 = QVariant::fromValue<qint64>(listId);
        const Status changed = join
            ? exec(context.db,
                   QStringLiteral("INSERT INTO mailing_list_members (list_id, user_id, added_at) VALUES (?, ?, ?)"),
                   {list64, user64, QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch())})
            : exec(context.db, QStringLiteral("DELETE FROM mailing_list_members WHERE list_id = ? AND user_id = ?"),
                   {list64, user64});
        if (!changed)
            return Error{changed.error()};
        const QJsonObject member{{QStringLiteral("mailing_list"), list->name}};
        const QJsonObject none;
        if (const Status a
            = writeAudit(context, join ? QStringLiteral("add_to_list") : QStringLiteral("remove_from_list"),
                         QStringLiteral("user"), userId, user->gid, join ? none : member, join ? member : none);
            !a)
            return Error{a.error()};
        if (const Status c = writeChange(context, QStringLiteral("mailing_list_member"), list->gid,
                                         join ? QStringLiteral("insert") : QStringLiteral("delete"), 1,
                                         QJsonObject{{QStringLiteral("user"), uuidText(user->gid)}});
            !c)
            return Error{c.error()};
        return ActionOutcome{};
    });
}

} // namespace

Result<ActionOutcome> setOptIns(ActionContext &context, std::int64_t userId, bool newsletter, bool promotions)
{
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        if (user->optNewsletter == newsletter && user->optPromotions == promotions)
            return skipped(tr("The opt-ins are unchanged."));
        const QJsonObject before{{QStringLiteral("opt_newsletter"), user->optNewsletter},
                                 {QStringLiteral("opt_promotions"), user->optPromotions}};
        const QJsonObject after{{QStringLiteral("opt_newsletter"), newsletter},
                                {QStringLiteral("opt_promotions"), promotions}};
        const Columns columns{{QStringLiteral("opt_newsletter"), newsletter ? 1 : 0},
                              {QStringLiteral("opt_promotions"), promotions ? 1 : 0}};
        if (const Status s
            = update(context, userId, *user, QStringLiteral("change_opt_ins"), columns, before, after, {});
            !s)
            return Error{s.error()};
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

} // namespace rollbook::CommunicationActions

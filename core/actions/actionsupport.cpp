#include "actions/actionsupport.h"

#include "actions/audit.h"
#include "notify/templates.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::ActionSupport {

Result<Snapshot> load(QSqlDatabase &db, std::int64_t userId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT gid, row_version, status, status_reason, email, phone, first_name, "
                                 "credit_balance, opt_newsletter, opt_promotions FROM users WHERE id = ?"));
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    if (!query.next())
        return Error{QCoreApplication::translate("UserActions", "User %1 does not exist.").arg(userId)};
    Snapshot user;
    user.gid = query.value(0).toByteArray();
    user.rowVersion = query.value(1).toLongLong();
    user.status = static_cast<UserStatus>(query.value(2).toInt());
    user.statusReason = query.value(3).toString();
    user.email = query.value(4).toString();
    user.phone = query.value(5).toString();
    user.firstName = query.value(6).toString();
    user.creditBalance = query.value(7).toLongLong();
    user.optNewsletter = query.value(8).toBool();
    user.optPromotions = query.value(9).toBool();
    return user;
}

Status update(ActionContext &context, std::int64_t userId, const Snapshot &user, const QString &action,
              const Columns &columns, const QJsonObject &before, const QJsonObject &after, const QString &reason)
{
    QString sets;
    for (const auto &[column, value] : columns)
        sets += column + QStringLiteral(" = ?, ");
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("UPDATE users SET ") + sets
                  + QStringLiteral("row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const auto &[column, value] : columns)
        query.addBindValue(value);
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    query.addBindValue(QVariant::fromValue<qint64>(user.rowVersion));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    if (query.numRowsAffected() != 1)
        return Error{
            QCoreApplication::translate("UserActions", "The user was changed by someone else meanwhile; try again.")};
    if (const Status audited
        = writeAudit(context, action, QStringLiteral("user"), userId, user.gid, before, after, reason);
        !audited)
        return audited;
    return writeChange(context, QStringLiteral("user"), user.gid, QStringLiteral("update"), user.rowVersion + 1, after);
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    return success();
}

Status notify(ActionContext &context, std::int64_t userId, const QString &templateKey,
              const QHash<QString, QString> &values)
{
    // No value fills {link}: it stays for the sender to fill with a link issued then (Outbox).
    QHash<QString, QString> safe = values;
    safe.remove(QStringLiteral("link"));
    const RenderedNotification email = NotificationTemplates::render(context.db, templateKey, safe);
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, status, "
                                 "created_at) VALUES (?, ?, 'email', ?, ?, ?, 'queued', ?)"));
    query.addBindValue(newUuidV7());
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    query.addBindValue(templateKey);
    query.addBindValue(email.subject);
    query.addBindValue(email.body);
    query.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    return success();
}

} // namespace rollbook::ActionSupport

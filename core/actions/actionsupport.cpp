#include "actions/actionsupport.h"

#include "actions/audit.h"
#include "keptquery.h"
#include "notify/templates.h"
#include "searchkey.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rollbook::ActionSupport {

namespace {

/// The columns a Snapshot holds, in snapshotAt's order.
const QLatin1String SnapshotColumns("gid, row_version, status, status_reason, email, phone, first_name, "
                                    "credit_balance, opt_newsletter, opt_promotions");

Snapshot snapshotAt(const QSqlQuery &query, int first)
{
    Snapshot user;
    user.gid = query.value(first).toByteArray();
    user.rowVersion = query.value(first + 1).toLongLong();
    user.status = static_cast<UserStatus>(query.value(first + 2).toInt());
    user.statusReason = query.value(first + 3).toString();
    user.email = query.value(first + 4).toString();
    user.phone = query.value(first + 5).toString();
    user.firstName = query.value(first + 6).toString();
    user.creditBalance = query.value(first + 7).toLongLong();
    user.optNewsletter = query.value(first + 8).toBool();
    user.optPromotions = query.value(first + 9).toBool();
    return user;
}

} // namespace

Result<Snapshot> load(QSqlDatabase &db, std::int64_t userId)
{
    KeptQuery keptQuery(db, QStringLiteral("SELECT ") + SnapshotColumns + QStringLiteral(" FROM users WHERE id = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("UserActions", "User %1 does not exist.").arg(userId)};
    return snapshotAt(query, 0);
}

std::optional<std::int64_t> readAhead(ActionContext &context, const QByteArray &gid, QSqlError *error)
{
    if (context.prefetched) {
        if (auto kept = context.prefetched->find(gid); kept != context.prefetched->end()) {
            context.readAheadId = kept->first;
            context.readAhead = std::move(kept->second);
            context.prefetched->erase(kept);
            return context.readAheadId;
        }
    }
    KeptQuery keptQuery(context.db,
                        QStringLiteral("SELECT id, ") + SnapshotColumns + QStringLiteral(" FROM users WHERE gid = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(gid);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    context.readAheadId = query.value(0).toLongLong();
    context.readAhead = snapshotAt(query, 1);
    return context.readAheadId;
}

Status prefetchUsers(QSqlDatabase &db, const QList<QByteArray> &gids,
                     QHash<QByteArray, std::pair<std::int64_t, UserSnapshot>> *into)
{
    // One statement text for every chunk (the last padded with its first gid): prepared once.
    constexpr qsizetype Chunk = 32;
    const QString sql = QStringLiteral("SELECT id, ") + SnapshotColumns + QStringLiteral(" FROM users WHERE gid IN (")
        + QStringList(Chunk, QStringLiteral("?")).join(u',') + u')';
    for (qsizetype at = 0; at < gids.size(); at += Chunk) {
        KeptQuery keptQuery(db, sql);
        QSqlQuery &query = keptQuery.query();
        for (qsizetype i = at; i < at + Chunk; ++i)
            query.addBindValue(gids[i < gids.size() ? i : at]);
        if (!query.exec())
            return databaseError(query.lastError());
        while (query.next())
            into->insert(query.value(1).toByteArray(), {query.value(0).toLongLong(), snapshotAt(query, 1)});
    }
    return success();
}

Result<Snapshot> load(ActionContext &context, std::int64_t userId)
{
    if (context.readAheadId != 0 && context.readAheadId == userId) {
        context.readAheadId = 0;
        return std::move(context.readAhead);
    }
    return load(context.db, userId);
}

namespace {

/// Columns that follow from others or from the ledger: never a base, so two top-ups or two
/// enrollments never conflict.
bool derivedColumn(const QString &column)
{
    return column == u"sort_name" || column == u"credit_balance" || column == u"avg_progress"
        || column == u"total_spent" || column == u"password_hash";
}

/// Whether a change can move the user's search key: a change of no user column is one of custom
/// values (or lists), which may.
bool movesSearchKey(const Columns &columns)
{
    if (columns.isEmpty())
        return true;
    return std::any_of(columns.cbegin(), columns.cend(),
                       [](const auto &column) { return SearchKey::reads(column.first); });
}

} // namespace

Status checkBase(const ActionContext &context, const QByteArray &gid, const QString &field, const QJsonValue &current)
{
    return checkBase(context, uuidText(gid), field, current);
}

Status checkBase(const ActionContext &context, const QString &row, const QString &field, const QJsonValue &current)
{
    if (!context.replaying)
        return success();
    const QJsonObject fields = context.replaying->base.value(row).toObject().value(QStringLiteral("fields")).toObject();
    if (!fields.contains(field) || fields.value(field) == current)
        return success();
    return Error{ErrorKind::Conflict,
                 QCoreApplication::translate("UserActions", "Someone else changed %1 meanwhile.").arg(field)};
}

Status update(ActionContext &context, std::int64_t userId, const Snapshot &user, const QString &action,
              const Columns &columns, const QJsonObject &before, const QJsonObject &after, const QString &reason)
{
    context.readAheadId = 0; // what the command's lookup read is out of date from here
    if (context.prefetched)
        context.prefetched->remove(user.gid);
    QString sets;
    QStringList checked;
    for (const auto &[column, value] : columns) {
        sets += column + QStringLiteral(" = ?, ");
        if (!derivedColumn(column))
            checked.append(column);
    }
    if (!checked.isEmpty() && context.command) {
        KeptQuery keptCurrent(context.db,
                              QStringLiteral("SELECT ") + checked.join(QStringLiteral(", "))
                                  + QStringLiteral(" FROM users WHERE id = ?"));
        QSqlQuery &current = keptCurrent.query();
        current.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!current.exec())
            return databaseError(current.lastError());
        if (current.next()) {
            for (int i = 0; i < checked.size(); ++i) {
                const QJsonValue stored = Commands::jsonValue(current.value(i));
                if (const Status base = checkBase(context, user.gid, checked[i], stored); !base)
                    return base;
                context.command->addBase(user.gid, user.rowVersion, checked[i], stored);
            }
        }
    }
    KeptQuery keptQuery(context.db,
                        QStringLiteral("UPDATE users SET ") + sets
                            + QStringLiteral("row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    QSqlQuery &query = keptQuery.query();
    for (const auto &[column, value] : columns)
        query.addBindValue(value);
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    query.addBindValue(QVariant::fromValue<qint64>(user.rowVersion));
    if (!query.exec())
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return Error{
            ErrorKind::Conflict,
            QCoreApplication::translate("UserActions", "The user was changed by someone else meanwhile; try again.")};
    if (context.recordInto) // only for a caller that reads them back, per command
        context.versions.insert(user.gid, user.rowVersion + 1);
    if (movesSearchKey(columns)) {
        if (const Status search = SearchKey::refresh(context.db, userId); !search)
            return search;
    }
    return writeAudit(context, action, QStringLiteral("user"), userId, user.gid, before, after, reason);
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    KeptQuery keptQuery(db, sql);
    QSqlQuery &query = keptQuery.query();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query.lastError());
    return success();
}

Status insertRow(QSqlDatabase &db, const char *insert, const QVariantList &values, QList<QVariantList> *later)
{
    if (later) {
        later->append(values);
        return success();
    }
    return exec(db, QLatin1String(insert) + u'(' + QStringList(values.size(), QStringLiteral("?")).join(u',') + u')',
                values);
}

Status notify(ActionContext &context, std::int64_t userId, const QString &templateKey,
              const QHash<QString, QString> &values)
{
    // No value fills {link}: it stays for the sender to fill with a link issued then (Outbox).
    QHash<QString, QString> safe = values;
    safe.remove(QStringLiteral("link"));
    const RenderedNotification email = NotificationTemplates::render(context.db, templateKey, safe);
    KeptQuery keptQuery(
        context.db,
        QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, subject, body, status, "
                       "created_at) VALUES (?, ?, 'email', ?, ?, ?, 'queued', ?)"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(context.newGid());
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    query.addBindValue(templateKey);
    query.addBindValue(email.subject);
    query.addBindValue(email.body);
    query.addBindValue(QVariant::fromValue<qint64>(context.now()));
    if (!query.exec())
        return databaseError(query.lastError());
    if (email.sms.trimmed().isEmpty())
        return success();
    // The text message beside it, to the stored E.164 number; a user without one gets the email only.
    KeptQuery keptSms(context.db,
                      QStringLiteral("INSERT INTO notifications (gid, user_id, channel, template, body, status, "
                                     "created_at) SELECT ?, id, 'sms', ?, ?, 'queued', ? FROM users "
                                     "WHERE id = ? AND phone IS NOT NULL AND phone <> ''"));
    QSqlQuery &sms = keptSms.query();
    sms.addBindValue(context.newGid());
    sms.addBindValue(templateKey);
    sms.addBindValue(email.sms.trimmed());
    sms.addBindValue(QVariant::fromValue<qint64>(context.now()));
    sms.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!sms.exec())
        return databaseError(sms.lastError());
    return success();
}

} // namespace rollbook::ActionSupport

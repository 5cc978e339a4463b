#pragma once

#include "actions/actioncontext.h"
#include "actions/command.h"
#include "actions/transaction.h"
#include "actions/usersnapshot.h"
#include "result.h"
#include "userstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <utility>

namespace rollbook {

/// What an action did to one user: applied, or skipped with the reason (already suspended...).
struct ActionOutcome
{
    bool applied = true;
    QString message;
};

/// The steps every action shares: read the user, change it under optimistic locking with its audit
/// row, queue a notification, record the command, all inside one transaction.
namespace ActionSupport {

using Snapshot = UserSnapshot;

Result<Snapshot> load(QSqlDatabase &db, std::int64_t userId);
/// The same, taking the row the running command's gid lookup read already when it is this user's
/// (ActionContext::readAhead): one statement fewer for every command that names a user.
Result<Snapshot> load(ActionContext &context, std::int64_t userId);
/// The id of the user with gid, its row kept for the action's load (above); none when there is no
/// such user or the read failed (*error set).
std::optional<std::int64_t> readAhead(ActionContext &context, const QByteArray &gid, QSqlError *error);
/// Reads the users of gids (those that exist) into *into, by gid, for ActionContext::prefetched:
/// a few statements for any number.
Status prefetchUsers(QSqlDatabase &db, const QList<QByteArray> &gids,
                     QHash<QByteArray, std::pair<std::int64_t, UserSnapshot>> *into);

using Columns = QList<std::pair<QString, QVariant>>;

/// Sets the columns, bumps row_version, notes the columns' stored values as the command's base, and
/// writes the audit row, all in the caller's transaction. Column names come from the actions only,
/// never from input. Running a received command, a Conflict when a column the command changes no
/// longer holds its base value here (someone else changed that field); other fields may have moved.
Status update(ActionContext &context, std::int64_t userId, const Snapshot &user, const QString &action,
              const Columns &columns, const QJsonObject &before, const QJsonObject &after, const QString &reason);

/// Runs an INSERT/UPDATE/DELETE bound to values; an Error carries the database's message.
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values);

/// Inserts one row by insert (the statement up to VALUES), or leaves its values in later when that
/// is set (ActionContext::later).
Status insertRow(QSqlDatabase &db, const char *insert, const QVariantList &values, QList<QVariantList> *later);

/// Queues an email from the school's template (see NotificationTemplates), filled with values.
Status notify(ActionContext &context, std::int64_t userId, const QString &templateKey,
              const QHash<QString, QString> &values);

inline ActionOutcome skipped(const QString &why)
{
    return ActionOutcome{false, why};
}

/// Running a received command: a Conflict when the row's field no longer holds the command's base
/// value for it. Success when it does, or when the command has no base for it. The row is a gid
/// or a name ("settings").
Status checkBase(const ActionContext &context, const QString &row, const QString &field, const QJsonValue &current);
Status checkBase(const ActionContext &context, const QByteArray &gid, const QString &field, const QJsonValue &current);

/// Runs the change inside one transaction that also records the command of the given action key
/// (the change calls Commands::setArgs); any Error, or a skip, rolls everything back.
template<typename Change>
Result<ActionOutcome> inTransaction(ActionContext &context, const QString &action, Change change)
{
    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    CommandScope command(context, action);
    Result<ActionOutcome> outcome = change();
    if (!outcome || !outcome->applied)
        return outcome;
    if (const Status recorded = command.record(); !recorded)
        return recorded.failure();
    if (const Status committed = transaction.commit(); !committed)
        return committed.failure();
    return outcome;
}

} // namespace ActionSupport

} // namespace rollbook

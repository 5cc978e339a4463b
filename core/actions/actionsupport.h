#pragma once

#include "actions/actioncontext.h"
#include "actions/transaction.h"
#include "result.h"
#include "userstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <utility>

namespace rollbook {

/// What an action did to one user: applied, or skipped with the reason (already suspended...).
struct ActionOutcome
{
    bool applied = true;
    QString message;
};

/// The steps every action shares: read the user, change it under optimistic locking with its audit
/// and change_log rows, queue a notification, all inside one transaction.
namespace ActionSupport {

/// What the actions read of a user before they change it.
struct Snapshot
{
    QByteArray gid;
    std::int64_t rowVersion = 0;
    UserStatus status = UserStatus::Active;
    QString statusReason;
    QString email;
    QString phone;
    QString firstName;
    std::int64_t creditBalance = 0;
    bool optNewsletter = false;
    bool optPromotions = false;
};

Result<Snapshot> load(QSqlDatabase &db, std::int64_t userId);

using Columns = QList<std::pair<QString, QVariant>>;

/// Sets the columns, bumps row_version, and writes the audit and change_log rows, all in the
/// caller's transaction. Column names come from the actions only, never from input.
Status update(ActionContext &context, std::int64_t userId, const Snapshot &user, const QString &action,
              const Columns &columns, const QJsonObject &before, const QJsonObject &after, const QString &reason);

/// Runs an INSERT/UPDATE/DELETE bound to values; an Error carries the database's message.
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values);

/// Queues an email from the school's template (see NotificationTemplates), filled with values.
Status notify(ActionContext &context, std::int64_t userId, const QString &templateKey,
              const QHash<QString, QString> &values);

inline ActionOutcome skipped(const QString &why)
{
    return ActionOutcome{false, why};
}

/// Runs the change inside one transaction; any Error, or a skip, rolls everything back.
template<typename Change> Result<ActionOutcome> inTransaction(ActionContext &context, Change change)
{
    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return Error{begun.error()};
    Result<ActionOutcome> outcome = change();
    if (!outcome || !outcome->applied)
        return outcome;
    if (const Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return outcome;
}

} // namespace ActionSupport

} // namespace rollbook

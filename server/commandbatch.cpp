#include "commandbatch.h"

#include "keptquery.h"
#include "roles.h"

#include "actions/commandreplay.h"
#include "actions/transaction.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <csignal>
#include <optional>

namespace rollbook::CommandBatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandBatch", text);
}

/// The result stored for an op that ran (or was refused) before.
std::optional<QJsonObject> stored(QSqlDatabase &db, const QByteArray &opId)
{
    KeptQuery keptQuery(db, QStringLiteral("SELECT result FROM commands WHERE op_id = ? AND result IS NOT NULL"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(opId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The table a gid belongs to, among those a command changes, and its row there.
std::optional<QSqlRecord> rowOf(QSqlDatabase &db, const QByteArray &gid, QString *table)
{
    for (const char *name : {"users", "tickets", "enrollments"}) {
        QSqlQuery query(db);
        // The password hash never leaves the server, not even in a conflict.
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE gid = ?").arg(QLatin1String(name)));
        query.addBindValue(gid);
        if (query.exec() && query.next()) {
            QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                record.setValue(i, query.value(i));
            record.remove(record.indexOf(QStringLiteral("password_hash")));
            *table = QLatin1String(name);
            return record;
        }
    }
    return std::nullopt;
}

/// The new row_version of each row the command is about: the one the action recorded (the client
/// may have named none) and those its base names.
QJsonObject versionsOf(QSqlDatabase &db, const ActionContext &context, const Command &command)
{
    QList<QByteArray> gids{command.targetGid, context.recordedTarget};
    for (auto it = command.base.constBegin(); it != command.base.constEnd(); ++it)
        gids.append(uuidFromText(it.key()));
    QJsonObject versions;
    for (const QByteArray &gid : std::as_const(gids)) {
        if (gid.isEmpty() || versions.contains(uuidText(gid)))
            continue;
        KeptQuery keptVersion(db,
                              QStringLiteral("SELECT row_version FROM users WHERE gid = ? UNION ALL "
                                             "SELECT row_version FROM tickets WHERE gid = ? UNION ALL "
                                             "SELECT row_version FROM enrollments WHERE gid = ? LIMIT 1"));
        QSqlQuery &version = keptVersion.query();
        for (int i = 0; i < 3; ++i)
            version.addBindValue(gid);
        if (version.exec() && version.next())
            versions.insert(uuidText(gid), version.value(0).toLongLong());
    }
    return versions;
}

/// The server's values of the fields the command's base names, and who last changed the row.
QJsonObject conflictOf(QSqlDatabase &db, const Command &command, const QString &message)
{
    QJsonObject current;
    QJsonObject result{{QStringLiteral("status"), QStringLiteral("conflict")}, {QStringLiteral("message"), message}};
    for (auto it = command.base.constBegin(); it != command.base.constEnd(); ++it) {
        const QByteArray gid = uuidFromText(it.key());
        QString table;
        const auto row = rowOf(db, gid, &table);
        const QJsonObject fields = it.value().toObject().value(QStringLiteral("fields")).toObject();
        QJsonObject values;
        for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
            if (field.key().startsWith(u"custom.") && table == u"users") {
                KeptQuery keptCustom(
                    db,
                    QStringLiteral("SELECT v.value FROM custom_values v JOIN custom_fields f ON f.id = "
                                   "v.field_id JOIN users u ON u.id = v.user_id WHERE u.gid = ? AND f.key = ?"));
                QSqlQuery &custom = keptCustom.query();
                custom.addBindValue(gid);
                custom.addBindValue(field.key().mid(7));
                values.insert(field.key(), custom.exec() && custom.next() ? custom.value(0).toString() : QString());
            } else if (row && row->contains(field.key())) {
                values.insert(field.key(), Commands::jsonValue(row->value(field.key())));
            }
        }
        current.insert(it.key(), values);
        KeptQuery keptAudit(db,
                            QStringLiteral("SELECT operator_name, created_at FROM audit_log WHERE target_gid = ? "
                                           "ORDER BY created_at DESC, id DESC LIMIT 1"));
        QSqlQuery &audit = keptAudit.query();
        audit.addBindValue(gid);
        if (audit.exec() && audit.next()) {
            result.insert(QStringLiteral("changed_by"), audit.value(0).toString());
            result.insert(QStringLiteral("changed_at"), audit.value(1).toLongLong());
        }
    }
    result.insert(QStringLiteral("current"), current);
    return result;
}

/// Keeps the op with its result, so that sending it again gives the same answer.
void record(QSqlDatabase &db, const Command &command, const Operator &actor, const QString &state,
            const QJsonObject &result)
{
    KeptQuery keptInsert(
        db,
        QStringLiteral("INSERT INTO commands (op_id, action, target_gid, args, base, actor_gid, client_time, "
                       "state, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (op_id) DO NOTHING"));
    QSqlQuery &insert = keptInsert.query();
    insert.addBindValue(command.opId);
    insert.addBindValue(command.action.left(64));
    insert.addBindValue(command.targetGid.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : command.targetGid);
    insert.addBindValue(json(command.args));
    insert.addBindValue(json(command.base));
    insert.addBindValue(actor.gid);
    insert.addBindValue(QVariant::fromValue<qint64>(command.clientTime));
    insert.addBindValue(state);
    insert.addBindValue(json(result));
    insert.exec();
}

QJsonObject applyOne(QSqlDatabase &db, const Operator &actor, const Command &command)
{
    if (const auto before = stored(db, command.opId))
        return *before;
    if (!Roles::mayRun(actor.role, command.action)) {
        const QJsonObject refused{
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("kind"), errorKindKey(ErrorKind::Forbidden)},
            {QStringLiteral("message"), tr("A %1 operator may not run %2.").arg(actor.role, command.action.left(64))}};
        record(db, command, actor, QStringLiteral("rejected"), refused);
        return refused;
    }
    Result<ActionOutcome> outcome = Error{};
    std::optional<QJsonObject> applied; ///< this request's own result, once committed
    QJsonObject skip; ///< the result of an op that changed nothing
    {
        Transaction transaction(db);
        if (const Status begun = transaction.begun(); !begun) {
            outcome = begun.failure();
        } else {
            ActionContext context{db, actor};
            // This transaction holds the op alone: a failure or a skip rolls all of it back, so the
            // action needs no savepoint of its own.
            context.savepointEachAction = false;
            outcome = CommandReplay::apply(context, command);
            if (outcome) {
                QJsonObject result{{QStringLiteral("status"), QStringLiteral("applied")},
                                   {QStringLiteral("versions"), versionsOf(db, context, command)}};
                if (!outcome->applied) {
                    // It changed nothing (already suspended...): the op is kept all the same, below.
                    result.insert(QStringLiteral("message"), outcome->message);
                    skip = result;
                } else {
                    KeptQuery keptKeep(db, QStringLiteral("UPDATE commands SET result = ? WHERE op_id = ?"));
                    QSqlQuery &keep = keptKeep.query();
                    keep.addBindValue(json(result));
                    keep.addBindValue(command.opId);
                    if (!keep.exec())
                        outcome = databaseError(keep.lastError());
                    else if (const Status committed = transaction.commit(); !committed)
                        outcome = committed.failure();
                    // For the tests only: die between the commit and the response, as a crash would.
                    else if (qEnvironmentVariableIsSet("ROLLBOOKD_TEST_DIE_AFTER_COMMIT"))
                        ::raise(SIGKILL);
                    // The action's own row holds the op: what it stored is this result.
                    else
                        applied = result;
                }
            }
        }
    }
    if (applied)
        return *applied;
    if (outcome) {
        // A skip's row may lose to a duplicate's: what is stored is the answer.
        record(db, command, actor, QStringLiteral("applied"), skip);
        if (const auto done = stored(db, command.opId))
            return *done;
    }
    // The same op, run at once by another request, committed first: its result is this one's.
    if (const auto other = stored(db, command.opId))
        return *other;
    const ErrorKind kind = outcome.errorKind();
    if (kind == ErrorKind::Busy)
        return {{QStringLiteral("status"), QStringLiteral("retry")}, {QStringLiteral("message"), outcome.error()}};
    if (kind == ErrorKind::Conflict) {
        const QJsonObject conflict = conflictOf(db, command, outcome.error());
        record(db, command, actor, QStringLiteral("conflict"), conflict);
        return conflict;
    }
    const QJsonObject rejected{{QStringLiteral("status"), QStringLiteral("rejected")},
                               {QStringLiteral("kind"), errorKindKey(kind)},
                               {QStringLiteral("message"), outcome.error()}};
    record(db, command, actor, QStringLiteral("rejected"), rejected);
    return rejected;
}

} // namespace

QList<QJsonObject> apply(QSqlDatabase &db, const Operator &actor, const QList<Command> &batch)
{
    QList<QJsonObject> results;
    results.reserve(batch.size());
    for (const Command &command : batch) {
        QJsonObject result = applyOne(db, actor, command);
        result.insert(QStringLiteral("op"), uuidText(command.opId));
        results.append(result);
    }
    return results;
}

} // namespace rollbook::CommandBatch

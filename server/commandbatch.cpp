#include "commandbatch.h"

#include "keptquery.h"
#include "roles.h"

#include "actions/actionsupport.h"
#include "actions/audit.h"
#include "actions/commandreplay.h"
#include "actions/transaction.h"
#include "actions/useractions.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <csignal>
#include <optional>

namespace rollbook::CommandBatch {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::CommandBatch)
};

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
QJsonObject versionsOf(QSqlDatabase &db, const ActionContext &context, const Command &recorded, const Command &command)
{
    QList<QByteArray> gids{command.targetGid, recorded.targetGid};
    for (auto it = command.base.constBegin(); it != command.base.constEnd(); ++it)
        gids.append(uuidFromText(it.key()));
    QJsonObject versions;
    for (const QByteArray &gid : std::as_const(gids)) {
        if (gid.isEmpty() || versions.contains(uuidText(gid)))
            continue;
        if (const auto known = context.versions.constFind(gid); known != context.versions.constEnd()) {
            versions.insert(uuidText(gid), qint64(*known));
            continue;
        }
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

/// The op's row in commands, as record writes it.
QVariantList commandRow(const Command &command, const Operator &actor, const QString &state, const QJsonObject &result)
{
    return {command.opId,
            command.action.left(64),
            command.targetGid.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : command.targetGid,
            json(command.args),
            json(command.base),
            actor.gid,
            QVariant::fromValue<qint64>(command.clientTime),
            state,
            json(result)};
}

const QLatin1String CommandInsert("INSERT INTO commands (op_id, action, target_gid, args, base, actor_gid, "
                                  "client_time, state, result) VALUES ");

/// Writes rows by multi-row INSERTs (head up to VALUES, tail after the rows) of 64, 16, 4 and one
/// row: four statement texts, each kept prepared, for any count. The rows affected, all told.
Result<qint64> insertRows(QSqlDatabase &db, const QString &head, const QString &tail, const QList<QVariantList> &rows)
{
    qint64 affected = 0;
    qsizetype at = 0;
    while (at < rows.size()) {
        qsizetype chunk = 1;
        for (const qsizetype size : {64, 16, 4}) {
            if (rows.size() - at >= size) {
                chunk = size;
                break;
            }
        }
        const qsizetype width = rows[at].size();
        const QString one = u'(' + QStringList(width, QStringLiteral("?")).join(u',') + u')';
        KeptQuery keptInsert(db, head + QStringList(chunk, one).join(u',') + tail);
        QSqlQuery &insert = keptInsert.query();
        for (qsizetype row = at; row < at + chunk; ++row) {
            for (const QVariant &value : rows[row])
                insert.addBindValue(value);
        }
        if (!insert.exec())
            return databaseError(insert.lastError());
        affected += insert.numRowsAffected();
        at += chunk;
    }
    return affected;
}

/// Writes ops' rows; a conflict when one was there already.
Status keepRows(QSqlDatabase &db, const QList<QVariantList> &rows)
{
    const auto written = insertRows(db, CommandInsert, QStringLiteral(" ON CONFLICT (op_id) DO NOTHING"), rows);
    if (!written)
        return written.failure();
    if (*written != rows.size())
        return Error{ErrorKind::Conflict, Text::tr("The operation ran elsewhere at the same time.")};
    return success();
}

/// Keeps the op with its result, so that sending it again gives the same answer; a conflict when
/// the op's row was there already (a duplicate of it ran first). The actor is the signed-in one.
Status record(QSqlDatabase &db, const Command &command, const Operator &actor, const QString &state,
              const QJsonObject &result)
{
    return keepRows(db, {commandRow(command, actor, state, result)});
}

/// The ops of a batch that this server has a row for already.
QSet<QByteArray> known(QSqlDatabase &db, const QList<Command> &batch)
{
    QStringList hex;
    for (const Command &command : batch)
        hex.append(QString::fromLatin1(command.opId.toHex()));
    KeptQuery keptQuery(db,
                        QStringLiteral("SELECT op_id FROM commands WHERE op_id IN "
                                       "(SELECT decode(unnest(string_to_array(?, ',')), 'hex'))"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(hex.join(u','));
    QSet<QByteArray> ops;
    if (query.exec()) {
        while (query.next())
            ops.insert(query.value(0).toByteArray());
    }
    return ops;
}

/// One op run by the action code inside an open transaction.
struct Run
{
    Result<ActionOutcome> outcome = Error{};
    QJsonObject result; ///< when the action ran: "applied", its versions, and the message of a skip
    bool kept = false; ///< it changed something, and its row and result are written in the transaction
};

/// The rows a group's ops write last, all at once before its commit: nothing an op reads comes
/// from them. A row that cannot be written then (a ledger row of a user a later op deleted) fails
/// the group's write: its first op then runs alone, and the rest as a group again.
struct Deferred
{
    ActionContext::LaterRows later; ///< audit and credit ledger rows
    QList<QVariantList> commands;
    ActionContext::SettingsCache settings; ///< read once for the group's transaction
    QHash<QByteArray, std::pair<std::int64_t, UserSnapshot>> users; ///< the ops' users, read before the first
};

/// Reads the users the ops of batch[from, to) name (their "user" argument) in a few statements
/// instead of one an op; a failed read leaves each op to read its own.
void prefetch(QSqlDatabase &db, const QList<Command> &batch, qsizetype from, qsizetype to, Deferred *deferred)
{
    QList<QByteArray> gids;
    QSet<QByteArray> seen;
    for (qsizetype i = from; i < to; ++i) {
        const QByteArray gid = uuidFromText(batch[i].args.value(QStringLiteral("user")).toString());
        if (!gid.isEmpty() && !seen.contains(gid)) {
            seen.insert(gid);
            gids.append(gid);
        }
    }
    if (gids.size() > 1 && !ActionSupport::prefetchUsers(db, gids, &deferred->users))
        deferred->users.clear();
}

/// Writes a group's deferred rows; a conflict when an op's row was there already (a duplicate ran
/// first, or came twice in the group).
Status write(QSqlDatabase &db, const Deferred &deferred)
{
    if (const auto audit = insertRows(db, QLatin1String(AuditInsert), {}, deferred.later.audit); !audit)
        return audit.failure();
    if (const auto ledger = insertRows(db, QLatin1String(LedgerInsert), {}, deferred.later.ledger); !ledger)
        return ledger.failure();
    return keepRows(db, deferred.commands);
}

/// Runs one op; with deferred (in a group), its audit rows and its own row wait there.
Run run(QSqlDatabase &db, const Operator &actor, const Command &command, Deferred *deferred = nullptr)
{
    Run done;
    ActionContext context{db, actor};
    if (deferred) {
        context.later = &deferred->later;
        context.settings = &deferred->settings;
        context.prefetched = &deferred->users;
    }
    // The transaction is the op's (or a group's of ops that all apply): a failure or a skip rolls
    // it back whole, so the action needs no savepoint of its own.
    context.savepointEachAction = false;
    Command recorded;
    context.recordInto = &recorded;
    done.outcome = CommandReplay::apply(context, command);
    if (!done.outcome)
        return done;
    done.result = {{QStringLiteral("status"), QStringLiteral("applied")},
                   {QStringLiteral("versions"), versionsOf(db, context, recorded, command)}};
    if (!done.outcome->applied) {
        // It changed nothing (already suspended...): the op is kept all the same, once rolled back.
        done.result.insert(QStringLiteral("message"), done.outcome->message);
        return done;
    }
    if (deferred) {
        deferred->commands.append(commandRow(recorded, actor, QStringLiteral("applied"), done.result));
        done.kept = true;
        return done;
    }
    // The action's row holds the op; a duplicate's row, there first, means that one ran instead.
    const Status kept = record(db, recorded, actor, QStringLiteral("applied"), done.result);
    done.kept = bool(kept);
    if (!kept)
        done.outcome = kept.failure();
    return done;
}

/// For the tests only: die between the commit and the response, as a crash would.
void dieIfAsked()
{
    if (qEnvironmentVariableIsSet("ROLLBOOKD_TEST_DIE_AFTER_COMMIT"))
        ::raise(SIGKILL);
}

QJsonObject applyOne(QSqlDatabase &db, const Operator &actor, const Command &command)
{
    if (const auto before = stored(db, command.opId))
        return *before;
    if (!Roles::mayRun(actor.role, command.action)) {
        const QJsonObject refused{{QStringLiteral("status"), QStringLiteral("rejected")},
                                  {QStringLiteral("kind"), errorKindKey(ErrorKind::Forbidden)},
                                  {QStringLiteral("message"),
                                   Text::tr("A %1 operator may not run %2.").arg(actor.role, command.action.left(64))}};
        record(db, command, actor, QStringLiteral("rejected"), refused);
        return refused;
    }
    Run done;
    {
        Transaction transaction(db);
        if (const Status begun = transaction.begun(); !begun) {
            done.outcome = begun.failure();
        } else {
            done = run(db, actor, command);
            if (done.kept) {
                if (const Status committed = transaction.commit(); !committed) {
                    done.outcome = committed.failure();
                    done.kept = false;
                } else {
                    dieIfAsked();
                }
            }
        }
    }
    if (done.kept)
        return done.result;
    if (done.outcome) {
        // A skip's row may lose to a duplicate's: what is stored is the answer.
        record(db, command, actor, QStringLiteral("applied"), done.result);
        if (const auto kept = stored(db, command.opId))
            return *kept;
    }
    // The same op, run at once by another request, committed first: its result is this one's.
    if (const auto other = stored(db, command.opId))
        return *other;
    const ErrorKind kind = done.outcome.errorKind();
    if (kind == ErrorKind::Busy)
        return {{QStringLiteral("status"), QStringLiteral("retry")}, {QStringLiteral("message"), done.outcome.error()}};
    if (kind == ErrorKind::Conflict) {
        const QJsonObject conflict = conflictOf(db, command, done.outcome.error());
        record(db, command, actor, QStringLiteral("conflict"), conflict);
        return conflict;
    }
    const QJsonObject rejected{{QStringLiteral("status"), QStringLiteral("rejected")},
                               {QStringLiteral("kind"), errorKindKey(kind)},
                               {QStringLiteral("message"), done.outcome.error()}};
    record(db, command, actor, QStringLiteral("rejected"), rejected);
    return rejected;
}

/// Whether an op can go in a group: one this server has never seen, that the operator may run.
bool groupable(const Operator &actor, const Command &command, const QSet<QByteArray> &known)
{
    return !known.contains(command.opId) && Roles::mayRun(actor.role, command.action);
}

/// Runs batch[from, to) in one transaction for as long as each op applies and changes something,
/// and commits them: each op still applies whole or not at all, and the batch pays for one commit
/// instead of one per op. An op that does anything else ends the group there (*cut when past its
/// first op): the transaction is rolled back, and the ops before it run again as a group of their
/// own, once. Returns how many ops it applied, their results appended to *results.
qsizetype applyGroup(QSqlDatabase &db, const Operator &actor, const QList<Command> &batch, qsizetype from, qsizetype to,
                     const QSet<QByteArray> &known, QList<QJsonObject> *results, bool *cut)
{
    QList<QJsonObject> done;
    qsizetype end = from;
    {
        Transaction transaction(db);
        if (!transaction.begun())
            return 0;
        Deferred deferred;
        prefetch(db, batch, from, to, &deferred);
        for (; end < to && groupable(actor, batch[end], known); ++end) {
            const Run one = run(db, actor, batch[end], &deferred);
            if (!one.kept)
                break;
            done.append(one.result);
        }
        if (end == to) {
            // A duplicate op (here twice, or committed meanwhile by another request) fails the
            // whole group: its first op then runs alone, and finds the answer stored.
            if (!write(db, deferred) || !transaction.commit()) {
                if (cut)
                    *cut = true;
                return 0;
            }
            dieIfAsked();
            results->append(done);
            return done.size();
        }
    }
    if (end == from || !cut)
        return 0;
    *cut = true;
    return applyGroup(db, actor, batch, from, end, known, results, nullptr);
}

} // namespace

QList<QJsonObject> apply(QSqlDatabase &db, const Operator &actor, const QList<Command> &batch)
{
    QList<QJsonObject> results;
    results.reserve(batch.size());
    const QSet<QByteArray> seen = batch.size() > 1 ? known(db, batch) : QSet<QByteArray>{};
    // A group cut short runs the ops before the cut twice: a batch full of ops that fail goes one
    // op at a time after a few.
    int cutsLeft = 4;
    while (results.size() < batch.size()) {
        const qsizetype at = results.size();
        if (cutsLeft > 0 && at + 1 < batch.size() && groupable(actor, batch[at], seen)) {
            bool cut = false;
            const qsizetype applied = applyGroup(db, actor, batch, at, batch.size(), seen, &results, &cut);
            cutsLeft -= cut ? 1 : 0;
            if (applied > 0)
                continue;
        }
        results.append(applyOne(db, actor, batch[at]));
    }
    for (qsizetype i = 0; i < batch.size(); ++i)
        results[i].insert(QStringLiteral("op"), uuidText(batch[i].opId));
    return results;
}

} // namespace rollbook::CommandBatch

#include "actions/command.h"
#include "settings.h"

#include "actions/operators.h"
#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

std::int64_t ActionContext::now() const
{
    if (command)
        return command->command.clientTime;
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}

QString ActionContext::setting(const QString &key)
{
    if (!settings)
        return StoreSettings::value(db, key);
    if (settings->revision != StoreSettings::revision()) {
        settings->values.clear();
        settings->revision = StoreSettings::revision();
    }
    const auto found = settings->values.constFind(key);
    if (found != settings->values.constEnd())
        return *found;
    return settings->values.insert(key, StoreSettings::value(db, key)).value();
}

QByteArray ActionContext::newGid()
{
    if (!command)
        return newUuidV7();
    return derivedUuid(command->command.opId, ++command->gidsMinted);
}

void CommandDraft::addBase(const QByteArray &gid, std::int64_t rowVersion, const QString &field,
                           const QJsonValue &value)
{
    addBase(uuidText(gid), rowVersion, field, value);
}

void CommandDraft::addBase(const QString &key, std::int64_t rowVersion, const QString &field, const QJsonValue &value)
{
    QJsonObject row = command.base.value(key).toObject();
    if (!row.contains(QStringLiteral("row_version")))
        row.insert(QStringLiteral("row_version"), static_cast<qint64>(rowVersion));
    QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
    if (!fields.contains(field))
        fields.insert(field, value);
    row.insert(QStringLiteral("fields"), fields);
    command.base.insert(key, row);
}

CommandScope::CommandScope(ActionContext &context, const QString &action)
    : m_context(context)
{
    if (context.command) {
        ++context.command->nested;
        return;
    }
    m_owned = true;
    Command &command = m_draft.command;
    command.action = action;
    if (context.replaying) {
        command.opId = context.replaying->opId;
        command.clientTime = context.replaying->clientTime;
    } else {
        command.clientTime = context.clock ? context.clock() : QDateTime::currentMSecsSinceEpoch();
        command.opId = uuidV7From(command.clientTime, QRandomGenerator::system()->generate64(),
                                  QRandomGenerator::system()->generate64());
    }
    context.command = &m_draft;
}

CommandScope::~CommandScope()
{
    if (m_owned)
        m_context.command = nullptr;
    else if (m_context.command)
        --m_context.command->nested;
}

Status CommandScope::record()
{
    if (!m_owned)
        return success();
    Q_ASSERT_X(m_draft.argsSet, "CommandScope::record", "every action sets its command's arguments");
    const auto actor = actingOperator(m_context);
    if (!actor)
        return actor.failure();
    Command &command = m_draft.command;
    if (!m_context.actor.gid.isEmpty() && m_context.actor.id == actor->toLongLong()) {
        command.actorGid = m_context.actor.gid; // the server's operators come with theirs
    } else if (actor->isValid()) {
        KeptQuery keptGid(m_context.db, QStringLiteral("SELECT gid FROM operators WHERE id = ?"));
        QSqlQuery &gid = keptGid.query();
        gid.addBindValue(*actor);
        if (!gid.exec())
            return databaseError(gid.lastError());
        if (gid.next())
            command.actorGid = gid.value(0).toByteArray();
    }
    if (m_context.recordInto) {
        *m_context.recordInto = command;
        return success();
    }
    KeptQuery keptInsert(m_context.db,
                         QStringLiteral("INSERT INTO commands (op_id, action, target_gid, args, base, actor_gid, "
                                        "client_time, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &insert = keptInsert.query();
    insert.addBindValue(command.opId);
    insert.addBindValue(command.action);
    insert.addBindValue(command.targetGid.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                    : QVariant(command.targetGid));
    insert.addBindValue(compact(command.args));
    insert.addBindValue(compact(command.base));
    insert.addBindValue(command.actorGid.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                   : QVariant(command.actorGid));
    insert.addBindValue(QVariant::fromValue<qint64>(command.clientTime));
    // A command that arrived from elsewhere has run where it counts; a local one waits for sync.
    insert.addBindValue(m_context.replaying ? QStringLiteral("applied") : QStringLiteral("pending"));
    if (!insert.exec())
        return databaseError(insert.lastError());
    return success();
}

namespace Commands {

void setArgs(ActionContext &context, const QByteArray &targetGid, const QJsonObject &args)
{
    Q_ASSERT(context.command);
    if (!context.command || context.command->nested > 0 || context.command->argsSet)
        return;
    context.command->command.targetGid = targetGid;
    context.command->command.args = args;
    context.command->argsSet = true;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64(QByteArray::Base64UrlEncoding));
    default:
        return value.toString();
    }
}

Result<QList<Command>> readAll(QSqlDatabase &db, std::int64_t afterId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT op_id, action, target_gid, args, base, actor_gid, client_time FROM commands "
                                 "WHERE id > ? ORDER BY id"));
    query.addBindValue(QVariant::fromValue<qint64>(afterId));
    if (!query.exec())
        return databaseError(query.lastError());
    QList<Command> commands;
    while (query.next()) {
        Command command;
        command.opId = query.value(0).toByteArray();
        command.action = query.value(1).toString();
        command.targetGid = query.value(2).toByteArray();
        command.args = parsed(query.value(3).toString());
        command.base = parsed(query.value(4).toString());
        command.actorGid = query.value(5).toByteArray();
        command.clientTime = query.value(6).toLongLong();
        commands.append(command);
    }
    return commands;
}

} // namespace Commands

} // namespace rollbook

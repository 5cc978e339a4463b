#pragma once

#include "actions/actioncontext.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <cstdint>

namespace rollbook {

/// The record of an action having run, enough to run it again on another store: every action
/// writes one in its own transaction, into the commands table. Arguments name rows by gid and
/// fields by key, never by local id or label; money is minor units beside its currency; secrets
/// travel as the hash the store keeps. base holds, per row the action changed, the row_version
/// it read and the stored values of the fields it changed, so that a store that runs it later can
/// tell whether someone else changed those fields meanwhile.
struct Command
{
    QByteArray opId; ///< UUIDv7
    QString action; ///< "suspend", "top_up"... (see CommandReplay for every key)
    QByteArray targetGid; ///< the row the action is about (a user, a ticket...); may be empty
    QJsonObject args;
    QJsonObject base; ///< {"<gid>": {"row_version": n, "fields": {"<field>": value}}}
    QByteArray actorGid;
    std::int64_t clientTime = 0; ///< when the operator acted, on their machine's clock
};

/// The command being built while an action runs. Internal to the action layer.
class CommandDraft
{
public:
    Command command;
    int gidsMinted = 0;
    int nested = 0; ///< actions running inside the one this command records
    bool argsSet = false;

    /// Notes a field's stored value before the action changes it (the first value noted wins).
    void addBase(const QString &row, std::int64_t rowVersion, const QString &field, const QJsonValue &value);
    void addBase(const QByteArray &gid, std::int64_t rowVersion, const QString &field, const QJsonValue &value);
};

/// Opens a command for the outermost action on a context, and gives it back on destruction. An
/// action that another action runs (the welcome link of addUser) is part of the outer command.
class CommandScope
{
public:
    CommandScope(ActionContext &context, const QString &action);
    ~CommandScope();
    CommandScope(const CommandScope &) = delete;
    CommandScope &operator=(const CommandScope &) = delete;

    bool outermost() const { return m_owned; }
    /// Writes the command row, inside the action's transaction. Only the outermost scope writes.
    Status record();

private:
    ActionContext &m_context;
    CommandDraft m_draft;
    bool m_owned = false;
};

namespace Commands {

/// What the action is about and its arguments; every action calls this once before it commits.
void setArgs(ActionContext &context, const QByteArray &targetGid, const QJsonObject &args);

/// A stored value as JSON: integers as numbers, text as strings, null as null, bytes as base64url.
QJsonValue jsonValue(const QVariant &value);

/// Reads the commands stored after the one with local id afterId, oldest first.
Result<QList<Command>> readAll(QSqlDatabase &db, std::int64_t afterId = 0);

} // namespace Commands

} // namespace rollbook

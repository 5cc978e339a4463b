#pragma once

#include "actions/command.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace rollbook {

/// What rollbookd does with a batch of commands a client sends: each is run once, in its own
/// transaction, by the same action code as on the client (CommandReplay), acting as the signed-in
/// operator whatever the command says. The op id is unique: an op sent again (a retry after a
/// lost response, or the same batch twice at once) gets the result stored the first time.
namespace CommandBatch {

/// One op's result, as JSON: {"op", "status": applied | conflict | rejected | retry, ...}.
/// applied: "versions" (gid -> row_version now) and "message" when it changed nothing; conflict:
/// "current" (the server's values of the fields in question), "changed_by" and "changed_at";
/// rejected: "kind" and "message"; retry: the store was busy, send it again later.
QList<QJsonObject> apply(QSqlDatabase &db, const Operator &actor, const QList<Command> &batch);

} // namespace CommandBatch

} // namespace rollbook

#pragma once

#include "actions/actionsupport.h"
#include "actions/command.h"

#include <QStringList>

namespace rollbook {

/// Runs a command recorded on one store on another, with the same action code: its gids are
/// resolved to this store's rows, its secrets stay hashes, its time and op id are the command's
/// (so the rows it creates get the same gids), and an edit whose fields no longer hold the
/// command's base values here is a Conflict. What rollbookd does with every command a client
/// sends, and what a copy of a school does to catch up.
namespace CommandReplay {

/// Every action key a command may carry.
QStringList actionKeys();

/// Runs the command on context's store, acting as context.actor. Arguments of the wrong type, an
/// unknown action or a gid this store does not have give an Error (Validation, NotFound) and
/// change nothing; a skip (already suspended...) is an outcome that applied nothing.
Result<ActionOutcome> apply(ActionContext &context, const Command &command);

} // namespace CommandReplay

} // namespace rollbook

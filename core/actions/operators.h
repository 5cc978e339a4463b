#pragma once

#include "actions/actioncontext.h"
#include "result.h"

namespace rollbook {

/// The operator of this name in the store, created (role admin) if there is none.
Result<Operator> ensureOperator(QSqlDatabase &db, const QString &name);

/// The operator of this name, or one with id 0 when the store has none yet: opening a store, or a
/// run that changes nothing, writes nothing. Their row is created when they first act.
Result<Operator> findOperator(QSqlDatabase &db, const QString &name);

/// The acting operator's id for the row an action writes: created here, inside the action's
/// transaction, the first time they act (so a rolled-back action leaves no operator behind).
/// Null when the context names no operator.
Result<QVariant> actingOperator(ActionContext &context);

} // namespace rollbook

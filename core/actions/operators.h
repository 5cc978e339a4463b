#pragma once

#include "actions/actioncontext.h"
#include "result.h"

namespace rollbook {

/// The operator of this name in the store, created (role admin) the first time they act.
Result<Operator> ensureOperator(QSqlDatabase &db, const QString &name);

} // namespace rollbook

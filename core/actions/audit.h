#pragma once

#include "actions/actioncontext.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace rollbook {

/// One audit row: who did what to which target, the fields before and after, and why.
/// Call inside the action's transaction.
Status writeAudit(ActionContext &context, const QString &action, const QString &targetKind, std::int64_t targetId,
                  const QByteArray &targetGid, const QJsonObject &before, const QJsonObject &after,
                  const QString &reason = {});

/// A text field's value in an audit row: null when empty, so "no value" reads the same everywhere.
QJsonValue auditText(const QString &text);

} // namespace rollbook

#pragma once

#include "actions/actioncontext.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace rollbook {

/// The audit row's INSERT up to its VALUES: eleven values a row, in writeAudit's order.
inline constexpr const char *AuditInsert = "INSERT INTO audit_log (gid, operator_id, operator_name, action, "
                                           "target_kind, target_id, target_gid, before_json, after_json, reason, "
                                           "created_at) VALUES ";

/// One audit row: who did what to which target, the fields before and after, and why.
/// Call inside the action's transaction. With context.later set, the row waits there instead.
Status writeAudit(ActionContext &context, const QString &action, const QString &targetKind, std::int64_t targetId,
                  const QByteArray &targetGid, const QJsonObject &before, const QJsonObject &after,
                  const QString &reason = {});

/// A text field's value in an audit row: null when empty, so "no value" reads the same everywhere.
QJsonValue auditText(const QString &text);

} // namespace rollbook

#include "actions/audit.h"

#include "actions/operators.h"
#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonValue auditText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

Status writeAudit(ActionContext &context, const QString &action, const QString &targetKind, std::int64_t targetId,
                  const QByteArray &targetGid, const QJsonObject &before, const QJsonObject &after,
                  const QString &reason)
{
    const auto actor = actingOperator(context);
    if (!actor)
        return actor.failure();
    KeptQuery keptQuery(context.db,
                        QStringLiteral("INSERT INTO audit_log (gid, operator_id, operator_name, action, target_kind, "
                                       "target_id, target_gid, before_json, after_json, reason, created_at) "
                                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(context.newGid());
    query.addBindValue(*actor);
    query.addBindValue(context.actor.name);
    query.addBindValue(action);
    query.addBindValue(targetKind);
    query.addBindValue(QVariant::fromValue<qint64>(targetId));
    query.addBindValue(targetGid);
    query.addBindValue(json(before));
    query.addBindValue(json(after));
    query.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    query.addBindValue(QVariant::fromValue<qint64>(context.now()));
    if (!query.exec())
        return databaseError(query.lastError());
    return success();
}

} // namespace rollbook

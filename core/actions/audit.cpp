#include "actions/audit.h"

#include "actions/operators.h"
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
        return Error{actor.error()};
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (gid, operator_id, operator_name, action, target_kind, "
                                 "target_id, target_gid, before_json, after_json, reason, created_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(newUuidV7());
    query.addBindValue(*actor);
    query.addBindValue(context.actor.name);
    query.addBindValue(action);
    query.addBindValue(targetKind);
    query.addBindValue(QVariant::fromValue<qint64>(targetId));
    query.addBindValue(targetGid);
    query.addBindValue(json(before));
    query.addBindValue(json(after));
    query.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    query.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    return success();
}

Status writeChange(ActionContext &context, const QString &entity, const QByteArray &gid, const QString &operation,
                   std::int64_t rowVersion, const QJsonObject &payload)
{
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("INSERT INTO change_log (entity, entity_gid, operation, row_version, payload, "
                                 "created_at) VALUES (?,?,?,?,?,?)"));
    query.addBindValue(entity);
    query.addBindValue(gid);
    query.addBindValue(operation);
    query.addBindValue(QVariant::fromValue<qint64>(rowVersion));
    query.addBindValue(json(payload));
    query.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    return success();
}

} // namespace rollbook

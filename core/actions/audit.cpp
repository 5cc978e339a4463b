#include "actions/audit.h"

#include "actions/actionsupport.h"
#include "actions/operators.h"

#include <QJsonDocument>

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
    const QVariantList values{context.newGid(), *actor,
                              // Work no operator did (a link issued as its email goes out) names no one.
                              context.actor.name.isNull() ? QStringLiteral("") : context.actor.name, action, targetKind,
                              QVariant::fromValue<qint64>(targetId), targetGid, json(before), json(after),
                              reason.isEmpty() ? QVariant() : QVariant(reason),
                              QVariant::fromValue<qint64>(context.now())};
    return ActionSupport::insertRow(context.db, AuditInsert, values, context.later ? &context.later->audit : nullptr);
}

} // namespace rollbook

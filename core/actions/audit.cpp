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
    const QVariantList values{context.newGid(),
                              *actor,
                              context.actor.name,
                              action,
                              targetKind,
                              QVariant::fromValue<qint64>(targetId),
                              targetGid,
                              json(before),
                              json(after),
                              reason.isEmpty() ? QVariant() : QVariant(reason),
                              QVariant::fromValue<qint64>(context.now())};
    if (context.auditRows) {
        context.auditRows->append(values);
        return success();
    }
    KeptQuery keptQuery(context.db, QLatin1String(AuditInsert) + QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery &query = keptQuery.query();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query.lastError());
    return success();
}

} // namespace rollbook

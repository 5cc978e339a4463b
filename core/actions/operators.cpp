#include "actions/operators.h"

#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook {

Result<Operator> findOperator(QSqlDatabase &db, const QString &name)
{
    const auto trimmed = requiredText(name, QCoreApplication::translate("Operators", "Your name"), 200);
    if (!trimmed)
        return trimmed.failure();
    KeptQuery keptFind(db, QStringLiteral("SELECT id, role, gid FROM operators WHERE name = ? ORDER BY id LIMIT 1"));
    QSqlQuery &find = keptFind.query();
    find.addBindValue(*trimmed);
    if (!find.exec())
        return databaseError(find.lastError());
    if (find.next())
        return Operator{find.value(0).toLongLong(), *trimmed, find.value(1).toString(), find.value(2).toByteArray()};
    return Operator{0, *trimmed, QStringLiteral("admin"), {}};
}

Result<QVariant> actingOperator(ActionContext &context)
{
    if (context.actor.id != 0)
        return QVariant::fromValue<qint64>(context.actor.id);
    if (context.actor.name.trimmed().isEmpty())
        return QVariant();
    const auto actor = ensureOperator(context.db, context.actor.name);
    if (!actor)
        return actor.failure();
    return QVariant::fromValue<qint64>(actor->id);
}

Result<Operator> ensureOperator(QSqlDatabase &db, const QString &name)
{
    const auto found = findOperator(db, name);
    if (!found || found->id != 0)
        return found;
    const QString trimmed = found->name;
    KeptQuery keptInsert(
        db,
        QStringLiteral("INSERT INTO operators (gid, name, role, created_at) VALUES (?, ?, 'admin', ?) RETURNING id"));
    QSqlQuery &insert = keptInsert.query();
    const QByteArray gid = newUuidV7();
    insert.addBindValue(gid);
    insert.addBindValue(trimmed);
    insert.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
    const auto id = insertReturningId(insert);
    if (!id)
        return id.failure();
    return Operator{*id, trimmed, QStringLiteral("admin"), gid};
}

} // namespace rollbook

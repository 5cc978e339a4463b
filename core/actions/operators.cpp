#include "actions/operators.h"

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
        return Error{trimmed.error()};
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, role FROM operators WHERE name = ? ORDER BY id LIMIT 1"));
    find.addBindValue(*trimmed);
    if (!find.exec())
        return Error{find.lastError().databaseText()};
    if (find.next())
        return Operator{find.value(0).toLongLong(), *trimmed, find.value(1).toString()};
    return Operator{0, *trimmed, QStringLiteral("admin")};
}

Result<QVariant> actingOperator(ActionContext &context)
{
    if (context.actor.id != 0)
        return QVariant::fromValue<qint64>(context.actor.id);
    if (context.actor.name.trimmed().isEmpty())
        return QVariant();
    const auto actor = ensureOperator(context.db, context.actor.name);
    if (!actor)
        return Error{actor.error()};
    return QVariant::fromValue<qint64>(actor->id);
}

Result<Operator> ensureOperator(QSqlDatabase &db, const QString &name)
{
    const auto found = findOperator(db, name);
    if (!found || found->id != 0)
        return found;
    const QString trimmed = found->name;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO operators (gid, name, role, created_at) VALUES (?, ?, 'admin', ?)"));
    insert.addBindValue(newUuidV7());
    insert.addBindValue(trimmed);
    insert.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
    if (!insert.exec())
        return Error{insert.lastError().databaseText()};
    return Operator{insert.lastInsertId().toLongLong(), trimmed, QStringLiteral("admin")};
}

} // namespace rollbook

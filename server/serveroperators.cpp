#include "serveroperators.h"

#include "actions/secrets.h"
#include "keptquery.h"
#include "sqldialect.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::ServerOperators {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::ServerOperators)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Status add(QSqlDatabase &db, const QString &name, const QString &role, const QString &password)
{
    const auto trimmed = requiredText(name, Text::tr("A name"), 200);
    if (!trimmed)
        return trimmed.failure();
    if (role != u"admin" && role != u"support")
        return Error{Text::tr("The role is admin or support, not \"%1\".").arg(role.left(40))};
    if (password.size() < 12 || password.size() > 128)
        return Error{Text::tr("An operator's password has 12 to 128 characters.")};
    const auto hash = Secrets::hashPassword(password);
    if (!hash)
        return hash.failure();
    KeptQuery keptExisting(
        db,
        QStringLiteral("SELECT id, password_hash IS NOT NULL FROM operators WHERE lower(name) = lower(?) "
                       "AND disabled_at IS NULL"));
    QSqlQuery &existing = keptExisting.query();
    existing.addBindValue(*trimmed);
    if (!existing.exec())
        return databaseError(existing.lastError());
    QSqlQuery write(db);
    if (existing.next()) {
        if (existing.value(1).toBool())
            return Error{ErrorKind::Conflict, Text::tr("%1 is an operator already.").arg(*trimmed)};
        write.prepare(QStringLiteral("UPDATE operators SET role = ?, password_hash = ?, row_version = row_version + 1 "
                                     "WHERE id = ?"));
        write.addBindValue(role);
        write.addBindValue(*hash);
        write.addBindValue(existing.value(0));
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO operators (gid, name, role, created_at, password_hash) VALUES (?, ?, ?, ?, ?)"));
        write.addBindValue(newUuidV7());
        write.addBindValue(*trimmed);
        write.addBindValue(role);
        write.addBindValue(QVariant::fromValue<qint64>(now()));
        write.addBindValue(*hash);
    }
    if (!write.exec())
        return databaseError(write.lastError());
    return success();
}

Result<QList<Listed>> list(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, role, password_hash IS NOT NULL AND disabled_at IS NULL, "
                                   "disabled_at IS NOT NULL FROM operators ORDER BY lower(name), id")))
        return databaseError(query.lastError());
    QList<Listed> operators;
    while (query.next())
        operators.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(), query.value(3).toBool()});
    return operators;
}

Status disable(QSqlDatabase &db, const QString &name)
{
    KeptQuery keptQuery(
        db,
        QStringLiteral("WITH gone AS (UPDATE operators SET disabled_at = ? WHERE lower(name) = lower(?) AND "
                       "disabled_at IS NULL RETURNING id), "
                       "sessions AS (UPDATE refresh_tokens SET revoked_at = ? WHERE operator_id IN "
                       "(SELECT id FROM gone) AND revoked_at IS NULL), "
                       "access AS (DELETE FROM access_tokens WHERE operator_id IN (SELECT id FROM gone)) "
                       "SELECT count(*) FROM gone"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(QVariant::fromValue<qint64>(now()));
    query.addBindValue(name.trimmed());
    query.addBindValue(QVariant::fromValue<qint64>(now()));
    if (!query.exec() || !query.next())
        return databaseError(query.lastError());
    if (query.value(0).toInt() == 0)
        return Error{ErrorKind::NotFound, Text::tr("No operator named %1 can sign in.").arg(name.trimmed().left(200))};
    return success();
}

namespace {

/// One argon2id verification at a time: each takes 64 MiB for its moment (libsodium's interactive
/// limits), so eight clients signing in at once would take half a gigabyte, and a flood of
/// sign-ins could take all of it. A sign-in is rare and takes a fraction of a second.
bool checkPassword(const QString &password, const QString &hash)
{
    static QSemaphore oneAtATime(1);
    oneAtATime.acquire();
    const QSemaphoreReleaser release(oneAtATime);
    return Secrets::verifyPassword(password, hash);
}

} // namespace

Result<Operator> verify(QSqlDatabase &db, const QString &name, const QString &password)
{
    const Error refused{ErrorKind::Forbidden, Text::tr("The name or the password is wrong.")};
    if (name.trimmed().isEmpty() || name.size() > 200 || password.isEmpty() || password.size() > 128)
        return refused;
    KeptQuery keptQuery(
        db,
        QStringLiteral("SELECT id, name, role, gid, password_hash FROM operators WHERE lower(name) = lower(?) "
                       "AND disabled_at IS NULL AND password_hash IS NOT NULL"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next()) {
        // As slow as a wrong password, so that timing does not tell which names exist.
        static const QString unused = Secrets::hashPassword(QStringLiteral("no operator has this name")).value();
        checkPassword(password, unused);
        return refused;
    }
    const Operator found{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toByteArray()};
    const QString hash = query.value(4).toString();
    query.finish();
    if (!checkPassword(password, hash))
        return refused;
    return found;
}

} // namespace rollbook::ServerOperators

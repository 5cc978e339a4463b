#include "sessions.h"

#include "actions/secrets.h"
#include "keptquery.h"
#include "serveroperators.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace rollbook::Sessions {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Sessions)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error refused()
{
    return Error{ErrorKind::Forbidden, Text::tr("The session has ended; sign in again.")};
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    // Transaction statements cannot be prepared on PostgreSQL: those run as they are.
    if (values.isEmpty() ? !query.exec(sql) : (query.prepare(sql), [&] {
            for (const QVariant &value : values)
                query.addBindValue(value);
            return !query.exec();
        }()))
        return databaseError(query.lastError());
    return success();
}

/// A new access token and refresh token in the family, stored as hashes.
Result<Issued> issue(QSqlDatabase &db, const Operator &actor, const QString &family, const QString &device)
{
    const Secrets::Token access = Secrets::newToken();
    const Secrets::Token refresh = Secrets::newToken();
    Issued issued{access.text, now() + AccessLifetimeMs, refresh.text, now() + RefreshLifetimeMs, actor};
    if (const Status stored = exec(
            db,
            QStringLiteral("INSERT INTO refresh_tokens (token_hash, family, operator_id, device, "
                           "created_at, expires_at) VALUES (?, ?::uuid, ?, ?, ?, ?)"),
            {refresh.hash, family, QVariant::fromValue<qint64>(actor.id), device.isNull() ? QStringLiteral("") : device,
             QVariant::fromValue<qint64>(now()), QVariant::fromValue<qint64>(issued.refreshExpiresAt)});
        !stored)
        return stored.failure();
    if (const Status stored
        = exec(db,
               QStringLiteral("INSERT INTO access_tokens (token_hash, family, operator_id, expires_at) "
                              "VALUES (?, ?::uuid, ?, ?)"),
               {access.hash, family, QVariant::fromValue<qint64>(actor.id),
                QVariant::fromValue<qint64>(issued.accessExpiresAt)});
        !stored)
        return stored.failure();
    return issued;
}

void auditFailure(QSqlDatabase &db, const QString &name, const QString &why)
{
    exec(db, QStringLiteral("INSERT INTO sign_in_failures (name, at) VALUES (?, ?)"),
         {name, QVariant::fromValue<qint64>(now())});
    exec(db,
         QStringLiteral(
             "INSERT INTO audit_log (gid, operator_name, action, target_kind, after_json, reason, created_at) "
             "VALUES (?, ?, 'sign_in_failed', 'operator', ?, ?, ?)"),
         {newUuidV7(), name.left(200),
          QString::fromUtf8(
              QJsonDocument(QJsonObject{{QStringLiteral("name"), name.left(200)}}).toJson(QJsonDocument::Compact)),
          why, QVariant::fromValue<qint64>(now())});
}

} // namespace

Result<Issued> signIn(QSqlDatabase &db, const Requests::SignIn &request)
{
    KeptQuery keptRecent(
        db,
        QStringLiteral("SELECT count(*), coalesce(min(at), 0) FROM sign_in_failures WHERE lower(name) = "
                       "lower(?) AND at > ?"));
    QSqlQuery &recent = keptRecent.query();
    recent.addBindValue(request.name.trimmed());
    recent.addBindValue(QVariant::fromValue<qint64>(now() - ThrottleWindowMs));
    if (!recent.exec() || !recent.next())
        return databaseError(recent.lastError());
    if (recent.value(0).toInt() >= FailuresAllowed) {
        // When the oldest failure in the window leaves it, the name may try again.
        const QDateTime until
            = QDateTime::fromMSecsSinceEpoch(recent.value(1).toLongLong() + ThrottleWindowMs, QTimeZone::utc());
        return Error{ErrorKind::Busy,
                     Text::tr("Too many failed sign-ins for %1; try again after %2 UTC.")
                         .arg(request.name.trimmed().left(200), until.toString(QStringLiteral("HH:mm")))};
    }
    const auto actor = ServerOperators::verify(db, request.name, request.password);
    if (!actor) {
        if (actor.errorKind() == ErrorKind::Forbidden)
            auditFailure(db, request.name.trimmed(), QStringLiteral("wrong name or password"));
        return actor.failure();
    }
    exec(db, QStringLiteral("DELETE FROM sign_in_failures WHERE lower(name) = lower(?)"), {request.name.trimmed()});
    return issue(db, *actor, QUuid::createUuid().toString(QUuid::WithoutBraces), request.device);
}

Result<Issued> refresh(QSqlDatabase &db, const Requests::Refresh &request)
{
    if (const Status begun = exec(db, QStringLiteral("BEGIN"), {}); !begun)
        return begun.failure();
    const auto finish = [&db](Result<Issued> outcome) {
        exec(db, outcome ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), {});
        return outcome;
    };
    KeptQuery keptToken(
        db,
        QStringLiteral("SELECT t.family::text, t.expires_at, t.used_at, t.revoked_at, o.id, o.name, o.role, "
                       "o.gid, o.disabled_at, t.device FROM refresh_tokens t JOIN operators o ON o.id = t.operator_id "
                       "WHERE t.token_hash = ? FOR UPDATE OF t"));
    QSqlQuery &token = keptToken.query();
    token.addBindValue(Secrets::tokenHash(request.token));
    if (!token.exec())
        return finish(databaseError(token.lastError()));
    if (!token.next())
        return finish(refused());
    const QString family = token.value(0).toString();
    if (!token.value(2).isNull()) {
        // Used before: someone holds a copy. The whole family ends, the thief's tokens with it.
        exec(db,
             QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family = ?::uuid AND revoked_at IS NULL"),
             {QVariant::fromValue<qint64>(now()), family});
        exec(db, QStringLiteral("DELETE FROM access_tokens WHERE family = ?::uuid"), {family});
        exec(db, QStringLiteral("COMMIT"), {});
        return refused();
    }
    if (!token.value(3).isNull() || token.value(1).toLongLong() <= now() || !token.value(8).isNull())
        return finish(refused());
    const Operator actor{token.value(4).toLongLong(), token.value(5).toString(), token.value(6).toString(),
                         token.value(7).toByteArray()};
    if (const Status used = exec(db, QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?"),
                                 {QVariant::fromValue<qint64>(now()), Secrets::tokenHash(request.token)});
        !used)
        return finish(used.failure());
    exec(db, QStringLiteral("DELETE FROM access_tokens WHERE family = ?::uuid"), {family});
    // The session stays bound to the device it began on unless the client names it anew.
    return finish(issue(db, actor, family, request.device.isEmpty() ? token.value(9).toString() : request.device));
}

Status signOut(QSqlDatabase &db, const QString &accessToken)
{
    KeptQuery keptFamily(db, QStringLiteral("SELECT family::text FROM access_tokens WHERE token_hash = ?"));
    QSqlQuery &family = keptFamily.query();
    family.addBindValue(Secrets::tokenHash(accessToken));
    if (!family.exec())
        return databaseError(family.lastError());
    if (!family.next())
        return refused();
    const QString id = family.value(0).toString();
    if (const Status revoked
        = exec(db,
               QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family = ?::uuid AND revoked_at IS NULL"),
               {QVariant::fromValue<qint64>(now()), id});
        !revoked)
        return revoked;
    return exec(db, QStringLiteral("DELETE FROM access_tokens WHERE family = ?::uuid"), {id});
}

Result<Operator> authenticate(QSqlDatabase &db, const QString &accessToken)
{
    if (accessToken.isEmpty() || accessToken.size() > 100)
        return refused();
    KeptQuery keptQuery(
        db,
        QStringLiteral("SELECT o.id, o.name, o.role, o.gid FROM access_tokens t JOIN operators o ON o.id = "
                       "t.operator_id WHERE t.token_hash = ? AND t.expires_at > ? AND o.disabled_at IS NULL"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(Secrets::tokenHash(accessToken));
    query.addBindValue(QVariant::fromValue<qint64>(now()));
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next())
        return refused();
    return Operator{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toByteArray()};
}

} // namespace rollbook::Sessions

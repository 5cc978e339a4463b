#include "actions/links.h"

#include "actions/audit.h"
#include "actions/operators.h"
#include "actions/secrets.h"
#include "actions/transaction.h"
#include "settings.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace rollbook::Links {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Links", text);
}

struct Kind
{
    const char *key;
    const char *path;
    std::int64_t lifetimeMs;
};

Kind kind(LinkPurpose purpose)
{
    constexpr std::int64_t Minute = 60'000;
    switch (purpose) {
    case LinkPurpose::Login:
        return {"login", "/auth/login", 15 * Minute};
    case LinkPurpose::Reset:
        return {"reset", "/auth/reset-password", 24 * 60 * Minute};
    case LinkPurpose::SetPassword:
        return {"set_password", "/auth/set-password", 7 * 24 * 60 * Minute};
    case LinkPurpose::Impersonate:
        return {"impersonate", "/auth/impersonate", 30 * Minute};
    }
    return {"login", "/auth/login", 15 * Minute};
}

} // namespace

Result<IssuedLink> issue(ActionContext &context, std::int64_t userId, LinkPurpose purpose, const QString &reason)
{
    QString why = reason.trimmed();
    if (purpose == LinkPurpose::Impersonate) {
        const auto required = requiredText(reason, tr("A reason for simulating the user's session"));
        if (!required)
            return Error{required.error()};
        why = *required;
    }
    const Kind k = kind(purpose);
    Transaction transaction(context.db);
    if (const Status begun = transaction.begun(); !begun)
        return Error{begun.error()};
    QSqlQuery user(context.db);
    user.prepare(QStringLiteral("SELECT gid FROM users WHERE id = ?"));
    user.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!user.exec() || !user.next())
        return Error{QCoreApplication::translate("UserActions", "User %1 does not exist.").arg(userId)};
    const QByteArray gid = user.value(0).toByteArray();

    const Secrets::Token token = Secrets::newToken();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    IssuedLink link;
    link.expiresAt = now + k.lifetimeMs;
    const auto actor = actingOperator(context);
    if (!actor)
        return Error{actor.error()};
    QSqlQuery insert(context.db);
    insert.prepare(QStringLiteral("INSERT INTO login_tokens (user_id, purpose, token_hash, created_by, created_at, "
                                  "expires_at) VALUES (?,?,?,?,?,?)"));
    insert.addBindValue(QVariant::fromValue<qint64>(userId));
    insert.addBindValue(QString::fromLatin1(k.key));
    insert.addBindValue(token.hash);
    insert.addBindValue(*actor);
    insert.addBindValue(QVariant::fromValue<qint64>(now));
    insert.addBindValue(QVariant::fromValue<qint64>(link.expiresAt));
    if (!insert.exec())
        return Error{insert.lastError().databaseText()};
    const QJsonObject after{
        {QStringLiteral("purpose"), QString::fromLatin1(k.key)},
        {QStringLiteral("expires_at"),
         QDateTime::fromMSecsSinceEpoch(link.expiresAt, QTimeZone::utc()).toString(Qt::ISODateWithMs)}};
    if (const Status audited
        = writeAudit(context, QStringLiteral("issue_link"), QStringLiteral("user"), userId, gid, {}, after, why);
        !audited)
        return Error{audited.error()};
    if (const Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    QString base = StoreSettings::value(context.db, StoreSettings::BaseUrl);
    while (base.endsWith(u'/'))
        base.chop(1);
    link.url = base + QLatin1String(k.path) + QStringLiteral("?token=") + token.text;
    return link;
}

Result<std::int64_t> redeem(QSqlDatabase &db, const QString &token, LinkPurpose purpose, std::int64_t nowMs)
{
    const std::int64_t now = nowMs < 0 ? QDateTime::currentMSecsSinceEpoch() : nowMs;
    Transaction transaction(db);
    if (const Status begun = transaction.begun(); !begun)
        return Error{begun.error()};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, user_id, expires_at, used_at FROM login_tokens "
                                 "WHERE token_hash = ? AND purpose = ?"));
    query.addBindValue(Secrets::tokenHash(token));
    query.addBindValue(QString::fromLatin1(kind(purpose).key));
    if (!query.exec())
        return Error{query.lastError().databaseText()};
    if (!query.next())
        return Error{tr("This link is not valid.")};
    if (!query.value(3).isNull())
        return Error{tr("This link has already been used.")};
    if (query.value(2).toLongLong() <= now)
        return Error{tr("This link has expired.")};
    const std::int64_t id = query.value(0).toLongLong();
    const std::int64_t userId = query.value(1).toLongLong();
    QSqlQuery use(db);
    use.prepare(QStringLiteral("UPDATE login_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    use.addBindValue(QVariant::fromValue<qint64>(now));
    use.addBindValue(QVariant::fromValue<qint64>(id));
    if (!use.exec() || use.numRowsAffected() != 1)
        return Error{tr("This link has already been used.")};
    if (const Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return userId;
}

} // namespace rollbook::Links

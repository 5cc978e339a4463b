#include "actions/links.h"

#include "actions/audit.h"
#include "actions/command.h"
#include "actions/operators.h"
#include "actions/secrets.h"
#include "actions/transaction.h"
#include "keptquery.h"
#include "settings.h"
#include "sqldialect.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace rollbook::Links {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Links)
};

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
    const Secrets::Token token = Secrets::newToken();
    const auto expires = store(context, userId, purpose, token.hash, reason);
    if (!expires)
        return expires.failure();
    return IssuedLink{url(context.db, purpose, token.text), *expires};
}

Result<std::int64_t> store(ActionContext &context, std::int64_t userId, LinkPurpose purpose,
                           const QByteArray &tokenHash, const QString &reason)
{
    QString why = reason.trimmed();
    if (purpose == LinkPurpose::Impersonate) {
        const auto required = requiredText(reason, Text::tr("A reason for simulating the user's session"));
        if (!required)
            return required.failure();
        why = *required;
    } else if (const Status checked = checkText(why, Text::tr("The reason"), 500); !checked) {
        return checked.failure();
    }
    if (tokenHash.size() != 32)
        return Error{Text::tr("A link is stored by its 32-byte hash.")};
    const Kind k = kind(purpose);
    Transaction transaction(context.db);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    CommandScope command(context, QStringLiteral("issue_link"));
    KeptQuery keptUser(context.db, QStringLiteral("SELECT gid FROM users WHERE id = ?"));
    QSqlQuery &user = keptUser.query();
    user.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!user.exec())
        return databaseError(user.lastError());
    if (!user.next())
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("UserActions", "User %1 does not exist.").arg(userId)};
    const QByteArray gid = user.value(0).toByteArray();
    Commands::setArgs(context, gid,
                      {{QStringLiteral("user"), uuidText(gid)},
                       {QStringLiteral("purpose"), QString::fromLatin1(k.key)},
                       {QStringLiteral("token_hash"), Commands::jsonValue(tokenHash)},
                       {QStringLiteral("reason"), why}});

    const std::int64_t now = context.now();
    const std::int64_t expiresAt = now + k.lifetimeMs;
    const auto actor = actingOperator(context);
    if (!actor)
        return actor.failure();
    KeptQuery keptInsert(
        context.db,
        QStringLiteral("INSERT INTO login_tokens (user_id, purpose, token_hash, created_by, created_at, "
                       "expires_at) VALUES (?,?,?,?,?,?)"));
    QSqlQuery &insert = keptInsert.query();
    insert.addBindValue(QVariant::fromValue<qint64>(userId));
    insert.addBindValue(QString::fromLatin1(k.key));
    insert.addBindValue(tokenHash);
    insert.addBindValue(*actor);
    insert.addBindValue(QVariant::fromValue<qint64>(now));
    insert.addBindValue(QVariant::fromValue<qint64>(expiresAt));
    if (!insert.exec())
        return databaseError(insert.lastError());
    const QJsonObject after{{QStringLiteral("purpose"), QString::fromLatin1(k.key)},
                            {QStringLiteral("expires_at"),
                             QDateTime::fromMSecsSinceEpoch(expiresAt, QTimeZone::utc()).toString(Qt::ISODateWithMs)}};
    if (const Status audited
        = writeAudit(context, QStringLiteral("issue_link"), QStringLiteral("user"), userId, gid, {}, after, why);
        !audited)
        return audited.failure();
    if (const Status recorded = command.record(); !recorded)
        return recorded.failure();
    if (const Status committed = transaction.commit(); !committed)
        return committed.failure();
    return expiresAt;
}

QString url(QSqlDatabase &db, LinkPurpose purpose, const QString &token)
{
    QString base = StoreSettings::value(db, StoreSettings::BaseUrl);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QLatin1String(kind(purpose).path) + QStringLiteral("?token=") + token;
}

QString purposeKey(LinkPurpose purpose)
{
    return QString::fromLatin1(kind(purpose).key);
}

bool purposeFromKey(const QString &key, LinkPurpose *purpose)
{
    for (LinkPurpose candidate :
         {LinkPurpose::Login, LinkPurpose::Reset, LinkPurpose::SetPassword, LinkPurpose::Impersonate}) {
        if (key == QLatin1String(kind(candidate).key)) {
            *purpose = candidate;
            return true;
        }
    }
    return false;
}

Result<std::int64_t> redeem(QSqlDatabase &db, const QString &token, LinkPurpose purpose, std::int64_t nowMs)
{
    const std::int64_t now = nowMs < 0 ? QDateTime::currentMSecsSinceEpoch() : nowMs;
    Transaction transaction(db);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    KeptQuery keptQuery(db,
                        QStringLiteral("SELECT id, user_id, expires_at, used_at FROM login_tokens "
                                       "WHERE token_hash = ? AND purpose = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(Secrets::tokenHash(token));
    query.addBindValue(QString::fromLatin1(kind(purpose).key));
    if (!query.exec())
        return databaseError(query.lastError());
    if (!query.next())
        return Error{Text::tr("This link is not valid.")};
    if (!query.value(3).isNull())
        return Error{Text::tr("This link has already been used.")};
    if (query.value(2).toLongLong() <= now)
        return Error{Text::tr("This link has expired.")};
    const std::int64_t id = query.value(0).toLongLong();
    const std::int64_t userId = query.value(1).toLongLong();
    KeptQuery keptUse(db, QStringLiteral("UPDATE login_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    QSqlQuery &use = keptUse.query();
    use.addBindValue(QVariant::fromValue<qint64>(now));
    use.addBindValue(QVariant::fromValue<qint64>(id));
    if (!use.exec() || use.numRowsAffected() != 1)
        return Error{Text::tr("This link has already been used.")};
    if (const Status committed = transaction.commit(); !committed)
        return committed.failure();
    return userId;
}

} // namespace rollbook::Links

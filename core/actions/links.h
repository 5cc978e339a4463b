#pragma once

#include "actions/actioncontext.h"
#include "result.h"

#include <QString>

#include <cstdint>

namespace rollbook {

enum class LinkPurpose { Login, Reset, SetPassword, Impersonate };

struct IssuedLink
{
    QString url; ///< holds the token; shown or sent once, never stored
    std::int64_t expiresAt = 0; ///< Unix ms, UTC
};

/// One-time links: a 256-bit token whose BLAKE2b hash alone is stored, with an expiry; each
/// issue is audited. Links are built from the platform base URL in settings.
namespace Links {

/// Impersonation needs a reason. Lifetimes: login 15 min, impersonation 30 min, reset 1 day,
/// set-password 7 days.
Result<IssuedLink> issue(ActionContext &context, std::int64_t userId, LinkPurpose purpose, const QString &reason = {});
/// issue as its command replays it: stores the token's hash with its expiry and audits it; gives
/// the expiry (Unix ms). Inside another action (addUser), part of that action's command.
Result<std::int64_t> store(ActionContext &context, std::int64_t userId, LinkPurpose purpose,
                           const QByteArray &tokenHash, const QString &reason = {});
/// The link a token makes, built from the platform base URL in settings.
QString url(QSqlDatabase &db, LinkPurpose purpose, const QString &token);
/// The purpose's key in the store ("reset", "set_password"...), and back (false when unknown).
QString purposeKey(LinkPurpose purpose);
bool purposeFromKey(const QString &key, LinkPurpose *purpose);

/// Marks the link used and returns its user; an Error for an unknown, used or expired token.
Result<std::int64_t> redeem(QSqlDatabase &db, const QString &token, LinkPurpose purpose, std::int64_t nowMs = -1);

} // namespace Links

} // namespace rollbook

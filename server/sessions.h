#pragma once

#include "actions/actioncontext.h"
#include "requests.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace rollbook {

/// Operators' sessions on rollbookd: a password sign-in gives a short-lived access token and a
/// refresh token bound to the device; each refresh rotates the refresh token, and one used twice
/// (a copy) revokes its whole family. Only the tokens' BLAKE2b hashes are stored. Repeated failed
/// sign-ins for a name are throttled and audited. Every time is the server's clock.
namespace Sessions {

inline constexpr qint64 AccessLifetimeMs = 15 * 60 * 1000;
inline constexpr qint64 RefreshLifetimeMs = 30LL * 24 * 60 * 60 * 1000;
inline constexpr int FailuresAllowed = 5; ///< per name in ThrottleWindowMs; then sign-in waits
inline constexpr qint64 ThrottleWindowMs = 15 * 60 * 1000;

struct Issued
{
    QString accessToken;
    qint64 accessExpiresAt = 0;
    QString refreshToken;
    qint64 refreshExpiresAt = 0;
    Operator actor;
};

/// Forbidden for a wrong name or password; Busy (retry later) while the name is throttled.
Result<Issued> signIn(QSqlDatabase &db, const Requests::SignIn &request);
/// Forbidden for an unknown, expired, revoked or reused token (the last revokes its family).
Result<Issued> refresh(QSqlDatabase &db, const Requests::Refresh &request);
/// Revokes the session the access token belongs to: its refresh tokens and access tokens.
Status signOut(QSqlDatabase &db, const QString &accessToken);
/// The operator an access token acts for; Forbidden when it is unknown, expired or revoked, or
/// the operator was disabled.
Result<Operator> authenticate(QSqlDatabase &db, const QString &accessToken);

} // namespace Sessions

} // namespace rollbook

#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace rollbook {

/// Passwords and link tokens, through libsodium. The store keeps only hashes.
namespace Secrets {

/// An argon2id hash in libsodium's self-describing string form.
Result<QString> hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &hash);
/// True for what hashPassword makes (an argon2id string of a sane length), so that a received
/// command cannot store anything else as a password hash.
bool isPasswordHash(const QString &hash);

struct Token
{
    QString text; ///< 256 random bits, base64url: goes into the link, never stored
    QByteArray hash; ///< BLAKE2b-256 of the text: what the store keeps
};
Token newToken();
QByteArray tokenHash(const QString &text);

} // namespace Secrets

} // namespace rollbook

#include "actions/secrets.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rollbook::Secrets {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

Result<QString> hashPassword(const QString &password)
{
    if (!ready())
        return Error{QCoreApplication::translate("Secrets", "The cryptography library could not start.")};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{QCoreApplication::translate("Secrets", "Not enough memory to hash the password.")};
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &password, const QString &hash)
{
    if (!ready())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

QByteArray tokenHash(const QString &text)
{
    ready();
    const QByteArray utf8 = text.toUtf8();
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), static_cast<size_t>(digest.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()), nullptr, 0);
    return digest;
}

Token newToken()
{
    ready();
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    Token token;
    token.text = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    token.hash = tokenHash(token.text);
    sodium_memzero(random.data(), static_cast<size_t>(random.size()));
    return token;
}

bool isPasswordHash(const QString &hash)
{
    return hash.size() < crypto_pwhash_STRBYTES && hash.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX))
        && !hash.contains(QChar(0));
}

} // namespace rollbook::Secrets

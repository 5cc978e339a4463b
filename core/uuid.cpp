#include "uuid.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace rollbook {

UuidBytes uuidV7Bytes(std::int64_t unixMs, std::uint64_t randomHigh, std::uint64_t randomLow)
{
    UuidBytes bytes;
    unsigned char *b = bytes.data();
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(unixMs) >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | ((randomHigh >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(randomHigh);
    b[8] = static_cast<unsigned char>(0x80 | ((randomLow >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<unsigned char>(randomLow >> (8 * (15 - i)));
    return bytes;
}

QByteArray uuidV7From(std::int64_t unixMs, std::uint64_t randomHigh, std::uint64_t randomLow)
{
    const UuidBytes bytes = uuidV7Bytes(unixMs, randomHigh, randomLow);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QByteArray newUuidV7()
{
    auto *random = QRandomGenerator::system();
    return uuidV7From(QDateTime::currentMSecsSinceEpoch(), random->generate64(), random->generate64());
}

QString uuidText(const QByteArray &bytes)
{
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QByteArray uuidFromText(const QString &text)
{
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != text.toLower())
        return {};
    return uuid.toRfc4122();
}

QByteArray derivedUuid(const QByteArray &from, int n)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(from);
    hash.addData(QByteArray::number(n));
    const QByteArray bits = hash.result();
    std::int64_t unixMs = 0;
    for (int i = 0; i < 6 && i < from.size(); ++i)
        unixMs = (unixMs << 8) | static_cast<unsigned char>(from[i]);
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (int i = 0; i < 8; ++i) {
        high = (high << 8) | static_cast<unsigned char>(bits[i]);
        low = (low << 8) | static_cast<unsigned char>(bits[8 + i]);
    }
    return uuidV7From(unixMs, high, low);
}

} // namespace rollbook

#include "uuid.h"

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

} // namespace rollbook

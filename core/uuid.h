#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace rollbook {

/// A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits, as 16 bytes.
/// Ids made later sort after earlier ones, which keeps the B-tree appends cheap.
QByteArray newUuidV7();
/// The same layout from a given time and 74 given random bits, for deterministic demo data.
QByteArray uuidV7From(std::int64_t unixMs, std::uint64_t randomHigh, std::uint64_t randomLow);
using UuidBytes = std::array<unsigned char, 16>;
/// uuidV7From without the allocation, for bulk writers.
UuidBytes uuidV7Bytes(std::int64_t unixMs, std::uint64_t randomHigh, std::uint64_t randomLow);
/// The canonical 8-4-4-4-12 text form.
QString uuidText(const QByteArray &bytes);
/// The 16 bytes of a canonical text form; empty for anything else (a hostile or malformed id).
QByteArray uuidFromText(const QString &text);
/// The n-th id derived from a UUIDv7 (an op id): its time, and bits that only it and n decide,
/// so that replaying the op mints the very ids its first run did.
QByteArray derivedUuid(const QByteArray &from, int n);

} // namespace rollbook

// rollbookd's sign-in and refresh readers, and the feed cursor, on any bytes: an Error or a value
// within the bounds, never a crash; the first byte picks the reader.
#include "requests.h"

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        if (const auto signIn = Requests::signIn(body)) {
            if (signIn->name.isEmpty() || signIn->name.size() > 200 || signIn->password.size() > 128)
                std::abort();
        }
        break;
    case 1:
        if (const auto refresh = Requests::refresh(body); refresh && refresh->token.size() > 100)
            std::abort();
        break;
    default:
        if (const auto cursor = Requests::cursor(QString::fromUtf8(body))) {
            const auto again = Requests::cursor(Requests::cursorText(*cursor));
            if (!body.isEmpty() && (!again || again->txid != cursor->txid || again->change != cursor->change))
                std::abort();
        }
    }
    return 0;
}

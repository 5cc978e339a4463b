// The email and phone validators, and the text checks, on any UTF-8: the first byte picks the
// phone's region.
#include "phone.h"
#include "validation.h"

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    static const char *regions[] = {"GB", "FR", "DE", "US", "TZ", "BR", "ES", "IN", ""};
    const QString region = QString::fromLatin1(regions[data[0] % (sizeof regions / sizeof *regions)]);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (const auto email = normalizeEmail(text)) {
        // What is stored holds no control character and is accepted again as it is.
        const auto again = normalizeEmail(*email);
        if (controlCharacterAt(*email) >= 0 || !again || *again != *email)
            std::abort();
    }
    if (const auto phone = phoneToE164(text, region)) {
        if (!phone->startsWith(u'+') || !phoneToE164(*phone, region))
            std::abort();
        (void)formatPhone(*phone);
    }
    (void)checkText(text, QStringLiteral("Text"), 100);
    (void)visibleText(text);
    return 0;
}

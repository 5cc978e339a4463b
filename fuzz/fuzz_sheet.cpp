// The sheet, shared-strings and styles parsers on any XML, without the archive around them: the
// first byte picks the part, the rest is its XML.
#include "import/xlsxparts.h"

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray xmlBytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QXmlStreamReader xml(xmlBytes);
    switch (data[0] % 3) {
    case 0: {
        Xlsx::SharedStrings shared;
        shared.text = {QStringLiteral("First name"), QStringLiteral("Email"), QStringLiteral("ana@example.com")};
        shared.damaged.insert(1);
        ImportTable table;
        if (Xlsx::readSheet(xml, shared, {false, true}, table)) {
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                if (table.rows.cells(r).size() > table.header.size())
                    std::abort();
            }
        }
        break;
    }
    case 1:
        (void)Xlsx::readSharedStrings(xml);
        break;
    default:
        (void)Xlsx::readDateStyles(xml);
        break;
    }
    return 0;
}

// The XLSX reader on any bytes as a whole file: the archive, its parts and the sheet.
#include "import/importtable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = rollbook::parseXlsx(bytes, QStringLiteral("fuzz.xlsx"));
    if (table) {
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            if (table->rows.cells(r).size() > table->header.size())
                std::abort();
        }
    }
    return 0;
}

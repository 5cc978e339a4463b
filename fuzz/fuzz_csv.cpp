// The CSV reader on any bytes: it returns a table or an Error, within the import limits.
#include "import/importtable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = rollbook::parseCsv(bytes);
    if (table) {
        // Every row can be read back, cell by cell, without leaving the header's columns.
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            if (table->rows.cells(r).size() > table->header.size())
                std::abort();
        }
    }
    return 0;
}

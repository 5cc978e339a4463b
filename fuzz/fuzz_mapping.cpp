// The column-mapping guesser and the format recogniser on any header line (read by the CSV
// reader, as an import reads it), with custom fields of every type.
#include "import/importtable.h"
#include "import/userimport.h"

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto table
        = parseCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(std::min<std::size_t>(size, 65'536))));
    if (!table)
        return 0;
    static const QList<CustomField> fields = [] {
        QList<CustomField> list;
        CustomField department;
        department.id = 1;
        department.key = QStringLiteral("department");
        department.label = QStringLiteral("Department");
        list.append(department);
        CustomField year;
        year.id = 2;
        year.key = QStringLiteral("graduation_year");
        year.label = QStringLiteral("Graduation year");
        year.type = CustomField::Type::Number;
        list.append(year);
        return list;
    }();
    const QList<ImportMapping> mapping = UserImport::guessMapping(table->header, fields);
    if (mapping.size() != table->header.size())
        std::abort();
    for (const ImportMapping &m : mapping)
        (void)UserImport::targetName(m, fields);
    (void)UserImport::formatName(table->header);
    return 0;
}

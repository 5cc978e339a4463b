#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace rollbook {

/// A registration field the school added (Student ID, Department...), shown as a directory column.
struct CustomField
{
    enum class Type { Text, Number, Date, Bool, Choice };
    std::int64_t id = 0;
    QString key;
    QString label;
    Type type = Type::Text;
    bool searchable = false;
};

Result<QList<CustomField>> loadCustomFields(QSqlDatabase &db);

} // namespace rollbook

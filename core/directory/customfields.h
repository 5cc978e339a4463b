#pragma once

#include "result.h"

#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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
    QStringList choices; ///< for Type::Choice
    bool required = false;
};

Result<QList<CustomField>> loadCustomFields(QSqlDatabase &db);

/// A stored custom value as people read it: "Yes"/"No" for booleans, dates in the locale.
QString displayCustomValue(const CustomField &field, const QString &value, const QLocale &locale);

} // namespace rollbook

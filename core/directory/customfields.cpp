#include "directory/customfields.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook {

namespace {

CustomField::Type typeFromKey(const QString &key)
{
    if (key == u"number")
        return CustomField::Type::Number;
    if (key == u"date")
        return CustomField::Type::Date;
    if (key == u"bool")
        return CustomField::Type::Bool;
    if (key == u"choice")
        return CustomField::Type::Choice;
    return CustomField::Type::Text;
}

} // namespace

QString displayCustomValue(const CustomField &field, const QString &value, const QLocale &locale)
{
    if (value.isEmpty())
        return value;
    switch (field.type) {
    case CustomField::Type::Bool:
        return value == u"true" ? QCoreApplication::translate("CustomField", "Yes")
                                : QCoreApplication::translate("CustomField", "No");
    case CustomField::Type::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : value;
    }
    default:
        return value;
    }
}

Result<QList<CustomField>> loadCustomFields(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, key, label, type, searchable, coalesce(choices, ''), required "
                                   "FROM custom_fields ORDER BY position, id")))
        return databaseError(query.lastError());
    QList<CustomField> fields;
    while (query.next()) {
        fields.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       typeFromKey(query.value(3).toString()), query.value(4).toBool(),
                       query.value(5).toString().split(u'\n', Qt::SkipEmptyParts), query.value(6).toBool()});
    }
    return fields;
}

} // namespace rollbook

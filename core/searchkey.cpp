#include "searchkey.h"

#include "keptquery.h"
#include "sqldialect.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::SearchKey {

bool reads(const QString &usersColumn)
{
    // The users columns of the SELECT below.
    return usersColumn == u"first_name" || usersColumn == u"last_name" || usersColumn == u"email"
        || usersColumn == u"company" || usersColumn == u"phone";
}

Status refresh(QSqlDatabase &db, std::int64_t userId)
{
    if (!SqlDialect::isPostgres(db))
        return success();
    KeptQuery keptRead(
        db,
        QStringLiteral(
            "SELECT u.first_name || ' ' || u.last_name || ' ' || u.email || ' ' || coalesce(u.company, '') || ' ' || "
            "coalesce((SELECT string_agg(v.value, ' ' ORDER BY v.field_id) FROM custom_values v JOIN custom_fields f "
            "ON "
            "f.id = v.field_id WHERE v.user_id = u.id AND f.searchable <> 0), ''), u.phone FROM users u WHERE u.id = "
            "?"));
    QSqlQuery &read = keptRead.query();
    read.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!read.exec())
        return databaseError(read.lastError());
    if (!read.next())
        return success(); // deleted: the cascade took its row
    QString key = foldText(read.value(0).toString());
    if (!read.value(1).isNull())
        key += u' ' + phoneDigits(read.value(1).toString());
    KeptQuery keptWrite(db,
                        QStringLiteral("INSERT INTO user_search (user_id, key) VALUES (?, ?) "
                                       "ON CONFLICT (user_id) DO UPDATE SET key = excluded.key"));
    QSqlQuery &write = keptWrite.query();
    write.addBindValue(QVariant::fromValue<qint64>(userId));
    write.addBindValue(key);
    if (!write.exec())
        return databaseError(write.lastError());
    return success();
}

} // namespace rollbook::SearchKey

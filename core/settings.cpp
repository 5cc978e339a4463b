#include "settings.h"
#include "keptquery.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace rollbook::StoreSettings {

namespace {

QString defaultValue(const QString &key)
{
    if (key == Currency)
        return QStringLiteral("USD");
    if (key == PhoneRegion)
        return QStringLiteral("US");
    if (key == BaseUrl)
        return QStringLiteral("https://school.example.com");
    if (key == SupportEmail)
        return QStringLiteral("support@school.example.com");
    if (key == SchoolName)
        return QStringLiteral("Rollbook School");
    if (key == SmtpPort)
        return QStringLiteral("587");
    if (key == SmtpSecurity)
        return QStringLiteral("starttls");
    if (key == SmsFormat)
        return QStringLiteral("form");
    return {};
}

std::atomic<quint64> writes{0};

} // namespace

quint64 revision()
{
    return writes.load();
}

QString value(QSqlDatabase &db, const QString &key)
{
    KeptQuery keptQuery(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return defaultValue(key);
}

Status setValue(QSqlDatabase &db, const QString &key, const QString &value)
{
    KeptQuery keptQuery(db,
                        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(key);
    query.addBindValue(value);
    ++writes;
    if (!query.exec())
        return databaseError(query.lastError());
    return success();
}

Status remove(QSqlDatabase &db, const QString &key)
{
    KeptQuery keptQuery(db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(key);
    ++writes;
    if (!query.exec())
        return databaseError(query.lastError());
    return success();
}

} // namespace rollbook::StoreSettings

#include "directory/userrows.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QStringList>

#include <sqlite3.h>

namespace rollbook {

namespace {

QString idList(std::span<const std::int64_t> ids)
{
    QString list;
    list.reserve(static_cast<qsizetype>(ids.size()) * 8);
    for (std::int64_t id : ids) {
        if (!list.isEmpty())
            list += u',';
        list += QString::number(id);
    }
    return list;
}

} // namespace

UserRowReader::UserRowReader(QSqlDatabase db)
    : m_db(std::move(db))
{ }

namespace {

QString text(sqlite3_stmt *statement, int column)
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(statement, column) / 2);
}

} // namespace

Result<std::vector<UserRow>> UserRowReader::read(std::span<const std::int64_t> ids)
{
    std::vector<UserRow> rows;
    if (ids.empty())
        return rows;
    sqlite3 *db = Database::handle(m_db);
    if (!db)
        return Error{QStringLiteral("no database")};
    // Integers only, so inlining them is safe; one statement per block beats one per row, and the
    // raw API skips a QVariant per value (this runs on the GUI thread while the view paints).
    const QByteArray list = idList(ids).toLatin1();
    SqliteStatement users;
    const QByteArray userSql = "SELECT id, first_name, last_name, email, phone, company, industry, status, "
                               "status_reason, source, registered_at, last_active_at, credit_balance, total_spent, "
                               "avg_progress, locale FROM users WHERE id IN ("
        + list + ')';
    if (sqlite3_prepare_v2(db, userSql.constData(), -1, &users.handle, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(db))};
    QHash<std::int64_t, UserRow> byId;
    byId.reserve(static_cast<qsizetype>(ids.size()));
    int rc;
    while ((rc = sqlite3_step(users.handle)) == SQLITE_ROW) {
        UserRow row;
        row.id = sqlite3_column_int64(users.handle, 0);
        row.firstName = text(users.handle, 1);
        row.lastName = text(users.handle, 2);
        row.email = text(users.handle, 3);
        row.phone = text(users.handle, 4);
        row.company = text(users.handle, 5);
        row.industry = text(users.handle, 6);
        row.status = static_cast<UserStatus>(sqlite3_column_int(users.handle, 7));
        row.statusReason = text(users.handle, 8);
        row.source = text(users.handle, 9);
        row.registeredAt = sqlite3_column_int64(users.handle, 10);
        row.lastActiveAt
            = sqlite3_column_type(users.handle, 11) == SQLITE_NULL ? -1 : sqlite3_column_int64(users.handle, 11);
        row.creditBalance = sqlite3_column_int64(users.handle, 12);
        row.totalSpent = sqlite3_column_int64(users.handle, 13);
        row.progress = sqlite3_column_int(users.handle, 14);
        row.locale = text(users.handle, 15);
        byId.insert(row.id, std::move(row));
    }
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errmsg(db))};
    SqliteStatement custom;
    const QByteArray customSql = "SELECT user_id, field_id, value FROM custom_values WHERE user_id IN (" + list + ')';
    if (sqlite3_prepare_v2(db, customSql.constData(), -1, &custom.handle, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(db))};
    while ((rc = sqlite3_step(custom.handle)) == SQLITE_ROW) {
        auto it = byId.find(sqlite3_column_int64(custom.handle, 0));
        if (it != byId.end())
            it->custom.insert(sqlite3_column_int64(custom.handle, 1), text(custom.handle, 2));
    }
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errmsg(db))};
    rows.reserve(ids.size());
    for (std::int64_t id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.push_back(std::move(*it));
    }
    return rows;
}

} // namespace rollbook

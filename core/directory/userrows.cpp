#include "directory/userrows.h"

#include <QSqlError>
#include <QStringList>

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

UserRowReader::UserRowReader(QSqlDatabase db) : m_db(std::move(db)) { }

Result<std::vector<UserRow>> UserRowReader::read(std::span<const std::int64_t> ids)
{
    std::vector<UserRow> rows;
    if (ids.empty())
        return rows;
    // Integers only, so inlining them is safe; one statement per block beats one per row.
    const QString list = idList(ids);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, first_name, last_name, email, phone, company, industry, status, "
                                   "status_reason, source, registered_at, last_active_at, credit_balance, "
                                   "total_spent, avg_progress, locale FROM users WHERE id IN (")
                    + list + u')'))
        return Error{query.lastError().databaseText()};
    QHash<std::int64_t, UserRow> byId;
    byId.reserve(static_cast<qsizetype>(ids.size()));
    while (query.next()) {
        UserRow row;
        row.id = query.value(0).toLongLong();
        row.firstName = query.value(1).toString();
        row.lastName = query.value(2).toString();
        row.email = query.value(3).toString();
        row.phone = query.value(4).toString();
        row.company = query.value(5).toString();
        row.industry = query.value(6).toString();
        row.status = static_cast<UserStatus>(query.value(7).toInt());
        row.statusReason = query.value(8).toString();
        row.source = query.value(9).toString();
        row.registeredAt = query.value(10).toLongLong();
        row.lastActiveAt = query.value(11).isNull() ? -1 : query.value(11).toLongLong();
        row.creditBalance = query.value(12).toLongLong();
        row.totalSpent = query.value(13).toLongLong();
        row.progress = query.value(14).toInt();
        row.locale = query.value(15).toString();
        byId.insert(row.id, std::move(row));
    }
    QSqlQuery custom(m_db);
    custom.setForwardOnly(true);
    if (!custom.exec(QStringLiteral("SELECT user_id, field_id, value FROM custom_values WHERE user_id IN (") + list
                     + u')'))
        return Error{custom.lastError().databaseText()};
    while (custom.next()) {
        auto it = byId.find(custom.value(0).toLongLong());
        if (it != byId.end())
            it->custom.insert(custom.value(1).toLongLong(), custom.value(2).toString());
    }
    rows.reserve(ids.size());
    for (std::int64_t id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.push_back(std::move(*it));
    }
    return rows;
}

} // namespace rollbook

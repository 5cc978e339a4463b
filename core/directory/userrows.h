#pragma once

#include "result.h"
#include "textfold.h"
#include "userstatus.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace rollbook {

/// What the directory shows of one user.
struct UserRow
{
    std::int64_t id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone; ///< E.164
    QString company;
    QString industry;
    UserStatus status = UserStatus::Active;
    QString statusReason;
    QString source;
    std::int64_t registeredAt = 0; ///< Unix ms, UTC
    std::int64_t lastActiveAt = -1; ///< Unix ms, UTC; -1 for never
    std::int64_t creditBalance = 0; ///< minor units
    std::int64_t totalSpent = 0; ///< minor units
    int progress = 0; ///< percent
    QString locale;
    QHash<std::int64_t, QString> custom; ///< custom field id to value

    QString displayName() const { return personName(firstName, lastName); }
};

/// Reads rows by id with point lookups: the cost is per row asked, never per row stored.
class UserRowReader
{
public:
    explicit UserRowReader(QSqlDatabase db);
    /// The rows of the given ids, in the same order; an id that no longer exists is skipped.
    Result<std::vector<UserRow>> read(std::span<const std::int64_t> ids);

private:
    QSqlDatabase m_db;
};

} // namespace rollbook

#pragma once

#include "directory/usercolumn.h"
#include "userstatus.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rollbook {

/// What the directory shows: a search, a status tab and an order.
struct UserQuery
{
    QString search;
    std::optional<UserStatus> status; ///< empty: every status (the All tab)
    SortSpec sort;
};

/// The ids a query selects, in order, with the per-status counts of the search (for the tabs).
struct UserQueryResult
{
    std::vector<std::int64_t> ids;
    std::vector<std::uint8_t> statuses; ///< each row's UserStatus, beside ids (1 byte a row)
    std::array<std::int64_t, UserStatusCount> statusCounts{};
    std::int64_t allUsers = 0; ///< users in the store, whatever the search; -1 while unknown
    /// False for a first page sent ahead of the whole result: ids holds its first rows only and
    /// the counts are not known yet.
    bool complete = true;

    std::int64_t matching() const
    {
        std::int64_t sum = 0;
        for (std::int64_t c : statusCounts)
            sum += c;
        return sum;
    }
};

} // namespace rollbook

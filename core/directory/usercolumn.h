#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace rollbook {

/// The directory's built-in columns. Custom fields follow them, in custom_fields.position order.
enum class UserColumn : int {
    Name,
    Email,
    Phone,
    Company,
    Status,
    Registered,
    LastActive,
    CreditBalance,
    TotalSpent,
    Progress,
    Count
};
inline constexpr int UserColumnCount = static_cast<int>(UserColumn::Count);

/// The untranslated key for the command line and saved settings: "name", "last_active"...
QString columnKey(UserColumn column);
std::optional<UserColumn> columnFromKey(QStringView key);
/// The translated header.
QString columnTitle(UserColumn column);

/// What the directory is ordered by: a built-in column, or a custom field by id.
struct SortSpec
{
    UserColumn column = UserColumn::Registered;
    std::int64_t customFieldId = 0; ///< non-zero: sort by this custom field instead of column
    bool descending = true;

    bool sameOrder(const SortSpec &other) const
    {
        return column == other.column && customFieldId == other.customFieldId;
    }
};

} // namespace rollbook

#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rollbook {

/// A user's account status, stored as its integer value.
enum class UserStatus : int { Active = 0, Pending = 1, Suspended = 2, Unsubscribed = 3 };
inline constexpr int UserStatusCount = 4;

inline constexpr std::array<UserStatus, UserStatusCount> allUserStatuses{
    UserStatus::Active, UserStatus::Pending, UserStatus::Suspended, UserStatus::Unsubscribed};

/// The untranslated key used on the command line and in files: "active", "pending"...
QString statusKey(UserStatus status);
std::optional<UserStatus> statusFromKey(QStringView key);
/// The translated name shown to people.
QString statusName(UserStatus status);

} // namespace rollbook

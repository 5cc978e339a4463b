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

/// The account changes an operator makes, each allowed from some statuses only.
enum class StatusChange { Approve, Reject, Suspend, Reactivate, Unsubscribe, Resubscribe };
/// Whether change makes sense for a user in status: approve and reject a pending registration,
/// suspend or unsubscribe an active user, reactivate a suspended one, resubscribe an unsubscribed one.
bool statusAllows(UserStatus status, StatusChange change);

} // namespace rollbook

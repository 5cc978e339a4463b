#include "userstatus.h"

#include <QCoreApplication>

namespace rollbook {

QString statusKey(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QStringLiteral("active");
    case UserStatus::Pending:
        return QStringLiteral("pending");
    case UserStatus::Suspended:
        return QStringLiteral("suspended");
    case UserStatus::Unsubscribed:
        return QStringLiteral("unsubscribed");
    }
    return {};
}

std::optional<UserStatus> statusFromKey(QStringView key)
{
    for (UserStatus status : allUserStatuses) {
        if (key.compare(statusKey(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString statusName(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QCoreApplication::translate("UserStatus", "Active");
    case UserStatus::Pending:
        return QCoreApplication::translate("UserStatus", "Pending");
    case UserStatus::Suspended:
        return QCoreApplication::translate("UserStatus", "Suspended");
    case UserStatus::Unsubscribed:
        return QCoreApplication::translate("UserStatus", "Unsubscribed");
    }
    return {};
}

bool statusAllows(UserStatus status, StatusChange change)
{
    switch (change) {
    case StatusChange::Approve:
    case StatusChange::Reject:
        return status == UserStatus::Pending;
    case StatusChange::Suspend:
    case StatusChange::Unsubscribe:
        return status == UserStatus::Active;
    case StatusChange::Reactivate:
        return status == UserStatus::Suspended;
    case StatusChange::Resubscribe:
        return status == UserStatus::Unsubscribed;
    }
    return false;
}

} // namespace rollbook

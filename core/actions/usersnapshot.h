#pragma once

#include "userstatus.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace rollbook {

/// What the actions read of a user before they change it.
struct UserSnapshot
{
    QByteArray gid;
    std::int64_t rowVersion = 0;
    UserStatus status = UserStatus::Active;
    QString statusReason;
    QString email;
    QString phone;
    QString firstName;
    std::int64_t creditBalance = 0;
    bool optNewsletter = false;
    bool optPromotions = false;
};

} // namespace rollbook

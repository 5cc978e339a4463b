#include "roles.h"

#include <QSet>

namespace rollbook::Roles {

bool mayRun(const QString &role, const QString &action)
{
    if (role == u"admin")
        return true;
    static const QSet<QString> support{QStringLiteral("reply_ticket"), QStringLiteral("set_ticket_status"),
                                       QStringLiteral("send_message"), QStringLiteral("send_reset_link"),
                                       QStringLiteral("resend_notification")};
    return role == u"support" && support.contains(action);
}

} // namespace rollbook::Roles

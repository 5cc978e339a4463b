#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli notifications send|list: sends the queued notifications of a standalone school
/// (for a cron job), or lists them by status.
int runNotifications(const QStringList &arguments);

} // namespace rollbook::cli

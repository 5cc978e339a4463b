#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli audit: the audit log for scripts, newest first, filtered like the Audit log screen.
int runAudit(const QStringList &arguments);

} // namespace rollbook::cli

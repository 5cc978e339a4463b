#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli users --db FILE [--search T] [--status S] [--sort COL[:desc]] [--limit N] [--format csv|json|table]
/// Runs the directory's own query engine, so a script sees what the screen shows.
int runUsers(const QStringList &arguments);

} // namespace rollbook::cli

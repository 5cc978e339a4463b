#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli export --db FILE --out FILE [--format csv|xlsx] [--search T] [--status S]
///   [--sort COL[:desc]] [--columns KEY,...] [--delimiter comma|semicolon|tab] [--no-bom] [--raw]
/// Writes what the directory would show, as a file; progress on a terminal. Exit 0 when written,
/// 1 when the export failed (nothing is left under --out), 2 for a usage mistake.
int runExport(const QStringList &arguments);

} // namespace rollbook::cli

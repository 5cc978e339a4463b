#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli import --db FILE --in FILE (--dry-run | --apply) [--mode add|add-update|update]
///   [--results FILE] [--operator NAME]
/// Checks (and with --apply writes, all or nothing) users from a CSV or XLSX file. Prints the
/// column mapping and a line per error; --results writes every line's outcome. Exit 0 when the
/// file is clean (and applied), 1 when lines have errors or the import failed, 2 for a usage mistake.
int runImport(const QStringList &arguments);

} // namespace rollbook::cli

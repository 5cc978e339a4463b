#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli report --db FILE --month YYYY-MM --out FILE [--format xlsx|csv|pdf]
/// The monthly activity report beside the month before. Exit 0 when written, 1 when it failed,
/// 2 for a usage mistake.
int runReport(const QStringList &arguments);

} // namespace rollbook::cli

#pragma once

#include <QStringList>

namespace rollbook::cli {

/// rollbook-cli seed --users N --seed S --out FILE [--today YYYY-MM-DD] [--force]
int runSeed(const QStringList &arguments);

} // namespace rollbook::cli

#pragma once

#include "result.h"

#include <QString>

namespace rollbook {

/// Checks that a file can be opened as this school's store (and upgrades an older schema) with
/// the cheap checks only; the full integrity check runs later on a worker (checkIntegrityLater).
Status prepareStore(const QString &path);

/// Where the app keeps its demo school unless told otherwise.
QString defaultDemoPath();

} // namespace rollbook

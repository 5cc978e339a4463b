#pragma once

#include "actions/bulk.h"

#include <QString>

#include <vector>

class QWidget;

namespace rollbook {

/// Runs a bulk action on a worker thread with a connection of its own, behind a progress dialog
/// whose Cancel stops between two chunks. The GUI stays responsive throughout.
Result<BulkReport> runBulkWithProgress(QWidget *parent, const QString &databasePath, const Operator &actor,
                                       std::vector<std::int64_t> userIds, BulkAction action, const QString &title);

} // namespace rollbook

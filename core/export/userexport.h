#pragma once

#include "directory/userquery.h"
#include "export/tablewriter.h"
#include "result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace rollbook {

struct CustomField;

/// Which users to export and which of the directory's columns: the current view (its search,
/// status tab and sort) or exactly the selected users, in their order.
struct UserExportRequest
{
    UserQuery query;
    /// The directory's column numbers (UserColumn, then custom fields from UserColumnCount), in
    /// the order they are shown; empty: every column.
    std::vector<int> columns;
    /// Not empty: these users, in this order, instead of the query's.
    std::vector<std::int64_t> ids;
};

/// Done so far and the total; returns false to cancel.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// The file's columns for the directory's columns: the Name column becomes First name and Last
/// name, so that an export imports back; custom fields follow their type.
QList<ExportColumn> userExportColumns(const std::vector<int> &columns, const QList<CustomField> &fields);

/// Streams the users to path a block at a time (never the whole list in memory), reporting
/// progress after each block. A cancelled or failed export leaves no file under path.
Result<ExportSummary> exportUsers(QSqlDatabase &db, const UserExportRequest &request, const QString &path,
                                  const ExportOptions &options, const ExportProgress &progress = {});

} // namespace rollbook

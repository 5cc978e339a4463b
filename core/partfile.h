#pragma once

#include <QString>

namespace rollbook::PartFile {

/// Long writes (exports, the demo seeder) go to "<path>.part" and are renamed into place when
/// complete, so a failed run leaves no half file under the real name.
QString partPath(const QString &path);

/// Removes what an interrupted run left for this target: "<path>.part" and SQLite's -wal, -shm
/// and -journal files beside it. Returns what to tell the user ("Removed report.xlsx.part (312 MB),
/// left by an interrupted run."), or an empty string when there was nothing.
QString removeLeftover(const QString &path);

} // namespace rollbook::PartFile

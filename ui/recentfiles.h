#pragma once

#include <QStringList>

namespace rollbook::RecentFiles {

/// The school files opened last, newest first, as absolute paths; at most Kept of them, and only
/// those still there.
QStringList list();
/// Puts path (made absolute, so that it reopens from any folder) first in the list.
void add(const QString &path);
void clear();
constexpr int Kept = 10;

} // namespace rollbook::RecentFiles

#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace rollbook {

/// Gives a window the size and place it had when it last closed (group in the settings), or
/// fallback, and never more than the screen it opens on, so that nothing runs off-screen
/// (at QT_SCALE_FACTOR=2 a 1280-wide window is wider than most screens). Its named splitters
/// and tab widgets get back their sizes and the tab last shown.
void restoreWindowState(QWidget *window, const QString &group, QSize fallback);
/// Keeps what restoreWindowState gives back: call it when the window closes.
void saveWindowState(const QWidget *window, const QString &group);

} // namespace rollbook

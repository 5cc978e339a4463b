#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace rollbook {

/// Gives a window the size and place it had when it last closed (key in the settings), or
/// fallback, and never more than the screen it opens on, so that nothing runs off-screen
/// (at QT_SCALE_FACTOR=2 a 1280-wide window is wider than most screens).
void restoreGeometry(QWidget *window, const QString &key, QSize fallback);
void saveGeometry(const QWidget *window, const QString &key);

} // namespace rollbook

#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace rollbook {

void restoreGeometry(QWidget *window, const QString &key, QSize fallback)
{
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        window->resize(fallback);
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame needs room too: keep a margin for the title bar and borders.
    const QSize most = available.size() - QSize(16, 48);
    if (window->width() > most.width() || window->height() > most.height())
        window->resize(window->size().boundedTo(most));
    QRect frame(window->pos(), window->size());
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width()));
        frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height()));
        window->move(frame.topLeft());
    }
}

void saveGeometry(const QWidget *window, const QString &key)
{
    QSettings().setValue(key, window->saveGeometry());
}

} // namespace rollbook
